"""What a screen needs from the main window: the open database and ways to report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coprod_desktop.storage.database import Database


class PageHost(Protocol):
    @property
    def database(self) -> Database | None: ...

    def show_message(self, text: str) -> None: ...

    def report_error(self, title: str, error: BaseException) -> None: ...

    def window_widget(self) -> QWidget: ...
