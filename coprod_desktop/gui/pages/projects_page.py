"""The Projects screen: every project with its budget and spending, and, for the selected one,
its spending chart, where it is in the cycle of co-production and its values self-checks (one
tab each)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from coprod_desktop.gui.dialogs.project_dialog import ProjectDialog
from coprod_desktop.gui.forms.ui_projects_page import Ui_ProjectsPage
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.project_cycle_tab import CycleTab
from coprod_desktop.gui.pages.project_values_tab import ValuesTab
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.money import format_money
from coprod_desktop.services import projects
from coprod_desktop.services.project_spend import ProjectSpend, project_spend
from coprod_desktop.services.projects import ProjectData, ProjectRecord


@dataclass(frozen=True)
class ProjectRow:
    project: ProjectRecord
    spend: ProjectSpend

    @property
    def remaining_text(self) -> str:
        remaining = self.spend.remaining_pence
        if remaining is None:
            return "No budget"
        if remaining < 0:
            return f"Over by {format_money(-remaining)}"
        return format_money(remaining)


def _date(value: object) -> str:
    return f"{value:%d %b %Y}" if value else ""


COLUMNS = [
    Column("Project", lambda r: r.project.data.name),
    Column("Stage", lambda r: r.project.data.stage.label),
    Column("Starts", lambda r: _date(r.project.data.start_date)),
    Column("Ends", lambda r: _date(r.project.data.end_date)),
    Column("Budget", lambda r: r.project.budget_text, right=True),
    Column("Committed", lambda r: format_money(r.spend.committed_pence), right=True),
    Column("Paid", lambda r: format_money(r.spend.paid_pence), right=True),
    Column("Left", lambda r: r.remaining_text, right=True),
]


def spend_summary(row: ProjectRow) -> str:
    spend = row.spend
    parts = [
        f"{row.project.data.name}: committed {format_money(spend.committed_pence)} "
        f"(approved, not yet paid {format_money(spend.approved_pence)}; paid "
        f"{format_money(spend.paid_pence)})"
    ]
    if spend.draft_pence:
        parts.append(f"{format_money(spend.draft_pence)} more in drafts waiting for approval")
    if spend.budget_pence is None:
        parts.append("no budget is set")
    elif spend.overspent:
        parts.append(
            f"OVER BUDGET by {format_money(-(spend.remaining_pence or 0))} "
            f"(budget {format_money(spend.budget_pence)})"
        )
    else:
        parts.append(
            f"{format_money(spend.remaining_pence or 0)} of the {format_money(spend.budget_pence)} "
            "budget left"
        )
    return "; ".join(parts) + "."


class ProjectsPage(Screen):
    show_sessions = Signal(int)  # the project whose sessions to show

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = Ui_ProjectsPage()
        self.form.setupUi(self)
        heading = QFont(self.form.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.form.headingLabel.setFont(heading)
        self.form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(
            self.form.table, self.model, self.open_selected, (260, 200, 100, 100, 100, 100)
        )
        self.form.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.chart_layout = QVBoxLayout(self.form.chartArea)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.cycle_tab = CycleTab(host, self.form, self)
        self.values_tab = ValuesTab(host, self.form, self)
        # The project list keeps the smaller share of the height; the tabs hold more.
        self.form.detailSplitter.setStretchFactor(0, 2)
        self.form.detailSplitter.setStretchFactor(1, 3)
        self.form.newButton.clicked.connect(self.new_project)
        self.form.openButton.clicked.connect(self.open_selected)
        self.form.sessionsButton.clicked.connect(self._show_sessions)
        self._selection_changed()

    def refresh(self, keep: int | None = None) -> None:
        database = self.host.database
        rows: list[ProjectRow] = []
        if database is not None:
            try:
                with database.reading() as session:
                    rows = [
                        ProjectRow(p, project_spend(session, p.id))
                        for p in projects.list_projects(session)
                    ]
            except Exception as error:
                self.host.report_error("Could not read the projects", error)
        selected = keep if keep is not None else self.selected_id()
        self.model.set_records(rows)
        select_row(
            self.form.table,
            self.model.row_where(lambda r: r.project.id == selected) if selected else None,
        )
        self._selection_changed()

    def selected(self) -> ProjectRow | None:
        rows = selected_rows(self.form.table)
        return self.model.record_at(rows[0]) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected()
        return row.project.id if row else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.form.openButton.setEnabled(row is not None)
        self.form.sessionsButton.setEnabled(row is not None)
        if self.model.rowCount() == 0:
            self.form.messageLabel.setText(
                "No projects yet. Choose New project to add the first piece of co-produced work."
            )
        else:
            self.form.messageLabel.setText(spend_summary(row) if row else "")
        self._show_chart(row)
        shown = (row.project.id, row.project.data.name) if row else None
        self.cycle_tab.show_project(shown)
        self.values_tab.show_project(shown)

    def _show_chart(self, row: ProjectRow | None) -> None:
        """The selected project's spending as a chart (the same chart code as documents)."""
        while self.chart_layout.count():
            item = self.chart_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if row is None:
            return
        from coprod_desktop.gui.chart_widget import spend_chart_widget

        self.chart_layout.addWidget(spend_chart_widget(row.project.data.name, row.spend))

    def _save(self, data: ProjectData, record: ProjectRecord | None) -> int:
        database = self.host.database
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return projects.add_project(session, data)
            return projects.update_project(session, record.id, data).id

    def new_project(self) -> None:
        self._edit(None)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._edit(row.project)

    def _edit(self, record: ProjectRecord | None) -> None:
        if self.host.database is None:
            return
        dialog = ProjectDialog(lambda data: self._save(data, record), record, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)
            self.host.show_message("Project saved.")
        dialog.deleteLater()

    def _show_sessions(self) -> None:
        project_id = self.selected_id()
        if project_id is not None:
            self.show_sessions.emit(project_id)
