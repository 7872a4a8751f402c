"""Tell the person, in plain words, why a database could not be opened, and offer a way on."""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coprod_desktop.storage.problems import DatabaseProblem

FILE_FILTER = "coprod-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"


class Choice(Enum):
    RETRY = auto()
    OPEN_OTHER = auto()
    CREATE_NEW = auto()
    GIVE_UP = auto()  # quit at start-up; keep the current database otherwise


def ask_what_next(parent: QWidget | None, problem: DatabaseProblem, *, starting: bool) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("The database could not be opened")
    box.setAccessibleName("The database could not be opened")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(problem.message)
    box.setInformativeText(
        "The file has not been changed or replaced."
        if starting
        else "The database you were using is still open."
    )
    retry = (
        box.addButton("Try again", QMessageBox.ButtonRole.AcceptRole) if problem.can_retry else None
    )
    other = box.addButton("Choose another file…", QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton("Create a new database…", QMessageBox.ButtonRole.AcceptRole)
    give_up = box.addButton("Quit" if starting else "Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry or other)
    box.setEscapeButton(give_up)
    box.exec()
    clicked = box.clickedButton()
    if retry is not None and clicked is retry:
        return Choice.RETRY
    if clicked is other:
        return Choice.OPEN_OTHER
    if clicked is new:
        return Choice.CREATE_NEW
    return Choice.GIVE_UP


def pick_existing_file(parent: QWidget | None, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open a database", str(start), FILE_FILTER)
    return Path(name) if name else None


def pick_new_file(parent: QWidget | None, start: Path) -> Path | None:
    """Ask where to create a new database; never returns an existing file (nothing is replaced)."""
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            "Create a new database",
            str(start / "coprod.sqlite3"),
            FILE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".sqlite3")
        if not path.exists():
            return path
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("That file already exists")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"{path} already exists. A new database is never written over an existing file: "
            "choose a new name, or use File > Open database to open it."
        )
        box.exec()
