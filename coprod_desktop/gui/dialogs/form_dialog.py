"""What every form dialog shares: the Designer form, Save with Ctrl+S, problems shown beside
their fields, and database trouble explained without losing what was typed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

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
