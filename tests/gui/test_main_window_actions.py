"""Adding, changing, pausing and archiving people through the main window, and undoing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import Role, Status
from tests.gui.conftest import Modals, People
from tests.gui.helpers import (
    CTRL,
    all_stored,
    click,
    click_row,
    count_stored,
    names_shown,
    press,
    show_active,
    stored,
    tick,
    type_text,
)

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _answer_confirm(monkeypatch: pytest.MonkeyPatch, answer: Callable[..., bool]) -> None:
    """Answer "Mark as left?" without showing the box, wherever the window looks ``confirm`` up."""
    monkeypatch.setattr("coprod_desktop.gui.messages.confirm", answer)
    monkeypatch.setattr("coprod_desktop.gui.participant_actions.confirm", answer)


def _status(database: Database, participant_id: int) -> Status:
    return stored(database, participant_id).status


# --- adding -------------------------------------------------------------------------------------
def test_add_a_person_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, modals: Modals
) -> None:
    page = window.participants_page

    def fill_in(dialog: ParticipantDialog) -> None:
        assert dialog.windowTitle() == "New person"
        type_text(qtbot, dialog.form.preferredNameEdit, "Grace")
        type_text(qtbot, dialog.form.postcodeEdit, "m139pl")
        tick(qtbot, dialog.form.roleCarer)
        press(qtbot, dialog.form.preferredNameEdit, Qt.Key.Key_S, CTRL)

    modals.fill_in = fill_in
    click(qtbot, page.form.newButton)

    assert modals.opened == [None]
    [added] = all_stored(database)
    assert added.data.preferred_name == "Grace"
    assert added.data.postcode == "M13 9PL"
    assert added.data.roles == {Role.CARER}
    assert names_shown(page) == ["Grace"]
    assert page.selected_id() == added.id  # the new person is selected
    assert window.statusBar().currentMessage() == "Added Grace. To undo, press Ctrl+Z."
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "add Grace"

    window.undo_stack.undo()
    assert count_stored(database) == 0
    assert names_shown(page) == []
    assert page.form.emptyLabel.text().startswith("No one is on the register yet.")

    window.undo_stack.redo()
    [restored] = all_stored(database)
    assert restored.id == added.id
    assert restored.data == added.data
    assert restored.created_at == added.created_at
    assert names_shown(page) == ["Grace"]
    assert page.selected_id() == added.id


def test_add_through_the_real_modal_dialog(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The detail form really runs modally (exec); a timer types into it meanwhile."""
    monkeypatch.delattr(ParticipantDialog, "exec")  # the real QDialog.exec, not the guard
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ParticipantDialog)
            show_active(qtbot, dialog)
            seen.append(dialog.windowTitle())
            type_text(qtbot, dialog.form.preferredNameEdit, "Modal Mo")
            press(qtbot, dialog.form.preferredNameEdit, Qt.Key.Key_S, CTRL)
        finally:
            # Never leave a modal open, whatever happened above.
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, act)
    press(qtbot, window.participants_page.form.searchEdit, Qt.Key.Key_N, CTRL)

    assert seen == ["New person"]
    [added] = all_stored(database)
    assert added.data.preferred_name == "Modal Mo"
    assert names_shown(window.participants_page) == ["Modal Mo"]


def test_a_refused_form_closed_with_discard_adds_nobody(
    qtbot: QtBot, window: MainWindow, database: Database, modals: Modals
) -> None:
    def fill_in(dialog: ParticipantDialog) -> None:
        type_text(qtbot, dialog.form.emailEdit, "nobody@")
        press(qtbot, dialog.form.emailEdit, Qt.Key.Key_S, CTRL)
        assert dialog.form.errorSummary.isVisible()
        press(qtbot, dialog.form.emailEdit, Qt.Key.Key_Escape)  # answered Discard

    modals.fill_in = fill_in
    window.new_action.trigger()
    assert len(modals.questions) == 1
    assert count_stored(database) == 0
    assert window.undo_stack.count() == 0


