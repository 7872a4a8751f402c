"""Fixtures for the GUI tests: the real main window on a fresh database, people to show in it,
and a guard so that no modal dialog can ever wait for a click that will not come.

Every modal the app can open is answered here instead of blocking the test run:

* message boxes (``show_error``, ``show_info``, ``confirm``, the database problem box) are
  recorded in ``modals.boxes`` and closed at once, as if dismissed without choosing;
* ``QMessageBox.question`` (unsaved changes) is recorded and answered with ``modals.answer``;
* file dialogs fail the test: tests that expect one patch ``pick_existing_file`` and friends;
* the detail form (``ParticipantDialog.exec``) is shown without a nested event loop, filled in
  by ``modals.fill_in`` (a test sets it), and closed if the filling in did not close it. With no
  ``fill_in`` an unexpected detail form fails the test;
* the dialogs of the other screens (projects, sessions, payments, the rewards policy) are
  handled the same way by ``dialogs``: a test says what to do with each kind of dialog
  (``dialogs.on(ProjectDialog, fill)``); any other one that opens fails the test.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.action_dialog import ActionDialog, DropDialog, NoteDialog
from coprod_desktop.gui.dialogs.action_plan_dialog import ActionPlanDialog
from coprod_desktop.gui.dialogs.cycle_move_dialog import CycleMoveDialog
from coprod_desktop.gui.dialogs.decision_dialog import DecisionDialog
from coprod_desktop.gui.dialogs.development_dialogs import (
    DevelopmentEntryDialog,
    DevelopmentLogDialog,
    DifferenceLetterDialog,
)
from coprod_desktop.gui.dialogs.feedback_dialog import FeedbackDialog
from coprod_desktop.gui.dialogs.funder_report_dialog import FunderReportDialog
from coprod_desktop.gui.dialogs.goal_dialog import GoalDialog
from coprod_desktop.gui.dialogs.meeting_document_dialog import MeetingDocumentDialog
from coprod_desktop.gui.dialogs.monitoring_dialogs import (
    AccessLogDialog,
    AnswersDialog,
    MonitoringDialog,
    RecordFormDialog,
    RevealDialog,
)
from coprod_desktop.gui.dialogs.outreach_dialog import OutreachDialog, OutreachPlansDialog
from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.dialogs.payment_action_dialogs import (
    ApproveDialog,
    ExportDialog,
    ReasonDialog,
    StatementDialog,
)
from coprod_desktop.gui.dialogs.payment_dialogs import ExpenseDialog, MarkPaidDialog, PaymentDialog
from coprod_desktop.gui.dialogs.project_dialog import ProjectDialog
from coprod_desktop.gui.dialogs.rates_dialog import RatesDialog
from coprod_desktop.gui.dialogs.records_export_dialog import RecordsExportDialog
from coprod_desktop.gui.dialogs.reference_dialogs import (
    ReferenceFormDialog,
    ReferenceImportDialog,
    ReferenceListDialog,
)
from coprod_desktop.gui.dialogs.register_dialogs import (
    InviteDialog,
    PaymentsPreviewDialog,
    RegisterDialog,
)
from coprod_desktop.gui.dialogs.session_dialog import SessionDialog
from coprod_desktop.gui.dialogs.story_dialog import StoryDialog
from coprod_desktop.gui.dialogs.theme_dialogs import ThemeDialog, ThemesDialog
from coprod_desktop.gui.dialogs.values_check_dialog import ValuesCheckDialog
from coprod_desktop.gui.document_output import SavedDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services import participants
from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AccessNeed, Role, Status
from tests.gui.helpers import show_active

# The Makefile sets this too; here so that a bare `pytest tests/gui` never opens real windows.
# It only has to be set before the QApplication exists, which pytest-qt creates later.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class Box:
    """A message box the app showed (and the guard dismissed)."""

    title: str
    text: str
    plain_text: bool
    buttons: list[str]


@dataclass
class Modals:
    boxes: list[Box] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Discard
    fill_in: Callable[[ParticipantDialog], None] | None = None
    # The record each detail form was opened on (None for a new person), in order.
    opened: list[ParticipantRecord | None] = field(default_factory=list)


@pytest.fixture(autouse=True)
def modals(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Modals:
    found = Modals()

    def box_exec(box: QMessageBox) -> int:
        found.boxes.append(
            Box(
                title=box.windowTitle(),
                text=box.text(),
                plain_text=box.textFormat() == Qt.TextFormat.PlainText,
                buttons=[button.text() for button in box.buttons()],
            )
        )
        return 0  # as if closed without choosing: clickedButton() stays None

    def question(
        _parent: QWidget | None, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        found.questions.append(text)
        return found.answer

    def no_file_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        raise AssertionError("a file dialog was opened; patch the picker in this test")

    def dialog_exec(dialog: ParticipantDialog) -> int:
        found.opened.append(dialog.record)
        try:
            show_active(qtbot, dialog)
            if found.fill_in is None:
                raise AssertionError("the detail form was opened unexpectedly")
            found.fill_in(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(no_file_dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(no_file_dialog))
    monkeypatch.setattr(ParticipantDialog, "exec", dialog_exec)
    return found


D = TypeVar("D", bound=QDialog)

# Every modal dialog the screens open (the register's own form is handled by `modals`).
SCREEN_DIALOGS: tuple[type[QDialog], ...] = (
    ProjectDialog,
    SessionDialog,
    RegisterDialog,
    InviteDialog,
    PaymentsPreviewDialog,
    PaymentDialog,
    ExpenseDialog,
    MarkPaidDialog,
    ApproveDialog,
    ReasonDialog,
    StatementDialog,
    ExportDialog,
    RatesDialog,
    # The cycle and the values self-check (Projects screen)
    CycleMoveDialog,
    ValuesCheckDialog,
    # Actions, decisions, feedback
    ActionDialog,
    GoalDialog,
    NoteDialog,
    DropDialog,
    ActionPlanDialog,
    DecisionDialog,
    FeedbackDialog,
    # Stories and themes
    StoryDialog,
    ThemeDialog,
    ThemesDialog,
    # Diversity
    ReferenceListDialog,
    ReferenceImportDialog,
    ReferenceFormDialog,
    OutreachDialog,
    OutreachPlansDialog,
    MonitoringDialog,
    RevealDialog,
    AnswersDialog,
    AccessLogDialog,
    RecordFormDialog,
    # Development log and "the difference you made"
    DevelopmentLogDialog,
    DevelopmentEntryDialog,
    DifferenceLetterDialog,
    # Meeting pack and summary
    MeetingDocumentDialog,
    # Funder report
    FunderReportDialog,
    # Records export for funders
    RecordsExportDialog,
    # Any saved document
    SavedDialog,
)


@dataclass
class Dialogs:
    """What to do with each kind of screen dialog, and which ones were opened."""

    handlers: dict[type[QDialog], Callable[[Any], None]] = field(default_factory=dict)
    # "ClassName: window title" of each dialog opened, in order.
    opened: list[str] = field(default_factory=list)

    def on(self, kind: type[D], handler: Callable[[D], None]) -> None:
        """Handle every ``kind`` dialog opened from now on with ``handler`` (it is shown first,
        and closed afterwards if the handler left it open)."""
        self.handlers[kind] = handler


@pytest.fixture(autouse=True)
def dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    found = Dialogs()

    def dialog_exec(dialog: QDialog) -> int:
        found.opened.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
        handler = found.handlers.get(type(dialog))
        try:
            show_active(qtbot, dialog)
            if handler is None:
                raise AssertionError(f"{type(dialog).__name__} was opened unexpectedly")
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        return dialog.result()

    for kind in SCREEN_DIALOGS:
        monkeypatch.setattr(kind, "exec", dialog_exec)
    return found


def open_window(qtbot: QtBot, url: str) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.open_database(url)
    return window


@pytest.fixture
def window(qtbot: QtBot, database: Database, database_url: str) -> MainWindow:
    """The main window, shown, with the test's (already migrated) database open in it."""
    return open_window(qtbot, database_url)


