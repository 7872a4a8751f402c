"""The open database: an engine, sessions, and transactions that explain their failures.

Services take a SQLAlchemy ``Session``; callers get one from ``Database.transaction()`` (to
change data) or ``Database.reading()`` (to look). Both turn driver errors about the file itself
(locked, read-only, damaged) into a ``DatabaseProblem`` with a plain-English message.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from coprod_desktop.storage.problems import DatabaseProblem, from_driver_error

# Execution option telling the SQLite "begin" hook that this transaction will write.
_WRITE_OPTION = "coprod_write"


def describe_location(url: URL) -> str:
    """What to call the database in messages: its file path, or its address without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(in memory)"
    return url.render_as_string(hide_password=True)


def sqlite_file_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    return Path(database)


def build_engine(url: URL, *, busy_timeout: float = 5.0) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    extra: dict[str, Any] = {}
    if sqlite_file_path(url) is None:
        # An in-memory database exists once per connection: keep exactly one, shared by the
        # worker that creates the tables and the GUI thread that reads them.
        extra["poolclass"] = StaticPool
    engine = create_engine(
        url,
        # Connections are made on the worker that opens the database and then used by the
        # GUI thread; the pool never hands one connection to two threads at once.
        connect_args={"timeout": busy_timeout, "check_same_thread": False},
        **extra,
    )
    _configure_sqlite(engine, busy_timeout)
    return engine


def _configure_sqlite(engine: Engine, busy_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy's documented recipe: stop the sqlite3 module from opening transactions
        # on its own (it skips DDL), and emit BEGIN ourselves below. This makes migrations
        # atomic: an interrupted upgrade leaves the database exactly as it was.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock at once (BEGIN IMMEDIATE), so it
        # waits politely for another writer instead of failing half-way through.
        writing = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


class Database:
    """An open, checked, up-to-date database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url
        self.location = describe_location(engine.url)
        self.is_sqlite = engine.url.get_backend_name() == "sqlite"
        self.file_path = sqlite_file_path(engine.url)
        self._write_engine = engine.execution_options(**{_WRITE_OPTION: True})
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=self._write_engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all."""
        with self._translate_errors(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for looking only; anything it changes is thrown away."""
        with self._translate_errors(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            problem = from_driver_error(error, self.location)
            if problem is None:
                raise
            raise problem from error

    def problem_for(self, error: BaseException) -> DatabaseProblem | None:
        """A plain-English problem for any error about this database, including ones raised
        straight by the driver (sqlite3, psycopg) rather than through SQLAlchemy."""
        if isinstance(error, DatabaseProblem):
            return error
        return from_driver_error(error, self.location)

    def close(self) -> None:
        self.engine.dispose()
