"""The Sessions screen: sessions by project, their registers, working out payments, the meeting
pack and summary of a session, and the summary of a project for a period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from coprod_desktop.gui.choices import chosen_number, refill_numbered
from coprod_desktop.gui.dialogs.meeting_document_dialog import MeetingDocumentDialog
from coprod_desktop.gui.dialogs.register_dialogs import (
    InviteDialog,
    PaymentsPreviewDialog,
    RegisterActions,
    RegisterDialog,
)
from coprod_desktop.gui.dialogs.session_dialog import SessionDialog
from coprod_desktop.gui.forms.ui_sessions_page import Ui_SessionsPage
from coprod_desktop.gui.jobs import JobControl
from coprod_desktop.gui.messages import confirm
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.money import format_money
from coprod_desktop.services import (
    agenda,
    participant_search,
    payment_generation,
    projects,
    sessions,
)
from coprod_desktop.services.agenda import AgendaItemData
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.funder_report import last_full_quarter
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.services.sessions import AttendanceLine, SessionData, SessionRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus


@dataclass(frozen=True)
class SessionRow:
    session: SessionRecord
    invited: int
    attended: int


COLUMNS = [
    Column("Date", lambda r: f"{r.session.data.date:%a %d %b %Y}"),
    Column(
        "Time",
        lambda r: f"{r.session.data.start_time:%H:%M}–{r.session.data.end_time:%H:%M}",
    ),
    Column("Session", lambda r: r.session.data.title),
    Column("Kind", lambda r: r.session.data.kind.label),
    Column("Project", lambda r: r.session.project_name),
    Column("Where", lambda r: r.session.where),
    Column("On register", lambda r: str(r.invited), right=True),
    Column("Attended", lambda r: str(r.attended), right=True),
]


class SessionsPage(Screen):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = Ui_SessionsPage()
        self.form.setupUi(self)
        heading = QFont(self.form.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.form.headingLabel.setFont(heading)
        self.form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.projectFilter.view().setAccessibleName("Projects: list")
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(
            self.form.table, self.model, self.open_register, (130, 100, 220, 110, 180, 160, 90)
        )
        self.form.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.form.projectFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.form.newButton.clicked.connect(self.new_session)
        self.form.openButton.clicked.connect(self.open_details)
        self.form.registerButton.clicked.connect(self.open_register)
        self.form.paymentsButton.clicked.connect(self.work_out_payments)
        self.form.packButton.clicked.connect(self.save_meeting_pack)
        self.form.summaryButton.clicked.connect(self.save_meeting_summary)
        self.form.projectSummaryButton.clicked.connect(self.save_project_summary)
        self._projects: list[tuple[int, str]] = []
        self._jobs: list[object] = []  # documents being saved, kept alive until they finish
        self.today: date | None = None  # tests set the day; otherwise today on this computer
        self._saved_note = ""  # what saving the session changed besides it, if anything
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def _database(self) -> Database | None:
        return self.host.database

    def refresh(self, keep: int | None = None) -> None:
        database = self._database()
        rows: list[SessionRow] = []
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_projects(
                        [(p.id, p.data.name) for p in projects.list_projects(session)]
                    )
                    counts = sessions.attendance_counts(session)
                    rows = [
                        SessionRow(s, *counts.get(s.id, (0, 0)))
                        for s in sessions.list_sessions(session, self.project_filter())
                    ]
            except Exception as error:
                self.host.report_error("Could not read the sessions", error)
        selected = keep if keep is not None else self.selected_id()
        self.model.set_records(rows)
        select_row(
            self.form.table,
            self.model.row_where(lambda r: r.session.id == selected) if selected else None,
        )
        self.form.countLabel.setText(f"{len(rows)} session{'s' if len(rows) != 1 else ''}")
        if not self._projects:
            self.form.messageLabel.setText(
                "Add a project first (in Projects); sessions belong to one."
            )
        elif not rows:
            self.form.messageLabel.setText("No sessions yet. Choose New session to add one.")
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

    def show_project(self, project_id: int) -> None:
        self.refresh()
        index = self.form.projectFilter.findData(project_id)
        self.form.projectFilter.setCurrentIndex(max(index, 0))

    def selected(self) -> SessionRow | None:
        rows = selected_rows(self.form.table)
        return self.model.record_at(rows[0]) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected()
        return row.session.id if row else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (
            self.form.openButton,
            self.form.registerButton,
            self.form.paymentsButton,
            self.form.packButton,
            self.form.summaryButton,
        ):
            button.setEnabled(chosen)
        has_projects = self._database() is not None and bool(self._projects)
        self.form.newButton.setEnabled(has_projects)
        # The project shown, or (with all projects shown) the one chosen in the dialog.
        self.form.projectSummaryButton.setEnabled(has_projects)

    # --- the session itself -----------------------------------------------------------------
    def _save(
        self, data: SessionData, items: list[AgendaItemData], record: SessionRecord | None
    ) -> int:
        """Save the session and its agenda in one transaction: both or neither."""
        database = self._database()
        assert database is not None
        self._saved_note = ""
        with database.transaction() as session:
            update = agenda.save_session_with_agenda(
                session, record.id if record is not None else None, data, items
            )
        # Said once the dialog has closed, in the status bar: the register changed too.
        self._saved_note = update.message
        return update.record.id

    def new_session(self) -> None:
        if self._database() is None or not self._projects:
            return
        dialog = SessionDialog(
            lambda data, items: self._save(data, items, None),
            self._projects,
            None,
            self,
            project_id=self.project_filter(),
        )
        self._run_session_dialog(dialog)

    def open_details(self) -> None:
        row = self.selected()
        if row is None:
            return
        record = row.session
        database = self._database()
        if database is None:
            return
        try:
            with database.reading() as session:
                current = agenda.agenda_of(session, record.id)
        except Exception as error:
            self.host.report_error("Could not read the session's agenda", error)
            return
        dialog = SessionDialog(
            lambda data, items: self._save(data, items, record),
            self._projects,
            record,
            self,
            agenda=current,
        )
        self._run_session_dialog(dialog)

    def _run_session_dialog(self, dialog: SessionDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)
            self.host.show_message(" ".join(filter(None, ("Session saved.", self._saved_note))))
        dialog.deleteLater()

    # --- the register -----------------------------------------------------------------------
    def open_register(self) -> None:
        row = self.selected()
        database = self._database()
        if row is None or database is None:
            return
        session_id = row.session.id
        day = row.session.data.date
        title = (
            f"{row.session.data.title}, {day:%A} {long_date(day)}, "
            f"{row.session.data.start_time:%H:%M} to {row.session.data.end_time:%H:%M}"
        )

        def load() -> list[AttendanceLine]:
            with database.reading() as session:
                return sessions.register(session, session_id)

        def mark(people: list[int], status: AttendanceStatus) -> None:
            def change(session: Session) -> None:
                for participant_id in people:
                    sessions.set_attendance(session, session_id, participant_id, status)

            self._write(change)

        def set_minutes(participant_id: int, minutes: int, prep: int) -> None:
            self._write(
                lambda session: sessions.set_attendance(
                    session,
                    session_id,
                    participant_id,
                    sessions.register_line(session, session_id, participant_id).status,
                    session_minutes=minutes,
                    prep_minutes=prep,
                )
            )

        def invite() -> None:
            self._invite(dialog, session_id)

        def remove(people: list[int]) -> None:
            def change(session: Session) -> None:
                for participant_id in people:
                    sessions.uninvite(session, session_id, participant_id)

            count = f"{len(people)} {'person' if len(people) == 1 else 'people'}"
            if confirm(
                dialog,
                "Take off the register",
                f"Take {count} off this session's register? Anyone who already has a payment "
                "for the session stays on it.",
                "Take off",
            ):
                self._write(change)

        dialog = RegisterDialog(
            title, RegisterActions(load, mark, set_minutes, invite, remove), self
        )
        dialog.resize(900, 620)
        dialog.exec()
        dialog.deleteLater()
        self.refresh(keep=session_id)

    def _write(self, change: Callable[[Session], object]) -> None:
        """Make one change to the register, in one transaction; explain any failure."""
        database = self._database()
        if database is None:
            return
        try:
            with database.transaction() as session:
                change(session)
        except Exception as error:
            self.host.report_error("Could not change the register", error)

    def _invite(self, parent: QWidget, session_id: int) -> None:
        database = self._database()
        if database is None:
            return
        with database.reading() as session:
            on_register = {line.participant_id for line in sessions.register(session, session_id)}
            people = [
                (row.id, row.preferred_name, f"{row.full_name} {row.email} {row.postcode}")
                for row in participant_search.search(
                    session, ParticipantQuery(status=StatusFilter.CURRENT)
                )
                if row.id not in on_register
            ]
        dialog = InviteDialog(people, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            chosen = dialog.chosen()
            self._write(lambda session: sessions.invite(session, session_id, chosen))
        dialog.deleteLater()

    # --- payments ---------------------------------------------------------------------------
    def work_out_payments(self) -> None:
        row = self.selected()
        database = self._database()
        if row is None or database is None:
            return
        try:
            with database.reading() as session:
                preview = payment_generation.preview_session_payments(session, row.session.id)
        except Exception as error:
            self.host.report_error("Could not work out the payments", error)
            return
        dialog = PaymentsPreviewDialog(preview, self)
        dialog.resize(980, 560)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                with database.transaction() as session:
                    created = payment_generation.create_session_payments(session, row.session.id)
            except Exception as error:
                self.host.report_error("Could not create the payments", error)
            else:
                self.host.show_message(
                    f"Created {len(created)} draft payments ({format_money(preview.total_pence)}). "
                    "Approve them in Payments."
                )
        dialog.deleteLater()

    # --- meeting pack and summary (saved off the GUI thread) ----------------------------------
    def save_meeting_pack(self) -> None:
        """The selected session's meeting pack, to send before it, as a PDF or Word document."""
        row = self.selected()
        if row is None:
            return
        record = row.session
        self._save_meeting_document(
            record,
            "meeting pack",
            f"The meeting pack for {record.data.title} ({long_date(record.data.date)}): what "
            "it is for, when and where, the access arrangements, the agenda, what happened "
            "last time and the open actions. Next you choose where to save it.",
        )

    def save_meeting_summary(self) -> None:
        """The selected session's summary, to hand out after it, as a PDF or Word document."""
        row = self.selected()
        if row is None:
            return
        record = row.session
        self._save_meeting_document(
            record,
            "summary",
            f"The summary of {record.data.title} ({long_date(record.data.date)}): who took part "
            "(named only if they agreed), what was decided, the actions, \u201cyou said, we "
            "did\u201d, the stories shared and the next session. Next you choose where to save "
            "it.",
        )

    def _save_meeting_document(self, record: SessionRecord, what: str, intro: str) -> None:
        database = self._database()
        if database is None:
            return
        from coprod_desktop.gui.document_output import (
            ask_where_to_save,
            safe_file_name,
            save_document,
        )

        dialog = MeetingDocumentDialog(f"Save the {what}", intro, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options()
        kind = dialog.kind()
        dialog.deleteLater()
        if not accepted:
            return
        name = safe_file_name(f"{record.data.title} {record.data.date.isoformat()}", "session")
        suggested = Path.home() / f"{what.capitalize()} {name}{kind.suffix}"
        path = ask_where_to_save(self, f"Save the {what}", suggested, [kind])
        if path is None:
            return
        session_id = record.id
        today = self.today or today_here()

        def write(target: Path, control: JobControl) -> None:
            from coprod_desktop.services import meeting_documents

            control.report("Gathering what to put in it…")
            with database.reading() as session:
                if what == "summary":
                    summary = meeting_documents.meeting_summary(session, session_id, today)
                else:
                    pack = meeting_documents.meeting_pack(session, session_id, today)
            control.check_cancelled()
            if target.suffix.lower() == ".docx":
                from coprod_desktop.reports import meeting_docx

                control.report("Writing the Word document…")
                if what == "summary":
                    meeting_docx.write_meeting_summary_docx(summary, target, options)
                else:
                    meeting_docx.write_meeting_pack_docx(pack, target, options)
            else:
                from coprod_desktop.reports import meeting_pdf

                control.report("Writing the PDF…")
                if what == "summary":
                    meeting_pdf.write_meeting_summary_pdf(summary, target, options)
                else:
                    meeting_pdf.write_meeting_pack_pdf(pack, target, options)

        job = save_document(self, self.host, f"the {what}", path, write)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]

    def save_project_summary(self) -> None:
        """One project's summary for a period (the last full quarter unless changed), as a PDF
        or Word document: the project shown on the screen, else the one chosen in the dialog."""
        database = self._database()
        if database is None or not self._projects:
            return
        from coprod_desktop.gui.document_output import (
            ask_where_to_save,
            safe_file_name,
            save_document,
        )

        today = self.today or today_here()
        shown = self.project_filter()
        names = dict(self._projects)
        what = "\u201cyou said, we did\u201d"
        covers = (
            f"its sessions and how many took part, what was decided, the actions agreed, {what} "
            "and the stories shared. Choose the period, then where to save it."
        )
        if shown is not None:
            intro = f"The summary of {names.get(shown, 'the project')} for a period: {covers}"
            choices: list[tuple[int, str]] = []
        else:
            intro = f"The summary of one project for a period: {covers}"
            choices = self._projects
        row = self.selected()
        dialog = MeetingDocumentDialog(
            "Save the project summary",
            intro,
            self,
            period=last_full_quarter(today),
            projects=choices,
            project_id=row.session.data.project_id if row is not None else None,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        options = dialog.options()
        kind = dialog.kind()
        date_from, date_to = dialog.period()
        project_id = shown if shown is not None else dialog.project_id()
        dialog.deleteLater()
        if not accepted or project_id is None:
            return
        name = safe_file_name(
            f"{names.get(project_id, '')} {date_from.isoformat()} to {date_to.isoformat()}",
            "project",
        )
        suggested = Path.home() / f"Project summary {name}{kind.suffix}"
        path = ask_where_to_save(self, "Save the project summary", suggested, [kind])
        if path is None:
            return

        def write(target: Path, control: JobControl) -> None:
            from coprod_desktop.services import meeting_documents

            control.report("Gathering what to put in it…")
            with database.reading() as session:
                summary = meeting_documents.project_summary(
                    session, project_id, date_from, date_to, today
                )
            control.check_cancelled()
            if target.suffix.lower() == ".docx":
                from coprod_desktop.reports import meeting_docx

                control.report("Writing the Word document…")
                meeting_docx.write_project_summary_docx(summary, target, options)
            else:
                from coprod_desktop.reports import meeting_pdf

                control.report("Writing the PDF…")
                meeting_pdf.write_project_summary_pdf(summary, target, options)

        job = save_document(self, self.host, "the project summary", path, write)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]
