"""The baseline for start-up: a bare PySide6 QMainWindow, started and shown the same way."""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    print(f"timing: shown={time.time():.6f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
