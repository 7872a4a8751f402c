"""Which database to open: from ``--db``, ``COPROD_DB``, the last one chosen, or the default.

Kept free of Qt so that the GUI and the ``coprod`` command line resolve the same database.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from coprod_desktop import APP_NAME

ENV_VAR = "COPROD_DB"
DEFAULT_FILE_NAME = "coprod.sqlite3"


def data_dir() -> Path:
    """The per-user folder for the database and its backups (platform convention)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False, roaming=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def url_for_path(path: Path | str) -> str:
    """A SQLAlchemy URL for a SQLite file, absolute so it never depends on the working folder.

    Built, not glued together: a "?" or "#" in a file name must not start a query string.
    """
    from sqlalchemy.engine import URL  # only here: the GUI calls this after it is shown

    location = Path(path).expanduser().resolve().as_posix()
    return URL.create("sqlite", database=location).render_as_string(hide_password=False)


def normalise_database_argument(value: str) -> str:
    """Accept a SQLAlchemy URL or, for convenience, a plain file path."""
    value = value.strip()
    if "://" in value:
        return value
    return url_for_path(value)


@dataclass(frozen=True)
class DatabaseChoice:
    url: str
    source: str  # "--db", "COPROD_DB", "remembered" or "default": shown by `coprod db info`


def resolve_database(
    cli_value: str | None,
    environ: Mapping[str, str] | None = None,
    remembered: str | None = None,
) -> DatabaseChoice:
    env = os.environ if environ is None else environ
    if cli_value:
        return DatabaseChoice(normalise_database_argument(cli_value), "--db")
    if env.get(ENV_VAR, "").strip():
        return DatabaseChoice(normalise_database_argument(env[ENV_VAR]), ENV_VAR)
    if remembered:
        return DatabaseChoice(remembered, "remembered")
    return DatabaseChoice(url_for_path(default_database_path()), "default")