# --- changing someone ---------------------------------------------------------------------------
def test_edit_a_person_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    page = window.participants_page
    before = stored(database, people.amira)

    def fill_in(dialog: ParticipantDialog) -> None:
        assert dialog.form.emailEdit.text() == "amira@example.org"
        dialog.form.emailEdit.setFocus()
        press(qtbot, dialog.form.emailEdit, Qt.Key.Key_A, CTRL)
        type_text(qtbot, dialog.form.emailEdit, "amira.h@example.org")
        press(qtbot, dialog.form.emailEdit, Qt.Key.Key_S, CTRL)

    modals.fill_in = fill_in
    click_row(qtbot, page, people.amira)
    press(qtbot, page.form.table, Qt.Key.Key_Return)

    after = stored(database, people.amira)
    assert after.data.email == "amira.h@example.org"
    assert after.version == before.version + 1
    row = page.model.row_of(people.amira)
    assert row is not None and page.model.index(row, 4).data() == "amira.h@example.org"
    assert window.statusBar().currentMessage() == "Saved Amira. To undo, press Ctrl+Z."
    assert window.undo_stack.undoText() == "changes to Amira"

    window.undo_stack.undo()
    assert stored(database, people.amira).data == before.data
    row = page.model.row_of(people.amira)
    assert row is not None and page.model.index(row, 4).data() == "amira@example.org"

    window.undo_stack.redo()
    assert stored(database, people.amira).data.email == "amira.h@example.org"


