"""Add or change a "you said, we did" item: what was said, when and where, by whom (or
anonymously), our response and its status, and the action or decision it led to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_feedback_form import Ui_FeedbackDialog
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.feedback import FEEDBACK_LABELS, FeedbackData, FeedbackRecord
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.vocabulary import FeedbackResponse, FeedbackStatus

NO_SESSION = "Not at a session"
NO_ACTION = "No action"
NO_DECISION = "No decision"

# The response box's label (with the same Alt+H throughout) and its name for screen readers.
RESPONSE_LABELS = {
    FeedbackResponse.NOT_YET: ("W&hat we know so far:", "What we know so far"),
    FeedbackResponse.WE_DID: ("W&hat we did:", "What we did"),
    FeedbackResponse.COULD_NOT: ("W&hy we could not:", "Why we could not"),
    FeedbackResponse.IN_PROGRESS: ("W&hat is happening:", "What is happening"),
}


@dataclass(frozen=True)
class FeedbackChoices:
    """What an item of one project can point at: (number, how it is shown)."""

    sessions: list[tuple[int, str]] = field(default_factory=list)
    actions: list[tuple[int, str]] = field(default_factory=list)
    decisions: list[tuple[int, str]] = field(default_factory=list)


SaveFeedback = Callable[[FeedbackData], object]
LoadChoices = Callable[[int], FeedbackChoices]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _number(value: object) -> int | None:
    return int(str(value)) if value is not None else None


class FeedbackDialog(FormDialog):
    def __init__(
        self,
        save: SaveFeedback,
        projects: list[tuple[int, str]],
        people: list[tuple[int, str]],
        choices_for: LoadChoices,
        record: FeedbackRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
    ) -> None:
        """``people``: everyone on the register (someone who has left can still be named)."""
        super().__init__(parent)
        self.setup(Ui_FeedbackDialog())
        self._save = save
        self._choices_for = choices_for
        self.record = record
        self.saved: object | None = None
        f: Ui_FeedbackDialog = self.form
        self.track_errors(
            {
                "project_id": f.projectCombo,
                "said_on": f.dateEdit,
                "session_id": f.sessionCombo,
                "what_was_said": f.saidEdit,
                "participant_id": f.personEdit,
                "response_kind": f.kindCombo,
                "response": f.responseEdit,
                "status": f.statusCombo,
                "action_id": f.actionCombo,
                "decision_id": f.decisionCombo,
            }
        )
        for combo in (f.projectCombo, f.sessionCombo, f.actionCombo, f.decisionCombo):
            combo.view().setAccessibleName(f"{combo.accessibleName()}: list")
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.kindCombo, None, ((k.label, k) for k in FeedbackResponse))
        fill(f.statusCombo, None, ((s.label, s) for s in FeedbackStatus))
        f.anonymousCheck.setAccessibleName("Anonymous (nobody on the register named)")
        self.picker = PersonPicker(f.personEdit, people)
        if record is not None:
            data = record.data
            self.setWindowTitle(f"You said, we did: item {record.id}")
            self._choose_project(data.project_id)
            f.dateEdit.setDate(_qdate(data.said_on))
            f.saidEdit.setPlainText(data.what_was_said)
            if data.participant_id is not None:
                self.picker.set_person(
                    data.participant_id, dict(people).get(data.participant_id, record.said_by)
                )
            select(f.kindCombo, data.response_kind)
            f.responseEdit.setPlainText(data.response)
            select(f.statusCombo, data.status)
        else:
            self.setWindowTitle("New feedback item")
            if project_id is not None:
                self._choose_project(project_id)
            f.dateEdit.setDate(_qdate(today or today_here()))
        # Anonymous unless someone is named: ticking it clears the name, naming unticks it.
        f.anonymousCheck.setChecked(not f.personEdit.text().strip())
        f.anonymousCheck.toggled.connect(self._anonymous_toggled)
        f.personEdit.textChanged.connect(self._person_typed)
        self._load_choices(record.data if record is not None else None)
        f.projectCombo.currentIndexChanged.connect(lambda _i: self._load_choices(None))
        f.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        f.saidEdit.setFocus()

    # --- choices that depend on the project -------------------------------------------------
    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        self.form.projectCombo.setCurrentIndex(max(index, 0))

    def _load_choices(self, keep: FeedbackData | None) -> None:
        f: Ui_FeedbackDialog = self.form
        project = f.projectCombo.currentData()
        found = self._choices_for(int(project)) if project is not None else FeedbackChoices()
        stored = self.record
        for combo, first, items, wanted, stored_text in (
            (
                f.sessionCombo,
                NO_SESSION,
                found.sessions,
                keep.session_id if keep else None,
                stored.session_title if stored else "",
            ),
            (
                f.actionCombo,
                NO_ACTION,
                found.actions,
                keep.action_id if keep else None,
                stored.action_text if stored else "",
            ),
            (
                f.decisionCombo,
                NO_DECISION,
                found.decisions,
                keep.decision_id if keep else None,
                stored.decision_text if stored else "",
            ),
        ):
            current = wanted if keep is not None else combo.currentData()
            self._refill(combo, first, items, current, stored_text if keep is not None else "")

    @staticmethod
    def _refill(
        combo: QComboBox,
        first: str,
        items: list[tuple[int, str]],
        current: object,
        stored_text: str,
    ) -> None:
        combo.clear()
        combo.addItem(first, None)
        for number, shown in items:
            combo.addItem(shown, number)
        index = combo.findData(current) if current is not None else 0
        if index < 0 and stored_text:
            # A link the list no longer offers is kept as it is stored, never dropped quietly.
            combo.addItem(stored_text, current)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # --- who said it ------------------------------------------------------------------------
    def _anonymous_toggled(self, ticked: bool) -> None:
        if ticked and self.form.personEdit.text():
            self.form.personEdit.blockSignals(True)
            self.form.personEdit.clear()
            self.form.personEdit.blockSignals(False)

    def _person_typed(self, text: str) -> None:
        check = self.form.anonymousCheck
        check.blockSignals(True)
        check.setChecked(not text.strip())
        check.blockSignals(False)

    # --- the response -----------------------------------------------------------------------
    def _kind_changed(self) -> None:
        f: Ui_FeedbackDialog = self.form
        kind = chosen(f.kindCombo, FeedbackResponse) or FeedbackResponse.NOT_YET
        text, name = RESPONSE_LABELS[kind]
        f.responseLabel.setText(text)
        f.responseEdit.setAccessibleName(name)

    # --- saving -----------------------------------------------------------------------------
    def _who(self) -> tuple[int | None, str]:
        """(the person's number or None for anonymous, why the name was not understood)."""
        f: Ui_FeedbackDialog = self.form
        if f.anonymousCheck.isChecked() or not f.personEdit.text().strip():
            return None, ""
        participant_id, why_not = self.picker.chosen()
        if participant_id is None:
            label = FEEDBACK_LABELS["participant_id"]
            return None, f"{why_not.replace('Person', label, 1)} Or tick Anonymous."
        return participant_id, ""

    def data(self) -> FeedbackData | None:
        f: Ui_FeedbackDialog = self.form
        project = f.projectCombo.currentData()
        if project is None:
            return None
        picked = f.dateEdit.date()
        participant_id, _ = self._who()
        return FeedbackData(
            project_id=int(project),
            said_on=date(picked.year(), picked.month(), picked.day()),
            what_was_said=f.saidEdit.toPlainText(),
            participant_id=participant_id,
            session_id=_number(f.sessionCombo.currentData()),
            response_kind=chosen(f.kindCombo, FeedbackResponse) or FeedbackResponse.NOT_YET,
            response=f.responseEdit.toPlainText(),
            status=chosen(f.statusCombo, FeedbackStatus) or FeedbackStatus.OPEN,
            action_id=_number(f.actionCombo.currentData()),
            decision_id=_number(f.decisionCombo.currentData()),
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
        _, why_not = self._who()
        if why_not:
            label = FEEDBACK_LABELS["participant_id"]
            self.errors.show(ValidationError([FieldProblem("participant_id", why_not, label)]))
            return
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
