"""Record that a project moved to another stage of the cycle: the stage (the next one round the
cycle to start with), the day it moved and a note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_cycle_move_form import Ui_CycleMoveDialog
from coprod_desktop.services.cycle import (
    CYCLE_ORDER,
    STAGE_EXPLANATIONS,
    CycleMoveData,
    CycleMoveRecord,
    describe_current,
    next_stage,
)
from coprod_desktop.services.dates import today_here
from coprod_desktop.vocabulary import CycleStage

SaveMove = Callable[[CycleMoveData], object]


class CycleMoveDialog(FormDialog):
    def __init__(
        self,
        save: SaveMove,
        project_name: str,
        current: CycleMoveRecord | None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_CycleMoveDialog())
        self._save = save
        self.saved: object | None = None
        f: Ui_CycleMoveDialog = self.form
        self.track_errors({"stage": f.stageCombo, "moved_on": f.dateEdit, "note": f.noteEdit})
        self.setWindowTitle(f"Move {project_name} to another stage of the cycle")
        f.nowLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.stageHint.setTextFormat(Qt.TextFormat.PlainText)
        f.nowLabel.setText(f"Where it is in the cycle now: {describe_current(current)}.")
        fill(f.stageCombo, None, ((stage.label, stage) for stage in CYCLE_ORDER))
        select(f.stageCombo, next_stage(current.stage) if current is not None else CYCLE_ORDER[0])
        f.stageCombo.currentIndexChanged.connect(lambda _i: self._show_hint())
        day = today or today_here()
        f.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self._show_hint()
        f.stageCombo.setFocus()

    def _show_hint(self) -> None:
        stage = chosen(self.form.stageCombo, CycleStage)
        text = STAGE_EXPLANATIONS[stage] if stage is not None else ""
        self.form.stageHint.setText(text)
        # Read out with the choice, as it is shown under it.
        self.form.stageCombo.setAccessibleDescription(text)

    def data(self) -> CycleMoveData:
        f: Ui_CycleMoveDialog = self.form
        picked = f.dateEdit.date()
        return CycleMoveData(
            stage=chosen(f.stageCombo, CycleStage) or CYCLE_ORDER[0],
            moved_on=date(picked.year(), picked.month(), picked.day()),
            note=f.noteEdit.toPlainText(),
        )

    def accept_form(self) -> None:
        data = self.data()
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
