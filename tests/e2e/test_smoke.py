"""Start the real app as a separate process, as a user (or CI) would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.services import demo_data
from coprod_desktop.storage.opening import open_database


def _gui_command() -> list[str]:
    found = shutil.which("coprod-desktop", path=str(Path(sys.executable).parent))
    assert found, "the coprod-desktop entry point is not installed in this environment"
    return [found]


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        **env,
    }
    if "COPROD_DB" not in env:
        environment.pop("COPROD_DB", None)
    return subprocess.run(
        _gui_command() + args,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_smoke_test_on_a_brand_new_computer(tmp_path: Path) -> None:
    result = _run(["--smoke-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert (tmp_path / "data" / "coprod-desktop" / "coprod.sqlite3").exists()


def test_smoke_test_shows_the_people(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/people.sqlite3"
    opened = open_database(url)
    with opened.database.transaction() as session:
        demo_data.add_demo_people(session, 25, seed=1)
    opened.database.close()
    result = _run(["--db", url, "--smoke-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "(25 people)" in result.stdout


def test_smoke_test_reads_coprod_db(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = _run(["--smoke-test"], tmp_path, COPROD_DB=f"sqlite:///{path}")
    assert result.returncode == 0, result.stderr
    assert path.exists()


@pytest.mark.parametrize("content", [b"just some text", b"SQLite format 3\x00" + b"\x00" * 50])
def test_smoke_test_fails_cleanly_on_a_bad_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    result = _run(["--db", str(path), "--smoke-test"], tmp_path)
    assert result.returncode == 1
    assert "smoke test failed" in result.stderr
    assert str(path) in result.stderr
    assert path.read_bytes() == content


def test_smoke_test_on_an_in_memory_database(tmp_path: Path) -> None:
    """The worker that creates the tables and the window that reads them share one database."""
    result = _run(["--db", "sqlite://", "--smoke-test"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "(0 people)" in result.stdout
