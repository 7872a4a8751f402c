"""A database that cannot be opened: explained, never changed, and a way on offered."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coprod_desktop.config import url_for_path
from coprod_desktop.gui import database_problem_dialog as problem_dialog
from coprod_desktop.gui.database_problem_dialog import Choice
from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.services import participants
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.settings import load_settings
from coprod_desktop.storage.opening import open_database
from coprod_desktop.storage.problems import DatabaseProblem, ProblemKind
from tests.gui.conftest import OPEN_TIMEOUT_MS, Modals, People, open_window
from tests.gui.helpers import click, click_row, names_shown, show_active

NOT_A_DATABASE = b"hello, this is not a database"


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "notes.sqlite3"
    path.write_bytes(NOT_A_DATABASE)
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    """A real register with one person in it, closed again."""
    path = tmp_path / "good" / "register.sqlite3"
    path.parent.mkdir()
    opened = open_database(url_for_path(path))
    with opened.database.transaction() as session:
        participants.add_participant(session, ParticipantData(preferred_name="Good Person"))
    opened.database.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_window(qtbot: QtBot, *, interactive: bool = True) -> MainWindow:
    window = MainWindow(interactive=interactive)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


class Asked:
    """Stands in for the "What next?" box: records each problem and gives scripted answers."""

    def __init__(self, *answers: Choice) -> None:
        self.answers = list(answers)
        self.problems: list[DatabaseProblem] = []
        self.starting: list[bool] = []

    def __call__(self, _parent: object, problem: DatabaseProblem, *, starting: bool) -> Choice:
        self.problems.append(problem)
        self.starting.append(starting)
        assert self.answers, "asked more often than expected"
        return self.answers.pop(0)


def test_not_a_database_is_reported_and_left_untouched(qtbot: QtBot, bad_file: Path) -> None:
    window = _new_window(qtbot, interactive=False)
    before = _digest(bad_file)
    with qtbot.waitSignal(window.startup_failed, timeout=OPEN_TIMEOUT_MS) as failed:
        window.open_database(url_for_path(bad_file))
    [problem] = failed.args
    assert isinstance(problem, DatabaseProblem)
    assert problem.kind is ProblemKind.NOT_A_DATABASE
    assert str(bad_file) in problem.message
    assert window.database is None
    assert bad_file.read_bytes() == NOT_A_DATABASE
    assert _digest(bad_file) == before
    assert sorted(p.name for p in bad_file.parent.iterdir()) == ["notes.sqlite3"]  # no -wal


def test_choosing_another_file_opens_it_and_remembers_it(
    qtbot: QtBot, bad_file: Path, good_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(Choice.OPEN_OTHER)
    folders: list[Path] = []

    def pick(_parent: object, start: Path) -> Path:
        folders.append(start)
        return good_file

    monkeypatch.setattr(problem_dialog, "ask_what_next", asked)
    monkeypatch.setattr(problem_dialog, "pick_existing_file", pick)
    window = _new_window(qtbot)
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.open_database(url_for_path(bad_file))

    assert [p.kind for p in asked.problems] == [ProblemKind.NOT_A_DATABASE]
    assert asked.starting == [True]
    assert folders == [bad_file.parent]  # the file dialog starts where the bad file is
    assert window.database is not None
    assert window.database.file_path == good_file
    assert names_shown(window.participants_page) == ["Good Person"]
    assert window.location_label.text() == f"Database: {good_file}"
    assert load_settings().last_database_url == url_for_path(good_file)
    assert bad_file.read_bytes() == NOT_A_DATABASE


def test_creating_a_new_database_instead(
    qtbot: QtBot, bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    monkeypatch.setattr(problem_dialog, "ask_what_next", Asked(Choice.CREATE_NEW))
    monkeypatch.setattr(problem_dialog, "pick_new_file", lambda _parent, _start: fresh)
    window = _new_window(qtbot)
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.open_database(url_for_path(bad_file))

    assert fresh.exists()
    assert window.database is not None and window.database.file_path == fresh
    assert window.statusBar().currentMessage() == "A new, empty database was created."
    assert window.participants_page.model.total == 0
    assert window.participants_page.form.newButton.isEnabled()
    assert load_settings().last_database_url == url_for_path(fresh)
    assert bad_file.read_bytes() == NOT_A_DATABASE


def test_quitting_at_start_up_closes_the_window(
    qtbot: QtBot, bad_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(Choice.GIVE_UP)
    monkeypatch.setattr(problem_dialog, "ask_what_next", asked)
    window = _new_window(qtbot)
    window.open_database(url_for_path(bad_file))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=OPEN_TIMEOUT_MS)
    assert len(asked.problems) == 1
    assert window.database is None
    assert load_settings().last_database_url == ""
    assert bad_file.read_bytes() == NOT_A_DATABASE


def test_cancelling_the_file_dialog_asks_again(
    qtbot: QtBot, bad_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(Choice.OPEN_OTHER, Choice.GIVE_UP)
    monkeypatch.setattr(problem_dialog, "ask_what_next", asked)
    monkeypatch.setattr(problem_dialog, "pick_existing_file", lambda _parent, _start: None)
    window = _new_window(qtbot)
    window.open_database(url_for_path(bad_file))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=OPEN_TIMEOUT_MS)
    assert [p.kind for p in asked.problems] == [ProblemKind.NOT_A_DATABASE] * 2
    assert window.database is None


def test_a_bad_file_chosen_later_keeps_the_open_database(
    qtbot: QtBot,
    good_file: Path,
    bad_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, url_for_path(good_file))
    asked = Asked(Choice.GIVE_UP)
    monkeypatch.setattr(problem_dialog, "ask_what_next", asked)
    monkeypatch.setattr(problem_dialog, "pick_existing_file", lambda _parent, _start: bad_file)
    window.choose_database()  # File > Open database…
    qtbot.waitUntil(lambda: len(asked.problems) == 1, timeout=OPEN_TIMEOUT_MS)
    assert asked.starting == [False]
    assert window.isVisible()
    assert window.database is not None and window.database.file_path == good_file
    assert names_shown(window.participants_page) == ["Good Person"]
    assert load_settings().last_database_url == ""  # the bad file is not remembered
    assert bad_file.read_bytes() == NOT_A_DATABASE


def test_the_real_problem_box_explains_and_offers_choices(
    qtbot: QtBot, bad_file: Path, modals: Modals
) -> None:
    """The guard dismisses the real box without a choice: that must mean Quit, not retry."""
    window = _new_window(qtbot)
    window.open_database(url_for_path(bad_file))
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=OPEN_TIMEOUT_MS)
    [box] = modals.boxes
    assert box.title == "The database could not be opened"
    assert box.plain_text
    assert "is not a coprod-desktop database" in box.text
    assert sorted(box.buttons) == ["Choose another file…", "Create a new database…", "Quit"]


def test_opening_another_database_clears_undo(
    qtbot: QtBot,
    window: MainWindow,
    people: People,
    good_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Z must never apply a change made in one database to another."""
    page = window.participants_page
    click_row(qtbot, page, people.amira)
    click(qtbot, page.form.pauseButton)
    assert window.undo_stack.count() == 1
    monkeypatch.setattr(problem_dialog, "pick_existing_file", lambda _parent, _start: good_file)
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.choose_database()
    assert window.undo_stack.count() == 0
    assert names_shown(page) == ["Good Person"]
    assert load_settings().last_database_url == url_for_path(good_file)


