"""The session form's purpose and agenda, and the detail form's consent to be named in
documents: typed with the keyboard, saved, read back from the database and shown again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.dialogs.session_dialog import SessionDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services import agenda, sessions
from coprod_desktop.services.agenda import AgendaItemData, AgendaItemRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ConsentMethod
from tests.gui.conftest import Dialogs, Modals, People
from tests.gui.helpers import click, press, saving_to, show_active, stored, tick, type_text
from tests.gui.payment_seed import add_project, add_session, stored_sessions
from tests.gui.screen_helpers import (
    click_table_row,
    error_shown,
    save_with_keyboard,
    sessions_screen,
    status_message,
)

WELCOME = AgendaItemData("Welcome and access check", "", "Chair", 10)
MENU = AgendaItemData("The new menu", "Papers: the draft menu", "Tom Evans", 45)
AOB = AgendaItemData("Any other business", "", "Chair")


def stored_agenda(database: Database, session_id: int) -> list[AgendaItemRecord]:
    with database.reading() as session:
        return agenda.agenda_of(session, session_id)


def set_stored_agenda(database: Database, session_id: int, items: list[AgendaItemData]) -> None:
    with database.transaction() as session:
        agenda.set_agenda(session, session_id, items)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def editing(dialog: QWidget) -> QLineEdit | QSpinBox:
    """The box open in the agenda table for typing."""
    box = focused()
    assert dialog.isAncestorOf(box)
    assert isinstance(box, (QLineEdit, QSpinBox)), type(box).__name__
    return box


def type_cell(qtbot: QtBot, dialog: SessionDialog, text: str) -> None:
    """Type into the cell being changed and keep it with Enter."""
    box = editing(dialog)
    type_text(qtbot, box, text)
    press(qtbot, box, Qt.Key.Key_Return)
    # Enter keeps the text a moment later (Qt queues it), as a person would see it.
    table = dialog.form.agendaTable
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)


def change_cell(qtbot: QtBot, dialog: SessionDialog, row: int, column: int, text: str) -> None:
    """Go to a cell with the keyboard's F2, as a person would, and type over it."""
    table = dialog.form.agendaTable
    table.setFocus()
    table.setCurrentCell(row, column)
    press(qtbot, table, Qt.Key.Key_F2)
    box = editing(dialog)
    if isinstance(box, QLineEdit):
        box.selectAll()
    else:
        box.lineEdit().selectAll()
    type_cell(qtbot, dialog, text)


def shown_agenda(dialog: SessionDialog) -> list[tuple[str, str, str, str]]:
    table = dialog.form.agendaTable
    return [
        tuple(  # type: ignore[misc]
            (table.item(row, column).text() if table.item(row, column) else "")
            for column in range(4)
        )
        for row in range(table.rowCount())
    ]


