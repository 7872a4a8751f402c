"""Open a database safely: check it, refuse what must not be touched, upgrade what is old.

The order matters. Everything that could reject the file (wrong kind of file, another program's
database, a newer app's schema, damage) happens before anything is written, so a file chosen by
mistake is left byte-for-byte as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from coprod_desktop.storage import problems, schema
from coprod_desktop.storage.database import (
    Database,
    build_engine,
    describe_location,
    sqlite_file_path,
)
from coprod_desktop.storage.network_drive import is_on_network_drive
from coprod_desktop.storage.sqlite_file import check_sqlite_file

Progress = Callable[[str], None]


@dataclass(frozen=True)
class OpenOptions:
    create_folder: bool = False  # True only for the app's own default location
    must_exist: bool = False  # True for a database used before (remembered from last time)
    busy_timeout: float = 5.0  # seconds to wait for another program's lock
    backup_folder: Path | None = None  # default: "backups" beside the database file


@dataclass(frozen=True)
class Opened:
    database: Database
    upgraded_from: str | None = None
    backup: Path | None = None
    created: bool = False


def open_database(
    url: str, options: OpenOptions | None = None, progress: Progress | None = None
) -> Opened:
    """Open ``url`` and return it ready to use, or raise ``DatabaseProblem``."""
    options = options or OpenOptions()
    report = progress or (lambda _message: None)
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise problems.bad_address(url, "it is not written like a database address") from error
    location = describe_location(parsed)

    file_path = sqlite_file_path(parsed)
    if file_path is not None:
        check_sqlite_file(
            file_path, create_folder=options.create_folder, must_exist=options.must_exist
        )
    new_file = file_path is not None and (not file_path.exists() or file_path.stat().st_size == 0)

    try:
        engine = build_engine(parsed, busy_timeout=options.busy_timeout)
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise problems.bad_address(url, f"no driver for '{parsed.drivername}'") from error
    database = Database(engine)
    try:
        report("Opening the database…")
        with engine.connect() as connection:
            state = schema.read_state(connection)
            schema.check_usable(database, state)
            if database.is_sqlite and state.has_tables:
                # Reads every page (about 8 ms a megabyte): damage is found before any write.
                _quick_check(connection, location)
        if file_path is not None:
            _choose_journal(database, file_path)
        _check_writable(database)
        if state.is_current:
            return Opened(database, created=new_file)
        outcome = schema.upgrade(
            database, state, backup_folder=options.backup_folder, progress=report
        )
        return Opened(
            database,
            upgraded_from=outcome.from_revision if state.has_tables else None,
            backup=outcome.backup,
            created=new_file or not state.has_tables,
        )
    except DBAPIError as error:
        database.close()
        problem = problems.from_driver_error(error, location)
        if problem is None:
            problem = problems.cannot_open(location, str(error.orig).splitlines()[0])
        raise problem from error
    except BaseException:
        database.close()
        raise


def _quick_check(connection: Connection, location: str) -> None:
    """SQLite's quick check: finds damaged pages before anything is written over them."""
    rows = [row[0] for row in connection.execute(text("PRAGMA quick_check"))]
    if rows != ["ok"]:
        raise problems.corrupt(location, "; ".join(str(r) for r in rows[:3]))


def _choose_journal(database: Database, file_path: Path) -> None:
    """Use write-ahead logging (WAL) on a local disk, the classic journal on a network drive.

    WAL lets the register be read while something is being saved and survives a crash
    mid-write, but it relies on shared memory that only works when every program using the
    file runs on the same computer: SQLite's documentation warns that it does not work over a
    network file system. The mode is stored in the file, so this writes only when it changes.
    It cannot be changed inside a transaction, hence the raw connection, with no BEGIN yet.
    """
    wanted = "delete" if is_on_network_drive(file_path) else "wal"
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode is None or str(mode[0]).lower() != wanted:
            cursor.execute(f"PRAGMA journal_mode = {wanted}")
        cursor.close()
    finally:
        raw.close()


def _check_writable(database: Database) -> None:
    """Take and release the write lock: finds a locked or read-only database now, not at Save."""
    with database.engine.execution_options(coprod_write=True).begin() as connection:
        connection.execute(text("SELECT 1"))
