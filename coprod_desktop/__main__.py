"""``coprod-desktop`` (and ``python -m coprod_desktop``): start the GUI."""

from __future__ import annotations

import sys


def main() -> int:
    # Imported here so that `python -m coprod_desktop --help` stays quick and so that the
    # package itself never pulls in Qt.
    from coprod_desktop.gui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
