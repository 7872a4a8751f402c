"""``coprod demo-data``: fill a database with made-up people so a new user can try the app."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from coprod_desktop.cli.context import EXIT_INPUT, CommandError, opened
from coprod_desktop.config import DatabaseChoice
from coprod_desktop.services import demo_data, participant_search

MAX_PEOPLE = 1_000_000


def _count(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= MAX_PEOPLE:
        raise argparse.ArgumentTypeError(f"choose between 1 and {MAX_PEOPLE:,} people")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def _demo(args: argparse.Namespace, choice: DatabaseChoice) -> int:
    started = time.monotonic()
    shown = [0.0]

    def progress(done: int) -> None:
        # Progress only for runs long enough to wonder about, and only to a terminal.
        now = time.monotonic()
        if sys.stderr.isatty() and now - started > 1 and now - shown[0] > 0.2:
            shown[0] = now
            print(f"\rAdding sample people: {done:,} of {args.people:,}", end="", file=sys.stderr)

    with opened(choice) as database:
        with database.reading() as session:
            existing = participant_search.count_all(session)
        if existing and not args.add_to_existing:
            raise CommandError(
                f"The register at {database.location} already has {existing:,} people. Adding "
                "made-up people would mix them with real ones. Use a new database (for example "
                "coprod --db sample.sqlite3 demo-data ...), or add --add-to-existing if this is "
                "a test database.",
                EXIT_INPUT,
            )
        with database.transaction() as session:
            added = demo_data.add_demo_people(session, args.people, args.seed, progress)
    if sys.stderr.isatty() and shown[0]:
        print(file=sys.stderr)
    print(f"Added {added:,} sample people to {database.location}.")
    return 0


def register(commands: Any) -> None:
    demo = commands.add_parser(
        "demo-data",
        help="add made-up sample people (names from many cultures) to try the app",
    )
    demo.add_argument("--people", type=_count, required=True, metavar="N")
    demo.add_argument("--seed", type=_seed, metavar="S", help="same seed, same people")
    demo.add_argument(
        "--add-to-existing",
        action="store_true",
        help="allow adding to a register that already has people in it",
    )
    demo.set_defaults(handler=_demo)
