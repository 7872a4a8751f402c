"""Choosing what the funder report covers: the period, one project or all, the text size and
the group's name. Where to save it is asked next (document_output).

The period starts as the last full quarter (January to March, April to June, July to September
or October to December: the quarters of the UK financial year). Most funders ask for figures
quarterly or yearly, and a quarter that has ended gives complete figures: no sessions still to
come, no expenses still to claim. The financial year (1 April to 31 March) and the tax years
are one choice away in the Period list, and any dates can be typed.

The group's name starts as the one last typed here or in "The difference you made" letter (the
app's settings remember it), and is remembered again when the report is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.gui.forms.ui_funder_report_form import Ui_FunderReportDialog
from coprod_desktop.gui.report_period import ReportPeriod
from coprod_desktop.reports.document import MAX_FONT_SIZE, MIN_FONT_SIZE
from coprod_desktop.services.dates import today_here
from coprod_desktop.settings import load_settings, remember_organisation

DEFAULT_SIZE = 16  # large print (RNIB clear print asks for 16 to 18)


@dataclass(frozen=True)
class FunderReportChoice:
    """What the person chose: the report's period, project, text size and group name."""

    date_from: date
    date_to: date
    project_id: int | None  # None: all projects
    project_name: str  # ALL_PROJECTS when project_id is None
    font_size: int
    organisation: str


class FunderReportDialog(QDialog):
    """``projects``: (number, name) of every project, in the order to list them."""

    def __init__(
        self,
        projects: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
        organisation: str | None = None,
    ) -> None:
        """``organisation``: the group's name to start with; None for the one remembered."""
        super().__init__(parent)
        self.form = Ui_FunderReportDialog()
        self.form.setupUi(self)
        self.setWindowTitle("Make a funder report")
        f = self.form
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
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
        f.sizeSpin.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        f.sizeSpin.setValue(DEFAULT_SIZE)
        f.organisationEdit.setText(
            load_settings().organisation_name if organisation is None else organisation
        )
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
        if not self.period.check():
            return
        remember_organisation(self.choice().organisation)
        super().accept()

    def choice(self) -> FunderReportChoice:
        f = self.form
        first, last = self.period.dates()
        project_id, project_name = self.period.project()
        return FunderReportChoice(
            date_from=first,
            date_to=last,
            project_id=project_id,
            project_name=project_name,
            font_size=f.sizeSpin.value(),
            organisation=f.organisationEdit.text().strip(),
        )
