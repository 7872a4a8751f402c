"""What every form dialog shares: the Designer form, Save with Ctrl+S, problems shown beside
their fields, database trouble explained without losing what was typed, and a question before
closing a form that was changed but not saved (Esc, Cancel or the window's close button)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coprod_desktop.gui.form_fields import ErrorDisplay
from coprod_desktop.gui.messages import show_error
from coprod_desktop.services.errors import ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.problems import DatabaseProblem

T = TypeVar("T")
log = logging.getLogger(__name__)


class FormDialog(QDialog):
    """Subclasses call ``setup(form)``, then ``track_errors(widgets)``, and implement
    ``accept_form()`` (called on Save) using ``attempt`` to run the service call."""

    def setup(self, form: Any) -> None:
        self.form = form
        form.setupUi(self)
        box: QDialogButtonBox = form.buttonBox
        box.accepted.connect(self.accept_form)
        box.rejected.connect(self.reject)
        for button in box.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_pressed)

    def _save_pressed(self) -> None:
        # Ctrl+S does what the Save button does, so only while there is one to press
        # (a read-only record offers just Close).
        box: QDialogButtonBox = self.form.buttonBox
        if any(
            box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole and button.isEnabled()
            for button in box.buttons()
        ):
            self.accept_form()

    # --- closing without losing work ----------------------------------------------------------
    def form_state(self) -> list[object]:
        """Everything the form shows that a person can change, in a comparable form.

        Read from the widgets themselves, so every form (and anything a subclass adds, such as
        a list of notes not saved yet) is covered without each keeping its own list.
        """
        state: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                state.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QAbstractSpinBox):
                state.append(widget.text())
            elif isinstance(widget, QListWidget):
                state.append(tuple(widget.item(i).text() for i in range(widget.count())))
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
        return state

    def showEvent(self, event: QShowEvent) -> None:
        # The form as it was first shown: what "changed" is measured against.
        if getattr(self, "_shown_state", None) is None:
            self._shown_state = self.form_state()
        super().showEvent(event)

    def is_changed(self) -> bool:
        shown = getattr(self, "_shown_state", None)
        return shown is not None and self.form_state() != shown

    def reject(self) -> None:
        if self.is_changed():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "You have changed this form but not saved it. Save the changes?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.accept_form()  # closes the form only if it saved
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def track_errors(self, widgets: dict[str, QWidget]) -> None:
        self.errors = ErrorDisplay(self.form.errorSummary, widgets)

    def accept_form(self) -> None:  # overridden
        self.accept()

    def attempt(self, action: Callable[[], T], title: str = "Could not save") -> T | None:
        """Run ``action``; show what went wrong and return None if it failed."""
        self.errors.clear()
        try:
            return action()
        except ValidationError as error:
            self.errors.show(error)
        except DatabaseProblem as problem:
            show_error(self, title, f"{problem.message}\n\nWhat you typed is still in the form.")
        except ServiceError as error:
            show_error(self, title, str(error))
        except Exception as error:
            log.exception("%s", title)
            show_error(
                self,
                title,
                f"Something went wrong ({error}).\n\nWhat you typed is still in the form.",
            )
        return None
