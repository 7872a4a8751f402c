"""Add or change a project's shared goal: what the group wants, what success looks like, how it
will know, where the goal stands and when it was agreed. Its progress comes from its actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import allow_unset_date, read_date, set_date
from coprod_desktop.gui.forms.ui_goal_form import Ui_GoalDialog
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.goals import GoalData, GoalRecord
from coprod_desktop.vocabulary import GoalStatus

SaveGoal = Callable[[GoalData], object]


class GoalDialog(FormDialog):
    def __init__(
        self,
        save: SaveGoal,
        projects: list[tuple[int, str]],
        record: GoalRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_GoalDialog())
        self._save = save
        self.record = record
        self.saved: object | None = None
        f: Ui_GoalDialog = self.form
        self.track_errors(
            {
                "project_id": f.projectCombo,
                "title": f.titleEdit,
                "success_looks_like": f.successEdit,
                "how_we_will_know": f.knowEdit,
                "status": f.statusCombo,
                "agreed_on": f.agreedEdit,
            }
        )
        f.projectCombo.view().setAccessibleName("Project: list")
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.statusCombo, None, ((s.label, s) for s in GoalStatus))
        allow_unset_date(f.agreedEdit, today or today_here())
        f.progressLabel.setTextFormat(Qt.TextFormat.PlainText)
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Shared goal: {data.title}")
            self._choose_project(data.project_id)
            f.projectCombo.setEnabled(False)  # its actions belong to the project too
            f.titleEdit.setText(data.title)
            f.successEdit.setPlainText(data.success_looks_like)
            f.knowEdit.setPlainText(data.how_we_will_know)
            select(f.statusCombo, data.status)
            set_date(f.agreedEdit, data.agreed_on)
            f.progressLabel.setText(record.progress.text)
        else:
            self.setWindowTitle("New shared goal")
            if project_id is not None:
                self._choose_project(project_id)
            set_date(f.agreedEdit, today or today_here())
            f.progressLabel.setText("No actions yet")
        f.titleEdit.setFocus()

    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        self.form.projectCombo.setCurrentIndex(max(index, 0))

    def data(self) -> GoalData | None:
        f: Ui_GoalDialog = self.form
        project = f.projectCombo.currentData()
        if project is None:
            return None
        return GoalData(
            project_id=int(project),
            title=f.titleEdit.text(),
            success_looks_like=f.successEdit.toPlainText(),
            how_we_will_know=f.knowEdit.toPlainText(),
            status=chosen(f.statusCombo, GoalStatus) or GoalStatus.AGREED,
            agreed_on=read_date(f.agreedEdit),
        )

    def accept_form(self) -> None:
        data = self.data()
        if data is None:
            self.errors.show(
                ValidationError(
                    [
                        FieldProblem(
                            "project_id",
                            "Project is missing. Add a project first, in the Projects screen.",
                            "Project",
                        )
                    ]
                )
            )
            return
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
