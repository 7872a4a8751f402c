"""Screen readers and keyboard users on the Projects, Sessions, Payments and Rewards policy
screens and their dialogs: a name for everything focusable, and Alt+letter doing one thing.

The checks are those of test_accessibility.py (the register and the detail form), reused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.payment_action_dialogs import (
    ApproveDialog,
    ExportDialog,
    ReasonDialog,
    StatementDialog,
)
from coprod_desktop.gui.dialogs.payment_dialogs import ExpenseDialog, MarkPaidDialog, PaymentDialog
from coprod_desktop.gui.dialogs.project_dialog import ProjectDialog
from coprod_desktop.gui.dialogs.rates_dialog import RatesDialog
from coprod_desktop.gui.dialogs.register_dialogs import (
    InviteDialog,
    PaymentsPreviewDialog,
    RegisterActions,
    RegisterDialog,
)
from coprod_desktop.gui.dialogs.session_dialog import SessionDialog
from coprod_desktop.gui.main_window import OTHER_SCREENS, MainWindow
from coprod_desktop.services import earnings_limits, payment_generation, policy, sessions
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, PaymentPreference
from tests.gui.conftest import People, seed_people
from tests.gui.helpers import press, show_active
from tests.gui.payment_seed import (
    add_project,
    add_session,
    approved,
    draft,
    mark,
    paid,
    set_preference,
    set_weekly_limit,
    stored_payment,
)
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _mnemonics,
    _unnamed,
)


# --- what is on the screens ---------------------------------------------------------------------
@pytest.fixture
def filled(window: MainWindow, database: Database, people: People) -> MainWindow:
    """The window with every screen built and showing data (a selected row where possible)."""
    project = add_project(database, "Youth panel", 10_000)
    session_id = add_session(database, project)
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira)
    draft(database, people.amira, 2500, project_id=project)
    paid(database, people.wang, 1500, project_id=project)
    for title in OTHER_SCREENS:
        screen = window.show_screen(title)
        screen.refresh()
        table = getattr(getattr(screen, "form", None), "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
    return window


def _screen(window: MainWindow, title: str) -> QWidget:
    screen = window.screen_named(title)
    window.show_screen(title)
    return screen


@pytest.mark.parametrize("title", OTHER_SCREENS)
def test_every_focusable_widget_on_the_screen_has_a_name(filled: MainWindow, title: str) -> None:
    screen = _screen(filled, title)
    focusable = _focusable(screen)
    names = {w.objectName() for w in focusable}
    # The check must really look at the screen's controls, not an empty list.
    assert {"table", "newButton"} <= names or {"table", "addButton"} <= names, names
    assert _unnamed(screen) == []


@pytest.mark.parametrize("title", OTHER_SCREENS)
def test_labels_on_the_screen_have_mnemonics_and_they_are_unique(
    filled: MainWindow, title: str
) -> None:
    screen = _screen(filled, title)
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(screen)
        if not _mnemonic(label.text())
    ]
    assert missing == []
    texts = _texts(screen)
    assert _mnemonics(texts), "nothing on the screen has a mnemonic"
    assert _clashes(texts) == {}


@pytest.mark.parametrize("title", OTHER_SCREENS)
def test_the_screens_mnemonics_do_not_clash_with_the_menus(filled: MainWindow, title: str) -> None:
    """Alt+letter must do one thing: a screen's mnemonic that is also a menu's makes Qt only
    move between the two (see test_mnemonics_in_the_main_window_are_unique)."""
    screen = _screen(filled, title)
    menus = [action.text() for action in filled.menuBar().actions()]
    assert _clashes(menus + _texts(screen)) == {}


def _texts(top: QWidget) -> list[str]:
    """Every text that can carry a mnemonic: labels, buttons, checkable group boxes."""
    texts = [label.text() for label in top.findChildren(QLabel)]
    texts += [button.text() for button in top.findChildren(QAbstractButton) if button.text()]
    texts += [box.title() for box in top.findChildren(QGroupBox) if box.isCheckable()]
    return texts


# --- the dialogs --------------------------------------------------------------------------------
def _nothing(*_args: object) -> int:
    return 1


def _project(database: Database) -> QDialog:
    return ProjectDialog(_nothing)


def _session(database: Database) -> QDialog:
    return SessionDialog(_nothing, [(1, "Youth panel")])


def _register(database: Database) -> QDialog:
    people = seed_people(database)
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.wang)

    def load() -> list[sessions.AttendanceLine]:
        with database.reading() as session:
            return sessions.register(session, session_id)

    def ignore(*_args: object) -> None:
        pass

    actions = RegisterActions(load, ignore, ignore, ignore, ignore)
    return RegisterDialog("Planning workshop, Tuesday 4 November 2025", actions)


def _invite(database: Database) -> QDialog:
    return InviteDialog([(1, "Amira", "Amira Haddad amira@example.org"), (2, "Zoë", "")])


def _preview(database: Database) -> QDialog:
    people = seed_people(database)
    set_preference(database, people.fatima, PaymentPreference.DECLINES)
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.fatima)
    with database.reading() as session:
        preview = payment_generation.preview_session_payments(session, session_id)
    return PaymentsPreviewDialog(preview)


def _payment(database: Database) -> QDialog:
    return PaymentDialog(_nothing, [(1, "Amira"), (2, "Zoë")], [(1, "Youth panel")])


def _expense(database: Database) -> QDialog:
    return ExpenseDialog(_nothing, [(1, "Amira"), (2, "Zoë")], [(1, "Youth panel")])


def _mark_paid(database: Database) -> QDialog:
    people = seed_people(database)
    record = stored_payment(database, approved(database, people.amira, 3750))
    return MarkPaidDialog(_nothing, record, PaymentPreference.BANK_TRANSFER)


def _approve(database: Database) -> QDialog:
    people = seed_people(database)
    set_weekly_limit(database, people.amira, 1000)
    payment_id = draft(database, people.amira, 3750)
    with database.reading() as session:
        warnings = earnings_limits.check_approval(session, [payment_id])
    assert warnings, "the dialog should show a warning too"
    return ApproveDialog([stored_payment(database, payment_id)], warnings, "Priya Shah")


def _cancel_reason(database: Database) -> QDialog:
    # As the Payments screen asks it (payments_page.cancel_selected).
    return ReasonDialog("Cancel payment 1", "Say why:", "Cancel the &payment")


def _reverse_reason(database: Database) -> QDialog:
    # As the Payments screen asks it (payments_page.reverse_selected).
    return ReasonDialog("Reverse payment 1", "Say why:", "&Reverse")


def _statement(database: Database) -> QDialog:
    return StatementDialog([(1, "Amira"), (2, "Zoë")], date(2025, 11, 4))


def _export(database: Database) -> QDialog:
    return ExportDialog(date(2025, 11, 4))


def _new_rates(database: Database) -> QDialog:
    with database.reading() as session:
        newest = policy.list_rates(session)[0]
    return RatesDialog(_nothing, None, start_from=newest.data)


def _rates_in_use(database: Database) -> QDialog:
    people = seed_people(database)
    session_id = add_session(database, add_project(database))
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira)
    with database.transaction() as session:
        payment_generation.create_session_payments(session, session_id)
    with database.reading() as session:
        in_use = policy.list_rates(session)[0]
    assert in_use.used_by_payments
    return RatesDialog(_nothing, in_use)


DIALOGS: dict[str, Callable[[Database], QDialog]] = {
    "project": _project,
    "session": _session,
    "register": _register,
    "invite": _invite,
    "payments preview": _preview,
    "payment": _payment,
    "expense": _expense,
    "mark paid": _mark_paid,
    "approve": _approve,
    "cancel reason": _cancel_reason,
    "reverse reason": _reverse_reason,
    "statement": _statement,
    "export": _export,
    "new rates": _new_rates,
    "rates in use": _rates_in_use,
}


@pytest.fixture(params=list(DIALOGS))
def dialog(request: pytest.FixtureRequest, qtbot: QtBot, database: Database) -> QDialog:
    built = DIALOGS[str(request.param)](database)
    qtbot.addWidget(built)
    show_active(qtbot, built)
    return built


def test_every_focusable_widget_in_the_dialog_has_a_name(dialog: QDialog) -> None:
    assert len(_focusable(dialog)) >= 2
    assert _unnamed(dialog) == []


def test_every_label_with_a_buddy_in_the_dialog_has_a_mnemonic(dialog: QDialog) -> None:
    missing = [
        f"{_describe(label)}: {label.text()!r}"
        for label in _labels_with_buddies(dialog)
        if not _mnemonic(label.text())
    ]
    assert missing == []


def test_mnemonics_in_the_dialog_are_unique(dialog: QDialog) -> None:
    assert _clashes(_texts(dialog)) == {}


def test_a_dialog_showing_problems_still_names_everything(qtbot: QtBot, database: Database) -> None:
    dialog = ProjectDialog(_nothing)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.form.budgetEdit.setText("12.505")
    dialog.accept_form()
    problem = dialog.findChild(QLabel, "budget_penceError")
    assert isinstance(problem, QLabel) and problem.isVisibleTo(dialog)
    assert problem.accessibleDescription() == "Problem with budget for involvement payments"
    assert _unnamed(dialog) == []


@pytest.mark.parametrize("name", ["project", "session", "new rates"])
def test_multi_line_fields_let_tab_move_on(qtbot: QtBot, database: Database, name: str) -> None:
    dialog = DIALOGS[name](database)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    edits = dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)
    assert edits
    for edit in edits:
        assert edit.tabChangesFocus(), edit.objectName()
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        press(qtbot, edit, Qt.Key.Key_Tab)
        assert edit.toPlainText() == "" or "\t" not in edit.toPlainText()
        assert dialog.focusWidget() is not edit