def test_an_agenda_is_typed_reordered_saved_and_shown_again(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    add_project(database, "Youth panel")
    page = sessions_screen(window)
    seen: list[list[tuple[str, str, str, str]]] = []

    def fill(dialog: SessionDialog) -> None:
        f = dialog.form
        type_text(qtbot, f.titleEdit, "Menu tasting")
        type_text(qtbot, f.placeEdit, "Community centre")
        f.purposeEdit.setFocus()
        type_text(qtbot, f.purposeEdit, "To agree the new menu.")
        assert f.agendaTotalLabel.text() == "No agenda yet. Choose Add item to start one."
        assert not f.removeItemButton.isEnabled()
        for title, lead, minutes in (
            ("Welcome and access check", "Chair", "10"),
            ("Any other business", "Chair", ""),
            ("The new menu", "Tom Evans", "45"),
        ):
            click(qtbot, f.addItemButton)
            type_cell(qtbot, dialog, title)  # Add item opens the new item's title for typing
            row = f.agendaTable.rowCount() - 1
            change_cell(qtbot, dialog, row, 1, lead)
            if minutes:
                change_cell(qtbot, dialog, row, 2, minutes)
        change_cell(qtbot, dialog, 2, 3, "Papers: the draft menu")
        assert f.agendaTotalLabel.text() == (
            "3 items, about 55 minutes in all (1 item has no time set)."
        )
        # The menu goes above "Any other business", with the keyboard: Alt+U is Move up.
        f.agendaTable.setCurrentCell(2, 0)
        assert f.moveUpButton.isEnabled() and not f.moveDownButton.isEnabled()
        press(qtbot, f.agendaTable, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        # A button's Alt-letter presses it as a click would look: a moment later.
        qtbot.waitUntil(lambda: f.agendaTable.currentRow() == 1)  # the moved item stays chosen
        seen.append(shown_agenda(dialog))
        save_with_keyboard(qtbot, dialog, f.agendaTable)
        assert not dialog.isVisible()

    dialogs.on(SessionDialog, fill)
    click(qtbot, page.form.newButton)

    assert seen == [
        [
            ("Welcome and access check", "Chair", "10", ""),
            ("The new menu", "Tom Evans", "45", "Papers: the draft menu"),
            ("Any other business", "Chair", "", ""),
        ]
    ]
    [session] = stored_sessions(database)
    assert session.data.purpose == "To agree the new menu."
    assert [item.data for item in stored_agenda(database, session.id)] == [
        WELCOME,
        replace(MENU, details="Papers: the draft menu"),
        AOB,
    ]
    assert status_message(window) == "Session saved."

    # Opened again, the form shows the agenda in its saved order.
    reopened: list[list[tuple[str, str, str, str]]] = []

    def look(dialog: SessionDialog) -> None:
        assert dialog.form.purposeEdit.toPlainText() == "To agree the new menu."
        reopened.append(shown_agenda(dialog))
        assert dialog.form.agendaTotalLabel.text() == (
            "3 items, about 55 minutes in all (1 item has no time set)."
        )
        assert not dialog.is_changed()

    dialogs.on(SessionDialog, look)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert reopened == seen


def test_moving_down_and_removing_items(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    set_stored_agenda(database, session_id, [WELCOME, MENU, AOB])
    asked: list[str] = []

    def confirm(_parent: QWidget | None, title: str, text: str, _action: str) -> bool:
        asked.append(f"{title}: {text}")
        return True

    monkeypatch.setattr("coprod_desktop.gui.agenda_editor.confirm", confirm)
    page = sessions_screen(window)

    def change(dialog: SessionDialog) -> None:
        f = dialog.form
        f.agendaTable.setFocus()
        f.agendaTable.setCurrentCell(0, 0)
        assert not f.moveUpButton.isEnabled()
        click(qtbot, f.moveDownButton)  # Welcome goes below the menu
        assert f.agendaTable.currentRow() == 1
        f.agendaTable.setCurrentCell(2, 0)
        click(qtbot, f.removeItemButton)  # Any other business: it has text, so asked first
        click(qtbot, f.addItemButton)
        press(qtbot, editing(dialog), Qt.Key.Key_Escape)  # nothing typed
        click(qtbot, f.removeItemButton)  # an empty item goes without a question
        assert f.agendaTable.rowCount() == 2
        save_with_keyboard(qtbot, dialog, f.agendaTable)
        assert not dialog.isVisible()

    dialogs.on(SessionDialog, change)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert asked == [
        "Remove agenda item: Remove item 3, “Any other business” from the agenda? It goes when "
        "you save the session."
    ]
    assert [item.data for item in stored_agenda(database, session_id)] == [MENU, WELCOME]


def test_a_problem_in_the_agenda_is_shown_beside_it_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    set_stored_agenda(database, session_id, [WELCOME])
    before = stored_sessions(database)
    page = sessions_screen(window)
    seen: dict[str, str] = {}

    def fill(dialog: SessionDialog) -> None:
        f = dialog.form
        f.titleEdit.setText("Renamed")
        click(qtbot, f.addItemButton)
        press(qtbot, editing(dialog), Qt.Key.Key_Escape)
        change_cell(qtbot, dialog, 1, 1, "Chair")  # a lead but no title
        f.agendaTable.item(0, 0).setText("x" * 10_000)  # pasted in by mistake
        save_with_keyboard(qtbot, dialog, f.agendaTable)
        assert dialog.isVisible()
        seen["agenda"] = error_shown(dialog, "agenda").text()
        seen["summary"] = f.errorSummary.text()
        seen["focus"] = focused().objectName()

    dialogs.on(SessionDialog, fill)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert seen["agenda"] == (
        "⚠ Item 1: the title is 10,000 characters long, but can be at most 300. Please shorten "
        "it. Item 2: the title is needed. Say what the item is about, such as 'Actions from "
        "last time', or remove the item."
    )
    assert seen["summary"] == "⚠ Nothing was saved. Please fix 2 things, marked below: Agenda."
    assert seen["focus"] == "agendaTable"
    # Neither the session's new title nor the agenda was saved.
    assert stored_sessions(database) == before
    assert [item.data for item in stored_agenda(database, session_id)] == [WELCOME]


@pytest.mark.parametrize(
    "title", ["Tom & Jerry's <b>budget</b>", "🌈 Pride planning", "مراجعة الميزانية"]
)
def test_hostile_titles_are_saved_as_typed(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, title: str
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    page = sessions_screen(window)

    def fill(dialog: SessionDialog) -> None:
        click(qtbot, dialog.form.addItemButton)
        type_cell(qtbot, dialog, title)
        save_with_keyboard(qtbot, dialog, dialog.form.agendaTable)

    dialogs.on(SessionDialog, fill)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert [item.data.title for item in stored_agenda(database, session_id)] == [title]


def test_what_is_being_typed_in_a_cell_is_saved_by_ctrl_s(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    page = sessions_screen(window)

    def fill(dialog: SessionDialog) -> None:
        click(qtbot, dialog.form.addItemButton)
        box = editing(dialog)
        type_text(qtbot, box, "Welcome")
        save_with_keyboard(qtbot, dialog, box)  # no Enter first
        assert not dialog.isVisible()

    dialogs.on(SessionDialog, fill)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert [item.data.title for item in stored_agenda(database, session_id)] == ["Welcome"]


@pytest.mark.parametrize("change", ["move", "remove", "add", "retype"])
def test_agenda_changes_count_as_unsaved_changes(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    dialogs: Dialogs,
    modals: Modals,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    session_id = add_session(database, add_project(database, "Youth panel"))
    set_stored_agenda(database, session_id, [WELCOME, MENU])
    monkeypatch.setattr("coprod_desktop.gui.agenda_editor.confirm", lambda *_args: True)
    page = sessions_screen(window)
    changed: list[bool] = []

    def edit(dialog: SessionDialog) -> None:
        f = dialog.form
        f.agendaTable.setFocus()
        f.agendaTable.setCurrentCell(1, 0)  # choosing another item is no change
        assert not dialog.is_changed()
        if change == "move":
            click(qtbot, f.moveUpButton)
        elif change == "remove":
            click(qtbot, f.removeItemButton)
        elif change == "add":
            click(qtbot, f.addItemButton)
            type_cell(qtbot, dialog, "Break")
        else:
            change_cell(qtbot, dialog, 0, 2, "15")
        changed.append(dialog.is_changed())
        press(qtbot, f.agendaTable, Qt.Key.Key_Escape)  # close: asks first

    dialogs.on(SessionDialog, edit)
    click_table_row(qtbot, page.form.table, 0)
    click(qtbot, page.form.openButton)
    assert changed == [True]
    assert modals.questions == ["You have changed this form but not saved it. Save the changes?"]
    # Discarded (the guard's answer): the stored agenda is as it was.
    assert [item.data for item in stored_agenda(database, session_id)] == [WELCOME, MENU]


def test_the_agenda_is_reachable_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = SessionDialog(lambda *_args: 1, [(1, "Youth panel")])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    f = dialog.form
    f.prepSpin.setFocus()
    order = []
    for _ in range(6):
        press(qtbot, focused(), Qt.Key.Key_Tab)
        order.append(focused().objectName())
    assert order[:2] == ["agendaTable", "addItemButton"]
    # Disabled buttons (nothing to remove or move yet) are skipped.
    press(qtbot, f.titleEdit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert focused() is f.agendaTable  # A&genda
    press(qtbot, f.agendaTable, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Add ite&m
    qtbot.waitUntil(lambda: f.agendaTable.rowCount() == 1)
    names = {
        f.agendaTable.accessibleName(),
        f.addItemButton.accessibleName(),
        f.removeItemButton.accessibleName(),
        f.moveUpButton.accessibleName(),
        f.moveDownButton.accessibleName(),
        f.purposeEdit.accessibleName(),
    }
    assert names == {
        "Agenda items",
        "Add item",
        "Remove item",
        "Move item up",
        "Move item down",
        "What it is for",
    }
    assert editing(dialog).accessibleName() == "Item title"
    # How to change a cell, said on screen and to a screen reader, mouse and keyboard both.
    how = "Double-click a cell or press F2 to change it."
    assert f.agendaLabel.text() == f"A&genda items, in order. {how}"
    assert f.agendaTable.accessibleDescription().endswith(f" {how}")


# --- consent to be named in documents -----------------------------------------------------------
def test_the_detail_forms_named_in_documents_box_saves(qtbot: QtBot, database: Database) -> None:
    dialog = ParticipantDialog(saving_to(database))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Femi")
    form.consentGroup.setChecked(True)
    form.consentDateEdit.setDate(QDate(2024, 5, 17))
    form.consentMethodCombo.setCurrentIndex(form.consentMethodCombo.findData(ConsentMethod.VERBAL))
    assert form.consentNamedCheck.accessibleName() == (
        "May be named in meeting summaries and exports"
    )
    # Alt+I ticks it (Being named &in …).
    press(qtbot, form.preferredNameEdit, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.consentNamedCheck.isChecked)
    assert dialog.is_changed()
    press(qtbot, form.preferredNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None
    record = stored(database, dialog.saved.id)
    assert record.data.consent_named_in_documents
    assert not record.data.consent_contact  # being named alone is what the consent covers

    # Opened again: ticked; unticking it (with something else still covered) saves too.
    again = ParticipantDialog(saving_to(database), record)
    qtbot.addWidget(again)
    show_active(qtbot, again)
    assert again.form.consentNamedCheck.isChecked()
    assert not again.is_changed()
    tick(qtbot, again.form.consentContactCheck)
    tick(qtbot, again.form.consentNamedCheck)
    press(qtbot, again.form.preferredNameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = stored(database, record.id)
    assert not after.data.consent_named_in_documents
    assert after.data.consent_contact


def test_unticking_consent_takes_being_named_with_it(qtbot: QtBot, database: Database) -> None:
    dialog = ParticipantDialog(saving_to(database))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    form = dialog.form
    type_text(qtbot, form.preferredNameEdit, "Femi")
    form.consentGroup.setChecked(True)
    form.consentNamedCheck.setChecked(True)
    form.consentGroup.setChecked(False)
    assert not dialog.data().consent_named_in_documents


def test_undo_and_redo_carry_consent_to_be_named(
    window: MainWindow, database: Database, people: People
) -> None:
    assert window.database is not None
    original = stored(database, people.amira)
    consented = replace(
        original.data,
        consent_date=date(2025, 6, 1),
        consent_method=ConsentMethod.SIGNED_FORM,
        consent_named_in_documents=True,
    )
    window.participant_actions.save(window.database, consented, original)
    assert stored(database, people.amira).data.consent_named_in_documents
    window.undo_stack.undo()
    assert not stored(database, people.amira).data.consent_named_in_documents
    window.undo_stack.redo()
    assert stored(database, people.amira).data.consent_named_in_documents
    assert sessions  # the Sessions service is what the page saves through
