"""Choosing how to print a meeting pack or summary: text size (14 to 24 point), easy read, A4 or
A3, high contrast, and PDF or Word. Where to save it is asked next (document_output).

A project's summary also asks for the period it covers (From and To dates) and, when the screen
did not already show one project, which project it is about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.gui.document_output import DOCX, PDF, DocumentKind
from coprod_desktop.gui.form_fields import ERROR_STYLE
from coprod_desktop.gui.forms.ui_meeting_document_form import Ui_MeetingDocumentDialog
from coprod_desktop.reports.document_options import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    PAPERS,
    DocumentOptions,
)
from coprod_desktop.services.dates import long_date

TO_DESCRIPTION = "The last day the summary covers. It must be on or after the From date."


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MeetingDocumentDialog(QDialog):
    """``title`` names the window ("Save the summary"); ``intro`` says what the paper holds.
    Read the choices with :meth:`options` and :meth:`kind` once it is accepted.

    Give ``period`` (the first and last day to start with) for a document that covers a period;
    read the dates chosen with :meth:`period`. Give ``projects`` ((number, name) of each) to let
    the person choose the project, starting on ``project_id``; read it with :meth:`project_id`.
    """

    def __init__(
        self,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        period: tuple[date, date] | None = None,
        projects: list[tuple[int, str]] | None = None,
        project_id: int | None = None,
    ) -> None:
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
        self._set_up_project(projects or [], project_id)
        self._set_up_period(period)
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose the file…")
        ok.setAccessibleName("Choose the file")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        self._fit_height()  # the period's rows make the form taller than Designer's size
        if projects:
            f.projectCombo.setFocus()
        elif period is not None:
            f.fromEdit.setFocus()
        else:
            f.sizeSpin.setFocus()

    # --- the project and the period, for a project's summary ----------------------------------
    def _set_up_project(self, projects: list[tuple[int, str]], project_id: int | None) -> None:
        f = self.form
        for number, name in projects:
            f.projectCombo.addItem(name, number)
        f.projectCombo.view().setAccessibleName("Projects: list")
        if project_id is not None:
            f.projectCombo.setCurrentIndex(max(f.projectCombo.findData(project_id), 0))
        f.formLayout.setRowVisible(f.projectCombo, bool(projects))

    def _set_up_period(self, period: tuple[date, date] | None) -> None:
        f = self.form
        f.periodProblemLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.periodProblemLabel.setStyleSheet(ERROR_STYLE)
        f.periodProblemLabel.setAccessibleDescription("Problem with the To date")
        f.periodProblemLabel.setVisible(False)
        self._has_period = period is not None
        for edit in (f.fromEdit, f.toEdit):
            f.formLayout.setRowVisible(edit, self._has_period)
        f.formLayout.setRowVisible(f.periodProblemLabel, False)
        if period is None:
            return
        f.fromEdit.setDate(_qdate(period[0]))
        f.toEdit.setDate(_qdate(period[1]))
        # Said as soon as the dates are the wrong way round, not only when the person presses
        # Choose the file: they can see which date to change while they are changing it.
        f.fromEdit.dateChanged.connect(lambda _d: self._show_problem())
        f.toEdit.dateChanged.connect(lambda _d: self._show_problem())

    def problem(self) -> str:
        """Why the period cannot be used, in plain English, or ""."""
        if not self._has_period:
            return ""
        first, last = self.period()
        if last < first:
            return (
                f"The To date ({long_date(last)}) is before the From date ({long_date(first)}). "
                "Choose a To date on or after the From date."
            )
        return ""

    def _show_problem(self) -> str:
        f = self.form
        problem = self.problem()
        f.periodProblemLabel.setText(f"⚠ {problem}" if problem else "")
        f.formLayout.setRowVisible(f.periodProblemLabel, bool(problem))
        f.periodProblemLabel.setVisible(bool(problem))
        # A screen reader says the description when the To date has focus.
        f.toEdit.setAccessibleDescription(problem or TO_DESCRIPTION)
        self._fit_height()
        return problem

    def _fit_height(self) -> None:
        """Grow to show every row (the message included) without squashing any."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted < 0:
            wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def accept(self) -> None:
        if self._show_problem():
            self.form.toEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    # --- reading the choices ------------------------------------------------------------------
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

    def period(self) -> tuple[date, date]:
        """The first and last day chosen (both included)."""
        return _day(self.form.fromEdit.date()), _day(self.form.toEdit.date())

    def project_id(self) -> int | None:
        """The project chosen in the dialog; None when it offered no choice."""
        data = self.form.projectCombo.currentData()
        return int(data) if data is not None else None

    def project_name(self) -> str:
        return self.form.projectCombo.currentText()
