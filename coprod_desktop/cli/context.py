"""What every ``coprod`` command shares: opening the database and turning errors into exits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from coprod_desktop.config import DatabaseChoice, resolve_database
from coprod_desktop.services.errors import Conflict, NotFound, ServiceError
from coprod_desktop.services.validation import ValidationError
from coprod_desktop.settings import load_settings
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import OpenOptions, open_database
from coprod_desktop.storage.problems import DatabaseProblem

EXIT_DATABASE = 1
EXIT_INPUT = 2
EXIT_NOT_FOUND = 3

Handler = Callable[[argparse.Namespace, DatabaseChoice], int]


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _report_upgrade(message: str) -> None:
    # A plain open is silent so that output stays scriptable; an upgrade (with its backup) is
    # worth knowing about, on stderr.
    if "backup" in message or "Updating" in message:
        print(message, file=sys.stderr)


@contextmanager
def opened(choice: DatabaseChoice) -> Iterator[Database]:
    options = OpenOptions(
        create_folder=choice.source == "default", must_exist=choice.source == "remembered"
    )
    database = open_database(choice.url, options, progress=_report_upgrade).database
    try:
        yield database
    finally:
        database.close()


def run_command(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    choice = resolve_database(args.db, remembered=load_settings().last_database_url or None)
    try:
        return handler(args, choice)
    except DatabaseProblem as problem:
        raise CommandError(problem.message, EXIT_DATABASE) from problem
    except ValidationError as error:
        raise CommandError(str(error), EXIT_INPUT) from error
    except (NotFound, Conflict) as error:
        raise CommandError(str(error), EXIT_NOT_FOUND) from error
    except ServiceError as error:
        raise CommandError(str(error), EXIT_INPUT) from error
