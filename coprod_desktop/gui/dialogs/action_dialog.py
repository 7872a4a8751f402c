"""Add or change an action: what, project, goal, who is doing it (people on the register and
staff by name), due date, status, where it came from, and dated progress notes. Also the two
small dialogs the Actions screen asks with: a progress note, and why actions were dropped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop import limits
from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_action_form import Ui_ActionDialog
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.services.actions import ACTION_LABELS, ActionData, ActionRecord, Owner
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.form_checks import Checker, FieldProblem, ValidationError
from coprod_desktop.vocabulary import ActionStatus

# What a new action's due date box offers first, once "No due date" is unticked.
DEFAULT_DUE_IN = timedelta(days=14)


@dataclass(frozen=True)
class NewNote:
    noted_on: date
    text: str


@dataclass(frozen=True)
class ProjectChoices:
    """What an action of one project can point at: (number, how it is shown)."""

    goals: list[tuple[int, str]] = field(default_factory=list)
    sessions: list[tuple[int, str]] = field(default_factory=list)
    decisions: list[tuple[int, str]] = field(default_factory=list)


SaveAction = Callable[[ActionData, list[NewNote]], object]
LoadChoices = Callable[[int], ProjectChoices]


@dataclass
class _OwnerLine:
    owner: Owner
    shown: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def note_text(noted_on: date, text: str, saved: bool = True) -> str:
    words = f"{long_date(noted_on)}: {' '.join(text.split())}"
    return words if saved else f"{words} (not saved yet)"


class ActionDialog(FormDialog):
    def __init__(
        self,
        save: SaveAction,
        projects: list[tuple[int, str]],
        people: list[tuple[int, str]],
        choices_for: LoadChoices,
        record: ActionRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
    ) -> None:
        """``people``: everyone who can be given an action (not those who have left)."""
        super().__init__(parent)
        self.setup(Ui_ActionDialog())
        self._save = save
        self._choices_for = choices_for
        self.record = record
        self.saved: object | None = None
        self.today = today or today_here()
        self._names = dict(people)
        self._owners: list[_OwnerLine] = []
        self._saved_notes: list[NewNote] = []
        self.pending_notes: list[NewNote] = []
        f: Ui_ActionDialog = self.form
        self.track_errors(
            {
                "project_id": f.projectCombo,
                "what": f.whatEdit,
                "owners": f.ownersList,
                "due_on": f.dueEdit,
                "status": f.statusCombo,
                "dropped_reason": f.reasonEdit,
                "goal_id": f.goalCombo,
                "session_id": f.sessionCombo,
                "decision_id": f.decisionCombo,
                "note": f.notesList,
                "noted_on": f.notesList,
            }
        )
        for combo in (f.projectCombo, f.goalCombo, f.sessionCombo, f.decisionCombo):
            combo.view().setAccessibleName(f"{combo.accessibleName()}: list")
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.statusCombo, None, ((s.label, s) for s in ActionStatus))
        self.picker = PersonPicker(f.personEdit, people)
        f.dueEdit.setDate(_qdate(self.today + DEFAULT_DUE_IN))
        f.noDueCheck.toggled.connect(lambda ticked: f.dueEdit.setEnabled(not ticked))
        f.statusCombo.currentIndexChanged.connect(lambda _i: self._status_changed())
        f.addPersonButton.clicked.connect(self.add_person)
        f.addStaffButton.clicked.connect(self.add_staff)
        f.removeOwnerButton.clicked.connect(self.remove_owner)
        f.ownersList.currentRowChanged.connect(lambda _r: self._owners_changed())
        f.addNoteButton.clicked.connect(self.add_note)
        # Enter in a name box adds that person (it would otherwise press Save).
        for edit in (f.personEdit, f.staffEdit):
            edit.installEventFilter(self)
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Action: {data.what}")
            self._choose_project(data.project_id)
            # An action stays in its project (the service refuses a move).
            f.projectCombo.setEnabled(False)
            f.whatEdit.setText(data.what)
            for owner in record.owners:
                shown = f"{owner.name} (has left)" if owner.has_left else owner.name
                self._owners.append(_OwnerLine(owner.owner, shown))
            if data.due_on is not None:
                f.dueEdit.setDate(_qdate(data.due_on))
            f.noDueCheck.setChecked(data.due_on is None)
            select(f.statusCombo, data.status)
            f.reasonEdit.setText(data.dropped_reason)
            self._saved_notes = [NewNote(n.noted_on, n.text) for n in record.notes]
        else:
            self.setWindowTitle("New action")
            if project_id is not None:
                self._choose_project(project_id)
            f.noDueCheck.setChecked(True)
            f.dueEdit.setEnabled(False)
        self._load_choices(record.data if record is not None else None)
        f.projectCombo.currentIndexChanged.connect(lambda _i: self._load_choices(None))
        self._show_owners()
        self._show_notes()
        self._status_changed()
        f.whatEdit.setFocus()

    # --- choices that depend on the project -------------------------------------------------
    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        self.form.projectCombo.setCurrentIndex(max(index, 0))

    def _load_choices(self, keep: ActionData | None) -> None:
        f: Ui_ActionDialog = self.form
        project = f.projectCombo.currentData()
        found = self._choices_for(int(project)) if project is not None else ProjectChoices()
        for combo, first, items, wanted in (
            (f.goalCombo, "No goal", found.goals, keep.goal_id if keep else None),
            (
                f.sessionCombo,
                "Not from a session",
                found.sessions,
                keep.session_id if keep else None,
            ),
            (
                f.decisionCombo,
                "Not from a decision",
                found.decisions,
                keep.decision_id if keep else None,
            ),
        ):
            current = wanted if keep is not None else combo.currentData()
            current_text = combo.currentText()
            combo.clear()
            combo.addItem(first, None)
            for number, shown in items:
                combo.addItem(shown, number)
            if keep is not None and current is not None and combo.findData(current) < 0:
                # A link the list does not offer (its session moved, say) is kept, not
                # silently dropped on saving: shown as it was, so it can be changed knowingly.
                combo.addItem(self._linked_text(combo, current_text), current)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))

    def _linked_text(self, combo: object, fallback: str) -> str:
        record = self.record
        f: Ui_ActionDialog = self.form
        if record is not None:
            text = {
                id(f.goalCombo): record.goal_title,
                id(f.sessionCombo): record.session_title,
                id(f.decisionCombo): record.decision_text,
            }.get(id(combo), "")
            if text:
                return text
        return fallback or "Linked before"

    # --- owners -----------------------------------------------------------------------------
    def _show_owners(self, current: int | None = None) -> None:
        owners = self.form.ownersList
        owners.clear()
        for line in self._owners:
            owners.addItem(QListWidgetItem(line.shown))
        if current is not None and self._owners:
            owners.setCurrentRow(min(current, len(self._owners) - 1))
        self._owners_changed()

    def _owners_changed(self) -> None:
        self.form.removeOwnerButton.setEnabled(self.form.ownersList.currentRow() >= 0)

    def owners(self) -> list[str]:
        """Who is doing it, as the list shows them."""
        return [line.shown for line in self._owners]

    def _owner_problem(self, message: str) -> None:
        self.errors.show(ValidationError([FieldProblem("owners", message, "Who is doing it")]))

    def add_person(self) -> None:
        participant_id, why_not = self.picker.chosen()
        if participant_id is None:
            self._owner_problem(why_not.replace("Person", "From the register", 1))
            return
        name = self._names.get(participant_id)
        if name is None:
            self._owner_problem(
                f"From the register: number {participant_id} is not someone who can be given "
                "an action (they may have left). Choose from the list."
            )
            return
        self.errors.clear()
        if all(line.owner.participant_id != participant_id for line in self._owners):
            self._owners.append(_OwnerLine(Owner(participant_id=participant_id), name))
        self.form.personEdit.clear()
        self._show_owners(len(self._owners) - 1)

    def add_staff(self) -> None:
        name = " ".join(self.form.staffEdit.text().split())
        if not name:
            self._owner_problem("Staff name is empty. Type the member of staff's name first.")
            return
        self.errors.clear()
        if all(line.owner.staff_name.casefold() != name.casefold() for line in self._owners):
            self._owners.append(_OwnerLine(Owner(staff_name=name), f"{name} (staff)"))
        self.form.staffEdit.clear()
        self._show_owners(len(self._owners) - 1)

    def remove_owner(self) -> None:
        row = self.form.ownersList.currentRow()
        if 0 <= row < len(self._owners):
            del self._owners[row]
            self._show_owners(row)
            self.form.ownersList.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        f: Ui_ActionDialog = self.form
        if (
            watched in (f.personEdit, f.staffEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(watched, QLineEdit)
            and watched.text().strip()
        ):
            (self.add_person if watched is f.personEdit else self.add_staff)()
            return True
        return super().eventFilter(watched, event)

    # --- status and notes -------------------------------------------------------------------
    def _status_changed(self) -> None:
        dropped = chosen(self.form.statusCombo, ActionStatus) is ActionStatus.DROPPED
        self.form.reasonEdit.setEnabled(dropped)

    def _show_notes(self) -> None:
        notes = self.form.notesList
        notes.clear()
        lines = [(n, True) for n in self._saved_notes] + [(n, False) for n in self.pending_notes]
        # By date, then in the order they were added (as the service keeps them).
        for note, saved in sorted(lines, key=lambda line: line[0].noted_on):
            notes.addItem(QListWidgetItem(note_text(note.noted_on, note.text, saved)))

    def notes(self) -> list[str]:
        """The progress notes, as the list shows them."""
        notes = self.form.notesList
        return [notes.item(row).text() for row in range(notes.count())]

    def add_note(self) -> None:
        dialog = NoteDialog(self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.note is not None:
            self.pending_notes.append(dialog.note)
            self._show_notes()
        dialog.deleteLater()
        self.form.addNoteButton.setFocus()

    # --- saving -----------------------------------------------------------------------------
    def data(self) -> ActionData | None:
        f: Ui_ActionDialog = self.form
        project = f.projectCombo.currentData()
        if project is None:
            return None

        def number(value: object) -> int | None:
            return int(str(value)) if value is not None else None

        return ActionData(
            project_id=int(project),
            what=f.whatEdit.text(),
            owners=tuple(line.owner for line in self._owners),
            due_on=None if f.noDueCheck.isChecked() else _day(f.dueEdit.date()),
            status=chosen(f.statusCombo, ActionStatus) or ActionStatus.NOT_STARTED,
            dropped_reason=f.reasonEdit.text(),
            goal_id=number(f.goalCombo.currentData()),
            session_id=number(f.sessionCombo.currentData()),
            decision_id=number(f.decisionCombo.currentData()),
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
        notes = list(self.pending_notes)
        result = self.attempt(lambda: self._save(data, notes))
        if result is not None:
            self.saved = result
            self.accept()


# --- small dialogs, built in code like the payments screen's ------------------------------------
def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _button_box(parent: QWidget, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    return box


class _NoteForm:
    """The note dialog's widgets (set up as a Designer form would be)."""

    def setupUi(self, dialog: QDialog) -> None:
        layout = QVBoxLayout(dialog)
        self.errorSummary = QLabel(dialog)
        layout.addWidget(self.errorSummary)
        form = QFormLayout()
        self.dateEdit = QDateEdit(dialog)
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("dd/MM/yyyy")
        self.dateEdit.setAccessibleName("Date of the note")
        date_label = QLabel("&Date:", dialog)
        date_label.setBuddy(self.dateEdit)
        form.addRow(date_label, self.dateEdit)
        self.noteEdit = QPlainTextEdit(dialog)
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setAccessibleName("Progress note")
        self.noteEdit.setPlaceholderText("For example: Room booked for 3 May")
        note_label = QLabel("&Note:", dialog)
        note_label.setBuddy(self.noteEdit)
        form.addRow(note_label, self.noteEdit)
        layout.addLayout(form)
        self.buttonBox = _button_box(dialog, "&Add note")
        layout.addWidget(self.buttonBox)


