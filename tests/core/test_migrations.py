"""Schema changes only through Alembic: from empty, from each older revision, and back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from coprod_desktop.storage import schema
from coprod_desktop.storage.models import Base, include_object_for
from coprod_desktop.storage.opening import open_database
from tests.factories import person


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(schema._alembic_config())


def test_head_revision_constant_matches_alembic() -> None:
    assert _script().get_current_head() == schema.HEAD_REVISION
    assert schema.known_revisions() == {s.revision for s in _script().walk_revisions()}


def test_empty_database_upgrades_to_exactly_the_models(database_url: str) -> None:
    opened = open_database(database_url)
    assert opened.created
    assert opened.backup is None  # nothing to back up in an empty database
    with opened.database.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(
                connection, opts={"include_object": include_object_for(connection.dialect.name)}
            ),
            Base.metadata,
        )
        state = schema.read_state(connection)
    opened.database.close()
    assert differences == []
    assert state.revision == schema.HEAD_REVISION


def test_downgrade_to_base_and_up_again(database_url: str) -> None:
    open_database(database_url).database.close()
    engine = create_engine(database_url)
    config = schema._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert "participants" in inspect(engine).get_table_names()
    engine.dispose()


def _database_at(revision: str, url: str) -> None:
    """A database as an older app left it: migrated to ``revision``, with some data in it."""
    engine = create_engine(url)
    config = schema._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.exec_driver_sql("CREATE TABLE keepsake (note TEXT)")
        connection.exec_driver_sql("INSERT INTO keepsake VALUES ('written by the old version')")
    engine.dispose()


def _older_revisions() -> list[str]:
    """Every revision before head, plus 'base' (a database made before the first table)."""
    revisions = [
        s.revision for s in _script().walk_revisions() if s.revision != schema.HEAD_REVISION
    ]
    return ["base", *revisions]


@pytest.mark.parametrize("revision", _older_revisions())
def test_older_database_is_backed_up_then_upgraded(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    _database_at(revision, url)
    messages: list[str] = []

    opened = open_database(url, progress=messages.append)

    assert opened.backup is not None and opened.backup.exists()
    assert opened.backup.parent == tmp_path / "backups"
    with sqlite3.connect(opened.backup) as copy:
        assert copy.execute("SELECT note FROM keepsake").fetchone() == (
            "written by the old version",
        )
        version = copy.execute("SELECT version_num FROM alembic_version").fetchall()
    assert version == ([] if revision == "base" else [(revision,)])
    with opened.database.engine.connect() as connection:
        assert schema.read_state(connection).revision == schema.HEAD_REVISION
    # The upgraded database works and kept the old data.
    from coprod_desktop.services import participants

    with opened.database.transaction() as session:
        assert participants.add_participant(session, person()) == 1
    opened.database.close()
    assert any("backup" in m for m in messages)
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT count(*) FROM keepsake").fetchone() == (1,)
        assert _tables_without_autoincrement(upgraded) == []


def _tables_without_autoincrement(connection: sqlite3.Connection) -> list[str]:
    """Tables whose model asks for AUTOINCREMENT (numbers never reused) but lost it, as a batch
    rebuild of a table can do."""
    from coprod_desktop.storage.models import Base

    wanted = [
        table.name
        for table in Base.metadata.sorted_tables
        if table.kwargs.get("sqlite_autoincrement")
    ]
    made = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    return [name for name in wanted if "AUTOINCREMENT" not in (made.get(name) or "")]


def test_failed_upgrade_leaves_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    _database_at("base", url)
    before = path.read_bytes()

    def broken_upgrade(config: object, revision: str) -> None:
        connection = config.attributes["connection"]  # type: ignore[attr-defined]
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", broken_upgrade)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(url)
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables  # the migration's transaction was rolled back
    assert "participants" not in tables
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1
    assert before  # the original is still a readable database


def _batch_add_column(connection: object) -> None:
    """What a future migration changing the participants table would do on SQLite."""
    import sqlalchemy as sa
    from alembic.operations import Operations

    context = MigrationContext.configure(connection, opts={"render_as_batch": True})  # type: ignore[arg-type]
    # recreate="always": the copy-drop-rename that changing a column type or constraint needs.
    with Operations(context).batch_alter_table("participants", recreate="always") as batch:
        batch.add_column(sa.Column("nickname_spoken", sa.Text(), nullable=True))


def _roles_count(url: str) -> int:
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM participant_roles").fetchone()[0])


def test_rebuilding_a_table_keeps_the_rows_that_refer_to_it(database_url: str) -> None:
    database = open_database(database_url).database
    from coprod_desktop.services import participants

    with database.transaction() as session:
        participants.add_participant(session, person())
    assert _roles_count(database_url) == 1

    with schema.migration_connection(database) as connection:
        _batch_add_column(connection)

    assert _roles_count(database_url) == 1  # the cascade did not fire
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on
    database.close()


def test_the_same_rebuild_with_foreign_keys_on_would_lose_them(database_url: str) -> None:
    """Shows why migration_connection exists: a plain transaction loses everyone's roles."""
    database = open_database(database_url).database
    from coprod_desktop.services import participants

    with database.transaction() as session:
        participants.add_participant(session, person())
    with database.engine.execution_options(coprod_write=True).begin() as connection:
        _batch_add_column(connection)
    assert _roles_count(database_url) == 0
    database.close()


def test_a_migration_that_breaks_references_is_rolled_back(database_url: str) -> None:
    database = open_database(database_url).database
    with (
        pytest.raises(RuntimeError, match="broken references"),
        schema.migration_connection(database) as connection,
    ):
        connection.exec_driver_sql(
            "INSERT INTO participant_roles (participant_id, role) VALUES (99, 'carer')"
        )
    assert _roles_count(database_url) == 0
    database.close()


def test_postgresql_migrates_to_exactly_the_models_and_back() -> None:
    from tests.core.conftest import empty_postgres, postgres_url

    url = postgres_url()
    empty_postgres(url)
    opened = open_database(url)
    assert opened.created and opened.backup is None  # no file to copy on a server
    database = opened.database
    with database.engine.connect() as connection:
        assert (
            compare_metadata(
                MigrationContext.configure(
                    connection, opts={"include_object": include_object_for(connection.dialect.name)}
                ),
                Base.metadata,
            )
            == []
        )
        assert schema.read_state(connection).revision == schema.HEAD_REVISION
    config = schema._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(database.engine).get_table_names()) == {"alembic_version"}
    database.close()
    reopened = open_database(url)
    assert "participants" in inspect(reopened.database.engine).get_table_names()
    reopened.database.close()
