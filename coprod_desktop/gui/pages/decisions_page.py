"""The Decisions screen: each project's decision log, newest first: what was decided, when and
how, who took part, at which session, and what it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from coprod_desktop.gui.choices import chosen_number, refill_numbered
from coprod_desktop.gui.dialogs.decision_dialog import DecisionChoices, DecisionDialog
from coprod_desktop.gui.forms.ui_decisions_page import Ui_DecisionsPage
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import (
    actions,
    decisions,
    participant_search,
    projects,
    sessions,
    stories,
)
from coprod_desktop.services.actions import ActionQuery
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.decisions import DecisionData, DecisionRecord
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, Status

HAS_LEFT = " (has left)"


def one_line(text: str) -> str:
    return " ".join(text.split())


def who_took_part(record: DecisionRecord, left: set[int] | frozenset[int] = frozenset()) -> str:
    """The people on the register (marked if they have since left), then anyone else present."""
    names = ", ".join(name + (HAS_LEFT if pid in left else "") for pid, name in record.people)
    others = one_line(record.data.others_present)
    if names and others:
        return f"{names}; also {others}"
    return names or others


class DecisionsPage(Screen):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = Ui_DecisionsPage()
        self.form.setupUi(self)
        heading = QFont(self.form.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.form.headingLabel.setFont(heading)
        self.form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.projectFilter.view().setAccessibleName("Projects: list")
        self._left: set[int] = set()  # people on the register who have since left
        self.model = RecordTableModel(
            [
                Column("Date", lambda r: long_date(r.data.decided_on)),
                Column("What was decided", lambda r: one_line(r.data.what)),
                Column("How", lambda r: r.data.method.label),
                Column("Who took part", lambda r: who_took_part(r, self._left)),
                Column("Session", lambda r: r.session_title),
                Column("What it changes", lambda r: one_line(r.data.what_it_changes)),
            ],
            self,
        )
        prepare_table(self.form.table, self.model, self.open_decision, (120, 250, 170, 190, 190))
        self.form.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.form.projectFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.form.newButton.clicked.connect(self.new_decision)
        self.form.openButton.clicked.connect(self.open_decision)
        self._projects: list[tuple[int, str]] = []
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def _database(self) -> Database | None:
        return self.host.database

    def refresh(self, keep: int | None = None) -> None:
        database = self._database()
        rows: list[DecisionRecord] = []
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_projects(
                        [(p.id, p.data.name) for p in projects.list_projects(session)]
                    )
                    self._left = set(
                        participant_search.search_ids(
                            session, ParticipantQuery(status=StatusFilter.LEFT)
                        )
                    )
                    rows = decisions.list_decisions(session, self.project_filter())
            except Exception as error:
                self.host.report_error("Could not read the decisions", error)
        selected = keep if keep is not None else self.selected_id()
        self.model.set_records(rows)
        select_row(
            self.form.table,
            self.model.row_where(lambda r: r.id == selected) if selected else None,
        )
        self.form.countLabel.setText(f"{len(rows)} decision{'s' if len(rows) != 1 else ''}")
        if not self._projects:
            self.form.messageLabel.setText(
                "Add a project first (in Projects); decisions belong to one."
            )
        elif not rows:
            self.form.messageLabel.setText("No decisions yet. Choose New decision to add one.")
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

    def selected(self) -> DecisionRecord | None:
        rows = selected_rows(self.form.table)
        record: DecisionRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def _update_buttons(self) -> None:
        self.form.openButton.setEnabled(self.selected() is not None)
        self.form.newButton.setEnabled(self._database() is not None and bool(self._projects))

    # --- what the dialog needs --------------------------------------------------------------
    def _people(self, session: Session) -> list[tuple[int, str]]:
        """Everyone on the register: people who have left can be named on a decision too."""
        return [
            (row.id, row.preferred_name + (HAS_LEFT if row.status is Status.LEFT else ""))
            for row in participant_search.search(session, ParticipantQuery(status=StatusFilter.ALL))
        ]

    @staticmethod
    def _stories(session: Session) -> list[tuple[int, str]]:
        """Every story a decision can cite (from any project: evidence is shared), newest first:
        "Title (day told, who shared it)"."""
        return [
            (r.id, f"{one_line(r.data.title)} ({long_date(r.data.told_on)}, {r.shared_by})")
            for r in stories.list_stories(session)
        ]

    def _choices(self, project_id: int) -> DecisionChoices:
        database = self._database()
        if database is None:
            return DecisionChoices()
        with database.reading() as session:
            return DecisionChoices(
                sessions=[
                    (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                    for s in sessions.list_sessions(session, project_id)
                ]
            )

    def _attended(self, session_id: int) -> list[tuple[int, str]]:
        database = self._database()
        if database is None:
            return []
        with database.reading() as session:
            return [
                (line.participant_id, line.name)
                for line in sessions.register(session, session_id)
                if line.status is AttendanceStatus.ATTENDED
            ]

    # --- adding and changing ----------------------------------------------------------------
    def _save(self, data: DecisionData, record: DecisionRecord | None) -> int:
        database = self._database()
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return decisions.add_decision(session, data)
            return decisions.update_decision(session, record.id, data).id

    def new_decision(self) -> None:
        database = self._database()
        if database is None or not self._projects:
            return
        try:
            with database.reading() as session:
                people = self._people(session)
                cited = self._stories(session)
        except Exception as error:
            self.host.report_error("Could not read the register", error)
            return
        dialog = DecisionDialog(
            lambda data: self._save(data, None),
            self._projects,
            people,
            self._choices,
            self._attended,
            None,
            self,
            project_id=self.project_filter(),
            stories=cited,
        )
        self._run_dialog(dialog)

    def open_decision(self) -> None:
        record = self.selected()
        database = self._database()
        if record is None or database is None:
            return
        try:
            with database.reading() as session:
                people = self._people(session)
                cited = self._stories(session)
                # What it led to: the actions of its project that came from it.
                led_to = [
                    f"{action.data.what} ({action.status_text})"
                    for action in actions.list_actions(
                        session, ActionQuery(today=today_here(), project_id=record.data.project_id)
                    )
                    if action.data.decision_id == record.id
                ]
        except Exception as error:
            self.host.report_error("Could not read the decision", error)
            return
        dialog = DecisionDialog(
            lambda data: self._save(data, record),
            self._projects,
            people,
            self._choices,
            self._attended,
            record,
            self,
            led_to=led_to,
            stories=cited,
        )
        self._run_dialog(dialog)

    def _run_dialog(self, dialog: DecisionDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)
            self.host.show_message("Decision saved.")
        dialog.deleteLater()
