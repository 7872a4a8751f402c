"""Undo through several of your own changes, never over someone else's; nothing saved into
the wrong database; database errors shown as such."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from pytestqt.qtbot import QtBot

from coprod_desktop.config import url_for_path
from coprod_desktop.gui import database_problem_dialog as problem_dialog
from coprod_desktop.gui.database_problem_dialog import Choice
from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.models.participants_table_model import ParticipantTableModel
from coprod_desktop.gui.participant_actions import DatabaseChanged
from coprod_desktop.services import participant_search, participants
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    ParticipantRecord,
    ParticipantRow,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database
from coprod_desktop.storage.problems import DatabaseProblem
from coprod_desktop.vocabulary import Status
from tests.gui.conftest import OPEN_TIMEOUT_MS, Modals, People
from tests.gui.helpers import show_active, stored


def _save(
    window: MainWindow, data: ParticipantData, record: ParticipantRecord | None
) -> ParticipantRecord:
    """What pressing Save in the detail form does."""
    assert window.database is not None
    return window.participant_actions.save(window.database, data, record)


def test_undo_walks_back_through_several_of_your_own_edits(
    window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    original = stored(database, people.amira)
    first = _save(window, replace(original.data, pronouns="they/them"), original)
    second = _save(window, replace(first.data, notes="Prefers mornings"), first)
    assert stored(database, people.amira).data.notes == "Prefers mornings"

    window.undo_stack.undo()
    assert stored(database, people.amira).data == first.data
    window.undo_stack.undo()
    assert stored(database, people.amira).data == original.data
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert stored(database, people.amira).data == second.data
    assert modals.boxes == []


def test_undo_an_edit_and_a_pause_of_the_same_person(
    window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    original = stored(database, people.sam)
    _save(window, replace(original.data, pronouns="he/him"), original)
    window.participant_actions.change_status(people.sam, Status.PAUSED, "Sam")
    window.undo_stack.undo()
    assert stored(database, people.sam).status is Status.ACTIVE
    window.undo_stack.undo()
    assert stored(database, people.sam).data.pronouns == ""
    assert modals.boxes == []


def test_undoing_an_add_never_deletes_someone_elses_later_work(
    window: MainWindow, database: Database, people: People, modals: Modals
) -> None:
    added = _save(window, ParticipantData(preferred_name="Kemi"), None)
    with database.transaction() as session:  # a colleague adds a note meanwhile
        participants.update_participant(
            session, added.id, replace(added.data, notes="Safeguarding: call before visits")
        )
    window.undo_stack.undo()
    assert stored(database, added.id).data.notes == "Safeguarding: call before visits"
    assert [box.title for box in modals.boxes] == ["Could not undo"]
    assert "has been changed since" in modals.boxes[0].text


def test_a_form_never_saves_into_a_database_opened_after_it(
    qtbot: QtBot, window: MainWindow, database: Database, people: People, tmp_path: Path
) -> None:
    first = window.database
    assert first is not None
    record = stored(database, people.amira)
    other = tmp_path / "other.sqlite3"
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.open_database(url_for_path(other))
    with pytest.raises(DatabaseChanged, match="nothing was saved"):
        window.participant_actions.save(first, replace(record.data, notes="x"), record)
    check = open_database(url_for_path(other)).database
    with check.reading() as session:
        assert participant_search.count_all(session) == 0
    check.close()


def test_while_a_database_opens_nothing_can_use_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    central = window.centralWidget()
    assert central is not None and central.isEnabled()
    started = window.open_database(url_for_path(tmp_path / "next.sqlite3"))
    assert started
    assert not central.isEnabled()
    assert not window.new_action.isEnabled()
    assert window.open_database(url_for_path(tmp_path / "another.sqlite3")) is False
    qtbot.waitUntil(central.isEnabled, timeout=OPEN_TIMEOUT_MS)
    assert window.new_action.isEnabled()
    assert window.database is not None
    assert window.database.file_path == tmp_path / "next.sqlite3"
    assert not (tmp_path / "another.sqlite3").exists()


def test_cancelling_the_file_dialog_never_recreates_a_vanished_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "register.sqlite3"  # its folder is there, the file is not
    answers = [Choice.OPEN_OTHER, Choice.GIVE_UP]
    asked: list[DatabaseProblem] = []

    def ask(_parent: object, problem: DatabaseProblem, *, starting: bool) -> Choice:
        asked.append(problem)
        return answers.pop(0)

    monkeypatch.setattr(problem_dialog, "ask_what_next", ask)
    monkeypatch.setattr(problem_dialog, "pick_existing_file", lambda _parent, _start: None)
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.open_database(url_for_path(gone), must_exist=True)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=OPEN_TIMEOUT_MS)
    assert not gone.exists()
    assert [p.kind.value for p in asked] == ["missing_file", "missing_file"]


def test_a_database_error_is_shown_not_an_empty_register(
    window: MainWindow, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.participants_page

    def locked(_query: ParticipantQuery) -> list[int]:
        raise sqlite3.OperationalError("database is locked")

    source = page.model._source
    assert source is not None
    monkeypatch.setattr(source, "search_ids", locked)
    page.refresh()
    text = page.form.emptyLabel.text()
    assert text.startswith("The register could not be read:")
    assert "being used by another program" in text
    assert "No one is on the register yet" not in text
    assert page.form.countLabel.text() == ""
    assert not page.form.newButton.isEnabled()


class _BrokenRows:
    def __init__(self) -> None:
        self.loads = 0

    def search_ids(self, _query: ParticipantQuery) -> list[int]:
        return list(range(1, 301))

    def load_rows(self, _ids: object) -> dict[int, ParticipantRow]:
        self.loads += 1
        raise sqlite3.OperationalError("disk I/O error")

    def count_all(self) -> int:
        return 300


def test_a_failed_row_load_is_not_retried_on_every_repaint(qtbot: QtBot) -> None:
    model = ParticipantTableModel()
    source = _BrokenRows()
    model.set_source(source)
    for row in range(0, 300, 7):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    assert source.loads == 1
    assert isinstance(model.error, sqlite3.OperationalError)
    model.refresh()  # a new search tries again
    model.index(0, 0).data()
    assert source.loads == 2


def test_an_unexpected_error_while_saving_keeps_the_form(qtbot: QtBot, modals: Modals) -> None:
    def broken(_data: ParticipantData, _record: ParticipantRecord | None) -> ParticipantRecord:
        raise RuntimeError("the network went away")

    dialog = ParticipantDialog(broken)
    qtbot.addWidget(dialog)
    dialog.form.preferredNameEdit.setText("Ngozi")
    dialog.save()
    assert dialog.saved is None
    assert [box.title for box in modals.boxes] == ["Could not save"]
    assert "Your changes are still in the form" in modals.boxes[0].text
    assert dialog.form.preferredNameEdit.text() == "Ngozi"


def test_the_consent_date_picker_opens_on_this_month(qtbot: QtBot) -> None:
    today = date(2026, 11, 24)
    dialog = ParticipantDialog(lambda _d, _r: pytest.fail("not saved"), today=today)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.form.consentGroup.setChecked(True)
    edit = dialog.form.consentDateEdit
    assert edit.text() == "Not set"
    # Click the drop-down arrow, as a person would.
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2)
    )
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    calendar.window().close()
    assert dialog.data().consent_date is None
    edit.setDate(QDate(2026, 11, 2))
    assert dialog.data().consent_date == date(2026, 11, 2)