class NoteDialog(FormDialog):
    """A dated progress note (today unless changed). Kept with the action when it is saved."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a progress note")
        form = _NoteForm()
        self.setup(form)
        self.track_errors({"noted_on": form.dateEdit, "note": form.noteEdit})
        form.dateEdit.setDate(_qdate(today))
        self.note: NewNote | None = None
        form.noteEdit.setFocus()
        self.resize(520, 260)

    def _checked(self) -> NewNote:
        # The same checks as actions.add_note makes when the action is saved.
        form: _NoteForm = self.form
        check = Checker(ACTION_LABELS)
        text = check.multi_line("note", form.noteEdit.toPlainText(), limits.DESCRIPTION_MAX)
        check.required("note", text, "what has happened, such as 'Room booked for 3 May'")
        check.raise_if_any()
        return NewNote(_day(form.dateEdit.date()), text)

    def accept_form(self) -> None:
        note = self.attempt(self._checked, "Could not add the note")
        if note is not None:
            self.note = note
            self.accept()


class _DropForm:
    def __init__(self, question: str) -> None:
        self.question = question

    def setupUi(self, dialog: QDialog) -> None:
        layout = QVBoxLayout(dialog)
        layout.addWidget(_plain_label(self.question, dialog))
        self.errorSummary = QLabel(dialog)
        layout.addWidget(self.errorSummary)
        form = QFormLayout()
        self.reasonEdit = QLineEdit(dialog)
        self.reasonEdit.setAccessibleName("Why it was dropped")
        label = QLabel("&Why it was dropped:", dialog)
        label.setBuddy(self.reasonEdit)
        form.addRow(label, self.reasonEdit)
        layout.addLayout(form)
        self.buttonBox = _button_box(dialog, "D&rop")
        layout.addWidget(self.buttonBox)


class DropDialog(FormDialog):
    """Asks why actions are dropped; ``drop(reason)`` saves, and refuses an empty reason."""

    def __init__(
        self, question: str, drop: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Drop actions")
        form = _DropForm(question)
        self.setup(form)
        self.track_errors({"dropped_reason": form.reasonEdit})
        self._drop = drop
        form.reasonEdit.setFocus()
        self.resize(560, 200)

    def accept_form(self) -> None:
        form: _DropForm = self.form
        reason = form.reasonEdit.text()
        if self.attempt(lambda: self._drop(reason), "Could not drop") is not None:
            self.accept()
