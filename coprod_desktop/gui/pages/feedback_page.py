"""The "You said, we did" screen: what people said, what the group did about it, and whether
the response has gone back to them, by project and status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from coprod_desktop.gui.choices import chosen, chosen_number, fill, refill_numbered
from coprod_desktop.gui.dialogs.feedback_dialog import FeedbackChoices, FeedbackDialog
from coprod_desktop.gui.forms.ui_feedback_page import Ui_FeedbackPage
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import actions, decisions, feedback, participant_search, projects
from coprod_desktop.services import sessions as project_sessions
from coprod_desktop.services.actions import ActionQuery
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.feedback import FeedbackData, FeedbackRecord, response_text
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import FeedbackStatus, Status

ALL_STATUSES = "All statuses"


def one_line(text: str) -> str:
    return " ".join(text.split())


COLUMNS = [
    Column("Date", lambda r: long_date(r.data.said_on)),
    Column("What was said", lambda r: one_line(r.data.what_was_said)),
    Column("Said by", lambda r: r.said_by),
    Column("Response", lambda r: response_text(r.data.response_kind, r.data.response)),
    Column("Status", lambda r: r.data.status.label),
    Column("Session", lambda r: r.session_title),
]


class FeedbackPage(Screen):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = Ui_FeedbackPage()
        self.form.setupUi(self)
        f = self.form
        heading = QFont(f.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        f.headingLabel.setFont(heading)
        f.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.projectFilter.view().setAccessibleName("Projects: list")
        fill(f.statusFilter, None, ((s.label, s) for s in FeedbackStatus))
        f.statusFilter.addItem(ALL_STATUSES, None)
        f.statusFilter.setCurrentIndex(f.statusFilter.count() - 1)
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(f.table, self.model, self.open_item, (120, 260, 110, 280, 120))
        f.table.selectionModel().selectionChanged.connect(self._update_buttons)
        f.projectFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        f.statusFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        f.newButton.clicked.connect(self.new_item)
        f.openButton.clicked.connect(self.open_item)
        self._projects: list[tuple[int, str]] = []
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def _database(self) -> Database | None:
        return self.host.database

    def refresh(self, keep: int | None = None) -> None:
        database = self._database()
        rows: list[FeedbackRecord] = []
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_projects(
                        [(p.id, p.data.name) for p in projects.list_projects(session)]
                    )
                    rows = feedback.list_feedback(
                        session, self.project_filter(), self.status_filter()
                    )
            except Exception as error:
                self.host.report_error("Could not read the feedback", error)
        selected = keep if keep is not None else self.selected_id()
        self.model.set_records(rows)
        select_row(
            self.form.table,
            self.model.row_where(lambda r: r.id == selected) if selected else None,
        )
        self.form.countLabel.setText(f"{len(rows)} item{'s' if len(rows) != 1 else ''}")
        if not self._projects:
            self.form.messageLabel.setText(
                "Add a project first (in Projects); feedback belongs to one."
            )
        elif not rows:
            self.form.messageLabel.setText(
                "Nothing to show. Choose New item to record what someone said, "
                "or show another status."
            )
        else:
            self.form.messageLabel.setText("")
        self._update_buttons()

    def _load_projects(self, found: list[tuple[int, str]]) -> None:
        if found == self._projects:
            return
        self._projects = found
        refill_numbered(self.form.projectFilter, "All projects", found)

    def project_filter(self) -> int | None:
        return chosen_number(self.form.projectFilter)

    def status_filter(self) -> FeedbackStatus | None:
        return chosen(self.form.statusFilter, FeedbackStatus)

    def selected(self) -> FeedbackRecord | None:
        rows = selected_rows(self.form.table)
        record: FeedbackRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def _update_buttons(self) -> None:
        self.form.openButton.setEnabled(self.selected() is not None)
        self.form.newButton.setEnabled(self._database() is not None and bool(self._projects))

    # --- what the dialog needs --------------------------------------------------------------
    @staticmethod
    def _people(session: Session) -> list[tuple[int, str]]:
        """Everyone on the register: someone who has left can still be named as saying it."""
        return [
            (row.id, row.preferred_name + (" (has left)" if row.status is Status.LEFT else ""))
            for row in participant_search.search(session, ParticipantQuery(status=StatusFilter.ALL))
        ]

    def _choices(self, project_id: int) -> FeedbackChoices:
        database = self._database()
        if database is None:
            return FeedbackChoices()
        with database.reading() as session:
            return FeedbackChoices(
                sessions=[
                    (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                    for s in project_sessions.list_sessions(session, project_id)
                ],
                actions=[
                    (a.id, one_line(a.data.what))
                    for a in actions.list_actions(
                        session, ActionQuery(today=today_here(), project_id=project_id)
                    )
                ],
                decisions=[(d.id, d.label) for d in decisions.list_decisions(session, project_id)],
            )

    # --- adding and changing ----------------------------------------------------------------
    def _save(self, data: FeedbackData, record: FeedbackRecord | None) -> int:
        database = self._database()
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return feedback.add_feedback(session, data)
            return feedback.update_feedback(session, record.id, data).id

    def _read_people(self) -> list[tuple[int, str]] | None:
        database = self._database()
        if database is None:
            return None
        try:
            with database.reading() as session:
                return self._people(session)
        except Exception as error:
            self.host.report_error("Could not read the register", error)
            return None

    def new_item(self) -> None:
        if not self._projects:
            return
        people = self._read_people()
        if people is None:
            return
        dialog = FeedbackDialog(
            lambda data: self._save(data, None),
            self._projects,
            people,
            self._choices,
            None,
            self,
            project_id=self.project_filter(),
        )
        self._run_dialog(dialog)

    def open_item(self) -> None:
        record = self.selected()
        if record is None:
            return
        people = self._read_people()
        if people is None:
            return
        dialog = FeedbackDialog(
            lambda data: self._save(data, record),
            self._projects,
            people,
            self._choices,
            record,
            self,
        )
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: FeedbackDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)
            message = "Saved."
            if self.selected_id() != dialog.saved:
                message += " It is not shown here because of the project or status chosen above."
            self.host.show_message(message)
        dialog.deleteLater()
