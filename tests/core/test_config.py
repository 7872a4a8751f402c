"""Which database is opened, and how a file path becomes a database address."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from coprod_desktop.config import normalise_database_argument, resolve_database, url_for_path


def test_a_path_with_url_characters_stays_that_path(tmp_path: Path) -> None:
    for name in ("what?.sqlite3", "a#b.sqlite3", "100% sure.sqlite3", "Zoë's register.sqlite3"):
        path = tmp_path / name
        assert make_url(url_for_path(path)).database == str(path)


def test_a_plain_path_is_accepted_and_made_absolute() -> None:
    url = normalise_database_argument("relative.sqlite3")
    assert make_url(url).database == str(Path("relative.sqlite3").resolve())
    assert normalise_database_argument("postgresql+psycopg://me@server/db") == (
        "postgresql+psycopg://me@server/db"
    )


def test_the_order_of_choice() -> None:
    env = {"COPROD_DB": "sqlite:////tmp/env.sqlite3"}
    assert (
        resolve_database("sqlite:////tmp/cli.sqlite3", env, "sqlite:////tmp/r.sqlite3").source
        == "--db"
    )
    assert resolve_database(None, env, "sqlite:////tmp/r.sqlite3").source == "COPROD_DB"
    assert resolve_database(None, {}, "sqlite:////tmp/r.sqlite3").source == "remembered"
    assert resolve_database(None, {}, None).source == "default"
    assert resolve_database(None, {"COPROD_DB": "  "}, None).source == "default"
