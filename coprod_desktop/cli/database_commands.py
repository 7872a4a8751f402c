"""``coprod db info``: which database is in use, and is it healthy (for support calls)."""

from __future__ import annotations

import argparse
from typing import Any

from coprod_desktop.cli.context import opened
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services import participant_search
from coprod_desktop.storage import schema

_SOURCES = {
    "--db": "given with --db",
    "COPROD_DB": "from the COPROD_DB environment variable",
    "remembered": "the database last opened in the app",
    "default": "the default location",
}


def _info(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    with opened(choice) as database:
        with database.engine.connect() as connection:
            state = schema.read_state(connection)
        with database.reading() as session:
            people = participant_search.count_all(session)
        print(f"Database:  {database.location}")
        print(f"Chosen:    {_SOURCES[choice.source]}")
        print(f"Schema:    {state.revision} (this app: {schema.HEAD_REVISION})")
        print(f"People:    {people:,}")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("db", help="the database itself")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    info = sub.add_parser(
        "info", help="which database is used and how many people it holds (opening it upgrades it)"
    )
    info.set_defaults(handler=_info)
