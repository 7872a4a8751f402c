"""The few preferences the app remembers between runs, stored as JSON without Qt.

Settings are declared once, with their defaults, in ``Settings``; an unreadable or damaged file
falls back to the defaults rather than stopping the app, because nothing in it is precious.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from coprod_desktop.config import config_dir

SETTINGS_FILE_NAME = "settings.json"


@dataclass
class Settings:
    # The database last opened with File > Open database, used when neither --db nor COPROD_DB
    # is given, so that the GUI and the command line keep working on the same file.
    last_database_url: str = ""
    # Who approves payments on this computer, remembered to save typing it each time.
    approver_name: str = ""


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
