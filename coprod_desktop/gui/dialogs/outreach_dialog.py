"""Outreach plans: starting one for a group the representation report flags (its persona and
the figures at the start), changing its persona later, and the list of plans with how their
group has done since, their outreach actions and printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coprod_desktop.gui.dialogs.action_dialog import ActionDialog, NewNote, ProjectChoices
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_outreach_form import Ui_OutreachDialog
from coprod_desktop.gui.forms.ui_outreach_plans import Ui_OutreachPlansDialog
from coprod_desktop.gui.jobs import JobControl, run_job
from coprod_desktop.gui.messages import show_error, show_info
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import actions, outreach
from coprod_desktop.services.actions import ActionData
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.outreach import OutreachData, OutreachRecord
from coprod_desktop.storage.database import Database

SavePlan = Callable[[OutreachData], object]
# The group's representation ratio in the report shown now (None: not enough answers, or no
# report to compare with).
RatioNow = Callable[[OutreachRecord], Fraction | None]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OutreachDialog(FormDialog):
    """A new plan (the group and starting figures come from the report) or an existing one,
    whose persona and name can change; its group and starting figures stay as they were."""

    def __init__(
        self,
        save: SavePlan,
        data: OutreachData,
        group_label: str,
        project_name: str,
        record: OutreachRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_OutreachDialog())
        self._save = save
        self._data = data
        self.record = record
        self.saved: object | None = None
        f: Ui_OutreachDialog = self.form
        self.edits = {
            "who_they_are": f.whoEdit,
            "aspirations": f.aspirationsEdit,
            "needs": f.needsEdit,
            "strengths": f.strengthsEdit,
            "barriers": f.barriersEdit,
            "trusted_places": f.trustedEdit,
        }
        self.track_errors(
            {
                "title": f.titleEdit,
                "started_on": f.startedEdit,
                "question": f.titleEdit,
                "category": f.titleEdit,
                "project_id": f.titleEdit,
                **self.edits,
            }
        )
        for label in (f.groupText, f.projectText, f.startText):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Wide enough that a wrapped line is given the height it needs in the form.
            label.setMinimumWidth(440)
        f.groupText.setText(group_label)
        f.projectText.setText(project_name)
        f.startText.setText(data.at_start.text)
        f.titleEdit.setText(data.title)
        f.startedEdit.setDate(_qdate(data.started_on))
        for name, edit in self.edits.items():
            edit.setPlainText(str(getattr(data, name)))
        if record is not None:
            self.setWindowTitle(f"Outreach plan: {data.title}")
            f.startedEdit.setEnabled(False)  # what later reports are compared with
        else:
            self.setWindowTitle(f"New outreach plan: {group_label}")
        f.titleEdit.setFocus()
        f.titleEdit.selectAll()

    def data(self) -> OutreachData:
        f: Ui_OutreachDialog = self.form
        picked = f.startedEdit.date()
        return replace(
            self._data,
            title=f.titleEdit.text(),
            started_on=date(picked.year(), picked.month(), picked.day()),
            who_they_are=self.edits["who_they_are"].toPlainText(),
            aspirations=self.edits["aspirations"].toPlainText(),
            needs=self.edits["needs"].toPlainText(),
            strengths=self.edits["strengths"].toPlainText(),
            barriers=self.edits["barriers"].toPlainText(),
            trusted_places=self.edits["trusted_places"].toPlainText(),
        )

    def accept_form(self) -> None:
        data = self.data()
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()


def plan_columns(ratio_now: RatioNow | None) -> list[Column]:
    def since(record: OutreachRecord) -> str:
        if ratio_now is None:
            return "Not compared: no report to compare with"
        return outreach.change_since_start(record, ratio_now(record))

    return [
        Column("Plan", lambda r: r.data.title),
        Column("Group", lambda r: r.group_label),
        Column("Project", lambda r: r.project_name),
        Column("Started", lambda r: long_date(r.data.started_on)),
        Column("At the start", lambda r: r.data.at_start.text),
        Column("Since then", since),
        Column("Actions", lambda r: str(len(r.actions)), right=True),
    ]


class OutreachPlansDialog(QDialog):
    """Every outreach plan (for the project shown and for all projects), newest first."""

    def __init__(
        self,
        database: Database,
        projects: list[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        ratio_now: RatioNow | None = None,
        period_text: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_OutreachPlansDialog()
        self.form.setupUi(self)
        self.database = database
        self.projects = projects
        self.project_id = project_id
        self.today = today or today_here()
        self.changed = False
        self._jobs: list[object] = []
        f = self.form
        f.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.actionsLabel.setTextFormat(Qt.TextFormat.PlainText)
        f.introLabel.setText(
            "Plans to reach groups the report found under-represented. "
            + (
                f"\u201cSince then\u201d compares with the report for {period_text}."
                if period_text and ratio_now is not None
                else ""
            )
        )
        self.model = RecordTableModel(plan_columns(ratio_now), self)
        prepare_table(f.table, self.model, self.open_plan, (180, 220, 110, 105, 240, 240))
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        f.openButton.clicked.connect(self.open_plan)
        f.addActionButton.clicked.connect(self.add_action)
        f.printButton.clicked.connect(self.print_plan)
        f.buttonBox.rejected.connect(self.reject)
        for button in f.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.refresh()
        f.table.setFocus()

    def refresh(self, keep: int | None = None) -> None:
        try:
            with self.database.reading() as session:
                found = outreach.list_plans(session, self.project_id, self.today)
        except Exception as error:
            show_error(self, "Could not read the outreach plans", str(error))
            found = []
        if keep is None:
            chosen = self.selected()
            keep = chosen.id if chosen is not None else None
        self.model.set_records(found)
        row = self.model.row_where(lambda r: r.id == keep) if keep is not None else None
        select_row(self.form.table, row if row is not None else (0 if found else None))
        self._selection_changed()

    def selected(self) -> OutreachRecord | None:
        rows = selected_rows(self.form.table)
        record: OutreachRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def _selection_changed(self) -> None:
        chosen = self.selected()
        f = self.form
        for button in (f.openButton, f.addActionButton, f.printButton):
            button.setEnabled(chosen is not None)
        if not self.model.rowCount():
            text = (
                "No outreach plans yet. Select a group flagged \u201cUnder-represented\u201d "
                "in the report and choose Start outreach plan."
            )
        elif chosen is None:
            text = ""
        elif not chosen.actions:
            text = f"\u201c{chosen.data.title}\u201d has no outreach actions yet."
        else:
            listed = "; ".join(f"{a.data.what} ({a.status_text})" for a in chosen.actions)
            text = f"Outreach actions of \u201c{chosen.data.title}\u201d: {listed}."
        f.actionsLabel.setText(text)

    # --- the persona ----------------------------------------------------------------------------
    def open_plan(self) -> None:
        record = self.selected()
        if record is None:
            return
        plan_id = record.id

        def save(data: OutreachData) -> int:
            with self.database.transaction() as session:
                return outreach.update_plan(session, plan_id, data).id

        dialog = OutreachDialog(
            save, record.data, record.group_label, record.project_name, record, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.refresh(keep=plan_id)
        dialog.deleteLater()

    # --- outreach actions -----------------------------------------------------------------------
    def _people(self) -> list[tuple[int, str]]:
        from coprod_desktop.services import participant_search
        from coprod_desktop.services.participant_types import ParticipantQuery

        with self.database.reading() as session:
            return [
                (row.id, row.preferred_name)
                for row in participant_search.search(session, ParticipantQuery())
            ]

    def _choices_for(self, project_id: int) -> ProjectChoices:
        from coprod_desktop.services import decisions, goals
        from coprod_desktop.services import sessions as project_sessions

        with self.database.reading() as session:
            return ProjectChoices(
                goals=[(g.id, g.data.title) for g in goals.list_goals(session, project_id)],
                sessions=[
                    (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                    for s in project_sessions.list_sessions(session, project_id)
                ],
                decisions=[(d.id, d.label) for d in decisions.list_decisions(session, project_id)],
            )

    def add_action(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not self.projects:
            show_info(
                self, "Add action", "Add a project first (in Projects); actions belong to one."
            )
            return
        plan_id = record.id
        today = self.today

        def save(data: ActionData, notes: list[NewNote]) -> int:
            with self.database.transaction() as session:
                action_id = outreach.add_outreach_action(session, plan_id, data, today)
                for note in notes:
                    actions.add_note(session, action_id, note.noted_on, note.text)
            return action_id

        try:
            people = self._people()
        except Exception as error:
            show_error(self, "Could not read the register", str(error))
            return
        dialog = ActionDialog(
            save,
            self.projects,
            people,
            self._choices_for,
            None,
            self,
            project_id=record.data.project_id,
            today=today,
        )
        dialog.setWindowTitle(f"New outreach action: {record.data.title}")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed = True
            self.refresh(keep=plan_id)
        dialog.deleteLater()

    # --- printing (off the GUI thread) ------------------------------------------------------------
    def print_plan(self) -> None:
        record = self.selected()
        if record is None:
            return
        safe = "".join(c for c in record.data.title if c not in '<>:"/\\|?*').strip() or "plan"
        path_text, _filter = QFileDialog.getSaveFileName(
            self,
            "Save the outreach plan",
            str(Path.home() / f"Outreach plan {safe}.pdf"),
            "PDF document (*.pdf)",
        )
        if not path_text:
            return
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        plan_id = record.id
        today = self.today
        database = self.database

        def work(control: JobControl) -> Path:
            from coprod_desktop.reports.outreach_pdf import write_outreach_pdf

            control.report("Gathering the plan…")
            with database.reading() as session:
                plan = outreach.get_plan(session, plan_id, today)
            control.check_cancelled()
            control.report("Writing the PDF…")
            write_outreach_pdf(plan, path, today)
            return path

        def succeeded(saved: Path) -> None:
            self.form.actionsLabel.setText(f"Outreach plan saved to {saved}.")

        def failed(error: BaseException) -> None:
            show_error(self, "Printing the outreach plan did not work", str(error))

        job = run_job(self, "Printing the outreach plan", work, succeeded, failed)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]
