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

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.gui.forms.ui_funder_report_form import Ui_FunderReportDialog
from coprod_desktop.reports.document import MAX_FONT_SIZE, MIN_FONT_SIZE
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.funder_report import ALL_PROJECTS, report_periods
from coprod_desktop.settings import load_settings, remember_organisation

DEFAULT_SIZE = 16  # large print (RNIB clear print asks for 16 to 18)
OWN_DATES = "Your own dates"


@dataclass(frozen=True)
class FunderReportChoice:
    """What the person chose: the report's period, project, text size and group name."""

    date_from: date
    date_to: date
    project_id: int | None  # None: all projects
    project_name: str  # ALL_PROJECTS when project_id is None
    font_size: int
    organisation: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


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
        f.problemLabel.setVisible(False)
        self._periods = report_periods(today or today_here())
        for period in self._periods:
            f.periodCombo.addItem(period.label)
        f.periodCombo.addItem(OWN_DATES)
        f.periodCombo.view().setAccessibleName("Periods: list")
        f.projectCombo.addItem(ALL_PROJECTS, None)
        for number, name in projects:
            f.projectCombo.addItem(name, number)
        f.projectCombo.view().setAccessibleName("Projects: list")
        if project_id is not None:
            f.projectCombo.setCurrentIndex(max(f.projectCombo.findData(project_id), 0))
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
        f.periodCombo.currentIndexChanged.connect(self._period_chosen)
        f.fromEdit.dateChanged.connect(lambda _d: self._dates_typed())
        f.toEdit.dateChanged.connect(lambda _d: self._dates_typed())
        self._period_chosen(0)
        f.periodCombo.setFocus()

    def _period_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._periods):  # "Your own dates": kept, to be changed
            return
        period = self._periods[index]
        for edit, day in ((self.form.fromEdit, period.first), (self.form.toEdit, period.last)):
            with QSignalBlocker(edit):
                edit.setDate(_qdate(day))
        self._dates_typed()

    def _dates_typed(self) -> None:
        """Dates that match none of the periods listed are the person's own."""
        f = self.form
        wanted = (_day(f.fromEdit.date()), _day(f.toEdit.date()))
        matching = [i for i, p in enumerate(self._periods) if (p.first, p.last) == wanted]
        with QSignalBlocker(f.periodCombo):
            f.periodCombo.setCurrentIndex(matching[0] if matching else len(self._periods))
        f.problemLabel.setVisible(False)
        f.toEdit.setAccessibleDescription("")

    def problem(self) -> str:
        """Why the choice cannot be used, in plain English, or ""."""
        first, last = _day(self.form.fromEdit.date()), _day(self.form.toEdit.date())
        if last < first:
            return (
                f"The period ends ({long_date(last)}) before it starts ({long_date(first)}). "
                "Choose a To date on or after the From date."
            )
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.form.problemLabel.setText(problem)
            self.form.problemLabel.setVisible(True)
            # Read out with the To field, where the focus goes, as the label is not.
            self.form.toEdit.setAccessibleDescription(problem)
            self.form.toEdit.setFocus()
            return
        self.form.toEdit.setAccessibleDescription("")
        remember_organisation(self.choice().organisation)
        super().accept()

    def choice(self) -> FunderReportChoice:
        f = self.form
        project_id = f.projectCombo.currentData()
        return FunderReportChoice(
            date_from=_day(f.fromEdit.date()),
            date_to=_day(f.toEdit.date()),
            project_id=int(project_id) if project_id is not None else None,
            project_name=f.projectCombo.currentText() if project_id is not None else ALL_PROJECTS,
            font_size=f.sizeSpin.value(),
            organisation=f.organisationEdit.text().strip(),
        )
