"""The Diversity screen: who took part compared with the people a project serves, question by
question, with groups under-represented said in words; outreach plans for those groups;
reference populations; and the blank monitoring form for people who prefer paper.

Everything shown comes from the report's suppressed table, the same one that is printed and
exported: a count from 1 to 4 is "fewer than 5" here too, so nothing on screen can identify
anyone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from coprod_desktop.exports.diversity_export import write_diversity_export
from coprod_desktop.gui.choices import chosen_number, refill_numbered
from coprod_desktop.gui.dialogs.outreach_dialog import OutreachDialog, OutreachPlansDialog
from coprod_desktop.gui.dialogs.reference_dialogs import ReferenceListDialog
from coprod_desktop.gui.forms.ui_diversity_page import Ui_DiversityPage
from coprod_desktop.gui.jobs import JobControl, run_job
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.reports.charts import chart_svg, paired_bar_chart
from coprod_desktop.reports.diversity_pdf import SERIES, figure_texts, write_diversity_pdf
from coprod_desktop.reports.monitoring_form_pdf import write_blank_form_pdf
from coprod_desktop.services import monitoring, outreach, projects, references, representation
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.outreach import OutreachData, OutreachRecord, StartingFigures
from coprod_desktop.services.reference_data import (
    BUILT_IN_NAME,
    REFERENCE_QUESTIONS,
    Reference,
)
from coprod_desktop.services.representation import RepresentationReport, SuppressedTable
from coprod_desktop.storage.database import Database

ALL_PROJECTS = "All projects"
BUILT_IN_ITEM = f"{BUILT_IN_NAME} (built in)"
UNDER = "Under-represented"
NOT_ENOUGH = "Not enough answers to say"
SAVE_FILTERS = "PDF document (*.pdf);;CSV file (*.csv);;Excel spreadsheet (*.xlsx)"


@dataclass(frozen=True)
class ShownRow:
    """One line of the report's suppressed table, as the screen shows it."""

    category: str  # the answer's code ("prefer_not_to_say", "not_answered" for those rows)
    label: str
    people: str  # "fewer than 5" where suppressed
    share: str = ""
    expected: str = ""
    ratio: str = ""
    flag: str = ""
    apart: bool = False  # "Prefer not to say" and "Not answered": left out of the shares
    under: bool = False
    share_bp: int | None = None
    expected_bp: int | None = None
    ratio_value: Fraction | None = None


REPORT_COLUMNS = [
    Column("Category", lambda r: r.label),
    Column("People", lambda r: r.people, right=True),
    Column("Share", lambda r: r.share, right=True),
    Column("Expected", lambda r: r.expected, right=True),
    Column("Ratio", lambda r: r.ratio, right=True),
    Column("What it shows", lambda r: r.flag),
]


