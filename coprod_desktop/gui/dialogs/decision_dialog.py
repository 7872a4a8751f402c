"""Add or change a decision: project, date, session, what was decided and how, who took part
(people on the register, and others present by description), what it changes, the stories
that informed it, and the actions it has led to (shown, not changed here: actions point at
their decision)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_decision_form import Ui_DecisionDialog
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.decisions import DECISION_LABELS, DecisionData, DecisionRecord
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.vocabulary import DecisionMethod

NO_SESSION = "Not at a session"
NO_ACTIONS = "No actions yet (add them in Actions, choosing this decision)"
NO_STORIES = "No stories yet (record them in the Stories screen)"


@dataclass(frozen=True)
class DecisionChoices:
    """What a decision of one project can point at: its sessions, (number, how it is shown)."""

    sessions: list[tuple[int, str]] = field(default_factory=list)


SaveDecision = Callable[[DecisionData], object]
LoadChoices = Callable[[int], DecisionChoices]
# Who attended a session (status Attended on its register): (number, name), by name.
LoadAttended = Callable[[int], list[tuple[int, str]]]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DecisionDialog(FormDialog):
    def __init__(
        self,
        save: SaveDecision,
        projects: list[tuple[int, str]],
        people: list[tuple[int, str]],
        choices_for: LoadChoices,
        attended_at: LoadAttended,
        record: DecisionRecord | None = None,
        parent: QWidget | None = None,
        *,
        led_to: list[str] | None = None,
        project_id: int | None = None,
        today: date | None = None,
        stories: list[tuple[int, str]] | None = None,
    ) -> None:
        """``people``: everyone on the register, including people who have left (a decision is
        history: it may be written up after someone left). ``led_to``: the actions that came
        from this decision, as they should be listed. ``stories``: the stories it can cite,
        (number, how the list shows it)."""
        super().__init__(parent)
        self.setup(Ui_DecisionDialog())
        self._save = save
        self._choices_for = choices_for
        self._attended_at = attended_at
        self.record = record
        self.saved: object | None = None
        self._names = dict(people)
        self._people: list[tuple[int, str]] = []  # who took part, in the order added
        f: Ui_DecisionDialog = self.form
        self.track_errors(
            {
                "project_id": f.projectCombo,
                "decided_on": f.dateEdit,
                "session_id": f.sessionCombo,
                "what": f.whatEdit,
                "method": f.methodCombo,
                "participant_ids": f.peopleList,
                "others_present": f.othersEdit,
                "what_it_changes": f.changesEdit,
                "story_ids": f.storiesList,
            }
        )
        for combo in (f.projectCombo, f.sessionCombo):
            combo.view().setAccessibleName(f"{combo.accessibleName()}: list")
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.methodCombo, None, ((m.label, m) for m in DecisionMethod))
        self.picker = PersonPicker(f.personEdit, people)
        f.addPersonButton.clicked.connect(self.add_person)
        f.removePersonButton.clicked.connect(self.remove_person)
        f.attendedButton.clicked.connect(self.add_attended)
        f.peopleList.currentRowChanged.connect(lambda _r: self._people_changed())
        # Enter in the name box adds that person (it would otherwise press Save).
        f.personEdit.installEventFilter(self)
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Decision {record.id}")
            self._choose_project(data.project_id)
            f.dateEdit.setDate(_qdate(data.decided_on))
            f.whatEdit.setPlainText(data.what)
            select(f.methodCombo, data.method)
            self._people = [(pid, self._names.get(pid, name)) for pid, name in record.people]
            f.othersEdit.setText(data.others_present)
            f.changesEdit.setPlainText(data.what_it_changes)
        else:
            self.setWindowTitle("New decision")
            if project_id is not None:
                self._choose_project(project_id)
            f.dateEdit.setDate(_qdate(today or today_here()))
        self._load_choices(record.data if record is not None else None)
        f.projectCombo.currentIndexChanged.connect(lambda _i: self._load_choices(None))
        f.sessionCombo.currentIndexChanged.connect(lambda _i: self._session_changed())
        self._show_stories(stories or [], record)
        f.ledToList.clear()
        for text in led_to or [NO_ACTIONS]:
            f.ledToList.addItem(QListWidgetItem(text))
        self._show_people()
        self._session_changed()
        f.whatEdit.setFocus()

    # --- choices that depend on the project -------------------------------------------------
    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        self.form.projectCombo.setCurrentIndex(max(index, 0))

    def _load_choices(self, keep: DecisionData | None) -> None:
        f: Ui_DecisionDialog = self.form
        project = f.projectCombo.currentData()
        found = self._choices_for(int(project)) if project is not None else DecisionChoices()
        current = keep.session_id if keep is not None else f.sessionCombo.currentData()
        f.sessionCombo.blockSignals(True)
        f.sessionCombo.clear()
        f.sessionCombo.addItem(NO_SESSION, None)
        for number, shown in found.sessions:
            f.sessionCombo.addItem(shown, number)
        index = f.sessionCombo.findData(current) if current is not None else 0
        if index < 0 and keep is not None and self.record is not None:
            # Kept as it is stored, even if the list no longer offers it.
            f.sessionCombo.addItem(self.record.session_title or f"Session {current}", current)
            index = f.sessionCombo.count() - 1
        f.sessionCombo.setCurrentIndex(max(index, 0))
        f.sessionCombo.blockSignals(False)
        self._session_changed()

    def _session_changed(self) -> None:
        self.form.attendedButton.setEnabled(self.form.sessionCombo.currentData() is not None)

    # --- the stories that informed it -------------------------------------------------------
    def _show_stories(self, offered: list[tuple[int, str]], record: DecisionRecord | None) -> None:
        cited = set(record.data.story_ids) if record is not None else set()
        listed = list(offered)
        known = {story_id for story_id, _ in offered}
        if record is not None:
            # A cited story the list does not offer is kept, never dropped quietly.
            listed += [(sid, title) for sid, title in record.stories if sid not in known]
        for story_id, shown in listed:
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, story_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if story_id in cited else Qt.CheckState.Unchecked
            )
            self.form.storiesList.addItem(item)
        if not listed:
            empty = QListWidgetItem(NO_STORIES)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.form.storiesList.addItem(empty)

    def story_ids(self) -> tuple[int, ...]:
        """The ticked stories, in the list's order."""
        listed = self.form.storiesList
        found = []
        for row in range(listed.count()):
            item = listed.item(row)
            story_id = item.data(Qt.ItemDataRole.UserRole)
            if story_id is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(story_id))
        return tuple(found)

    def tick_story(self, text: str, ticked: bool = True) -> None:
        """Tick (or untick) the story the list shows as ``text``, as a click on its box does."""
        for row in range(self.form.storiesList.count()):
            item = self.form.storiesList.item(row)
            if item.text() == text:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return
        raise KeyError(text)

    def form_state(self) -> list[object]:
        # Ticking a story is a change too (the list's texts alone would not show it).
        return [*super().form_state(), self.story_ids()]

    # --- who took part ----------------------------------------------------------------------
    def _show_people(self, current: int | None = None) -> None:
        listed = self.form.peopleList
        listed.clear()
        for _pid, name in self._people:
            listed.addItem(QListWidgetItem(name))
        if current is not None and self._people:
            listed.setCurrentRow(min(current, len(self._people) - 1))
        self._people_changed()

    def _people_changed(self) -> None:
        self.form.removePersonButton.setEnabled(self.form.peopleList.currentRow() >= 0)

    def people(self) -> list[str]:
        """Who took part, as the list shows them."""
        return [name for _pid, name in self._people]

    def _add(self, participant_id: int, name: str) -> None:
        if all(pid != participant_id for pid, _ in self._people):
            self._people.append((participant_id, name))

    def _people_problem(self, message: str) -> None:
        label = DECISION_LABELS["participant_ids"]
        self.errors.show(ValidationError([FieldProblem("participant_ids", message, label)]))

    def add_person(self) -> None:
        participant_id, why_not = self.picker.chosen()
        if participant_id is None:
            self._people_problem(why_not.replace("Person", "From the register", 1))
            return
        name = self._names.get(participant_id)
        if name is None:
            self._people_problem(
                f"From the register: there is nobody with the number {participant_id} on the "
                "register. Choose from the list."
            )
            return
        self.errors.clear()
        self._add(participant_id, name)
        self.form.personEdit.clear()
        self._show_people(len(self._people) - 1)

    def add_attended(self) -> None:
        session_id = self.form.sessionCombo.currentData()
        if session_id is None:
            return
        attended = self._attended_at(int(session_id))
        if not attended:
            self._people_problem(
                "Who took part: nobody is marked as attended on that session's register yet. "
                "Mark the register in Sessions, or add people one by one."
            )
            return
        self.errors.clear()
        for participant_id, name in attended:
            self._add(participant_id, name)
        self._show_people(len(self._people) - 1)

    def remove_person(self) -> None:
        row = self.form.peopleList.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row]
            self._show_people(row)
            self.form.peopleList.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        f: Ui_DecisionDialog = self.form
        if (
            watched is f.personEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and f.personEdit.text().strip()
        ):
            self.add_person()
            return True
        return super().eventFilter(watched, event)

    # --- saving -----------------------------------------------------------------------------
    def data(self) -> DecisionData | None:
        f: Ui_DecisionDialog = self.form
        project = f.projectCombo.currentData()
        if project is None:
            return None
        picked = f.dateEdit.date()
        session_id = f.sessionCombo.currentData()
        return DecisionData(
            project_id=int(project),
            decided_on=date(picked.year(), picked.month(), picked.day()),
            what=f.whatEdit.toPlainText(),
            method=chosen(f.methodCombo, DecisionMethod) or DecisionMethod.CONSENSUS,
            session_id=int(session_id) if session_id is not None else None,
            what_it_changes=f.changesEdit.toPlainText(),
            others_present=f.othersEdit.text(),
            participant_ids=tuple(pid for pid, _ in self._people),
            story_ids=self.story_ids(),
        )

    def accept_form(self) -> None:
        data = self.data()
        if data is None:
            self.errors.show(
                ValidationError(
                    [
                        FieldProblem(
                            "project_id",
                            "Project is missing. Add a project first, in the Projects screen.",
                            "Project",
                        )
                    ]
                )
            )
            return
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