def test_opening_and_closing_without_changes_adds_nothing_to_undo(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    page = window.participants_page
    modals.fill_in = lambda dialog: press(qtbot, dialog.form.preferredNameEdit, Qt.Key.Key_S, CTRL)
    click_row(qtbot, page, people.sam)
    click(qtbot, page.form.openButton)
    assert stored(database, people.sam).version == 1
    assert window.undo_stack.count() == 0


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    from coprod_desktop.services import participants

    page = window.participants_page

    def fill_in(dialog: ParticipantDialog) -> None:
        type_text(qtbot, dialog.form.notesEdit, "Met at the library")
        press(qtbot, dialog.form.notesEdit, Qt.Key.Key_S, CTRL)

    modals.fill_in = fill_in
    click_row(qtbot, page, people.zoe)
    press(qtbot, page.form.table, Qt.Key.Key_Return)
    assert stored(database, people.zoe).data.notes == "Met at the library"

    # Someone else (another computer, the command line) changes her record meanwhile.
    current = stored(database, people.zoe)
    with database.transaction() as session:
        participants.update_participant(
            session,
            people.zoe,
            ParticipantData(**{**vars(current.data), "notes": "Changed elsewhere"}),
        )

    window.undo_stack.undo()
    assert stored(database, people.zoe).data.notes == "Changed elsewhere"
    assert [box.title for box in modals.boxes] == ["Could not undo"]
    assert "has been changed since, by someone else" in modals.boxes[0].text


# --- status -------------------------------------------------------------------------------------
def test_pause_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    page = window.participants_page
    click_row(qtbot, page, people.amira)
    click(qtbot, page.form.pauseButton)

    assert _status(database, people.amira) is Status.PAUSED
    row = page.model.row_of(people.amira)
    assert row is not None and page.model.index(row, 3).data() == "Paused"
    assert page.selected_id() == people.amira
    assert not page.form.pauseButton.isEnabled()
    assert page.form.reactivateButton.isEnabled()
    assert window.undo_stack.undoText() == "pause Amira"
    assert window.statusBar().currentMessage() == "Done: pause Amira. To undo, press Ctrl+Z."

    window.undo_stack.undo()
    assert _status(database, people.amira) is Status.ACTIVE
    assert page.form.pauseButton.isEnabled()
    window.undo_stack.redo()
    assert _status(database, people.amira) is Status.PAUSED


def test_make_active_again(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    page = window.participants_page
    click_row(qtbot, page, people.zoe)
    click(qtbot, page.form.reactivateButton)
    assert _status(database, people.zoe) is Status.ACTIVE
    assert window.undo_stack.undoText() == "make Zoë active"


def test_mark_as_left_asks_first_and_cancel_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return False

    _answer_confirm(monkeypatch, refuse)
    page = window.participants_page
    click_row(qtbot, page, people.wang)
    click(qtbot, page.form.leaveButton)

    assert len(asked) == 1
    assert asked[0].startswith("Mark 王芳 as having left?")
    assert _status(database, people.wang) is Status.ACTIVE
    assert window.undo_stack.count() == 0
    assert page.model.row_of(people.wang) is not None


def test_mark_as_left_then_undo_and_redo(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer_confirm(monkeypatch, lambda *args: True)
    page = window.participants_page
    click_row(qtbot, page, people.wang)
    click(qtbot, page.form.leaveButton)

    assert _status(database, people.wang) is Status.LEFT
    assert page.model.row_of(people.wang) is None  # hidden from the usual list
    assert "王芳" not in names_shown(page)
    assert page.form.countLabel.text() == "Showing 4 of 6 people"
    assert window.undo_stack.undoText() == "mark 王芳 as left"

    # Ctrl+Z, as the status bar says.
    press(qtbot, page.form.table, Qt.Key.Key_Z, CTRL)
    assert _status(database, people.wang) is Status.ACTIVE
    assert page.model.row_of(people.wang) is not None
    assert page.selected_id() == people.wang
    assert page.form.countLabel.text() == "Showing 5 of 6 people"

    window.undo_stack.redo()  # Edit > Redo
    assert _status(database, people.wang) is Status.LEFT
    assert page.model.row_of(people.wang) is None


@pytest.mark.parametrize("keys", [CTRL, SHIFT_CTRL], ids=["ctrl-y", "ctrl-shift-z"])
def test_the_redo_keys_named_in_help_work(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    keys: Qt.KeyboardModifier,
) -> None:
    """Help > About promises Ctrl+Shift+Z; the menu also offers Ctrl+Y."""
    page = window.participants_page
    click_row(qtbot, page, people.amira)
    click(qtbot, page.form.pauseButton)
    window.undo_stack.undo()
    assert _status(database, people.amira) is Status.ACTIVE
    key = Qt.Key.Key_Y if keys == CTRL else Qt.Key.Key_Z
    press(qtbot, page.form.table, key, keys)
    assert _status(database, people.amira) is Status.PAUSED


def test_the_real_confirmation_is_plain_text_and_defaults_to_cancel(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    """The guard closes the real box without a choice, which must mean "do not archive"."""
    from coprod_desktop.services import participants

    with database.transaction() as session:
        record = participants.get_participant(session, people.sam)
        participants.update_participant(
            session,
            people.sam,
            ParticipantData(**{**vars(record.data), "preferred_name": "<b>Sam</b> & co"}),
        )
    page = window.participants_page
    page.refresh()
    click_row(qtbot, page, people.sam)
    click(qtbot, page.form.leaveButton)

    [box] = modals.boxes
    assert box.title == "Mark as left"
    assert box.plain_text
    assert box.text.startswith("Mark <b>Sam</b> & co as having left?")
    assert "Mark as left" in box.buttons
    assert _status(database, people.sam) is Status.ACTIVE


def test_undo_and_redo_several_changes_in_order(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer_confirm(monkeypatch, lambda *args: True)
    page = window.participants_page
    click_row(qtbot, page, people.amira)
    click(qtbot, page.form.pauseButton)
    click(qtbot, page.form.leaveButton)
    assert _status(database, people.amira) is Status.LEFT
    window.undo_stack.undo()
    assert _status(database, people.amira) is Status.PAUSED
    window.undo_stack.undo()
    assert _status(database, people.amira) is Status.ACTIVE
    assert not window.undo_stack.canUndo()
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert _status(database, people.amira) is Status.LEFT


# --- menus --------------------------------------------------------------------------------------
def _menu_action(window: MainWindow, menu_title: str, text: str) -> tuple[QMenu, QAction]:
    for top in window.menuBar().actions():
        menu = top.menu()
        if top.text() == menu_title and isinstance(menu, QMenu):
            for action in menu.actions():
                if action.text() == text:
                    return menu, action
    raise AssertionError(f"no {menu_title} > {text}")


def test_the_person_menu_offers_what_the_buttons_offer(
    qtbot: QtBot, window: MainWindow, database: Database, people: People
) -> None:
    page = window.participants_page
    menu, pause = _menu_action(window, "&Person", "&Pause")
    _, reactivate = _menu_action(window, "&Person", "Make acti&ve")
    click_row(qtbot, page, people.zoe)  # paused
    menu.aboutToShow.emit()
    assert not pause.isEnabled()
    assert reactivate.isEnabled()
    reactivate.trigger()
    assert _status(database, people.zoe) is Status.ACTIVE
    menu.aboutToShow.emit()
    assert pause.isEnabled()
    assert not reactivate.isEnabled()


def test_help_about_names_the_database_in_plain_text(
    window: MainWindow, database_path: Path, modals: Modals
) -> None:
    _, about = _menu_action(window, "&Help", "&About coprod-desktop")
    about.trigger()
    [box] = modals.boxes
    assert box.title == "About coprod-desktop"
    assert box.plain_text
    assert f"Database: {database_path}" in box.text
