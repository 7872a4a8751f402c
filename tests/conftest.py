"""Shared fixtures: every test gets its own data and config folders and a fresh database.

Like qutebrowser's test suite, nothing a test does can touch the real user folders: the
platformdirs folders are redirected (XDG variables on Linux) and COPROD_DB is cleared.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("COPROD_DB", raising=False)
    return home


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def database_url(database_path: Path) -> str:
    return f"sqlite:///{database_path}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """A new, empty, fully migrated database."""
    opened = open_database(database_url)
    yield opened.database
    opened.database.close()


# --- CI runs everything ---------------------------------------------------------------------
# Some tests skip on a developer's machine when a tool or server is missing (pdftotext,
# PostgreSQL). CI installs them all, so there a skip means something is broken: .ci/run sets
# COPROD_TEST_NO_SKIPS=1 and any skipped test fails the run.
NO_SKIPS_ENV = "COPROD_TEST_NO_SKIPS"
_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and os.environ.get(NO_SKIPS_ENV) == "1":
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skipped:
        listed = "\n  ".join(_skipped[:20])
        print(f"\n{NO_SKIPS_ENV}=1 but {len(_skipped)} tests were skipped:\n  {listed}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
