"""Add or change a project: name, stage, dates, budget, description."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import (
    allow_unset_date,
    money_text,
    read_date,
    read_money,
    set_date,
)
from coprod_desktop.gui.forms.ui_project_form import Ui_ProjectDialog
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.projects import PROJECT_LABELS, ProjectData, ProjectRecord
from coprod_desktop.vocabulary import ProjectStage

SaveProject = Callable[[ProjectData], object]


class ProjectDialog(FormDialog):
    def __init__(
        self,
        save: SaveProject,
        record: ProjectRecord | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_ProjectDialog())
        self._save = save
        self.record = record
        self.saved: object | None = None
        f = self.form
        self.track_errors(
            {
                "name": f.nameEdit,
                "stage": f.stageCombo,
                "start_date": f.startEdit,
                "end_date": f.endEdit,
                "budget_pence": f.budgetEdit,
                "description": f.descriptionEdit,
            }
        )
        fill(f.stageCombo, None, ((s.label, s) for s in ProjectStage))
        for edit in (f.startEdit, f.endEdit):
            allow_unset_date(edit, today or date.today())
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Project: {data.name}")
            f.nameEdit.setText(data.name)
            select(f.stageCombo, data.stage)
            set_date(f.startEdit, data.start_date)
            set_date(f.endEdit, data.end_date)
            f.budgetEdit.setText(money_text(data.budget_pence))
            f.descriptionEdit.setPlainText(data.description)
        else:
            self.setWindowTitle("New project")
        f.nameEdit.setFocus()

    def data(self) -> ProjectData:
        f = self.form
        return ProjectData(
            name=f.nameEdit.text(),
            description=f.descriptionEdit.toPlainText(),
            start_date=read_date(f.startEdit),
            end_date=read_date(f.endEdit),
            stage=chosen(f.stageCombo, ProjectStage) or ProjectStage.CO_DESIGN,
        )

    def accept_form(self) -> None:
        problems: list[FieldProblem] = []
        budget = read_money(
            self.form.budgetEdit,
            "budget_pence",
            PROJECT_LABELS["budget_pence"],
            problems,
            optional=True,
        )
        if problems:
            self.errors.show(ValidationError(problems))
            return
        data = replace(self.data(), budget_pence=budget)
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
