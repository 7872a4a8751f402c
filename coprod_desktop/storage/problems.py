"""Problems with the database file itself, explained in plain words.

Database drivers report trouble as terse technical errors ("file is not a database"). People
using the app need to know what happened, that nothing was changed, and what they can do, so
every such error is turned into a ``DatabaseProblem`` before it reaches the GUI or command line.
"""

from __future__ import annotations

from enum import StrEnum


class ProblemKind(StrEnum):
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    MISSING_FOLDER = "missing_folder"
    MISSING_FILE = "missing_file"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    FOREIGN = "foreign"
    NEWER_VERSION = "newer_version"
    BAD_ADDRESS = "bad_address"
    UNREACHABLE = "unreachable"


class DatabaseProblem(Exception):
    """The database cannot be used. ``str()`` is a message fit to show to the person."""

    def __init__(self, kind: ProblemKind, message: str, *, location: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.location = location

    @property
    def can_retry(self) -> bool:
        """Waiting and trying again can help (another program may let go of the file)."""
        return self.kind in (
            ProblemKind.LOCKED,
            ProblemKind.UNREACHABLE,
            ProblemKind.MISSING_FILE,
            ProblemKind.DISK_FULL,
        )


_UNCHANGED = "Nothing in it has been changed."


def not_a_database(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.NOT_A_DATABASE,
        f"The file {location} is not a coprod-desktop database (it is not a database at all). "
        f"{_UNCHANGED} Choose another file, or create a new database.",
        location=location,
    )


def corrupt(location: str, detail: str = "") -> DatabaseProblem:
    extra = f" (the check reported: {detail})" if detail else ""
    return DatabaseProblem(
        ProblemKind.CORRUPT,
        f"The database {location} is damaged{extra}. {_UNCHANGED} Restore it from a backup, "
        "or choose another file. Keep the damaged file: someone may be able to recover it.",
        location=location,
    )


def locked(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.LOCKED,
        f"The database {location} is being used by another program, which has locked it. "
        "Close the other program (or wait for it to finish) and try again.",
        location=location,
    )


def read_only(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.READ_ONLY,
        f"The database {location} is read-only, so nothing could be saved in it. "
        "Choose a file you are allowed to change, or ask whoever manages the computer "
        "to give you write access to it and its folder.",
        location=location,
    )


def missing_folder(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.MISSING_FOLDER,
        f"The folder for the database {location} does not exist. "
        "Check the location, or choose another file.",
        location=location,
    )


def missing_file(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.MISSING_FILE,
        f"The database {location} is not there any more: it may have been moved, renamed or "
        "deleted, or it is on a drive that is not connected. Connect the drive and try again, "
        "or choose the file where it is now.",
        location=location,
    )


def cannot_open(location: str, detail: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.CANNOT_OPEN,
        f"The database {location} could not be opened ({detail}). {_UNCHANGED} "
        "Choose another file, or create a new database.",
        location=location,
    )


def foreign(location: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.FOREIGN,
        f"The file {location} is a database, but it belongs to another program, not "
        f"coprod-desktop. {_UNCHANGED} Choose another file, or create a new database.",
        location=location,
    )


def newer_version(location: str, revision: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.NEWER_VERSION,
        f"The database {location} was last used by a newer version of coprod-desktop "
        f"(schema {revision}). {_UNCHANGED} Install the newest version of the app to open it.",
        location=location,
    )


def bad_address(address: str, detail: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.BAD_ADDRESS,
        f"'{address}' is not a database address this app understands ({detail}). "
        "Use a file path such as sqlite:///C:/Data/coprod.sqlite3, or a PostgreSQL address "
        "such as postgresql+psycopg://user@server/dbname.",
        location=address,
    )


def unreachable(location: str, detail: str) -> DatabaseProblem:
    return DatabaseProblem(
        ProblemKind.UNREACHABLE,
        f"The database server for {location} could not be reached ({detail}). "
        "Check the network connection and the address, then try again.",
        location=location,
    )


def from_driver_error(error: BaseException, location: str) -> DatabaseProblem | None:
    """Recognise a driver error that means the database file itself is unusable.

    Returns ``None`` for errors that are not about the file (a bug, a constraint), which should
    be raised as they are.
    """
    text = str(getattr(error, "orig", None) or error).lower()
    if "file is not a database" in text or "not a database" in text:
        return not_a_database(location)
    if "malformed" in text or "disk image" in text or "database corrupt" in text:
        return corrupt(location, text.splitlines()[0] if text else "")
    if "database is locked" in text or "database table is locked" in text:
        return locked(location)
    if "disk is full" in text or "no space left" in text:
        return DatabaseProblem(
            ProblemKind.DISK_FULL,
            f"The disk holding the database {location} is full, so nothing could be saved. "
            "Free some space (or move the database to another drive) and try again.",
            location=location,
        )
    if "disk i/o error" in text or "i/o error" in text:
        return DatabaseProblem(
            ProblemKind.CANNOT_OPEN,
            f"The database {location} could not be read or written (the drive reported an "
            "error). If it is on a USB stick or network drive, check it is still connected, "
            "then try again.",
            location=location,
        )
    if "readonly" in text or "read-only" in text:
        return read_only(location)
    if "unable to open database file" in text:
        return cannot_open(location, "the file could not be opened")
    if "connection refused" in text or "could not connect" in text or "timeout" in text:
        return unreachable(location, text.splitlines()[0])
    return None
