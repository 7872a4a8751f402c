"""The Actions screen: a new action in its dialog (owners from the register and staff, notes),
overdue actions said in words with an icon, quick status keys, the views, owners who have left,
and goals' progress. Each check reads back the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.action_dialog import (
    ActionDialog,
    DropDialog,
    NewNote,
    NoteDialog,
    ProjectChoices,
)
from coprod_desktop.gui.dialogs.action_plan_dialog import ActionPlanDialog
from coprod_desktop.gui.dialogs.goal_dialog import GoalDialog
from coprod_desktop.gui.document_output import SavedDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.actions_page import ActionsPage, ActionView
from coprod_desktop.services import actions, participants
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.dates import long_date
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ActionStatus, GoalStatus, Status
from tests.gui.conftest import Dialogs, People
from tests.gui.helpers import click, press, show_active, tick, type_text
from tests.gui.payment_seed import add_project, add_session
from tests.gui.plan_seed import (
    TODAY,
    add_action,
    add_goal,
    add_note,
    stored_action,
    stored_actions,
    stored_goal,
    stored_goals,
)
from tests.gui.screen_helpers import (
    button,
    choose,
    click_table_row,
    column_texts,
    error_shown,
    has_focus,
    row_texts,
    save_with_keyboard,
    select_table_rows,
    set_day,
    status_message,
)
from tests.gui.test_accessibility import (
    _clashes,
    _describe,
    _focusable,
    _labels_with_buddies,
    _mnemonic,
    _unnamed,
)
from tests.gui.test_screens_accessibility import _texts

OK = QDialogButtonBox.StandardButton.Ok


def actions_screen(window: MainWindow, view: ActionView = ActionView.OPEN) -> ActionsPage:
    screen = window.show_screen("Actions")
    assert isinstance(screen, ActionsPage)
    screen.today = TODAY
    screen.set_view(view)
    screen.refresh()
    return screen


def whats(page: ActionsPage) -> list[str]:
    return column_texts(page.form.table, "What")


def cell(page: ActionsPage, row: int, title: str) -> QModelIndex:
    column = [c.title for c in page.model.columns].index(title)
    return page.model.index(row, column)


def row_of(page: ActionsPage, what: str) -> int:
    return whats(page).index(what)


# --- a new action -------------------------------------------------------------------------------
def test_a_new_action_with_a_person_and_a_member_of_staff_is_stored(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database, "Carers' café")
    goal = add_goal(database, project, "A café run by carers")
    session_id = add_session(database, project)
    page = actions_screen(window)
    assert page.form.newButton.isEnabled()

    def note(dialog: NoteDialog) -> None:
        assert dialog.form.dateEdit.date().toPython() == TODAY  # defaults to today
        type_text(qtbot, dialog.form.noteEdit, "Asked the caretaker")
        click(qtbot, dialog.form.buttonBox.buttons()[0])
        assert not dialog.isVisible()

    def fill(dialog: ActionDialog) -> None:
        f = dialog.form
        assert dialog.windowTitle() == "New action"
        assert has_focus(dialog, f.whatEdit)
        type_text(qtbot, f.whatEdit, "Book the hall for May")
        choose(f.projectCombo, "Carers' café")
        choose(f.goalCombo, "A café run by carers")
        choose(f.sessionCombo, f"Planning workshop ({long_date(date(2025, 11, 4))})")
        type_text(qtbot, f.personEdit, "Amira")
        press(qtbot, f.personEdit, Qt.Key.Key_Return)  # adds her; does not save
        assert dialog.isVisible()
        type_text(qtbot, f.staffEdit, "Priya Shah")
        click(qtbot, f.addStaffButton)
        assert dialog.owners() == ["Amira", "Priya Shah (staff)"]
        assert f.noDueCheck.isChecked() and not f.dueEdit.isEnabled()
        tick(qtbot, f.noDueCheck)
        assert f.dueEdit.isEnabled()
        set_day(f.dueEdit, date(2025, 12, 1))
        assert not f.reasonEdit.isEnabled()
        click(qtbot, f.addNoteButton)
        assert dialog.notes() == [f"{long_date(TODAY)}: Asked the caretaker (not saved yet)"]
        show_active(qtbot, dialog)  # back from the note dialog (offscreen does not do it)
        save_with_keyboard(qtbot, dialog, f.whatEdit)
        assert not dialog.isVisible()

    dialogs.on(NoteDialog, note)
    dialogs.on(ActionDialog, fill)
    click(qtbot, page.form.newButton)

    [stored] = stored_actions(database)
    assert stored.data.what == "Book the hall for May"
    assert stored.data.project_id == project
    assert stored.data.goal_id == goal
    assert stored.data.session_id == session_id
    assert stored.data.owners == (
        Owner(participant_id=people.amira),
        Owner(staff_name="Priya Shah"),
    )
    assert stored.data.due_on == date(2025, 12, 1)
    assert stored.data.status is ActionStatus.NOT_STARTED
    assert [(n.noted_on, n.text) for n in stored.notes] == [(TODAY, "Asked the caretaker")]
    shown = row_texts(page.form.table, 0)
    assert shown["Who"] == "Amira, Priya Shah (staff)"
    assert shown["Due"] == "1 December 2025"
    assert shown["Goal"] == "A café run by carers"
    assert page.selected()[0].id == stored.id
    assert status_message(window) == "Action saved."


def test_an_empty_what_and_no_owner_are_shown_under_their_fields(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Carers' café")
    page = actions_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: ActionDialog) -> None:
        f = dialog.form
        save_with_keyboard(qtbot, dialog, f.whatEdit)
        assert dialog.isVisible()
        for field in ("what", "owners"):
            seen[field] = error_shown(dialog, field).text()
        assert "2 things" in f.errorSummary.text()
        assert has_focus(dialog, f.whatEdit)

    dialogs.on(ActionDialog, fill)
    click(qtbot, page.form.newButton)
    assert seen["what"].startswith("⚠ What is to be done is empty.")
    assert seen["owners"].startswith("⚠ Who is doing it: give at least one person")
    assert stored_actions(database) == []


def test_notes_are_listed_and_stored_in_date_order(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database)
    action = add_action(database, project, "Book the hall", people=(people.amira,))
    add_note(database, action, date(2025, 11, 10), "Phoned the centre")
    page = actions_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    to_add = [(date(2025, 11, 20), "Deposit paid"), (date(2025, 11, 5), "Found three halls")]
    seen: list[list[str]] = []

    def note(dialog: NoteDialog) -> None:
        day, text = to_add.pop(0)
        set_day(dialog.form.dateEdit, day)
        type_text(qtbot, dialog.form.noteEdit, text)
        click(qtbot, dialog.form.buttonBox.buttons()[0])

    def fill(dialog: ActionDialog) -> None:
        click(qtbot, dialog.form.addNoteButton)
        click(qtbot, dialog.form.addNoteButton)
        seen.append(dialog.notes())
        show_active(qtbot, dialog)
        save_with_keyboard(qtbot, dialog, dialog.form.whatEdit)

    dialogs.on(NoteDialog, note)
    dialogs.on(ActionDialog, fill)
    press(qtbot, page.form.table, Qt.Key.Key_Return)
    assert seen == [
        [
            "5 November 2025: Found three halls (not saved yet)",
            "10 November 2025: Phoned the centre",
            "20 November 2025: Deposit paid (not saved yet)",
        ]
    ]
    stored = stored_action(database, action)
    assert [(n.noted_on, n.text) for n in stored.notes] == [
        (date(2025, 11, 5), "Found three halls"),
        (date(2025, 11, 10), "Phoned the centre"),
        (date(2025, 11, 20), "Deposit paid"),
    ]


def test_an_empty_note_is_refused_in_its_dialog(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database)
    action = add_action(database, project, "Book the hall", people=(people.amira,))
    page = actions_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    problems: list[str] = []

    def note(dialog: NoteDialog) -> None:
        click(qtbot, dialog.form.buttonBox.buttons()[0])
        assert dialog.isVisible()
        problems.append(error_shown(dialog, "note").text())

    def fill(dialog: ActionDialog) -> None:
        click(qtbot, dialog.form.addNoteButton)
        assert dialog.notes() == []
        show_active(qtbot, dialog)
        save_with_keyboard(qtbot, dialog, dialog.form.whatEdit)

    dialogs.on(NoteDialog, note)
    dialogs.on(ActionDialog, fill)
    click(qtbot, page.form.openButton)
    assert problems == [
        "⚠ Progress note is empty. Please enter what has happened, such as 'Room booked for 3 May'."
    ]
    assert stored_action(database, action).notes == ()


# --- overdue and owners who left ----------------------------------------------------------------
def test_an_overdue_action_says_so_with_an_icon_and_bold_text(
    window: MainWindow, database: Database, people: People
) -> None:
    project = add_project(database)
    add_action(
        database, project, "Book the hall", people=(people.amira,), due_on=date(2025, 11, 21)
    )
    add_action(database, project, "Print posters", people=(people.wang,), due_on=TODAY)
    page = actions_screen(window)
    late, today = row_of(page, "Book the hall"), row_of(page, "Print posters")
    assert cell(page, late, "Due").data() == "21 November 2025: overdue by 3 days"
    assert cell(page, today, "Due").data() == "24 November 2025: due today"
    icon = cell(page, late, "Due").data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(page, today, "Due").data(Qt.ItemDataRole.DecorationRole) is None
    font = cell(page, late, "What").data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(page, today, "What").data(Qt.ItemDataRole.FontRole) is None
    # A screen reader hears the same words.
    assert "overdue by 3 days" in str(
        cell(page, late, "Due").data(Qt.ItemDataRole.AccessibleTextRole)
    )
    assert page.form.summaryLabel.text() == "2 open actions, 1 overdue, 0 need a new owner."


def test_an_owner_who_left_is_flagged_and_can_be_replaced(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database)
    # Oliver was given it before he left (people.oliver is stored as having left).
    with database.transaction() as session:
        participants.set_status(session, people.oliver, Status.ACTIVE)
    action = add_action(database, project, "Ask the food bank", people=(people.oliver,))
    with database.transaction() as session:
        participants.set_status(session, people.oliver, Status.LEFT)
    page = actions_screen(window)
    who = cell(page, 0, "Who")
    assert who.data() == "Needs a new owner: Oliver (has left)"
    icon = who.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert page.form.summaryLabel.text() == "1 open action, 0 overdue, 1 needs a new owner."
    click_table_row(qtbot, page.form.table, 0)

    def replace(dialog: ActionDialog) -> None:
        f = dialog.form
        assert dialog.owners() == ["Oliver (has left)"]
        f.ownersList.setCurrentRow(0)
        click(qtbot, f.removeOwnerButton)
        type_text(qtbot, f.personEdit, "Amira")
        click(qtbot, f.addPersonButton)
        assert dialog.owners() == ["Amira"]
        save_with_keyboard(qtbot, dialog, f.whatEdit)

    dialogs.on(ActionDialog, replace)
    click(qtbot, page.form.openButton)
    assert stored_action(database, action).data.owners == (Owner(participant_id=people.amira),)
    assert cell(page, 0, "Who").data() == "Amira"
    assert cell(page, 0, "Who").data(Qt.ItemDataRole.DecorationRole) is None


# --- quick status changes -----------------------------------------------------------------------
def test_d_marks_done_and_the_goals_progress_follows(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    project = add_project(database, "Carers' café")
    goal = add_goal(database, project, "A café run by carers")
    first = add_action(database, project, "Book the hall", people=(people.amira,), goal_id=goal)
    add_action(database, project, "Print posters", people=(people.wang,), goal_id=goal)
    page = actions_screen(window)
    click_table_row(qtbot, page.form.table, row_of(page, "Book the hall"))
    assert column_texts(page.form.goalsTable, "Progress") == ["0 of 2 actions done"]
    press(qtbot, page.form.table, Qt.Key.Key_D)
    stored = stored_action(database, first)
    assert stored.data.status is ActionStatus.DONE
    assert stored.completed_on == TODAY
    assert whats(page) == ["Print posters"]  # only open actions are shown
    assert page.selected()[0].data.what == "Print posters"  # carry on with the next
    assert column_texts(page.form.goalsTable, "Progress") == ["1 of 2 actions done"]
    assert stored_goal(database, goal).progress.text == "1 of 2 actions done"
    assert status_message(window) == "Marked 1 action done."


def test_n_and_i_change_several_selected_actions(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    project = add_project(database)
    ids = [
        add_action(database, project, what, people=(people.amira,))
        for what in ("Book the hall", "Print posters", "Order cake")
    ]
    page = actions_screen(window)
    select_table_rows(page.form.table, [row_of(page, "Book the hall"), row_of(page, "Order cake")])
    press(qtbot, page.form.table, Qt.Key.Key_I)
    assert [stored_action(database, i).data.status for i in ids] == [
        ActionStatus.IN_PROGRESS,
        ActionStatus.NOT_STARTED,
        ActionStatus.IN_PROGRESS,
    ]
    assert sorted(a.data.what for a in page.selected()) == ["Book the hall", "Order cake"]
    press(qtbot, page.form.table, Qt.Key.Key_N)
    assert {stored_action(database, i).data.status for i in ids} == {ActionStatus.NOT_STARTED}
    assert status_message(window) == "Marked 2 actions not started."


def test_x_asks_why_and_refuses_an_empty_reason(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database)
    action = add_action(database, project, "Book the hall", people=(people.amira,))
    page = actions_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    seen: list[str] = []

    def empty_then_reason(dialog: DropDialog) -> None:
        ok = dialog.form.buttonBox.buttons()[0]
        click(qtbot, ok)
        assert dialog.isVisible()
        seen.append(error_shown(dialog, "dropped_reason").text())
        assert stored_action(database, action).data.status is ActionStatus.NOT_STARTED
        type_text(qtbot, dialog.form.reasonEdit, "The café moved online")
        click(qtbot, ok)
        assert not dialog.isVisible()

    dialogs.on(DropDialog, empty_then_reason)
    press(qtbot, page.form.table, Qt.Key.Key_X)
    assert seen == [
        "⚠ Why it was dropped is empty. Please enter why it was dropped, so the group can see."
    ]
    stored = stored_action(database, action)
    assert stored.data.status is ActionStatus.DROPPED
    assert stored.data.dropped_reason == "The café moved online"
    assert whats(page) == []
    assert status_message(window) == "Dropped 1 action."


def test_cancelling_the_drop_changes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, dialogs: Dialogs
) -> None:
    project = add_project(database)
    action = add_action(database, project, "Book the hall", people=(people.amira,))
    page = actions_screen(window)
    click_table_row(qtbot, page.form.table, 0)
    dialogs.on(DropDialog, lambda dialog: dialog.reject())
    click(qtbot, page.form.dropButton)
    assert stored_action(database, action).data.status is ActionStatus.NOT_STARTED
    assert whats(page) == ["Book the hall"]


# --- the views ----------------------------------------------------------------------------------
@pytest.fixture
def plan(database: Database, people: People) -> dict[str, int]:
    cafe = add_project(database, "Carers' café")
    panel = add_project(database, "Youth panel")
    add_action(database, cafe, "Book the hall", people=(people.amira,), due_on=date(2025, 11, 1))
    add_action(database, cafe, "Print posters", people=(people.wang,), due_on=date(2025, 12, 1))
    add_action(database, cafe, "Order cake", staff=("Priya Shah",), status=ActionStatus.DONE)
    add_action(
        database,
        panel,
        "Plan the residential",
        people=(people.amira, people.wang),
        due_on=TODAY - timedelta(days=1),
    )
    return {"cafe": cafe, "panel": panel}


def test_the_views_and_the_project_filter(
    qtbot: QtBot, window: MainWindow, plan: dict[str, int]
) -> None:
    page = actions_screen(window)
    assert whats(page) == ["Book the hall", "Plan the residential", "Print posters"]
    assert page.form.summaryLabel.text() == "3 open actions, 2 overdue, 0 need a new owner."

    page.set_view(ActionView.OVERDUE)
    assert whats(page) == ["Book the hall", "Plan the residential"]

    choose(page.form.projectFilter, "Youth panel")
    assert whats(page) == ["Plan the residential"]  # overdue and in the project

    choose(page.form.projectFilter, "Carers' café")
    page.set_view(ActionView.PROJECT)  # done ones too
    assert whats(page) == ["Book the hall", "Print posters", "Order cake"]
    assert page.form.summaryLabel.text() == (
        "2 open actions, 1 overdue, 0 need a new owner; 1 done, 0 dropped."
    )
    choose(page.form.projectFilter, "Any project")
    assert whats(page) == []
    assert page.form.messageLabel.text() == (
        "Choose the project in Project to see all of its actions."
    )


def test_the_actions_of_one_person(qtbot: QtBot, window: MainWindow, plan: dict[str, int]) -> None:
    page = actions_screen(window)
    assert not page.form.personEdit.isEnabled()
    page.set_view(ActionView.PERSON)
    assert page.form.personEdit.isEnabled()
    assert whats(page) == []
    type_text(qtbot, page.form.personEdit, "Amira")
    press(qtbot, page.form.personEdit, Qt.Key.Key_Return)
    assert whats(page) == ["Book the hall", "Plan the residential"]
    choose(page.form.projectFilter, "Youth panel")
    assert whats(page) == ["Plan the residential"]


def test_the_actions_of_a_member_of_staff(
    qtbot: QtBot, window: MainWindow, plan: dict[str, int]
) -> None:
    page = actions_screen(window)
    page.set_view(ActionView.PERSON)
    completer = page.form.personEdit.completer().model()
    offered = [completer.index(i, 0).data() for i in range(completer.rowCount())]
    assert "Priya Shah (staff)" in offered  # offered while typing, beside the register
    type_text(qtbot, page.form.personEdit, "priya shah")
    press(qtbot, page.form.personEdit, Qt.Key.Key_Return)
    assert whats(page) == ["Order cake"]  # done ones too: all of one person's actions


# --- goals --------------------------------------------------------------------------------------
def test_a_new_goal_for_the_chosen_project_is_stored(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    project = add_project(database, "Carers' café")
    page = actions_screen(window)
    assert not page.form.newGoalButton.isEnabled()  # which project's goals?
    choose(page.form.projectFilter, "Carers' café")
    assert page.form.newGoalButton.isEnabled()

    def fill(dialog: GoalDialog) -> None:
        f = dialog.form
        assert f.projectCombo.currentText() == "Carers' café"
        type_text(qtbot, f.titleEdit, "A café run by carers")
        type_text(qtbot, f.successEdit, "Open every Saturday")
        type_text(qtbot, f.knowEdit, "Twenty carers come each week")
        choose(f.statusCombo, GoalStatus.IN_PROGRESS.label)
        set_day(f.agreedEdit, date(2025, 10, 2))
        save_with_keyboard(qtbot, dialog, f.titleEdit)
        assert not dialog.isVisible()

    dialogs.on(GoalDialog, fill)
    click(qtbot, page.form.newGoalButton)
    [goal] = stored_goals(database)
    assert goal.data.project_id == project
    assert goal.data.title == "A café run by carers"
    assert goal.data.success_looks_like == "Open every Saturday"
    assert goal.data.how_we_will_know == "Twenty carers come each week"
    assert goal.data.status is GoalStatus.IN_PROGRESS
    assert goal.data.agreed_on == date(2025, 10, 2)
    assert row_texts(page.form.goalsTable, 0) == {
        "Goal": "A café run by carers",
        "Status": "Working on it",
        "Progress": "No actions yet",
        "Agreed on": "2 October 2025",
    }


# --- accessibility of the dialogs ---------------------------------------------------------------
def _save_to(database: Database) -> Callable[[ActionData, list[NewNote]], int]:
    def save(data: ActionData, _notes: list[NewNote]) -> int:
        with database.transaction() as session:
            return actions.add_action(session, data, TODAY)

    return save


def _dialogs(database: Database, people: People) -> list[QDialog]:
    project = add_project(database)
    action = add_action(database, project, "Book the hall", people=(people.amira,))
    record = stored_action(database, action)
    goal = stored_goal(database, add_goal(database, project))
    projects = [(project, "Carers' café")]
    choices = ProjectChoices(goals=[(goal.id, goal.data.title)])
    return [
        ActionDialog(_save_to(database), projects, [(people.amira, "Amira")], lambda _p: choices),
        ActionDialog(_save_to(database), projects, [], lambda _p: choices, record),
        GoalDialog(lambda _d: 1, projects, goal),
        NoteDialog(TODAY),
        DropDialog("Drop it? Say why:", lambda _r: True),
    ]


def test_the_plan_dialogs_name_everything_and_their_mnemonics_are_unique(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    for dialog in _dialogs(database, people):
        qtbot.addWidget(dialog)
        dialog.show()
        assert len(_focusable(dialog)) >= 2
        assert _unnamed(dialog) == [], type(dialog).__name__
        missing = [
            f"{_describe(label)}: {label.text()!r}"
            for label in _labels_with_buddies(dialog)
            if not _mnemonic(label.text())
        ]
        assert missing == [], type(dialog).__name__
        assert _clashes(_texts(dialog)) == {}, type(dialog).__name__
        dialog.close()


def test_problems_in_the_action_dialog_leave_every_field_named(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    dialog = _dialogs(database, people)[0]
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert isinstance(dialog, ActionDialog)
    dialog.accept_form()
    problem = dialog.findChild(QLabel, "whatError")
    assert isinstance(problem, QLabel) and problem.isVisibleTo(dialog)
    assert problem.accessibleDescription() == "Problem with what is to be done"
    assert _unnamed(dialog) == []


# --- printing -----------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_action_plan_is_printed_for_the_project_shown(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    suffix: str,
) -> None:
    project = add_project(database, "Carers' café")
    goal = add_goal(database, project, "A café run by carers")
    add_action(database, project, "Book the hall", staff=("Priya",), goal_id=goal,
               due_on=TODAY - timedelta(days=2))  # fmt: skip
    page = actions_screen(window)
    assert not page.form.printPlanButton.isEnabled()  # no project chosen yet
    choose(page.form.projectFilter, "Carers' café")
    assert page.form.printPlanButton.isEnabled()
    target = tmp_path / f"plan{suffix}"
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        assert filters == "PDF document (*.pdf);;Word document (*.docx)"
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)

    def large(dialog: ActionPlanDialog) -> None:
        assert dialog.size_spin.value() == 16  # large print unless asked otherwise
        dialog.size_spin.setValue(18)
        click(qtbot, button(dialog, OK))

    dialogs.on(ActionPlanDialog, large)
    saved: list[str] = []
    dialogs.on(SavedDialog, lambda d: saved.append(d.path.name))
    click(qtbot, page.form.printPlanButton)
    qtbot.waitUntil(
        lambda: status_message(window) == f"Saved the action plan to {target}.", timeout=60_000
    )
    assert saved == [target.name]
    assert asked == ["Action plan Carers' café.pdf"]
    if suffix == ".pdf":
        with pikepdf.open(target) as pdf:
            assert "/StructTreeRoot" in pdf.Root
            assert str(pdf.docinfo.Title) == "Action plan: Carers' café"
        text = " ".join(pdfplumber_text(target).split())
    else:
        import docx

        document = docx.Document(str(target))
        text = " ".join(" ".join(p.text for p in document.paragraphs).split())
    assert "Book the hall" in text and "Priya" in text and "Overdue" in text


def pdfplumber_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_a_link_the_lists_do_not_offer_is_kept_on_saving(qtbot: QtBot, database: Database) -> None:
    """Say a session is no longer among the project's sessions: the action keeps its link."""
    project = add_project(database, "Carers' café")
    meeting = add_session(database, project)
    action_id = add_action(database, project, "Book the room", staff=("Priya",))
    with database.transaction() as session:
        record = actions.get_action(session, action_id)
        record = actions.update_action(
            session, action_id, ActionData(**{**vars(record.data), "session_id": meeting}), TODAY
        )
    dialog = ActionDialog(
        lambda _data, _notes: 1,
        [(project, "Carers' café")],
        [],
        lambda _project: ProjectChoices(),  # offers no sessions at all
        record,
        today=TODAY,
    )
    qtbot.addWidget(dialog)
    data = dialog.data()
    assert data is not None and data.session_id == meeting
    assert dialog.form.sessionCombo.currentText() == record.session_title
