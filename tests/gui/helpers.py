"""Small ways to drive the real widgets the way a person would, and to read back what they show.

QTest can only type ASCII characters (anything else aborts the process inside Qt), so text in
other scripts is typed as an input method would deliver it: Arabic, Chinese and emoji arrive in
a real app as committed input-method text too.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.dialogs.participant_dialog import SaveFunction
from coprod_desktop.gui.pages.participants_page import ParticipantsPage
from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    ParticipantRecord,
    SortKey,
    StatusFilter,
)
from coprod_desktop.storage.database import Database

CTRL = Qt.KeyboardModifier.ControlModifier


# pytest-qt's QtBot has no type annotations for these; these typed wrappers are the only
# callers, so the tests stay under mypy --strict.
def press(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press and release ``key`` (with ``modifiers``) on ``widget``."""
    qtbot.keyClick(widget, key, modifiers)  # type: ignore[no-untyped-call]


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    """Click the left mouse button on ``widget`` (in its middle unless ``pos`` is given)."""
    where = pos if pos is not None else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``: ASCII as key presses, other scripts as input-method text."""
    run = ""
    for char in text:
        if char.isascii():
            if run:
                _commit(widget, run)
                run = ""
            qtbot.keyClicks(widget, char)  # type: ignore[no-untyped-call]
        else:
            run += char
    if run:
        _commit(widget, run)


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show a window and wait until it is the active one, as it would be on a desktop.

    Shortcuts (Ctrl+S, Ctrl+F…) only reach the active window. The offscreen platform activates
    a window asynchronously, and not at all while an earlier test's hidden window still holds
    the focus, hence the explicit request.
    """
    widget.show()

    def active() -> bool:
        if QApplication.activeWindow() is widget:
            return True
        # Asked again while waiting: a progress dialog closing at the same moment (a document
        # just saved) can take the activation that was asked for first.
        widget.activateWindow()
        return False

    qtbot.waitUntil(active, timeout=5000)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box on its box (the middle of a wide check box is empty space)."""
    click(qtbot, box, QPoint(min(8, box.width() // 2), box.height() // 2))


def search_for(qtbot: QtBot, page: ParticipantsPage, text: str) -> None:
    """Type into the search box and wait for the search that typing schedules to run."""
    type_text(qtbot, page.form.searchEdit, text)
    wanted = page.form.searchEdit.text()
    qtbot.waitUntil(lambda: page.model.query.text == wanted, timeout=5000)


def names_shown(page: ParticipantsPage) -> list[str]:
    """The Name column of every row, as the table displays it."""
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def column_shown(page: ParticipantsPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def click_row(qtbot: QtBot, page: ParticipantsPage, participant_id: int) -> None:
    """Click (with the mouse) the row of the table showing ``participant_id``."""
    row = page.model.row_of(participant_id)
    assert row is not None, f"person {participant_id} is not in the table"
    table = page.form.table
    rect = table.visualRect(page.model.index(row, 0))
    assert rect.isValid(), "the row is not on screen"
    click(qtbot, table.viewport(), rect.center())
    assert page.selected_id() == participant_id


def click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), f"column {column} is scrolled out of sight"
    click(qtbot, header.viewport(), QPoint(x, header.height() // 2))


def stored(database: Database, participant_id: int) -> ParticipantRecord:
    """The person as the database holds them now (read through a separate connection)."""
    with database.reading() as session:
        return participants.get_participant(session, participant_id)


def count_stored(database: Database) -> int:
    with database.reading() as session:
        return participant_search.count_all(session)


def all_stored(database: Database) -> list[ParticipantRecord]:
    """Everyone in the database, whatever their status, in the order they were added."""
    everyone = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
    with database.reading() as session:
        ids = participant_search.search_ids(session, everyone)
        return [participants.get_participant(session, i) for i in ids]


def saving_to(database: Database) -> SaveFunction:
    """The save function the main window gives the dialog, without the window's undo stack."""

    def save(data: ParticipantData, record: ParticipantRecord | None) -> ParticipantRecord:
        with database.transaction() as session:
            if record is None:
                new_id = participants.add_participant(session, data)
                return participants.get_participant(session, new_id)
            return participants.update_participant(
                session, record.id, data, expected_version=record.version
            )

    return save
