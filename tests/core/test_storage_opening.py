"""Opening a database: bad files are explained in plain words and never changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from coprod_desktop.services import participant_search, participants
from coprod_desktop.storage.opening import OpenOptions, open_database
from coprod_desktop.storage.problems import DatabaseProblem, ProblemKind
from tests.factories import person


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _problem(url: str, **options: object) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(url, OpenOptions(**options))  # type: ignore[arg-type]
    return caught.value


def test_new_database_uses_wal_foreign_keys_and_busy_timeout(database_url: str) -> None:
    opened = open_database(database_url)
    with opened.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    opened.database.close()


def test_reopening_keeps_the_data(database_url: str) -> None:
    first = open_database(database_url).database
    with first.transaction() as session:
        participants.add_participant(session, person(preferred_name="Kept"))
    first.close()
    second = open_database(database_url)
    assert not second.created and second.backup is None
    with second.database.reading() as session:
        assert participants.get_participant(session, 1).data.preferred_name == "Kept"
    second.database.close()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 100)
    before = _digest(path)
    problem = _problem(f"sqlite:///{path}")
    assert problem.kind is ProblemKind.NOT_A_DATABASE
    assert str(path) in problem.message
    assert "not a database" in problem.message and "not been changed" in problem.message.replace(
        "Nothing in it has been changed", "not been changed"
    )
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["budget.xlsx"]  # no -wal, no -shm


def test_a_damaged_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    with opened.database.transaction() as session:
        participants.add_many(session, [person(preferred_name=f"P{i}") for i in range(300)])
    opened.database.close()
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Scribble over the pages after the schema: the header still says "SQLite format 3".
    for offset in range(2 * page_size, len(data), page_size):
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    before = _digest(path)
    problem = _problem(f"sqlite:///{path}")
    assert problem.kind is ProblemKind.CORRUPT
    assert "damaged" in problem.message and "backup" in problem.message
    assert _digest(path) == before


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = _digest(path)
    problem = _problem(f"sqlite:///{path}")
    assert problem.kind is ProblemKind.FOREIGN
    assert "another program" in problem.message
    assert _digest(path) == before


def test_a_newer_apps_database_is_refused_and_untouched(
    database_url: str, database_path: Path
) -> None:
    open_database(database_url).database.close()
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(database_path)
    problem = _problem(database_url)
    assert problem.kind is ProblemKind.NEWER_VERSION
    assert "newer version" in problem.message
    assert _digest(database_path) == before


def test_a_locked_database_says_so(database_url: str, database_path: Path) -> None:
    open_database(database_url).database.close()
    holder = sqlite3.connect(database_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        problem = _problem(database_url, busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert problem.kind is ProblemKind.LOCKED
    assert problem.can_retry
    assert "another program" in problem.message


def test_a_database_locked_while_in_use_gives_a_plain_message(
    database_url: str, database_path: Path
) -> None:
    database = open_database(database_url, OpenOptions(busy_timeout=0.2)).database
    holder = sqlite3.connect(database_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseProblem) as caught, database.transaction() as session:
            participants.add_participant(session, person())
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.kind is ProblemKind.LOCKED
    with database.reading() as session:
        assert participant_search.count_all(session) == 0
    database.close()


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    problem = _problem(f"sqlite:///{tmp_path}/no/such/folder/db.sqlite3")
    assert problem.kind is ProblemKind.MISSING_FOLDER
    assert not (tmp_path / "no").exists()


def test_the_default_location_creates_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "coprod.sqlite3"
    opened = open_database(f"sqlite:///{path}", OpenOptions(create_folder=True))
    opened.database.close()
    assert path.exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    problem = _problem(f"sqlite:///{tmp_path}")
    assert problem.kind is ProblemKind.CANNOT_OPEN
    assert "folder" in problem.message


def test_a_nonsense_address_is_explained() -> None:
    problem = _problem("this is not :// a url")
    assert problem.kind is ProblemKind.BAD_ADDRESS
    assert "sqlite:///" in problem.message


def test_an_unknown_driver_is_explained() -> None:
    problem = _problem("nosuchdb://user@host/db")
    assert problem.kind is ProblemKind.BAD_ADDRESS


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder every user can reach (pytest's own are private to the user running it)."""
    folder = Path(tempfile.mkdtemp(prefix="coprod-readonly-"))
    folder.chmod(0o755)
    yield folder
    for child in folder.iterdir():
        child.chmod(0o644)
    shutil.rmtree(folder)


