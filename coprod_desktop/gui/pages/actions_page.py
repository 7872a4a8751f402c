"""The Actions screen: who is doing what by when, overdue actions said in words and marked with
an icon, quick status changes from the keyboard, and each project's shared goals with their
progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from coprod_desktop.gui.choices import chosen_number, refill_numbered
from coprod_desktop.gui.dialogs.action_dialog import (
    ActionDialog,
    DropDialog,
    NewNote,
    ProjectChoices,
)
from coprod_desktop.gui.dialogs.action_plan_dialog import ActionPlanDialog
from coprod_desktop.gui.dialogs.goal_dialog import GoalDialog
from coprod_desktop.gui.forms.ui_actions_page import Ui_ActionsPage
from coprod_desktop.gui.jobs import JobControl
from coprod_desktop.gui.models.actions_table_model import ActionsTableModel
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import actions, decisions, goals, participant_search, projects
from coprod_desktop.services import sessions as project_sessions
from coprod_desktop.services.actions import ActionData, ActionQuery, ActionRecord
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.goals import GoalData, GoalRecord
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ActionStatus


class ActionView(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    PERSON = "person"
    PROJECT = "project"

    @property
    def label(self) -> str:
        return {
            ActionView.OPEN: "All open actions",
            ActionView.OVERDUE: "Overdue actions",
            ActionView.PERSON: "For one person",
            ActionView.PROJECT: "For one project (done and dropped too)",
        }[self]


# The quick status keys on the table (with no modifier), as the buttons say.
_KEYS = {
    Qt.Key.Key_N: ActionStatus.NOT_STARTED,
    Qt.Key.Key_I: ActionStatus.IN_PROGRESS,
    Qt.Key.Key_D: ActionStatus.DONE,
    Qt.Key.Key_X: ActionStatus.DROPPED,
}

GOAL_COLUMNS = [
    Column("Goal", lambda g: g.data.title),
    Column("Status", lambda g: g.data.status.label),
    Column("Progress", lambda g: g.progress.text),
    Column("Agreed on", lambda g: long_date(g.data.agreed_on) if g.data.agreed_on else ""),
]


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def summary_text(shown: list[ActionRecord], today: date) -> str:
    """ "12 open actions, 3 overdue, 1 needs a new owner" (and done or dropped, if shown)."""
    open_ones = [a for a in shown if a.is_open]
    overdue = sum(1 for a in open_ones if a.is_overdue(today))
    new_owner = sum(1 for a in open_ones if a.needs_new_owner)
    text = (
        f"{_plural(len(open_ones), 'open action')}, {overdue} overdue, "
        f"{new_owner} {'needs' if new_owner == 1 else 'need'} a new owner"
    )
    done = sum(1 for a in shown if a.data.status is ActionStatus.DONE)
    dropped = sum(1 for a in shown if a.data.status is ActionStatus.DROPPED)
    if done or dropped:
        text += f"; {done} done, {dropped} dropped"
    return text


class ActionsPage(Screen):
    def __init__(
        self, host: PageHost, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        # None: the computer's date at each refresh (the app may stay open past midnight).
        self._today = today
        self.form = Ui_ActionsPage()
        self.form.setupUi(self)
        f = self.form
        heading = QFont(f.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        f.headingLabel.setFont(heading)
        for label in (f.summaryLabel, f.messageLabel, f.goalsLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for view in ActionView:
            f.viewCombo.addItem(view.label, view.value)
        f.viewCombo.view().setAccessibleName("Which actions to show: list")
        f.projectFilter.view().setAccessibleName("Projects: list")
        self.model = ActionsTableModel(self)
        prepare_table(f.table, self.model, self.open_action, (0, 180, 275, 110, 110, 140))
        # What is to be done takes the room left; the other columns keep their widths.
        header = f.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        f.pageLayout.setStretchFactor(f.table, 1)
        f.table.installEventFilter(self)
        self.goals_model = RecordTableModel(GOAL_COLUMNS, self)
        prepare_table(f.goalsTable, self.goals_model, self.open_goal, (320, 130, 220))
        f.table.selectionModel().selectionChanged.connect(self._selection_changed)
        f.goalsTable.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        f.viewCombo.currentIndexChanged.connect(lambda _i: self._view_changed())
        f.projectFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        f.personEdit.editingFinished.connect(self._person_chosen)
        f.newButton.clicked.connect(self.new_action)
        f.openButton.clicked.connect(self.open_action)
        f.notStartedButton.clicked.connect(lambda: self.mark(ActionStatus.NOT_STARTED))
        f.inProgressButton.clicked.connect(lambda: self.mark(ActionStatus.IN_PROGRESS))
        f.doneButton.clicked.connect(lambda: self.mark(ActionStatus.DONE))
        f.dropButton.clicked.connect(lambda: self.mark(ActionStatus.DROPPED))
        f.newGoalButton.clicked.connect(self.new_goal)
        f.openGoalButton.clicked.connect(self.open_goal)
        f.printPlanButton.clicked.connect(self.print_plan)
        self._jobs: list[object] = []  # running jobs, kept alive until they finish
        self._projects: list[tuple[int, str]] = []
        self._people: list[tuple[int, str]] | None = None
        self._staff: list[str] = []
        self.picker = PersonPicker(f.personEdit, [])
        self._goals_project: int | None = None
        self._view_changed(refresh=False)

    @property
    def today(self) -> date:
        """The day that decides what is overdue (fixed by tests; otherwise the computer's)."""
        return self._today or today_here()

    @today.setter
    def today(self, value: date | None) -> None:
        self._today = value

    # --- loading ----------------------------------------------------------------------------
    def _database(self) -> Database | None:
        return self.host.database

    def view(self) -> ActionView:
        return ActionView(str(self.form.viewCombo.currentData()))

    def set_view(self, view: ActionView) -> None:
        self.form.viewCombo.setCurrentIndex(self.form.viewCombo.findData(view.value))

    def project_filter(self) -> int | None:
        return chosen_number(self.form.projectFilter)

    def _view_changed(self, refresh: bool = True) -> None:
        self.form.personEdit.setEnabled(self.view() is ActionView.PERSON)
        if refresh:
            self.refresh()

    def _person_chosen(self) -> None:
        if self.form.personEdit.text().strip():
            self.refresh()

    def query(self) -> tuple[ActionQuery | None, str]:
        """What to list, or None and what the person must choose first."""
        view = self.view()
        today = self.today
        project = self.project_filter()
        if view is ActionView.PERSON:
            typed = self.form.personEdit.text()
            staff = actions.match_staff_name(self._staff, typed)
            if staff:
                return ActionQuery(today=today, project_id=project, staff_name=staff), ""
            person, why_not = self.picker.chosen()
            if person is None:
                if not self.form.personEdit.text().strip():
                    why_not = (
                        "Type a name in Person (someone on the register, or a member of "
                        "staff) and choose from the list to see their actions."
                    )
                return None, why_not
            return ActionQuery(today=today, project_id=project, owner_id=person), ""
        if view is ActionView.PROJECT:
            if project is None:
                return None, "Choose the project in Project to see all of its actions."
            return ActionQuery(today=today, project_id=project), ""
        return ActionQuery(
            today=today,
            project_id=project,
            open_only=True,
            overdue_only=view is ActionView.OVERDUE,
        ), ""

    def refresh(self, keep: list[int] | None = None, near_row: int | None = None) -> None:
        database = self._database()
        records: list[ActionRecord] = []
        problem = ""
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_choices(session)
                    query, problem = self.query()
                    if query is not None:
                        records = actions.list_actions(session, query)
            except Exception as error:
                self.host.report_error("Could not read the actions", error)
        kept = set(keep if keep is not None else (a.id for a in self.selected()))
        self.model.set_actions(records, self.today)
        selection = self.form.table.selectionModel()
        found = False
        for row, record in enumerate(records):
            if record.id in kept:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                if not found:
                    selection.setCurrentIndex(
                        self.model.index(row, 0), selection.SelectionFlag.NoUpdate
                    )
                found = True
        if not found and near_row is not None and records:
            # The changed rows left this view: carry on from where they were.
            select_row(self.form.table, min(near_row, len(records) - 1))
        self.form.summaryLabel.setText(summary_text(records, self.today) + ".")
        self._say(problem)

    def _say(self, problem: str) -> None:
        """What the person should know about what the table shows (hidden when nothing)."""
        message = self.form.messageLabel
        if problem:
            message.setText(problem)
        elif self._database() is not None and not self._projects:
            message.setText("Add a project first (in Projects); actions belong to one.")
        elif not self.model.rowCount():
            message.setText(
                "No actions to show here. Choose New action to add one, or show other actions."
            )
        else:
            message.setText("")
        message.setVisible(bool(message.text()))
        self._selection_changed(reload_goals=True)

    def _load_choices(self, session: Session) -> None:
        found = [(p.id, p.data.name) for p in projects.list_projects(session)]
        if found != self._projects:
            self._projects = found
            refill_numbered(self.form.projectFilter, "Any project", found)
        people = [
            (row.id, row.preferred_name)
            for row in participant_search.search(session, ParticipantQuery(status=StatusFilter.ALL))
        ]
        staff = actions.staff_names(session)
        if people != self._people or staff != self._staff:
            self._people, self._staff = people, staff
            # Members of staff own actions too, so "For one person" offers them as well.
            self.picker = PersonPicker(
                self.form.personEdit, people, [f"{name} (staff)" for name in staff]
            )
            completer = self.form.personEdit.completer()
            completer.activated.connect(lambda _text: self._person_chosen())

    def selected(self) -> list[ActionRecord]:
        return [self.model.record_at(row) for row in selected_rows(self.form.table)]

    def _selection_changed(self, *_args: object, reload_goals: bool = False) -> None:
        project = self.project_filter()
        if project is None:
            chosen = self.selected()
            project = chosen[0].data.project_id if chosen else None
        if reload_goals or project != self._goals_project:
            self._show_goals(project)
        self._update_buttons()

    def _update_buttons(self) -> None:
        f = self.form
        chosen = bool(self.selected())
        has_database = self._database() is not None
        f.newButton.setEnabled(has_database and bool(self._projects))
        f.openButton.setEnabled(len(self.selected()) == 1)
        for button in (f.notStartedButton, f.inProgressButton, f.doneButton, f.dropButton):
            button.setEnabled(chosen)
        f.newGoalButton.setEnabled(has_database and self._goals_project is not None)
        f.openGoalButton.setEnabled(bool(selected_rows(f.goalsTable)))
        f.printPlanButton.setEnabled(has_database and self._goals_project is not None)

    # --- printing (off the GUI thread) --------------------------------------------------------
    def print_plan(self) -> None:
        """The action plan of the project whose goals are shown, as a PDF or Word document."""
        database = self._database()
        project_id = self._goals_project
        if database is None or project_id is None:
            return
        name = dict(self._projects).get(project_id, "project")
        dialog = ActionPlanDialog(name, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        font_size = dialog.font_size()
        dialog.deleteLater()
        if not accepted:
            return
        from coprod_desktop.gui.document_output import (
            DOCX,
            PDF,
            ask_where_to_save,
            safe_file_name,
            save_document,
        )

        suggested = Path.home() / f"Action plan {safe_file_name(name, 'project')}.pdf"
        path = ask_where_to_save(self, "Save the action plan", suggested, [PDF, DOCX])
        if path is None:
            return
        today = self.today

        def write(target: Path, control: JobControl) -> None:
            from coprod_desktop.services.action_plan import action_plan_for

            control.report("Gathering the goals and actions…")
            with database.reading() as session:
                plan = action_plan_for(session, project_id, today)
            control.check_cancelled()
            if target.suffix.lower() == ".docx":
                from coprod_desktop.reports.action_plan_docx import write_action_plan_docx

                control.report("Writing the Word document…")
                write_action_plan_docx(plan, target, font_size=font_size)
            else:
                from coprod_desktop.reports.action_plan_pdf import write_action_plan_pdf

                control.report("Writing the PDF…")
                write_action_plan_pdf(plan, target, font_size=font_size)

        job = save_document(self, self.host, "the action plan", path, write)
        self._jobs = [j for j in self._jobs if not getattr(j, "finished", True)] + [job]

    # --- goals ------------------------------------------------------------------------------
    def _show_goals(self, project_id: int | None, keep: int | None = None) -> None:
        database = self._database()
        found: list[GoalRecord] = []
        if database is not None and project_id is not None:
            try:
                with database.reading() as session:
                    found = goals.list_goals(session, project_id)
            except Exception as error:
                self.host.report_error("Could not read the goals", error)
        if keep is None:
            rows = selected_rows(self.form.goalsTable)
            chosen = self.goals_model.record_at(rows[0]) if rows else None
            keep = chosen.id if chosen is not None and project_id == self._goals_project else None
        self._goals_project = project_id
        self.goals_model.set_records(found)
        select_row(
            self.form.goalsTable,
            self.goals_model.row_where(lambda g: g.id == keep) if keep else None,
        )
        name = dict(self._projects).get(project_id, "") if project_id is not None else ""
        if project_id is None:
            text = "Choose a project (above), or select an action, to see its shared goals."
        elif not found:
            text = f"{name} has no shared goals yet. Choose New goal to add the first."
        else:
            text = f"{name} has {_plural(len(found), 'shared goal')}, agreed together."
        self.form.goalsLabel.setText(text)

    def selected_goal(self) -> GoalRecord | None:
        rows = selected_rows(self.form.goalsTable)
        record = self.goals_model.record_at(rows[0]) if rows else None
        return record if isinstance(record, GoalRecord) else None

    def _save_goal(self, data: GoalData, record: GoalRecord | None) -> int:
        database = self._database()
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return goals.add_goal(session, data)
            return goals.update_goal(session, record.id, data).id

    def new_goal(self) -> None:
        project = self._goals_project
        if self._database() is None or project is None:
            return
        dialog = GoalDialog(
            lambda data: self._save_goal(data, None),
            self._projects,
            None,
            self,
            project_id=project,
            today=self.today,
        )
        self._run_goal_dialog(dialog)

    def open_goal(self) -> None:
        record = self.selected_goal()
        if record is None:
            return
        dialog = GoalDialog(
            lambda data: self._save_goal(data, record),
            self._projects,
            record,
            self,
            today=self.today,
        )
        self._run_goal_dialog(dialog)

    def _run_goal_dialog(self, dialog: GoalDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh()
            self._show_goals(self._goals_project, keep=dialog.saved)
            self._update_buttons()
            self.host.show_message("Goal saved.")
        dialog.deleteLater()

    # --- the action itself ------------------------------------------------------------------
    def _choices_for(self, project_id: int) -> ProjectChoices:
        database = self._database()
        if database is None:
            return ProjectChoices()
        with database.reading() as session:
            return ProjectChoices(
                goals=[(g.id, g.data.title) for g in goals.list_goals(session, project_id)],
                sessions=[
                    (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                    for s in project_sessions.list_sessions(session, project_id)
                ],
                decisions=[(d.id, d.label) for d in decisions.list_decisions(session, project_id)],
            )

    def _current_people(self) -> list[tuple[int, str]]:
        database = self._database()
        if database is None:
            return []
        with database.reading() as session:
            return [
                (row.id, row.preferred_name)
                for row in participant_search.search(session, ParticipantQuery())
            ]

    def _save_action(
        self, data: ActionData, notes: list[NewNote], record: ActionRecord | None
    ) -> int:
        database = self._database()
        assert database is not None
        today = self.today
        with database.transaction() as session:
            if record is None:
                action_id = actions.add_action(session, data, today)
            else:
                action_id = actions.update_action(session, record.id, data, today).id
            for note in notes:
                actions.add_note(session, action_id, note.noted_on, note.text)
        return action_id

    def new_action(self) -> None:
        if self._database() is None or not self._projects:
            return
        dialog = ActionDialog(
            lambda data, notes: self._save_action(data, notes, None),
            self._projects,
            self._current_people(),
            self._choices_for,
            None,
            self,
            project_id=self.project_filter() or self._goals_project,
            today=self.today,
        )
        self._run_action_dialog(dialog)

    def open_action(self) -> None:
        chosen = self.selected()
        database = self._database()
        if len(chosen) != 1 or database is None:
            return
        try:
            with database.reading() as session:
                record = actions.get_action(session, chosen[0].id)
        except Exception as error:
            self.host.report_error("Could not open the action", error)
            self.refresh()
            return
        dialog = ActionDialog(
            lambda data, notes: self._save_action(data, notes, record),
            self._projects,
            self._current_people(),
            self._choices_for,
            record,
            self,
            today=self.today,
        )
        self._run_action_dialog(dialog)

    def _run_action_dialog(self, dialog: ActionDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=[dialog.saved])
            self.host.show_message("Action saved.")
        dialog.deleteLater()

    # --- quick status changes ---------------------------------------------------------------
    def mark(self, status: ActionStatus) -> None:
        """Give every selected action ``status`` (dropping asks why first)."""
        chosen = self.selected()
        database = self._database()
        if not chosen or database is None:
            return
        ids = [a.id for a in chosen]
        near = selected_rows(self.form.table)[0]
        count = _plural(len(ids), "action")
        today = self.today
        if status is ActionStatus.DROPPED:
            self._drop(database, chosen, near)
            return

        def change(session: Session) -> None:
            for action_id in ids:
                actions.set_status(session, action_id, status, today)

        if self._change("Could not change the status", change, ids, near):
            self.host.show_message(f"Marked {count} {status.label.lower()}.")

    def _drop(self, database: Database, chosen: list[ActionRecord], near: int) -> None:
        ids = [a.id for a in chosen]
        today = self.today
        if len(chosen) == 1:
            question = f"Drop “{chosen[0].data.what}”? It stays on record, marked dropped."
        else:
            question = f"Drop these {len(chosen)} actions? They stay on record, marked dropped."
        question += " Say why, so the group can see:"

        def drop(reason: str) -> bool:
            with database.transaction() as session:
                for action_id in ids:
                    actions.set_status(session, action_id, ActionStatus.DROPPED, today, reason)
            return True

        dialog = DropDialog(question, drop, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=ids, near_row=near)
            self.host.show_message(f"Dropped {_plural(len(ids), 'action')}.")
        dialog.deleteLater()

    def _change(
        self, title: str, change: Callable[[Session], object], keep: list[int], near: int
    ) -> bool:
        database = self._database()
        if database is None:
            return False
        try:
            with database.transaction() as session:
                change(session)
        except Exception as error:
            self.host.report_error(title, error)
            self.refresh(keep=keep)
            return False
        self.refresh(keep=keep, near_row=near)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.form.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            status = _KEYS.get(Qt.Key(event.key()))
            if status is not None:
                self.mark(status)
                return True
        return super().eventFilter(watched, event)
