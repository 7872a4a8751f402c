"""The few preferences the app remembers between runs, stored as JSON without Qt.

Settings are declared once, with their defaults, in ``Settings``; an unreadable or damaged file
falls back to the defaults rather than stopping the app, because nothing in it is precious.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from coprod_desktop.config import config_dir

SETTINGS_FILE_NAME = "settings.json"
log = logging.getLogger(__name__)


@dataclass
class Settings:
    # The database last opened with File > Open database, used when neither --db nor COPROD_DB
    # is given, so that the GUI and the command line keep working on the same file.
    last_database_url: str = ""
    # Who approves payments on this computer, remembered to save typing it each time.
    approver_name: str = ""
    # The group's name last typed for a letter or a funder report: both forms offer it again.
    organisation_name: str = ""


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write must not leave half a file behind."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remember_organisation(name: str, path: Path | None = None) -> None:
    """Keep the group's name typed into a letter or report, to offer it next time.

    A settings file that cannot be written is logged, not raised: forgetting the name only
    means typing it again, which is no reason to stop the document being made.
    """
    settings = load_settings(path)
    if settings.organisation_name == name:
        return
    settings.organisation_name = name
    try:
        save_settings(settings, path)
    except OSError as error:
        log.warning("Could not remember the group's name: %s", error)
