"""Copies of a SQLite database taken with SQLite's own backup API.

Copying the file with ``shutil`` could catch it mid-write, or miss what is still in the
write-ahead log; SQLite's backup API gives a consistent copy even while the app is using it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

BACKUP_FOLDER_NAME = "backups"


def default_backup_folder(database_file: Path) -> Path:
    return database_file.parent / BACKUP_FOLDER_NAME


def backup_sqlite_file(
    database_file: Path,
    folder: Path,
    reason: str,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy ``database_file`` into ``folder``; return the new file's path.

    The copy is written under a temporary name and renamed at the end, so a half-written
    backup is never mistaken for a good one.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database_file.stem}-{reason}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    # Read-only URI: taking a backup must never change the original.
    source = sqlite3.connect(f"{database_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:

            def _report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(copy, pages=1024, progress=_report)
        finally:
            copy.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    return target
