"""Choosing what the records export for a funder covers: the period, one project or all, the
format (an Excel workbook, or CSV files), and whether to include the names of people who
agreed to be named. Where to save it is asked next (document_output).

The periods offered are the funder report's (the last full quarter first), so the records and
the report of a period can be made to match. Names are left out unless the box is ticked; even
then only people whose record says they agreed to be named in documents are named.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.gui.forms.ui_records_export_form import Ui_RecordsExportDialog
from coprod_desktop.gui.report_period import ReportPeriod
from coprod_desktop.services.dates import today_here

FORMATS = (
    ("Excel workbook (.xlsx): one sheet for each kind of record", ".xlsx"),
    ("CSV files (.csv): one file for each kind of record", ".csv"),
)
NAMES_NOTE = (
    "Leave this unticked unless your funder needs names. When it is ticked, the People sheet "
    "and stories give the names of people who agreed to be named in documents. Everyone else "
    "is still shown only by their ID."
)


@dataclass(frozen=True)
class RecordsExportChoice:
    """What the person chose."""

    date_from: date
    date_to: date
    project_id: int | None  # None: all projects
    project_name: str  # ALL_PROJECTS when project_id is None
    suffix: str  # ".xlsx" or ".csv"
    include_names: bool


class RecordsExportDialog(QDialog):
    """``projects``: (number, name) of every project, in the order to list them."""

    def __init__(
        self,
        projects: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_RecordsExportDialog()
        self.form.setupUi(self)
        f = self.form
        self.setAccessibleName(self.windowTitle())
        for label in (f.introLabel, f.namesNote, f.problemLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        f.namesNote.setText(NAMES_NOTE)
        f.namesCheck.setAccessibleDescription(NAMES_NOTE)
        f.namesCheck.setChecked(False)
        self.period = ReportPeriod(
            f.periodCombo,
            f.fromEdit,
            f.toEdit,
            f.problemLabel,
            f.projectCombo,
            today=today or today_here(),
            projects=projects,
            project_id=project_id,
        )
        for text, suffix in FORMATS:
            f.formatCombo.addItem(text, suffix)
        f.formatCombo.view().setAccessibleName("Formats: list")
        ok = f.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose the file…")
        ok.setAccessibleName("Choose the file")
        f.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        f.buttonBox.accepted.connect(self.accept)
        f.buttonBox.rejected.connect(self.reject)
        f.periodCombo.setFocus()

    def problem(self) -> str:
        """Why the choice cannot be used, in plain English, or ""."""
        return self.period.problem()

    def accept(self) -> None:
        if self.period.check():
            super().accept()

    def choice(self) -> RecordsExportChoice:
        f = self.form
        first, last = self.period.dates()
        project_id, project_name = self.period.project()
        return RecordsExportChoice(
            date_from=first,
            date_to=last,
            project_id=project_id,
            project_name=project_name,
            suffix=str(f.formatCombo.currentData()),
            include_names=f.namesCheck.isChecked(),
        )
