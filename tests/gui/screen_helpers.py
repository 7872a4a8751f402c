"""Driving the Projects, Sessions, Payments and Rewards policy screens and their dialogs the way a
person would, and reading back what they show."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.main_window import MainWindow
from coprod_desktop.gui.pages.payments_page import PaymentsPage
from coprod_desktop.gui.pages.policy_page import PolicyPage
from coprod_desktop.gui.pages.projects_page import ProjectsPage
from coprod_desktop.gui.pages.sessions_page import SessionsPage
from tests.gui.helpers import click, press, type_text

SHORTCUT_WAIT_MS = 5000


# --- the screens --------------------------------------------------------------------------------
def projects_screen(window: MainWindow) -> ProjectsPage:
    """Go to Projects (as choosing it in the navigation list does) and show the database now."""
    screen = window.show_screen("Projects")
    assert isinstance(screen, ProjectsPage)
    screen.refresh()
    return screen


def sessions_screen(window: MainWindow) -> SessionsPage:
    screen = window.show_screen("Sessions")
    assert isinstance(screen, SessionsPage)
    screen.refresh()
    return screen


def payments_screen(window: MainWindow) -> PaymentsPage:
    screen = window.show_screen("Payments")
    assert isinstance(screen, PaymentsPage)
    screen.refresh()
    return screen


def policy_screen(window: MainWindow) -> PolicyPage:
    screen = window.show_screen("Rewards policy")
    assert isinstance(screen, PolicyPage)
    screen.refresh()
    return screen


# --- tables -------------------------------------------------------------------------------------
def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def row_texts(table: QTableView, row: int) -> dict[str, str]:
    """One row of a table as the person sees it: column title -> cell text."""
    model = table.model()
    return {
        title: str(model.index(row, column).data()) for column, title in enumerate(headers(table))
    }


def column_texts(table: QTableView, title: str) -> list[str]:
    column = headers(table).index(title)
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def click_table_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    """Click the first cell of ``row`` with the mouse (selecting only that row)."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    assert rect.isValid(), f"row {row} is not on screen"
    click(qtbot, table.viewport(), rect.center())


def select_table_rows(table: QTableView, rows: list[int]) -> None:
    """Select several whole rows, as Ctrl+click on each would."""
    selection = table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(table.model().index(row, 0), flags)
    if rows:
        selection.setCurrentIndex(
            table.model().index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )


# --- fields -------------------------------------------------------------------------------------
def choose(combo: QComboBox, text: str) -> None:
    """Pick the item showing ``text`` (as picking it from the drop-down list does)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(index)


def set_day(edit: QWidget, day: date) -> None:
    from PySide6.QtWidgets import QDateEdit

    assert isinstance(edit, QDateEdit)
    edit.setFocus()
    edit.setDate(QDate(day.year, day.month, day.day))


def set_clock(edit: QWidget, value: time) -> None:
    from PySide6.QtWidgets import QTimeEdit

    assert isinstance(edit, QTimeEdit)
    edit.setFocus()
    edit.setTime(QTime(value.hour, value.minute))


def retype(qtbot: QtBot, widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    """Select all of a field's text and type ``text`` over it."""
    widget.setFocus()
    widget.selectAll()
    press(qtbot, widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)


def save_with_keyboard(qtbot: QtBot, dialog: QDialog, focus: QWidget) -> None:
    """Ctrl+S, as the person would press it while in ``focus`` (the dialog must be active)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=SHORTCUT_WAIT_MS)
    press(qtbot, focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def button(dialog: QWidget, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    # The dialog's own row of buttons (not those of a message box it opened).
    boxes = dialog.findChildren(QDialogButtonBox, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(boxes) == 1
    found = boxes[0].button(which)
    assert found is not None, f"no {which} button"
    return found


def error_shown(dialog: QDialog, field: str) -> QLabel:
    """The problem shown in ``dialog`` for ``field`` (it must be visible)."""
    label = dialog.findChild(QLabel, f"{field}Error")
    assert isinstance(label, QLabel), f"no problem is shown for {field}"
    assert label.isVisibleTo(dialog), f"the problem with {field} is hidden"
    return label


def rows_of_problem(dialog: QDialog, field: str, widget: QWidget) -> tuple[int | None, int]:
    """(the form row the problem shown for ``field`` is on, the row of ``widget``).

    Beside the field means the first is the row straight under the second; None means the
    problem is not in the field's form at all.
    """
    label = error_shown(dialog, field)
    forms = [
        form for form in dialog.findChildren(QFormLayout) if _form_row(form, widget) is not None
    ]
    assert len(forms) == 1, f"{widget.objectName()} is not in a form layout"
    return _form_row(forms[0], label), _row_of(forms[0], widget)


def _form_row(form: QFormLayout, widget: QWidget) -> int | None:
    position = form.getWidgetPosition(widget)
    assert isinstance(position, tuple)  # (row, role); the stubs say only "object"
    row = int(position[0])
    return row if row >= 0 else None


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    row = _form_row(form, widget)
    assert row is not None
    return row


def label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def has_focus(top: QWidget, widget: QWidget) -> bool:
    """Whether ``widget`` is the one in ``top`` that has (or will have, when shown) the focus."""
    return top.focusWidget() is widget


def status_message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()
