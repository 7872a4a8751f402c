"""Core tests run on SQLite and, where a server is given, on PostgreSQL too.

Set COPROD_TEST_POSTGRES_URL (for example
postgresql+psycopg://app@/appdb?host=/tmp/pg&port=54329) to run every test that uses the
``database`` fixture on both; `.ci/run` starts a throwaway server and sets it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine

from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database

POSTGRES_ENV = "COPROD_TEST_POSTGRES_URL"


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "")
    if not url:
        pytest.skip(f"set {POSTGRES_ENV} to run this on PostgreSQL too (.ci/run does)")
    return url


def empty_postgres(url: str) -> None:
    """Start each test from an empty database (faster than creating a database per test)."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, database_url: str) -> Iterator[Database]:
    """A new, empty, fully migrated database on each kind of server."""
    url = database_url
    if request.param == "postgresql":
        url = postgres_url()
        empty_postgres(url)
    opened = open_database(url)
    yield opened.database
    opened.database.close()
