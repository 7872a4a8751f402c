"""The Projects screen's Values self-check tab: the selected project's self-checks over time as
a chart (read out in words to a screen reader) and a table, with checks filled in by staff alone
said in words ("Staff only") and marked with an icon; adding, opening and deleting checks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from coprod_desktop.gui.dialogs.values_check_dialog import ValuesCheckDialog
from coprod_desktop.gui.forms.ui_projects_page import Ui_ProjectsPage
from coprod_desktop.gui.messages import confirm
from coprod_desktop.gui.models.record_table_model import Column, Index, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import sessions as project_sessions
from coprod_desktop.services import values_check
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.values_check import (
    HIGHEST,
    ValuesCheckData,
    ValuesCheckRecord,
    ValuesTrend,
    trend_of,
)

WHO = 3  # the column that carries the "staff only" icon
# The chart fills the width it has, but never narrower than this (it scrolls instead).
MIN_CHART_WIDTH = 420
DEFAULT_CHART_WIDTH = 560
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


def average_words(record: ValuesCheckRecord) -> str:
    return f"{record.average_text} out of {HIGHEST}"


COLUMNS = [
    Column("Date", lambda c: long_date(c.data.checked_on)),
    Column("Average", lambda c: average_words(c), right=True),
    Column("Level", lambda c: c.data.level.label),
    Column("Who took part", lambda c: c.who_text),
]


def latest_summary(checks: list[ValuesCheckRecord]) -> str:
    if not checks:
        return (
            "No values self-checks yet. Choose New self-check when the group has done one together."
        )
    latest = checks[-1]
    return (
        f"Latest self-check, {long_date(latest.data.checked_on)}: average "
        f"{average_words(latest)}, level {latest.data.level.label}. {latest.who_text}."
    )


class ChecksTableModel(RecordTableModel):
    """The checks, with a warning icon beside "Staff only" (the words say it too)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self._warning: QIcon | None = None

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if role == _DECORATION and index.isValid() and index.column() == WHO:
            record = self.record_at(index.row())
            if isinstance(record, ValuesCheckRecord) and record.staff_only:
                if self._warning is None:
                    self._warning = QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning
                    )
                return self._warning
            return None
        return super().data(index, role)


class ValuesTab(QObject):
    """Works the Values self-check tab's widgets (from the Projects screen's form)."""

    def __init__(self, host: PageHost, form: Ui_ProjectsPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.form = form
        self.parent_widget = parent
        self.project: tuple[int, str] | None = None  # (number, name)
        self.checks: list[ValuesCheckRecord] = []
        self.trend: ValuesTrend = trend_of([])
        self.chart: QWidget | None = None
        form.valuesSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ChecksTableModel(self)
        prepare_table(form.valuesTable, self.model, self.open_selected, (130, 90, 110))
        self._chart_width = 0
        # Redrawn to the width it has when the tab is shown or the window resized.
        form.valuesChartArea.viewport().installEventFilter(self)
        form.valuesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        form.newCheckButton.clicked.connect(self.new_check)
        form.openCheckButton.clicked.connect(self.open_selected)
        form.deleteCheckButton.clicked.connect(self.delete_selected)
        self.show_project(None)

    def show_project(self, project: tuple[int, str] | None, keep: int | None = None) -> None:
        """Show ``project`` (number, name), or nothing; ``keep`` selects that check."""
        self.project = project
        checks: list[ValuesCheckRecord] = []
        database = self.host.database
        if project is not None and database is not None:
            try:
                with database.reading() as session:
                    checks = values_check.list_checks(session, project[0])
            except Exception as error:
                self.host.report_error("Could not read the values self-checks", error)
        self.checks = checks
        self.model.set_records(checks)
        if project is None:
            self.form.valuesSummaryLabel.setText("Choose a project to see its values self-checks.")
        else:
            self.form.valuesSummaryLabel.setText(latest_summary(checks))
        self._show_chart(project, checks)
        wanted = keep if keep is not None else (checks[-1].id if checks else None)
        select_row(
            self.form.valuesTable,
            self.model.row_where(lambda c: c.id == wanted) if wanted is not None else None,
        )
        self._update_buttons()

    def _show_chart(self, project: tuple[int, str] | None, checks: list[ValuesCheckRecord]) -> None:
        """The trend as a chart, drawn by the same code as printed documents."""
        area = self.form.valuesChartArea
        old = area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.chart = None
        if project is None:
            self.trend = trend_of([])
            return
        from coprod_desktop.gui.chart_widget import values_trend_widget

        self.trend = trend_of(checks, project[1])
        self._chart_width = self._width_available()
        self.chart = values_trend_widget(self.trend, self._chart_width)
        area.setWidget(self.chart)

    def _width_available(self) -> int:
        area = self.form.valuesChartArea
        if not area.isVisible():
            return DEFAULT_CHART_WIDTH
        # Leave room for the scroll bar a tall chart brings, so it never needs to scroll across.
        room = area.viewport().width() - area.verticalScrollBar().sizeHint().width() - 4
        return max(room, MIN_CHART_WIDTH)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self.chart is not None
            and self.project is not None
            and abs(self._width_available() - self._chart_width) > 4
        ):
            self._show_chart(self.project, self.checks)
        return False

    def selected(self) -> ValuesCheckRecord | None:
        rows = selected_rows(self.form.valuesTable)
        record: ValuesCheckRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _update_buttons(self) -> None:
        can_change = self.project is not None and self.host.database is not None
        chosen = can_change and self.selected() is not None
        self.form.newCheckButton.setEnabled(can_change)
        self.form.openCheckButton.setEnabled(chosen)
        self.form.deleteCheckButton.setEnabled(chosen)

    # --- changing them --------------------------------------------------------------------------
    def _sessions(self, project_id: int) -> list[tuple[int, str]] | None:
        database = self.host.database
        if database is None:
            return None
        try:
            with database.reading() as session:
                return [
                    (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                    for s in project_sessions.list_sessions(session, project_id)
                ]
        except Exception as error:
            self.host.report_error("Could not read the project's sessions", error)
            return None

    def _save(self, data: ValuesCheckData, record: ValuesCheckRecord | None) -> int:
        database = self.host.database
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return values_check.add_check(session, data)
            return values_check.update_check(session, record.id, data).id

    def new_check(self) -> None:
        self._edit(None)

    def open_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._edit(record)

    def _edit(self, record: ValuesCheckRecord | None) -> None:
        project = self.project
        if project is None:
            return
        sessions = self._sessions(project[0])
        if sessions is None:
            return
        dialog = ValuesCheckDialog(
            lambda data: self._save(data, record),
            project[0],
            project[1],
            sessions,
            record,
            self.parent_widget,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.show_project(project, keep=dialog.saved)
            self.host.show_message("Values self-check saved.")
        dialog.deleteLater()

    def delete_selected(self) -> None:
        project = self.project
        record = self.selected()
        database = self.host.database
        if project is None or record is None or database is None:
            return
        if not confirm(
            self.parent_widget,
            "Delete this self-check",
            f"Delete the values self-check of {long_date(record.data.checked_on)} for "
            f"{project[1]}, with its ratings and comments? This cannot be undone.",
            "Delete the self-check",
        ):
            return
        try:
            with database.transaction() as session:
                values_check.delete_check(session, record.id)
        except Exception as error:
            self.host.report_error("Could not delete the self-check", error)
            return
        self.show_project(project)
        self.host.show_message("Values self-check deleted.")
