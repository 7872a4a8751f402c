"""The period and project a report for funders covers, as the funder report and the records
export both ask for them: the usual periods in a list (the last full quarter first, see
services.funder_report.report_periods), From and To dates that can be typed, and one project or
all. Shared so that the report and the records of a period are always chosen the same way.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel

from coprod_desktop.services.dates import long_date
from coprod_desktop.services.funder_report import ALL_PROJECTS, report_periods

OWN_DATES = "Your own dates"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportPeriod:
    """Wires a dialog's Period list, From and To dates, problem label and Project list."""

    def __init__(
        self,
        period_combo: QComboBox,
        from_edit: QDateEdit,
        to_edit: QDateEdit,
        problem_label: QLabel,
        project_combo: QComboBox,
        *,
        today: date,
        projects: list[tuple[int, str]],
        project_id: int | None = None,
    ) -> None:
        self._combo = period_combo
        self._from = from_edit
        self._to = to_edit
        self._problem = problem_label
        self._project = project_combo
        self._periods = report_periods(today)
        for period in self._periods:
            period_combo.addItem(period.label)
        period_combo.addItem(OWN_DATES)
        period_combo.view().setAccessibleName("Periods: list")
        project_combo.addItem(ALL_PROJECTS, None)
        for number, name in projects:
            project_combo.addItem(name, number)
        project_combo.view().setAccessibleName("Projects: list")
        if project_id is not None:
            project_combo.setCurrentIndex(max(project_combo.findData(project_id), 0))
        problem_label.setVisible(False)
        period_combo.currentIndexChanged.connect(self._period_chosen)
        from_edit.dateChanged.connect(lambda _d: self._dates_typed())
        to_edit.dateChanged.connect(lambda _d: self._dates_typed())
        self._period_chosen(0)

    def _period_chosen(self, index: int) -> None:
        if not 0 <= index < len(self._periods):  # "Your own dates": kept, to be changed
            return
        period = self._periods[index]
        for edit, day in ((self._from, period.first), (self._to, period.last)):
            with QSignalBlocker(edit):
                edit.setDate(_qdate(day))
        self._dates_typed()

    def _dates_typed(self) -> None:
        """Dates that match none of the periods listed are the person's own."""
        wanted = self.dates()
        matching = [i for i, p in enumerate(self._periods) if (p.first, p.last) == wanted]
        with QSignalBlocker(self._combo):
            self._combo.setCurrentIndex(matching[0] if matching else len(self._periods))
        self._problem.setVisible(False)
        self._to.setAccessibleDescription("")

    def dates(self) -> tuple[date, date]:
        return _day(self._from.date()), _day(self._to.date())

    def project(self) -> tuple[int | None, str]:
        """The project chosen (None: all projects) and its name (ALL_PROJECTS for all)."""
        project_id = self._project.currentData()
        if project_id is None:
            return None, ALL_PROJECTS
        return int(project_id), self._project.currentText()

    def problem(self) -> str:
        """Why the dates cannot be used, in plain English, or ""."""
        first, last = self.dates()
        if last < first:
            return (
                f"The period ends ({long_date(last)}) before it starts ({long_date(first)}). "
                "Choose a To date on or after the From date."
            )
        return ""

    def check(self) -> bool:
        """True if the dates can be used; otherwise says why beside them and goes to To."""
        problem = self.problem()
        # Read out with the To field, where the focus goes, as the label is not.
        self._to.setAccessibleDescription(problem)
        if problem:
            self._problem.setText(problem)
            self._problem.setVisible(True)
            self._to.setFocus()
        return not problem
