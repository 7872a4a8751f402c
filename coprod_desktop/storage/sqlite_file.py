"""Checks on a SQLite file made before SQLite touches it.

SQLite will happily turn any empty path into a new database, and opening some non-database files
can end with SQLite writing to them. Looking at the file first means a spreadsheet or a document
chosen by mistake is reported and left exactly as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

from coprod_desktop.storage import problems

SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlite_file(path: Path, *, create_folder: bool, must_exist: bool = False) -> None:
    """Raise a ``DatabaseProblem`` if ``path`` cannot be used as this app's database file.

    ``create_folder`` is True for the app's own default location (its folder may not exist yet
    on a new computer) and False for a file someone chose, where a missing folder is a mistake.
    ``must_exist`` is True for a database used before: if it has gone, quietly creating an
    empty one in its place would look as if everyone had been deleted.
    """
    location = str(path)
    folder = path.parent
    if must_exist and not path.exists():
        # Its folder may be gone too (a drive not plugged in): the same advice applies.
        raise problems.missing_file(location)
    if path.is_dir():
        raise problems.cannot_open(location, "it is a folder, not a file")
    if not folder.exists():
        if not create_folder:
            raise problems.missing_folder(location)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise problems.cannot_open(
                location, f"its folder could not be created: {error}"
            ) from error
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise problems.cannot_open(
                location, f"it could not be read: {error.strerror}"
            ) from error
        # An empty file is a database SQLite has not written to yet; anything else must start
        # with SQLite's signature.
        if header and header != SQLITE_HEADER:
            raise problems.not_a_database(location)
        if not _writable(path):
            raise problems.read_only(location)
    # SQLite keeps its write-ahead log and lock files beside the database, so the folder must
    # be writable too.
    if not _writable(folder):
        raise problems.read_only(location)


def _writable(path: Path) -> bool:
    # Where the platform can, ask about the *effective* user: the one the app runs as.
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)
