"""The ``coprod`` command line: the same services as the GUI, for scripts and for support.

    coprod [--db URL] participants add --name NAME [--email ...] [--role ...]
    coprod [--db URL] participants list [--search TEXT] [--format table|csv]
    coprod [--db URL] demo-data --people N [--seed S]

Exit codes: 0 done; 1 the database cannot be used; 2 bad input (nothing was changed);
3 no such person, or someone else changed the record first; 130 stopped with Ctrl+C.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coprod_desktop import __version__
from coprod_desktop.cli import (
    action_commands,
    database_commands,
    demo_commands,
    difference_commands,
    export_commands,
    monitoring_commands,
    participant_commands,
    payment_commands,
    project_commands,
    reference_commands,
    report_commands,
    session_commands,
    story_commands,
)
from coprod_desktop.cli.context import CommandError, run_command
from coprod_desktop.config import ENV_VAR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprod",
        description="Work with a coprod-desktop database from the command line.",
        epilog=f"The database is --db, else ${ENV_VAR}, else the one last opened in the app, "
        "else coprod.sqlite3 in your user data folder. Run 'coprod db info' to see which.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database to use: a SQLAlchemy URL (sqlite:///path, postgresql+psycopg://...) "
        "or a file path",
    )
    parser.add_argument("--version", action="version", version=f"coprod {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    participant_commands.register(commands)
    project_commands.register(commands)
    session_commands.register(commands)
    payment_commands.register(commands)
    action_commands.register(commands)
    export_commands.register(commands)
    reference_commands.register(commands)
    monitoring_commands.register(commands)
    report_commands.register(commands)
    story_commands.register(commands)
    difference_commands.register(commands)
    demo_commands.register(commands)
    database_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return run_command(args)
    except CommandError as error:
        print(f"coprod: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("coprod: stopped. Nothing was changed by the unfinished command.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into a program that stopped reading (coprod ... | head): not an error.
        # Point stdout at nothing so Python's own flush at exit does not complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
