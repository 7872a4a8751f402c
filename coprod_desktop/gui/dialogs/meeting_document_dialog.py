"""Choosing how to print a meeting pack or summary: text size (14 to 24 point), easy read, A4 or
A3, high contrast, and PDF or Word. Where to save it is asked next (document_output)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.gui.document_output import DOCX, PDF, DocumentKind
from coprod_desktop.gui.forms.ui_meeting_document_form import Ui_MeetingDocumentDialog
from coprod_desktop.reports.document_options import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    PAPERS,
    DocumentOptions,
)


class MeetingDocumentDialog(QDialog):
    """``title`` names the window ("Save the summary"); ``intro`` says what the paper holds.
    Read the choices with :meth:`options` and :meth:`kind` once it is accepted."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MeetingDocumentDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        f = self.form
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)  # the session's title is typed text
        f.introLabel.setText(intro)
        f.sizeSpin.setRange(MIN_SIZE, MAX_SIZE)
        f.sizeSpin.setValue(DEFAULT_SIZE)
        for index, paper in enumerate(PAPERS):
            f.paperCombo.setItemData(index, paper)
        f.paperCombo.view().setAccessibleName("Paper sizes: list")
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose the file…")
        ok.setAccessibleName("Choose the file")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.sizeSpin.setFocus()

    def options(self) -> DocumentOptions:
        f = self.form
        return DocumentOptions(
            font_size=f.sizeSpin.value(),
            easy_read=f.easyReadCheck.isChecked(),
            paper=str(f.paperCombo.currentData() or "A4"),
            high_contrast=f.highContrastCheck.isChecked(),
        )

    def kind(self) -> DocumentKind:
        return DOCX if self.form.wordRadio.isChecked() else PDF
