"""Bring a database's tables up to date with the app, taking a backup copy first.

Start-up only needs to know whether the database is current, which one query answers. Alembic
(which is slow to import) is loaded only when there is something to upgrade.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from coprod_desktop.storage import problems
from coprod_desktop.storage.backup import backup_sqlite_file, default_backup_folder
from coprod_desktop.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration in storage/migrations/versions. tests/core/test_migrations.py checks this
# against Alembic's own view, so forgetting to update it fails the tests.
HEAD_REVISION = "0007"
VERSION_TABLE = "alembic_version"
MIGRATIONS_FOLDER = Path(__file__).parent / "migrations"

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: no migrations applied yet
    has_tables: bool  # any tables at all, ours or another program's
    is_ours: bool  # has our version table (or is empty)

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD_REVISION


def read_state(connection: Connection) -> SchemaState:
    tables = [t for t in inspect(connection).get_table_names() if not t.startswith("sqlite_")]
    if VERSION_TABLE not in tables:
        return SchemaState(revision=None, has_tables=bool(tables), is_ours=not tables)
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision=revision, has_tables=True, is_ours=True)


def _alembic_config() -> Config:
    from alembic.config import Config  # slow to import: only when upgrading

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    directory = ScriptDirectory.from_config(_alembic_config())
    return {script.revision for script in directory.walk_revisions()}


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    backup: Path | None


def check_usable(database: Database, state: SchemaState) -> None:
    """Refuse databases this app must not change: another program's, or a newer app's."""
    if not state.is_ours:
        raise problems.foreign(database.location)
    revision = state.revision
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise problems.newer_version(database.location, revision)


def upgrade(
    database: Database,
    state: SchemaState,
    *,
    backup_folder: Path | None = None,
    progress: Progress | None = None,
) -> UpgradeResult:
    """Apply every migration the database lacks, in one transaction.

    A SQLite database that already holds tables is copied first (to ``backup_folder``, by default
    a ``backups`` folder beside it). If anything fails the transaction is rolled back, so the
    database is left as it was and the copy is there as well.
    """
    from alembic import command

    report = progress or (lambda _message: None)
    backup: Path | None = None
    if state.has_tables and database.file_path is not None:
        report("Taking a backup copy of the database before updating it…")
        folder = backup_folder or default_backup_folder(database.file_path)
        label = f"before-upgrade-from-{state.revision or 'empty'}"
        backup = backup_sqlite_file(database.file_path, folder, label)
    if state.has_tables:
        report("Updating the database to this version of the app…")
    else:
        report("Setting up the new database…")
    config = _alembic_config()
    with migration_connection(database) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return UpgradeResult(from_revision=state.revision, backup=backup)


@contextmanager
def migration_connection(database: Database) -> Iterator[Connection]:
    """A connection inside one write transaction for migrations, with SQLite's foreign keys off.

    Alembic's batch mode changes a SQLite table by copying it, dropping the original and
    renaming the copy. With foreign keys on, dropping ``participants`` would delete every row
    that refers to it (ON DELETE CASCADE): everyone's roles and access needs, silently.
    SQLite ignores the foreign_keys setting inside a transaction, so it is turned off before
    BEGIN, the references are checked before COMMIT (any broken one rolls everything back),
    and it is turned on again afterwards.
    """
    with database.engine.execution_options(coprod_write=True).connect() as connection:
        raw = connection.connection.dbapi_connection if database.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                yield connection
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(
                            f"the update would leave {len(broken)} broken references "
                            f"(first: {broken[0]}); nothing was changed"
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
