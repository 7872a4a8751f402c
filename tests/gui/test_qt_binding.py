"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` each time a Qt function that
returns nothing was called; after about 40,000 calls Python aborted ("deallocating None").
pyproject.toml keeps that version out; this test catches the same fault in any other.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.setWindowTitle("x")
        app.processEvents()
    # Other code may take or drop a few references meanwhile; the fault drops one per call.
    assert sys.getrefcount(None) > before - 100
