"""The Python forms must be what pyside6-uic makes of ui/*.ui today (run `make forms`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _uic() -> str:  # the generator, from the same environment as the tests
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    assert found, "pyside6-uic is not installed next to this Python"
    return found


def _strip_header(text: str) -> list[str]:
    # The generated header names the uic version; only the code must match.
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_matches_its_ui_file(ui_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.py"
    subprocess.run(
        [_uic(), "--from-imports", str(ui_file), "-o", str(fresh)], check=True, timeout=60
    )
    # As `make forms` does: drop the imports the form does not use.
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is not installed next to this Python"
    subprocess.run(
        [ruff, "check", "--isolated", "--quiet", "--select", "F401", "--fix", str(fresh)],
        check=True,
        timeout=60,
    )
    committed = ROOT / "coprod_desktop" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"run `make forms`: {committed.name} is missing"
    assert _strip_header(committed.read_text()) == _strip_header(fresh.read_text()), (
        f"{committed.name} is out of date with {ui_file.name}: run `make forms`"
    )


def test_there_are_forms_to_check() -> None:
    assert {p.stem for p in UI_FILES} >= {"participant_form", "participants_page"}
