"""The You said, we did screen: a new item (anonymous unless someone is named) through its
dialog, the response box that says what it wants, changing an item without losing the action
and decision it led to, problems shown beside their fields, the filters, and Enter opening a
row. Each check reads back what the database holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.feedback_dialog import (
    NO_ACTION,
    NO_DECISION,
    NO_SESSION,
    FeedbackChoices,
    FeedbackDialog,
)
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.feedback_page import FeedbackPage
from coprod_desktop.gui.person_picker import person_label
from coprod_desktop.services.dates import long_date
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import FeedbackResponse, FeedbackStatus
from tests.gui.conftest import Dialogs, People
from tests.gui.decision_seed import (
    add_action,
    add_decision,
    add_feedback,
    stored_decision,
    stored_feedback,
    stored_feedback_items,
)
from tests.gui.helpers import click, press, show_active, tick, type_text
from tests.gui.payment_seed import SESSION_DAY, add_project, add_session
from tests.gui.screen_helpers import (
    choose,
    click_table_row,
    column_texts,
    error_shown,
    has_focus,
    headers,
    row_texts,
    rows_of_problem,
    save_with_keyboard,
    set_day,
    status_message,
)
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _tab_through,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts


def feedback_screen(window: MainWindow) -> FeedbackPage:
    screen = window.show_screen("You said, we did")
    assert isinstance(screen, FeedbackPage)
    screen.refresh()
    return screen


# --- a new item ---------------------------------------------------------------------------------
def test_a_new_anonymous_item_is_stored_exactly_as_typed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    session_id = add_session(database, project, title="Planning workshop")
    page = feedback_screen(window)
    assert page.form.statusFilter.currentText() == "All statuses"
    labels: list[str] = []

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New feedback item"
        assert has_focus(dialog, f.saidEdit)
        assert f.anonymousCheck.isChecked()  # anonymous unless someone is named
        assert f.sessionCombo.currentText() == NO_SESSION
        assert f.actionCombo.currentText() == NO_ACTION
        assert f.decisionCombo.currentText() == NO_DECISION
        set_day(f.dateEdit, date(2025, 11, 4))
        choose(f.sessionCombo, f"Planning workshop ({long_date(SESSION_DAY)})")
        type_text(qtbot, f.saidEdit, "The room is too cold.")
        press(qtbot, f.saidEdit, Qt.Key.Key_Return)
        type_text(qtbot, f.saidEdit, "And too noisy")
        labels.append(f.responseLabel.text())
        choose(f.kindCombo, FeedbackResponse.WE_DID.label)
        labels.append(f.responseLabel.text())
        choose(f.kindCombo, FeedbackResponse.COULD_NOT.label)
        labels.append(f.responseLabel.text())
        choose(f.kindCombo, FeedbackResponse.IN_PROGRESS.label)
        labels.append(f.responseLabel.text())
        assert f.responseEdit.accessibleName() == "What is happening"
        choose(f.kindCombo, FeedbackResponse.WE_DID.label)
        type_text(qtbot, f.responseEdit, "moved to the library")
        choose(f.statusCombo, FeedbackStatus.TOLD_BACK.label)
        save_with_keyboard(qtbot, dialog, f.statusCombo)
        assert not dialog.isVisible()

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)

    assert labels == [
        "W&hat we know so far:",
        "W&hat we did:",
        "W&hy we could not:",
        "W&hat is happening:",
    ]
    [stored] = stored_feedback_items(database)
    data = stored.data
    assert data.project_id == project
    assert data.said_on == date(2025, 11, 4)
    assert data.session_id == session_id
    assert data.what_was_said == "The room is too cold.\nAnd too noisy"
    assert data.participant_id is None
    assert data.response_kind is FeedbackResponse.WE_DID
    assert data.response == "moved to the library"
    assert data.status is FeedbackStatus.TOLD_BACK
    assert data.action_id is None and data.decision_id is None
    assert page.selected_id() == stored.id
    assert headers(page.form.table) == [
        "Date",
        "What was said",
        "Said by",
        "Response",
        "Status",
        "Session",
    ]
    assert row_texts(page.form.table, 0) == {
        "Date": "4 November 2025",
        "What was said": "The room is too cold. And too noisy",
        "Said by": "Anonymous",
        "Response": "We did: moved to the library.",
        "Status": "Response shared",
        "Session": f"Planning workshop ({long_date(SESSION_DAY)})",
    }
    assert status_message(window) == "Saved."


def test_naming_someone_stores_who_said_it_and_links_to_an_action_and_decision(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    decision = add_decision(database, project, "Move the café to the library")
    action = add_action(database, project, "Book the library room", decision_id=decision)
    page = feedback_screen(window)

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.saidEdit, "Could we meet somewhere warmer?")
        f.personEdit.setFocus()
        type_text(qtbot, f.personEdit, person_label(people.amira, "Amira"))
        assert not f.anonymousCheck.isChecked()  # naming someone unticks it
        choose(f.actionCombo, "Book the library room")
        choose(f.decisionCombo, stored_decision(database, decision).label)
        save_with_keyboard(qtbot, dialog, f.decisionCombo)
        assert not dialog.isVisible()

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)
    [stored] = stored_feedback_items(database)
    assert stored.data.participant_id == people.amira
    assert stored.data.action_id == action
    assert stored.data.decision_id == decision
    assert stored.data.response_kind is FeedbackResponse.NOT_YET
    assert stored.data.status is FeedbackStatus.OPEN
    assert row_texts(page.form.table, 0)["Said by"] == "Amira"
    assert row_texts(page.form.table, 0)["Response"] == "No response yet."


def test_ticking_anonymous_clears_the_name(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = feedback_screen(window)

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.saidEdit, "More breaks please")
        type_text(qtbot, f.personEdit, person_label(people.wang, "Wang"))
        assert not f.anonymousCheck.isChecked()
        tick(qtbot, f.anonymousCheck)
        assert f.personEdit.text() == ""
        save_with_keyboard(qtbot, dialog, f.saidEdit)

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)
    [stored] = stored_feedback_items(database)
    assert stored.data.participant_id is None
    assert stored.said_by == "Anonymous"


# --- problems -----------------------------------------------------------------------------------
def test_we_did_with_no_text_is_shown_under_the_response(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = feedback_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.saidEdit, "The room is too cold")
        choose(f.kindCombo, FeedbackResponse.WE_DID.label)
        save_with_keyboard(qtbot, dialog, f.kindCombo)
        assert dialog.isVisible()
        problem_row, field_row = rows_of_problem(dialog, "response", f.responseEdit)
        assert problem_row == field_row + 1
        seen["message"] = error_shown(dialog, "response").text()
        assert has_focus(dialog, f.responseEdit)

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen["message"] == (
        "⚠ Our response is empty. You chose 'We did', so please say what you did."
    )
    assert stored_feedback_items(database) == []


def test_response_shared_with_no_response_is_shown_under_the_status(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = feedback_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        f.saidEdit.setFocus()
        choose(f.statusCombo, FeedbackStatus.TOLD_BACK.label)
        save_with_keyboard(qtbot, dialog, f.statusCombo)
        assert dialog.isVisible()
        problem_row, field_row = rows_of_problem(dialog, "status", f.statusCombo)
        assert problem_row == field_row + 1
        seen["status"] = error_shown(dialog, "status").text()
        # Both problems at once: nothing was said either.
        seen["said"] = error_shown(dialog, "what_was_said").text()

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen["status"].startswith("⚠ Status: give the response before marking it shared")
    assert seen["said"].startswith("⚠ What was said")
    assert stored_feedback_items(database) == []


def test_a_name_not_on_the_register_is_shown_under_said_by(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = feedback_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: FeedbackDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.saidEdit, "Too cold")
        type_text(qtbot, f.personEdit, "Nobody Known")
        save_with_keyboard(qtbot, dialog, f.personEdit)
        seen["message"] = error_shown(dialog, "participant_id").text()

    dialogs.on(FeedbackDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen["message"] == (
        "⚠ Who said it: no one called 'Nobody Known' is on the register. Choose from the "
        "list. Or tick Anonymous."
    )
    assert stored_feedback_items(database) == []


# --- changing one -------------------------------------------------------------------------------
def test_changing_the_text_keeps_the_action_and_decision_it_led_to(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    session_id = add_session(database, project)
    decision = add_decision(database, project, "Move the café to the library")
    action = add_action(database, project, "Book the library room", decision_id=decision)
    item = add_feedback(
        database,
        project,
        "The room is too cold",
        participant_id=people.oliver,
        session_id=session_id,
        action_id=action,
        decision_id=decision,
        response_kind=FeedbackResponse.IN_PROGRESS,
        response="Looking for a warmer room",
    )
    page = feedback_screen(window)
    seen: dict[str, object] = {}

    def change(dialog: FeedbackDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == f"You said, we did: item {item}"
        seen["person"] = f.personEdit.text()
        seen["anonymous"] = f.anonymousCheck.isChecked()
        seen["label"] = f.responseLabel.text()
        assert f.actionCombo.currentData() == action
        assert f.decisionCombo.currentData() == decision
        f.saidEdit.selectAll()
        type_text(qtbot, f.saidEdit, "The room is much too cold in winter")
        f.responseEdit.selectAll()
        type_text(qtbot, f.responseEdit, "Booked the library from May")
        choose(f.kindCombo, FeedbackResponse.WE_DID.label)
        save_with_keyboard(qtbot, dialog, f.responseEdit)
        assert not dialog.isVisible()

    dialogs.on(FeedbackDialog, change)
    click_table_row(qtbot, page.form.table, 0)
    press(qtbot, page.form.table, Qt.Key.Key_Return)

    assert seen["person"] == person_label(people.oliver, "Oliver (has left)")
    assert seen["anonymous"] is False
    assert seen["label"] == "W&hat is happening:"
    stored = stored_feedback(database, item)
    assert stored.data.what_was_said == "The room is much too cold in winter"
    assert stored.data.response == "Booked the library from May"
    assert stored.data.response_kind is FeedbackResponse.WE_DID
    assert stored.data.action_id == action
    assert stored.data.decision_id == decision
    assert stored.data.session_id == session_id
    assert stored.data.participant_id == people.oliver
    assert stored.said_by == "Oliver"


# --- the list -----------------------------------------------------------------------------------
def test_the_filters_by_project_and_status(window: MainWindow, database: Database) -> None:
    cafe = add_project(database, "Carers' café")
    youth = add_project(database, "Youth panel")
    add_feedback(database, cafe, "Open café item", date(2025, 10, 1))
    add_feedback(
        database,
        cafe,
        "Shared café item",
        date(2025, 10, 2),
        response_kind=FeedbackResponse.WE_DID,
        response="Did it",
        status=FeedbackStatus.TOLD_BACK,
    )
    add_feedback(
        database,
        youth,
        "Closed youth item",
        date(2025, 10, 3),
        response_kind=FeedbackResponse.COULD_NOT,
        response="No budget",
        status=FeedbackStatus.CLOSED,
    )
    page = feedback_screen(window)
    said = "What was said"
    assert column_texts(page.form.table, said) == [
        "Closed youth item",
        "Shared café item",
        "Open café item",
    ]
    assert column_texts(page.form.table, "Response")[0] == "We could not, because: No budget."
    assert [page.form.statusFilter.itemText(i) for i in range(page.form.statusFilter.count())] == [
        "Open",
        "Response shared",
        "Closed",
        "All statuses",
    ]
    choose(page.form.statusFilter, "Open")
    assert column_texts(page.form.table, said) == ["Open café item"]
    choose(page.form.statusFilter, "Response shared")
    assert column_texts(page.form.table, said) == ["Shared café item"]
    choose(page.form.statusFilter, "Closed")
    assert column_texts(page.form.table, said) == ["Closed youth item"]
    choose(page.form.projectFilter, "Carers' café")
    assert column_texts(page.form.table, said) == []
    assert page.form.messageLabel.text().startswith("Nothing to show.")
    choose(page.form.statusFilter, "All statuses")
    assert column_texts(page.form.table, said) == ["Shared café item", "Open café item"]
    assert page.form.countLabel.text() == "2 items"


def test_enter_opens_the_selected_item(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    project = add_project(database, "Carers' café")
    older = add_feedback(database, project, "Older", date(2025, 10, 1))
    add_feedback(database, project, "Newer", date(2025, 11, 1))
    page = feedback_screen(window)
    opened: list[str] = []
    dialogs.on(FeedbackDialog, lambda d: opened.append(d.form.saidEdit.toPlainText()))
    click_table_row(qtbot, page.form.table, 1)
    assert page.selected_id() == older
    press(qtbot, page.form.table, Qt.Key.Key_Enter)
    assert opened == ["Older"]
    assert dialogs.opened == [f"FeedbackDialog: You said, we did: item {older}"]


# --- keyboard and screen readers ----------------------------------------------------------------
def _dialog(qtbot: QtBot) -> FeedbackDialog:
    def choices(_project_id: int) -> FeedbackChoices:
        return FeedbackChoices(
            sessions=[(7, "Planning workshop (4 November 2025)")],
            actions=[(3, "Book the library room")],
            decisions=[(2, "Decision 2, 4 November 2025: Move the café")],
        )

    dialog = FeedbackDialog(lambda _data: 1, [(1, "Carers' café")], [(1, "Amira")], choices)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_dialog_names_everything_and_its_mnemonics_are_unique_for_every_response(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    f = dialog.form
    assert len(_focusable(dialog)) > 10
    names = set()
    for kind in FeedbackResponse:
        choose(f.kindCombo, kind.label)
        assert _unnamed(dialog) == []
        assert [
            _describe(label)
            for label in _labels_with_buddies(dialog)
            if not _mnemonic(label.text())
        ] == []
        assert _clashes(_texts(dialog)) == {}
        # The box keeps its Alt+H whatever it is called.
        assert _mnemonic(f.responseLabel.text()) == "h"
        names.add(f.responseEdit.accessibleName())
    assert len(names) == len(FeedbackResponse)


def test_tab_goes_through_the_dialog_in_order_and_leaves_multi_line_boxes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    f = dialog.form
    f.projectCombo.setFocus()
    qtbot.waitUntil(f.projectCombo.hasFocus)
    save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    visited = _tab_through(qtbot, dialog, save)
    order = [
        f.projectCombo,
        f.dateEdit,
        f.sessionCombo,
        f.saidEdit,
        f.personEdit,
        f.anonymousCheck,
        f.kindCombo,
        f.responseEdit,
        f.statusCombo,
        f.actionCombo,
        f.decisionCombo,
        save,
    ]
    # A date box takes Tab from day to month to year first, so each widget is counted once.
    reached = [w for w in dict.fromkeys(visited) if w in order]
    assert reached == order, [_describe(w) for w in visited]
    assert "\t" not in f.saidEdit.toPlainText() + f.responseEdit.toPlainText()