@contextmanager
def acting_as_ordinary_user() -> Iterator[None]:
    """Root may write to any file, so check permissions as 'nobody', as the app would run."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


def test_a_read_only_database_is_refused_and_untouched(shared_folder: Path) -> None:
    path = shared_folder / "readonly.sqlite3"
    open_database(f"sqlite:///{path}").database.close()
    path.chmod(0o444)
    before = _digest(path)
    with acting_as_ordinary_user():
        problem = _problem(f"sqlite:///{path}")
    assert problem.kind is ProblemKind.READ_ONLY
    assert "read-only" in problem.message
    assert _digest(path) == before


def test_a_read_only_folder_is_refused(shared_folder: Path) -> None:
    path = shared_folder / "db.sqlite3"
    open_database(f"sqlite:///{path}").database.close()
    path.chmod(0o666)  # the file itself may be written: only the folder is read-only
    shared_folder.chmod(0o555)
    try:
        with acting_as_ordinary_user():
            problem = _problem(f"sqlite:///{path}")
    finally:
        shared_folder.chmod(0o755)
    assert problem.kind is ProblemKind.READ_ONLY


def test_a_database_used_before_that_has_gone_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "moved.sqlite3"
    problem = _problem(f"sqlite:///{path}", must_exist=True)
    assert problem.kind is ProblemKind.MISSING_FILE
    assert problem.can_retry
    assert "not there any more" in problem.message
    assert not path.exists()


def test_a_missing_drive_is_reported_as_a_missing_database_for_one_used_before(
    tmp_path: Path,
) -> None:
    path = tmp_path / "usb-stick" / "register.sqlite3"  # the whole drive is not there
    problem = _problem(f"sqlite:///{path}", must_exist=True)
    assert problem.kind is ProblemKind.MISSING_FILE
    assert problem.can_retry


def test_a_database_on_a_network_drive_uses_the_classic_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coprod_desktop.storage import opening

    url = f"sqlite:///{tmp_path}/shared.sqlite3"
    open_database(url).database.close()  # made on a local disk: WAL
    monkeypatch.setattr(opening, "is_on_network_drive", lambda _path: True)
    database = open_database(url).database
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    database.close()


def test_the_linux_mount_table_is_read(tmp_path: Path) -> None:
    from coprod_desktop.storage.network_drive import _linux_mount_type, is_on_network_drive

    if not Path("/proc/mounts").exists():
        pytest.skip("no /proc/mounts here")
    assert _linux_mount_type(tmp_path) != ""
    assert is_on_network_drive(tmp_path / "x.sqlite3") is False  # pytest's folder is local


def test_a_full_disk_is_explained() -> None:
    from coprod_desktop.storage.problems import from_driver_error

    problem = from_driver_error(sqlite3.OperationalError("database or disk is full"), "/x.db")
    assert problem is not None and problem.kind is ProblemKind.DISK_FULL
    assert "full" in problem.message and problem.can_retry


def test_an_in_memory_database_is_shared_between_threads() -> None:
    import threading

    from coprod_desktop.services import participant_search

    opened = open_database("sqlite://")
    results: list[int] = []

    def count() -> None:
        with opened.database.reading() as session:
            results.append(participant_search.count_all(session))

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    assert results == [0]  # the tables made on this thread are seen on the other
    opened.database.close()
