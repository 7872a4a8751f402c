"""Start the GUI: ``coprod-desktop [--db URL] [--smoke-test]``.

The window is shown before the database layer is even imported, then the database opens on a
worker thread; start-up feels as quick as a bare Qt window.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coprod_desktop import APP_NAME, __version__
from coprod_desktop.gui.main_window import MainWindow

SMOKE_TEST_TIMEOUT_MS = 60_000


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="coprod-desktop",
        description="A register of the people who co-produce your services.",
        epilog="Without --db: $COPROD_DB, else the database last opened, else coprod.sqlite3 "
        "in your user data folder. Other options are passed to Qt.",
    )
    parser.add_argument("--db", metavar="URL", help="database URL or file path")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window and the database, then exit (0 if all is well)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_known_args(list(argv))


def run(argv: Sequence[str]) -> int:
    started = time.time()
    args, qt_args = parse_args(argv[1:])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([argv[0] if argv else APP_NAME, *qt_args])
    assert isinstance(app, QApplication)
    # Fusion looks the same on Windows, macOS and Linux, so the user guide's screenshots match
    # every computer. MainWindow.build_pages adds its stronger focus ring (gui/style.py).
    app.setStyle("Fusion")
    window = MainWindow(interactive=not args.smoke_test)
    window.show()
    app.processEvents()
    shown = time.time()

    # Imported only now: nothing here is needed to draw the window.
    from coprod_desktop.config import resolve_database
    from coprod_desktop.settings import load_settings

    choice = resolve_database(args.db, remembered=load_settings().last_database_url or None)
    window.open_database(
        choice.url,
        create_folder=choice.source == "default",
        must_exist=choice.source == "remembered",
    )
    # Built while the database opens on its worker thread.
    window.build_pages()
    if args.smoke_test:
        return _smoke_test(app, window, started, shown)
    return app.exec()


def _smoke_test(app: QApplication, window: MainWindow, started: float, shown: float) -> int:
    outcome: list[int] = []

    def ready() -> None:
        filled = time.time()
        app.processEvents()
        model = window.participants_page.model
        if model.error is not None:
            failed(model.error)
            return
        print(
            f"coprod-desktop smoke test passed: window shown after {shown - started:.2f} s, "
            f"register filled ({model.total:,} people) after {filled - started:.2f} s"
        )
        # Wall-clock times for benchmarks/register_benchmark.py, which compares runs.
        print(f"timing: shown={shown:.6f} ready={filled:.6f}")
        outcome.append(0)
        app.quit()

    def failed(problem: object) -> None:
        print(f"coprod-desktop smoke test failed: {problem}", file=sys.stderr)
        outcome.append(1)
        app.quit()

    def timed_out() -> None:
        print(
            "coprod-desktop smoke test failed: the database did not open in time", file=sys.stderr
        )
        outcome.append(2)
        app.quit()

    window.database_ready.connect(ready)
    window.startup_failed.connect(failed)
    QTimer.singleShot(SMOKE_TEST_TIMEOUT_MS, timed_out)
    app.exec()
    window.close()
    return outcome[0] if outcome else 2