@dataclass(frozen=True)
class People:
    """Ids of the people seeded into the register."""

    amira: int  # active, she/her, phone and postcode, large print
    fatima: int  # active, Arabic name, carer, BSL interpreter
    wang: int  # active, Chinese name, professional and lived experience
    sam: int  # active, emoji in the name, staff, written-in access need
    zoe: int  # paused, accented name
    oliver: int  # left (archived)


def seed_people(database: Database) -> People:
    def add(data: ParticipantData, status: Status = Status.ACTIVE) -> int:
        with database.transaction() as session:
            new_id = participants.add_participant(session, data)
            if status is not Status.ACTIVE:
                participants.set_status(session, new_id, status)
        return new_id

    return People(
        amira=add(
            ParticipantData(
                preferred_name="Amira",
                full_name="Amira Haddad",
                pronouns="she/her",
                email="amira@example.org",
                phone="07700 900123",
                postcode="M13 9PL",
                roles=frozenset({Role.LIVED_EXPERIENCE}),
                access_needs=frozenset({AccessNeed.LARGE_PRINT}),
            )
        ),
        fatima=add(
            ParticipantData(
                preferred_name="فاطمة",
                full_name="فاطمة الزهراء",
                email="fatima@example.org",
                roles=frozenset({Role.CARER}),
                access_needs=frozenset({AccessNeed.BSL_INTERPRETER}),
            )
        ),
        wang=add(
            ParticipantData(
                preferred_name="王芳",
                full_name="王芳",
                email="wang.fang@example.org",
                roles=frozenset({Role.PROFESSIONAL, Role.LIVED_EXPERIENCE}),
            )
        ),
        sam=add(
            ParticipantData(
                preferred_name="Sam 🌈",
                full_name="Sam Taylor",
                email="sam@example.org",
                roles=frozenset({Role.STAFF}),
                access_other="Breaks every hour",
            )
        ),
        zoe=add(
            ParticipantData(
                preferred_name="Zoë",
                full_name="Zoë Brennan",
                email="zoe@example.org",
                postcode="SW1A 1AA",
                roles=frozenset({Role.CARER}),
            ),
            Status.PAUSED,
        ),
        oliver=add(
            ParticipantData(
                preferred_name="Oliver",
                full_name="Oliver Smith",
                email="oliver@example.org",
                roles=frozenset({Role.EXPERT_BY_LEARNING}),
            ),
            Status.LEFT,
        ),
    )


@pytest.fixture
def people(database: Database, window: MainWindow) -> People:
    """Six people in the window's database (five current, one who has left), shown."""
    seeded = seed_people(database)
    window.participants_page.refresh()
    return seeded
