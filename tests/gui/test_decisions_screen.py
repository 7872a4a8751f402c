"""The Decisions screen: a new decision through its dialog (people added one by one and from a
session's register), changing one without losing who took part, problems shown beside their
fields, the project filter, people who have since left, and Enter opening a row. Each check
reads back what the database holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.decision_dialog import (
    NO_ACTIONS,
    NO_SESSION,
    DecisionChoices,
    DecisionDialog,
)
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.decisions_page import DecisionsPage
from coprod_desktop.gui.person_picker import person_label
from coprod_desktop.services import participants
from coprod_desktop.services.dates import long_date
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import AttendanceStatus, DecisionMethod, Status
from tests.gui.conftest import Dialogs, People
from tests.gui.decision_seed import (
    add_action,
    add_decision,
    stored_decision,
    stored_decisions,
)
from tests.gui.helpers import click, press, show_active, type_text
from tests.gui.payment_seed import SESSION_DAY, add_project, add_session, mark
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


def decisions_screen(window: MainWindow) -> DecisionsPage:
    screen = window.show_screen("Decisions")
    assert isinstance(screen, DecisionsPage)
    screen.refresh()
    return screen


def list_texts(widget: object) -> list[str]:
    from PySide6.QtWidgets import QListWidget

    assert isinstance(widget, QListWidget)
    return [widget.item(row).text() for row in range(widget.count())]


# --- a new decision -----------------------------------------------------------------------------
def test_a_new_decision_is_stored_exactly_as_typed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Other project")
    project = add_project(database, "Carers' café")
    session_id = add_session(database, project, title="Planning workshop")
    mark(database, session_id, AttendanceStatus.ATTENDED, people.amira, people.wang)
    mark(database, session_id, AttendanceStatus.APOLOGIES, people.zoe)
    page = decisions_screen(window)
    assert page.form.messageLabel.text() == "No decisions yet. Choose New decision to add one."
    page.form.projectFilter.setCurrentIndex(page.form.projectFilter.findText("Carers' café"))

    def fill(dialog: DecisionDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New decision"
        assert f.projectCombo.currentText() == "Carers' café"
        assert has_focus(dialog, f.whatEdit)
        assert f.sessionCombo.currentText() == NO_SESSION
        assert not f.attendedButton.isEnabled()  # no session chosen yet
        assert list_texts(f.ledToList) == [NO_ACTIONS]
        set_day(f.dateEdit, date(2025, 11, 4))
        choose(f.sessionCombo, f"Planning workshop ({long_date(SESSION_DAY)})")
        assert f.attendedButton.isEnabled()
        type_text(qtbot, f.whatEdit, "Open the cafe on Saturdays.")
        press(qtbot, f.whatEdit, Qt.Key.Key_Return)
        type_text(qtbot, f.whatEdit, "Start in March.")
        choose(f.methodCombo, DecisionMethod.CONSENT.label)
        click(qtbot, f.attendedButton)
        # Those marked attended, by name; not Zoë, who sent apologies.
        assert dialog.people() == ["Amira", "王芳"]
        f.personEdit.setText(person_label(people.sam, "Sam 🌈"))
        press(qtbot, f.personEdit, Qt.Key.Key_Return)  # Enter adds, and does not save
        assert dialog.isVisible()
        assert dialog.people() == ["Amira", "王芳", "Sam 🌈"]
        assert f.personEdit.text() == ""
        click(qtbot, f.attendedButton)  # twice adds nobody twice
        assert dialog.people() == ["Amira", "王芳", "Sam 🌈"]
        type_text(qtbot, f.othersEdit, "Two visitors from the council")
        type_text(qtbot, f.changesEdit, "We need two more volunteers on Saturdays")
        save_with_keyboard(qtbot, dialog, f.changesEdit)
        assert not dialog.isVisible()

    dialogs.on(DecisionDialog, fill)
    click(qtbot, page.form.newButton)

    [stored] = stored_decisions(database)
    data = stored.data
    assert data.project_id == project
    assert data.decided_on == date(2025, 11, 4)
    assert data.session_id == session_id
    assert data.what == "Open the cafe on Saturdays.\nStart in March."
    assert data.method is DecisionMethod.CONSENT
    assert set(data.participant_ids) == {people.amira, people.wang, people.sam}
    assert data.others_present == "Two visitors from the council"
    assert data.what_it_changes == "We need two more volunteers on Saturdays"
    assert page.selected_id() == stored.id
    assert headers(page.form.table) == [
        "Date",
        "What was decided",
        "How",
        "Who took part",
        "Session",
        "What it changes",
    ]
    assert row_texts(page.form.table, 0) == {
        "Date": "4 November 2025",
        "What was decided": "Open the cafe on Saturdays. Start in March.",
        "How": "Consent (no one objected)",
        "Who took part": f"{stored.people_names}; also Two visitors from the council",
        "Session": f"Planning workshop ({long_date(SESSION_DAY)})",
        "What it changes": "We need two more volunteers on Saturdays",
    }
    assert status_message(window) == "Decision saved."


def test_a_person_can_be_taken_off_before_saving(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    page = decisions_screen(window)

    def fill(dialog: DecisionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.whatEdit, "Meet monthly")
        for participant_id, name in ((people.amira, "Amira"), (people.zoe, "Zoë")):
            f.personEdit.setText(person_label(participant_id, name))
            click(qtbot, f.addPersonButton)
        f.peopleList.setCurrentRow(0)
        click(qtbot, f.removePersonButton)
        assert dialog.people() == ["Zoë"]
        save_with_keyboard(qtbot, dialog, f.whatEdit)

    dialogs.on(DecisionDialog, fill)
    click(qtbot, page.form.newButton)
    [stored] = stored_decisions(database)
    assert stored.data.project_id == project
    assert stored.data.participant_ids == (people.zoe,)
    assert stored.data.method is DecisionMethod.CONSENSUS  # the dialog's first choice
    assert stored.data.session_id is None


# --- problems -----------------------------------------------------------------------------------
def test_an_empty_what_was_decided_is_shown_under_it_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = decisions_screen(window)
    seen: dict[str, object] = {}

    def fill(dialog: DecisionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.whatEdit, "   ")
        type_text(qtbot, f.othersEdit, "A visitor")
        save_with_keyboard(qtbot, dialog, f.othersEdit)
        assert dialog.isVisible()
        problem_row, field_row = rows_of_problem(dialog, "what", f.whatEdit)
        assert problem_row == field_row + 1
        seen["message"] = error_shown(dialog, "what").text()
        seen["summary"] = f.errorSummary.text()
        assert has_focus(dialog, f.whatEdit)

    dialogs.on(DecisionDialog, fill)
    click(qtbot, page.form.newButton)
    assert str(seen["message"]).startswith("⚠ What was decided")
    assert "What was decided" in str(seen["summary"])
    assert stored_decisions(database) == []


def test_a_name_not_on_the_register_is_shown_under_who_took_part(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    add_project(database, "Carers' café")
    page = decisions_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: DecisionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.personEdit, "Nobody Known")
        click(qtbot, f.addPersonButton)
        seen["message"] = error_shown(dialog, "participant_ids").text()
        assert dialog.people() == []

    dialogs.on(DecisionDialog, fill)
    click(qtbot, page.form.newButton)
    assert "no one called 'Nobody Known' is on the register" in seen["message"]
    assert stored_decisions(database) == []


# --- changing one -------------------------------------------------------------------------------
def test_changing_a_decision_keeps_who_took_part_and_shows_what_it_led_to(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, people: People
) -> None:
    project = add_project(database, "Carers' café")
    session_id = add_session(database, project)
    decision = add_decision(
        database,
        project,
        "Move the café to the library",
        session_id=session_id,
        participant_ids=(people.amira, people.oliver),
        others_present="A librarian",
        method=DecisionMethod.VOTE,
    )
    add_action(database, project, "Book the library room", decision_id=decision)
    add_action(database, project, "Unrelated action")
    page = decisions_screen(window)
    seen: dict[str, object] = {}

    def change(dialog: DecisionDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == f"Decision {decision}"
        seen["led to"] = list_texts(f.ledToList)
        seen["people"] = dialog.people()
        assert f.sessionCombo.currentData() == session_id
        assert f.methodCombo.currentText() == DecisionMethod.VOTE.label
        f.whatEdit.selectAll()
        type_text(qtbot, f.whatEdit, "Move the cafe to the library from May")
        save_with_keyboard(qtbot, dialog, f.whatEdit)
        assert not dialog.isVisible()

    dialogs.on(DecisionDialog, change)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)

    assert seen["led to"] == ["Book the library room (Not started)"]
    assert seen["people"] == ["Amira", "Oliver (has left)"]
    stored = stored_decision(database, decision)
    assert stored.data.what == "Move the cafe to the library from May"
    assert set(stored.data.participant_ids) == {people.amira, people.oliver}
    assert stored.data.session_id == session_id
    assert stored.data.others_present == "A librarian"
    assert stored.data.method is DecisionMethod.VOTE


def test_the_log_lists_someone_who_has_since_left(
    window: MainWindow, database: Database, people: People
) -> None:
    project = add_project(database, "Carers' café")
    decision = add_decision(database, project, participant_ids=(people.amira, people.wang))
    with database.transaction() as session:
        participants.set_status(session, people.amira, Status.LEFT)
    page = decisions_screen(window)
    assert column_texts(page.form.table, "Who took part") == ["Amira (has left), 王芳"]
    assert set(stored_decision(database, decision).data.participant_ids) == {
        people.amira,
        people.wang,
    }


# --- the list -----------------------------------------------------------------------------------
def test_the_project_filter_shows_one_projects_decisions_newest_first(
    window: MainWindow, database: Database
) -> None:
    cafe = add_project(database, "Carers' café")
    youth = add_project(database, "Youth panel")
    add_decision(database, cafe, "Older café decision", date(2025, 10, 1))
    add_decision(database, youth, "Youth decision", date(2025, 10, 15))
    add_decision(database, cafe, "Newer café decision", date(2025, 11, 1))
    page = decisions_screen(window)
    assert column_texts(page.form.table, "What was decided") == [
        "Newer café decision",
        "Youth decision",
        "Older café decision",
    ]
    assert page.form.countLabel.text() == "3 decisions"
    choose(page.form.projectFilter, "Carers' café")
    assert column_texts(page.form.table, "What was decided") == [
        "Newer café decision",
        "Older café decision",
    ]
    choose(page.form.projectFilter, "Youth panel")
    assert column_texts(page.form.table, "What was decided") == ["Youth decision"]
    assert page.form.countLabel.text() == "1 decision"
    choose(page.form.projectFilter, "All projects")
    assert page.model.rowCount() == 3


def test_enter_opens_the_selected_decision(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    project = add_project(database, "Carers' café")
    older = add_decision(database, project, "Older", date(2025, 10, 1))
    add_decision(database, project, "Newer", date(2025, 11, 1))
    page = decisions_screen(window)
    opened: list[str] = []
    dialogs.on(DecisionDialog, lambda d: opened.append(d.form.whatEdit.toPlainText()))
    click_table_row(qtbot, page.form.table, 1)
    assert page.selected_id() == older
    press(qtbot, page.form.table, Qt.Key.Key_Return)
    assert opened == ["Older"]
    assert dialogs.opened == [f"DecisionDialog: Decision {older}"]


def test_new_decision_waits_for_a_project(window: MainWindow) -> None:
    page = decisions_screen(window)
    assert not page.form.newButton.isEnabled()
    assert not page.form.openButton.isEnabled()
    assert page.form.messageLabel.text() == (
        "Add a project first (in Projects); decisions belong to one."
    )


# --- keyboard and screen readers ----------------------------------------------------------------
def _dialog(qtbot: QtBot) -> DecisionDialog:
    def no_choices(_project_id: int) -> DecisionChoices:
        return DecisionChoices(sessions=[(7, "Planning workshop (4 November 2025)")])

    dialog = DecisionDialog(
        lambda _data: 1,
        [(1, "Carers' café")],
        [(1, "Amira"), (2, "Oliver (has left)")],
        no_choices,
        lambda _session_id: [(1, "Amira")],
    )
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def test_the_dialog_names_everything_and_its_mnemonics_are_unique(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert len(_focusable(dialog)) > 10
    assert _unnamed(dialog) == []
    assert [
        _describe(label) for label in _labels_with_buddies(dialog) if not _mnemonic(label.text())
    ] == []
    assert _clashes(_texts(dialog)) == {}


def test_tab_goes_through_the_dialog_in_order_and_leaves_multi_line_boxes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    f = dialog.form
    f.sessionCombo.setCurrentIndex(1)  # the attended button is then enabled
    f.projectCombo.setFocus()
    qtbot.waitUntil(f.projectCombo.hasFocus)
    save = f.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    visited = _tab_through(qtbot, dialog, save)
    order = [
        f.projectCombo,
        f.dateEdit,
        f.sessionCombo,
        f.whatEdit,
        f.methodCombo,
        f.peopleList,
        f.personEdit,
        f.addPersonButton,
        f.attendedButton,
        f.othersEdit,
        f.changesEdit,
        f.ledToList,
        save,
    ]
    # A date box takes Tab from day to month to year first, so each widget is counted once.
    reached = [w for w in dict.fromkeys(visited) if w in order]
    assert reached == order, [_describe(w) for w in visited]
    assert "\t" not in f.whatEdit.toPlainText() + f.changesEdit.toPlainText()