def default_period(today: date) -> tuple[date, date]:
    """The last 12 months up to yesterday."""
    last = today - timedelta(days=1)
    try:
        first = last.replace(year=last.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        first = last.replace(year=last.year - 1, day=28) + timedelta(days=1)
    return first, last


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DiversityPage(Screen):
    def __init__(
        self, host: PageHost, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._today = today
        self.form = Ui_DiversityPage()
        self.form.setupUi(self)
        f = self.form
        heading = QFont(f.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        f.headingLabel.setFont(heading)
        for label in (f.introLabel, f.summaryLabel, f.messageLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        f.projectFilter.view().setAccessibleName("Projects: list")
        f.referenceCombo.view().setAccessibleName("Reference populations: list")
        f.questionCombo.view().setAccessibleName("Questions: list")
        # The questions the report gives (disability as disabled or not, in the Equality Act
        # sense), not every question a reference may hold figures for.
        for question in representation.REPORTED:
            f.questionCombo.addItem(question.short, question.code)
        f.questionCombo.setCurrentIndex(max(f.questionCombo.findData("ethnic_group_5"), 0))
        first, last = default_period(self.today)
        for edit, day in ((f.fromEdit, first), (f.toEdit, last)):
            edit.setDate(_qdate(day))
        self.model = RecordTableModel(REPORT_COLUMNS, self)
        prepare_table(f.table, self.model, self.open_plans, (0, 95, 70, 85, 60, 190))
        # The category takes the room left; the figures keep their widths.
        header = f.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        f.reportRow.setStretch(0, 2)
        f.reportRow.setStretch(1, 1)
        f.pageLayout.setStretchFactor(f.reportRow, 1)
        f.chartArea.setWidgetResizable(False)
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        f.fromEdit.dateChanged.connect(lambda _d: self.refresh())
        f.toEdit.dateChanged.connect(lambda _d: self.refresh())
        f.projectFilter.currentIndexChanged.connect(lambda _i: self._project_changed())
        f.referenceCombo.currentIndexChanged.connect(lambda _i: self._reference_changed())
        f.thresholdSpin.valueChanged.connect(lambda _v: self.refresh())
        f.questionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        f.saveButton.clicked.connect(self.save_report)
        f.newButton.clicked.connect(self.start_plan)
        f.plansButton.clicked.connect(self.open_plans)
        f.referencesButton.clicked.connect(self.manage_references)
        f.blankFormButton.clicked.connect(self.print_blank_form)
        self._projects: list[tuple[int, str]] = []
        # None until first loaded, so the list is filled even when no reference was imported.
        self._references: list[tuple[int, str]] | None = None
        self._reference: Reference | None = None
        self._report: Any = None
        self._rows: list[ShownRow] = []
        self._jobs: list[object] = []
        self._loading = False
        self.chart: QWidget | None = None
        self._update_buttons()

    @property
    def today(self) -> date:
        return self._today or today_here()

    @today.setter
    def today(self, value: date | None) -> None:
        self._today = value

    def _database(self) -> Database | None:
        return self.host.database

    # --- what is chosen -------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _day(self.form.fromEdit.date()), _day(self.form.toEdit.date())

    def set_period(self, first: date, last: date) -> None:
        self._loading = True
        self.form.fromEdit.setDate(_qdate(first))
        self.form.toEdit.setDate(_qdate(last))
        self._loading = False
        self.refresh()

    def project_filter(self) -> int | None:
        return chosen_number(self.form.projectFilter)

    def project_name(self) -> str:
        project = self.project_filter()
        return dict(self._projects).get(project, ALL_PROJECTS) if project else ALL_PROJECTS

    def chosen_reference(self) -> int | None:
        return chosen_number(self.form.referenceCombo)

    def question(self) -> str:
        return str(self.form.questionCombo.currentData())

    def threshold(self) -> int:
        return int(self.form.thresholdSpin.value())

    def _select_reference(self, population_id: int | None) -> None:
        combo = self.form.referenceCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(population_id), 0) if population_id else 0)
        combo.blockSignals(False)

    def _project_changed(self) -> None:
        """A project's own reference comes with it; all projects are compared with the census."""
        database = self._database()
        project = self.project_filter()
        chosen: int | None = None
        if database is not None and project is not None:
            try:
                with database.reading() as session:
                    chosen = references.chosen_for_project(session, project)
            except Exception as error:
                self.host.report_error("Could not read the project's reference", error)
        self._select_reference(chosen)
        self.refresh()

    def _reference_changed(self) -> None:
        database = self._database()
        project = self.project_filter()
        wanted = self.chosen_reference()
        if database is not None and project is not None:
            try:
                with database.reading() as session:
                    current = references.chosen_for_project(session, project)
            except Exception as error:
                self.host.report_error("Could not read the project's reference", error)
                current = wanted
            if current != wanted:
                name = self.form.referenceCombo.currentText()
                answer = QMessageBox.question(
                    self,
                    "Reference for the project",
                    f"Use this reference for {self.project_name()} from now on?\n\n"
                    f"{name} will be what its reports compare with. Choose No to compare "
                    "with it in this report only.",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.Yes,
                )
                if answer == QMessageBox.StandardButton.Yes:
                    try:
                        with database.transaction() as session:
                            references.choose_for_project(session, project, wanted)
                    except Exception as error:
                        self.host.report_error("Could not choose the reference", error)
                    else:
                        self.host.show_message(
                            f"{self.project_name()} is now compared with {name}."
                        )
        self.refresh()

    # --- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            return
        database = self._database()
        self._report = None
        self._rows = []
        problem = ""
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_choices(session)
                    self._reference = references.get_reference(session, self.chosen_reference())
                    problem = self._load_report(session)
            except Exception as error:
                self.host.report_error("Could not make the diversity report", error)
        keep = self.selected()
        self.model.set_records(self._rows)
        if keep is not None:
            select_row(self.form.table, self.model.row_where(lambda r: r.label == keep.label))
        self._show_chart()
        self._say(problem)
        self._update_buttons()

    def _load_choices(self, session: Any) -> None:
        found = [(p.id, p.data.name) for p in projects.list_projects(session)]
        if found != self._projects:
            self._projects = found
            refill_numbered(self.form.projectFilter, ALL_PROJECTS, found)
        stored = [(r.id, r.name) for r in references.list_references(session) if r.id is not None]
        if stored != self._references:
            self._references = stored
            refill_numbered(self.form.referenceCombo, BUILT_IN_ITEM, stored)

    def _load_report(self, session: Any) -> str:
        """Make the report for what is chosen; what to tell the person, if anything."""
        first, last = self.period()
        if last < first:
            return "The period ends before it starts: choose a To date after From."
        if self._reference is None:
            return ""
        self._report = representation.representation_report(
            session,
            first,
            last,
            self._reference,
            project_id=self.project_filter(),
            threshold_pct=self.threshold(),
        )
        self._rows = shown_rows(self._report, self.question())
        return ""

    def _say(self, problem: str) -> None:
        f = self.form
        first, last = self.period()
        reference = self._reference.name if self._reference is not None else BUILT_IN_NAME
        f.summaryLabel.setText(
            f"{self.project_name()}, {long_date(first)} to {long_date(last)}, compared with "
            f"{reference}. Flagged under-represented below {self.threshold()}% of the "
            "expected share."
        )
        if problem:
            text = problem
        elif self._report is not None and self._report.people == 0:
            text = "Nobody took part in this period, so there is nothing to show."
        else:
            # When the figures are withheld (too few people), this says so and why.
            text = summary_text(self._report, self.question()) if self._report else ""
        f.messageLabel.setText(text)
        f.messageLabel.setVisible(bool(text))

    def _show_chart(self) -> None:
        area = self.form.chartArea
        old = area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.chart = None
        if self._report is None:
            return
        # As wide as the space beside the table, so no figure is cut off at the edge.
        width = max(self.form.chartArea.viewport().width() - 8, 320)
        chart = chart_widget_for(self._report, self.question(), width)
        if chart is not None:
            area.setWidget(chart)
            area.setAccessibleDescription(chart.accessibleDescription())
            self.chart = chart

    def selected(self) -> ShownRow | None:
        rows = selected_rows(self.form.table)
        record: ShownRow | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _update_buttons(self) -> None:
        f = self.form
        has_database = self._database() is not None
        chosen = self.selected()
        f.saveButton.setEnabled(has_database and self._report is not None)
        f.newButton.setEnabled(has_database and chosen is not None and chosen.under)
        f.plansButton.setEnabled(has_database)
        f.referencesButton.setEnabled(has_database)
        f.blankFormButton.setEnabled(has_database)

    # --- outreach -------------------------------------------------------------------------------
    def start_plan(self) -> None:
        database = self._database()
        chosen = self.selected()
        if database is None or chosen is None or not chosen.under:
            return
        question = self.question()
        asked = REFERENCE_QUESTIONS[question]
        group = f"{asked.short}: {asked.answer(chosen.category).label}"
        data = OutreachData(
            question=question,
            category=chosen.category,
            title=f"Reaching {chosen.label}",
            started_on=self.today,
            project_id=self.project_filter(),
            population_id=self.chosen_reference(),
            at_start=StartingFigures(chosen.share_bp, chosen.expected_bp, chosen.ratio_value),
        )

        def save(plan: OutreachData) -> int:
            with database.transaction() as session:
                return outreach.start_plan(session, plan)

        dialog = OutreachDialog(save, data, group, self.project_name(), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.host.show_message(f"Outreach plan started for {group}.")
        dialog.deleteLater()

    def ratio_now(self, record: OutreachRecord) -> Fraction | None:
        """The plan's group's ratio in a report like the one shown (same period and threshold),
        for the plan's project and reference."""
        database = self._database()
        if database is None:
            return None
        first, last = self.period()
        with database.reading() as session:
            reference = references.get_reference(session, record.data.population_id)
            report = representation.representation_report(
                session,
                first,
                last,
                reference,
                project_id=record.data.project_id,
                threshold_pct=self.threshold(),
            )
        for row in shown_rows(report, record.data.question):
            if row.category == record.data.category:
                return row.ratio_value
        return None

    def open_plans(self) -> None:
        database = self._database()
        if database is None:
            return
        first, last = self.period()
        dialog = OutreachPlansDialog(
            database,
            self._projects,
            self,
            project_id=self.project_filter(),
            ratio_now=self.ratio_now,
            period_text=f"{long_date(first)} to {long_date(last)}",
            today=self.today,
        )
        dialog.exec()
        dialog.deleteLater()

    # --- reference populations ------------------------------------------------------------------
    def manage_references(self) -> None:
        database = self._database()
        if database is None:
            return
        dialog = ReferenceListDialog(database, self)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        if changed:
            self._project_changed()

    # --- saving and printing (off the GUI thread) -----------------------------------------------
    def save_report(self) -> None:
        database = self._database()
        reference = self._reference
        if database is None or self._report is None or reference is None:
            return
        first, last = self.period()
        suggested = Path.home() / f"Diversity report {first.isoformat()} to {last.isoformat()}.pdf"
        path_text, chosen_filter = QFileDialog.getSaveFileName(
            self, "Save the diversity report", str(suggested), SAVE_FILTERS
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() not in (".pdf", ".csv", ".xlsx"):
            kind = "xlsx" if "xlsx" in chosen_filter else "csv" if "csv" in chosen_filter else "pdf"
            path = path.with_suffix(f".{kind}")
        project_id = self.project_filter()
        threshold = self.threshold()

        today = self.today

        def work(control: JobControl) -> Path:
            control.report("Counting who took part…")
            with database.reading() as session:
                report = representation.representation_report(
                    session, first, last, reference, project_id=project_id, threshold_pct=threshold
                )
            control.check_cancelled()
            write_report(report, path, control, today)
            return path

        def succeeded(saved: Path) -> None:
            self.host.show_message(f"Diversity report saved to {saved}.")

        def failed(error: BaseException) -> None:
            self.host.report_error("Saving the diversity report did not work", error)

        job = run_job(self, "Saving the diversity report", work, succeeded, failed)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]

    def print_blank_form(self) -> None:
        database = self._database()
        if database is None:
            return
        path_text, _filter = QFileDialog.getSaveFileName(
            self,
            "Save the blank monitoring form",
            str(Path.home() / "Monitoring form.pdf"),
            "PDF document (*.pdf)",
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")

        def work(control: JobControl) -> Path:
            control.report("Writing the form…")
            with database.reading() as session:
                local = monitoring.get_local_question(session)  # asked on paper too
            write_blank_form_pdf(
                path,
                local_question=local.text if local is not None else "",
                local_answers=local.answers if local is not None else (),
            )
            return path

        def succeeded(saved: Path) -> None:
            self.host.show_message(f"Blank monitoring form saved to {saved}.")

        def failed(error: BaseException) -> None:
            self.host.report_error("Printing the blank form did not work", error)

        job = run_job(self, "Printing the blank form", work, succeeded, failed)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]


# --- the report's suppressed table, as the screen shows it ---------------------------------------
# The screen shows exactly what prints (representation.suppressed): never a count from 1 to 4,
# so that nothing on screen, or in a screenshot, can identify anyone.
def _table(report: RepresentationReport, question: str) -> SuppressedTable:
    return representation.suppressed(report).table(question)


def shown_rows(report: RepresentationReport, question: str) -> list[ShownRow]:
    """The rows of ``question`` in the report's suppressed table."""
    table = _table(report, question)
    if table.hidden:
        return []
    return [
        ShownRow(
            category=row.category,
            label=row.label,
            people=row.people_text,
            share=row.share_text,
            expected=row.expected_text,
            ratio=row.ratio_text,
            flag=row.flag,
            apart=not row.is_category,
            under=row.under,
            share_bp=row.share_bp,
            expected_bp=row.expected_bp,
            ratio_value=row.ratio,
        )
        for row in table.rows
    ]


def summary_text(report: RepresentationReport, question: str) -> str:
    shown = representation.suppressed(report)
    if shown.hidden:
        return shown.note
    table = shown.table(question)
    return " ".join(part for part in (table.answered_text, table.note) if part)


def chart_widget_for(
    report: RepresentationReport, question: str, width: int = 560
) -> QWidget | None:
    """The paired bar chart the PDF prints, drawn on screen by the same code."""
    table = _table(report, question)
    if table.hidden or not any(row.share_text for row in table.categories):
        return None
    labels, took, took_texts, expected, expected_texts = figure_texts(table)
    title = f"{table.heading}: share who took part and share expected"
    drawing = paired_bar_chart(
        title,
        labels,
        took,
        expected,
        first_texts=took_texts,
        second_texts=expected_texts,
        names=SERIES,
        width=width,
        font_size=13,
        show_title=False,
    )
    widget = QSvgWidget()
    widget.load(QByteArray(chart_svg(drawing).encode("utf-8")))
    widget.setFixedSize(QSize(int(drawing.width), int(drawing.height)))
    widget.setAccessibleName(title)
    # A screen reader reads every figure, as the printed chart's alternative text gives them.
    widget.setAccessibleDescription(str(drawing.alt_text))
    return widget


def write_report(
    report: RepresentationReport, path: Path, control: JobControl, today: date
) -> None:
    shown = representation.suppressed(report)
    control.check_cancelled()
    control.report("Writing the file…")
    if path.suffix.lower() == ".pdf":
        write_diversity_pdf(shown, path, made_on=today)
    else:
        write_diversity_export(shown, path)
