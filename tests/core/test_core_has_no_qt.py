"""The core (models, storage, services, exports, command line) must never import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import coprod_desktop

PACKAGE = Path(coprod_desktop.__file__).parent


def core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "gui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


def test_every_core_module_is_checked() -> None:
    modules = core_modules()
    assert "coprod_desktop.services.participants" in modules
    assert "coprod_desktop.storage.opening" in modules
    assert "coprod_desktop.cli" in modules
    assert not any(".gui" in m for m in modules)


def test_importing_the_core_loads_no_qt() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "", f"Qt was imported by the core: {result.stdout}"


def test_the_check_would_notice_qt() -> None:
    # The same subprocess check, pointed at a GUI module, must see PySide6 (so the test above
    # cannot pass merely because the check is broken).
    script = (
        "import sys, coprod_desktop.gui.jobs\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "True"
