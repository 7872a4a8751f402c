"""The Projects screen's Cycle tab: where the selected project is in the cycle of
co-production, drawn and said in words, with its history of moves; moving it on, and removing a
move recorded by mistake."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from coprod_desktop.gui.cycle_widget import CycleWidget
from coprod_desktop.gui.dialogs.cycle_move_dialog import CycleMoveDialog
from coprod_desktop.gui.forms.ui_projects_page import Ui_ProjectsPage
from coprod_desktop.gui.messages import confirm
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import cycle
from coprod_desktop.services.cycle import CycleMoveData, CycleMoveRecord, describe_current
from coprod_desktop.services.dates import long_date

STAGE_PREFIX = "Where it is in the cycle: "

COLUMNS = [
    Column("Date", lambda m: long_date(m.moved_on)),
    Column("Cycle stage", lambda m: m.stage.label),
    Column("Note", lambda m: " ".join(m.note.split())),
]


class CycleTab(QObject):
    """Works the Cycle tab's widgets (from the Projects screen's form) for one project."""

    def __init__(self, host: PageHost, form: Ui_ProjectsPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.form = form
        self.parent_widget = parent
        self.project: tuple[int, str] | None = None  # (number, name)
        self.history: list[CycleMoveRecord] = []
        layout = QVBoxLayout(form.cycleDiagramArea)
        layout.setContentsMargins(0, 0, 0, 0)
        self.diagram = CycleWidget(form.cycleDiagramArea)
        layout.addWidget(self.diagram)
        form.cycleStageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(form.cycleHistoryTable, self.model, None, (130, 180))
        form.cycleHistoryTable.selectionModel().selectionChanged.connect(self._update_buttons)
        form.moveButton.clicked.connect(self.move)
        form.removeMoveButton.clicked.connect(self.remove_selected)
        self.show_project(None)

    def show_project(self, project: tuple[int, str] | None, keep: int | None = None) -> None:
        """Show ``project`` (number, name), or nothing; ``keep`` selects that move."""
        self.project = project
        history: list[CycleMoveRecord] = []
        database = self.host.database
        if project is not None and database is not None:
            try:
                with database.reading() as session:
                    history = cycle.cycle_history(session, project[0])
            except Exception as error:
                self.host.report_error("Could not read the project's cycle", error)
        self.history = history
        current = history[-1] if history else None
        self.model.set_records(history)
        self.diagram.set_current(current)
        if project is None:
            self.form.cycleStageLabel.setText("Choose a project to see where it is in the cycle.")
        else:
            self.form.cycleStageLabel.setText(STAGE_PREFIX + describe_current(current) + ".")
        wanted = keep if keep is not None else (current.id if current is not None else None)
        select_row(
            self.form.cycleHistoryTable,
            self.model.row_where(lambda m: m.id == wanted) if wanted is not None else None,
        )
        self._update_buttons()

    def selected(self) -> CycleMoveRecord | None:
        rows = selected_rows(self.form.cycleHistoryTable)
        record: CycleMoveRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _update_buttons(self) -> None:
        can_change = self.project is not None and self.host.database is not None
        self.form.moveButton.setEnabled(can_change)
        self.form.removeMoveButton.setEnabled(can_change and self.selected() is not None)

    # --- changing it ----------------------------------------------------------------------------
    def _save(self, project_id: int, data: CycleMoveData) -> int:
        database = self.host.database
        assert database is not None
        with database.transaction() as session:
            return cycle.move_project(session, project_id, data)

    def move(self) -> None:
        project = self.project
        if project is None or self.host.database is None:
            return
        current = self.history[-1] if self.history else None
        dialog = CycleMoveDialog(
            lambda data: self._save(project[0], data), project[1], current, self.parent_widget
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.show_project(project, keep=dialog.saved)
            moved = dialog.data().stage
            self.host.show_message(f"Moved {project[1]} to {moved.label}.")
        dialog.deleteLater()

    def remove_selected(self) -> None:
        project = self.project
        move = self.selected()
        database = self.host.database
        if project is None or move is None or database is None:
            return
        if not confirm(
            self.parent_widget,
            "Remove this move",
            f"Remove the move to {move.stage.label} on {long_date(move.moved_on)} from the "
            f"history of {project[1]}? Do this only to correct a mistake: the project will be "
            "at the stage of its latest move that is left.",
            "Remove the move",
        ):
            return
        try:
            with database.transaction() as session:
                cycle.delete_move(session, move.id)
        except Exception as error:
            self.host.report_error("Could not remove the move", error)
            return
        self.show_project(project)
        self.host.show_message("Move removed.")