@pytest.mark.slow
def test_try_again_after_a_lock_opens_and_remembers_the_chosen_file(
    qtbot: QtBot,
    window: MainWindow,
    good_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Open database… on a file another program has locked; it lets go; Try again."""
    other_program = sqlite3.connect(good_file, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock

    def let_go_and_retry(_parent: object, problem: DatabaseProblem, *, starting: bool) -> Choice:
        assert problem.kind is ProblemKind.LOCKED
        assert not starting
        other_program.rollback()
        return Choice.RETRY

    monkeypatch.setattr(problem_dialog, "ask_what_next", let_go_and_retry)
    monkeypatch.setattr(problem_dialog, "pick_existing_file", lambda _parent, _start: good_file)
    try:
        with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
            window.choose_database()
    finally:
        other_program.close()
    assert window.database is not None and window.database.file_path == good_file
    # Chosen with File > Open database…, so it is the one to open next time, as without the lock.
    assert load_settings().last_database_url == url_for_path(good_file)


def test_a_remembered_database_that_has_gone_can_be_found_again(
    qtbot: QtBot, good_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drive was unplugged: say so, create nothing, and open it once it is back."""
    moved = tmp_path / "unplugged.sqlite3"
    good_file.rename(moved)
    asked = Asked(Choice.RETRY)

    def ask(parent: object, problem: DatabaseProblem, *, starting: bool) -> Choice:
        moved.rename(good_file)  # plugged back in while the message was on screen
        return asked(parent, problem, starting=starting)

    monkeypatch.setattr(problem_dialog, "ask_what_next", ask)
    window = _new_window(qtbot)
    with qtbot.waitSignal(window.database_ready, timeout=OPEN_TIMEOUT_MS):
        window.open_database(url_for_path(good_file), must_exist=True)

    assert [p.kind for p in asked.problems] == [ProblemKind.MISSING_FILE]
    assert "not there any more" in asked.problems[0].message
    assert names_shown(window.participants_page) == ["Good Person"]
