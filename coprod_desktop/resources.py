"""Find files in the top-level ``resources/`` folder, from a checkout or the packaged app."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path | None:
    """The path of a resource file, or None if this installation does not have it."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in the packaged app
    roots = [Path(bundle) / "resources"] if bundle else []
    roots.append(Path(__file__).resolve().parents[1] / "resources")  # a source checkout
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.is_file():
            return candidate
    return None
