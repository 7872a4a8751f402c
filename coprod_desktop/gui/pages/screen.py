"""What every screen in the navigation list has: a way to show the database's data again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    def refresh(self) -> None:
        """Read the database again and show it (after a change, or when shown)."""
