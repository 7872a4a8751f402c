"""Alembic environment: run migrations on the connection the app hands over.

The app calls ``storage.schema.upgrade``, which passes an open connection (already inside a
transaction) in ``config.attributes["connection"]``. Developers can also run ``alembic`` from
the repository root with ``alembic.ini`` and ``-x db=URL``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from coprod_desktop.storage.models import Base, include_object_for

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=True,
        compare_type=True,
        include_object=include_object_for(connection.dialect.name),  # type: ignore[attr-defined]
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("Give a database with: alembic -x db=sqlite:///path/to/file.sqlite3 ...")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; pass -x db=URL.")
run_migrations_online()
