"""Add or change a story: what someone shared, who shared it (or anonymously), when and where,
the project and session, how it may be used (the consent they gave), its themes, and the
decisions it has informed (shown, not changed here: a decision cites the stories it drew on)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_story_form import Ui_StoryDialog
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.stories import CONSENT_HINTS, STORY_LABELS, StoryData, StoryRecord
from coprod_desktop.vocabulary import StoryConsent

log = logging.getLogger(__name__)

NO_PROJECT = "No project"
NO_SESSION = "Not at a session"
NOT_CITED = "No decision cites it yet (choose it in a decision, in the Decisions screen)"

SaveStory = Callable[[StoryData], object]
# Checks a story without saving it (ValidationError lists every problem).
CheckStory = Callable[[StoryData], object]
# A project's sessions: (number, "Title (date)"), newest first.
LoadSessions = Callable[[int], list[tuple[int, str]]]
# Asks for a new theme and stores it: (number, name), or None if the person changed their mind.
AddTheme = Callable[[QWidget], tuple[int, str] | None]

_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked
_ID = Qt.ItemDataRole.UserRole


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _number(value: object) -> int | None:
    return int(str(value)) if value is not None else None


class StoryDialog(FormDialog):
    def __init__(
        self,
        save: SaveStory,
        projects: list[tuple[int, str]],
        people: list[tuple[int, str]],
        sessions_for: LoadSessions,
        themes: list[tuple[int, str]],
        add_theme: AddTheme | None = None,
        record: StoryRecord | None = None,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
        today: date | None = None,
        check: CheckStory | None = None,
    ) -> None:
        """``people``: everyone on the register (someone who has left can still be named as
        having shared it). ``themes``: every theme, (number, name), by name. ``check`` finds
        the story's other problems when the name in Shared by is not understood, so that all
        are shown at once."""
        super().__init__(parent)
        self.setup(Ui_StoryDialog())
        self._save = save
        self._check = check
        self._sessions_for = sessions_for
        self._add_theme = add_theme
        self.record = record
        self.saved: object | None = None
        self.themes_added: list[tuple[int, str]] = []
        f: Ui_StoryDialog = self.form
        self.track_errors(
            {
                "title": f.titleEdit,
                "text": f.textEdit,
                "participant_id": f.personEdit,
                "told_on": f.dateEdit,
                "place": f.placeEdit,
                "project_id": f.projectCombo,
                "session_id": f.sessionCombo,
                "consent": f.consentCombo,
                "theme_ids": f.themesList,
            }
        )
        f.consentHint.setTextFormat(Qt.TextFormat.PlainText)
        for combo in (f.projectCombo, f.sessionCombo):
            combo.view().setAccessibleName(f"{combo.accessibleName()}: list")
        f.projectCombo.addItem(NO_PROJECT, None)
        for project_number, name in projects:
            f.projectCombo.addItem(name, project_number)
        fill(f.consentCombo, None, ((c.label, c) for c in StoryConsent))
        f.anonymousCheck.setAccessibleName("Anonymous (nobody on the register named)")
        self.picker = PersonPicker(f.personEdit, people)
        today = today or today_here()
        f.dateEdit.setMaximumDate(_qdate(today))  # a story is recorded after it was told
        checked: set[int] = set()
        if record is not None:
            data = record.data
            self.setWindowTitle(f"Story {record.id}: {record.data.title}")
            f.titleEdit.setText(data.title)
            f.textEdit.setPlainText(data.text)
            if data.participant_id is not None:
                self.picker.set_person(
                    data.participant_id,
                    dict(people).get(data.participant_id, record.teller_name or ""),
                )
            f.dateEdit.setDate(_qdate(data.told_on))
            f.placeEdit.setText(data.place)
            if data.project_id is not None:
                self._choose_project(data.project_id)
            select(f.consentCombo, data.consent)
            checked = set(data.theme_ids)
        else:
            self.setWindowTitle("New story")
            if project_id is not None:
                self._choose_project(project_id)
            f.dateEdit.setDate(_qdate(today))
            select(f.consentCombo, StoryConsent.INTERNAL_ONLY)  # the safe choice until asked
        if record is not None and f.projectCombo.currentData() != record.data.project_id:
            # A project the list no longer offers is kept as it is stored.
            f.projectCombo.addItem(record.project_name or "", record.data.project_id)
            f.projectCombo.setCurrentIndex(f.projectCombo.count() - 1)
        for theme_id, name in themes:
            self._add_theme_item(theme_id, name, theme_id in checked)
        # Anonymous unless someone is named: ticking it clears the name, naming unticks it.
        f.anonymousCheck.setChecked(not f.personEdit.text().strip())
        f.anonymousCheck.toggled.connect(self._anonymous_toggled)
        f.personEdit.textChanged.connect(self._person_typed)
        self._load_sessions(record.data.session_id if record is not None else None)
        f.projectCombo.currentIndexChanged.connect(lambda _i: self._load_sessions(None))
        f.consentCombo.currentIndexChanged.connect(lambda _i: self._consent_changed())
        self._consent_changed()
        f.newThemeButton.clicked.connect(self.new_theme)
        f.newThemeButton.setEnabled(add_theme is not None)
        f.ledToList.clear()
        for _decision_id, label in (record.decisions if record is not None else ()) or (
            (0, NOT_CITED),
        ):
            f.ledToList.addItem(QListWidgetItem(label))
        f.titleEdit.setFocus()

    # --- the project's sessions -------------------------------------------------------------
    def _choose_project(self, project_id: int) -> None:
        index = self.form.projectCombo.findData(project_id)
        if index >= 0:
            self.form.projectCombo.setCurrentIndex(index)

    def _load_sessions(self, keep: int | None) -> None:
        f: Ui_StoryDialog = self.form
        project = _number(f.projectCombo.currentData())
        found = self._sessions_for(project) if project is not None else []
        self._refill(f.sessionCombo, found, keep)

    def _refill(self, combo: QComboBox, items: list[tuple[int, str]], keep: int | None) -> None:
        combo.clear()
        combo.addItem(NO_SESSION, None)
        for number, shown in items:
            combo.addItem(shown, number)
        index = combo.findData(keep) if keep is not None else 0
        if index < 0 and self.record is not None and keep == self.record.data.session_id:
            # A session the list no longer offers is kept as it is stored, never dropped.
            combo.addItem(self.record.session_title or f"Session {keep}", keep)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    # --- who shared it ----------------------------------------------------------------------
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

    def _who(self) -> tuple[int | None, str]:
        """(the person's number or None for anonymous, why the name was not understood)."""
        f: Ui_StoryDialog = self.form
        if f.anonymousCheck.isChecked() or not f.personEdit.text().strip():
            return None, ""
        participant_id, why_not = self.picker.chosen()
        if participant_id is None:
            label = STORY_LABELS["participant_id"]
            return None, f"{why_not.replace('Person', label, 1)} Or tick Anonymous."
        return participant_id, ""

    # --- consent ----------------------------------------------------------------------------
    def consent(self) -> StoryConsent:
        return chosen(self.form.consentCombo, StoryConsent) or StoryConsent.INTERNAL_ONLY

    def _consent_changed(self) -> None:
        f: Ui_StoryDialog = self.form
        hint = CONSENT_HINTS[self.consent()]
        f.consentHint.setText(hint)
        # Read out with the choice, so a screen reader user hears what it means.
        f.consentCombo.setAccessibleDescription(hint)

    # --- themes -----------------------------------------------------------------------------
    def _add_theme_item(self, theme_id: int, name: str, ticked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(_ID, theme_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(_CHECKED if ticked else _UNCHECKED)
        self.form.themesList.addItem(item)

    def theme_ids(self) -> tuple[int, ...]:
        """The ticked themes, in the list's order."""
        listed = self.form.themesList
        return tuple(
            int(listed.item(row).data(_ID))
            for row in range(listed.count())
            if listed.item(row).checkState() == _CHECKED
        )

    def tick_theme(self, name: str, ticked: bool = True) -> None:
        """Tick (or untick) the theme called ``name``, as a click on its box does."""
        for row in range(self.form.themesList.count()):
            item = self.form.themesList.item(row)
            if item.text() == name:
                item.setCheckState(_CHECKED if ticked else _UNCHECKED)
                return
        raise KeyError(name)

    def new_theme(self) -> None:
        if self._add_theme is None:
            return
        made = self._add_theme(self)
        if made is None:
            return
        theme_id, name = made
        self.themes_added.append(made)
        self._add_theme_item(theme_id, name, True)
        listed = self.form.themesList
        listed.setCurrentRow(listed.count() - 1)
        listed.setFocus()

    def form_state(self) -> list[object]:
        # Ticking a theme is a change too (the list's texts alone would not show it).
        return [*super().form_state(), self.theme_ids()]

    # --- saving -----------------------------------------------------------------------------
    def data(self) -> StoryData:
        f: Ui_StoryDialog = self.form
        picked = f.dateEdit.date()
        participant_id, _ = self._who()
        return StoryData(
            title=f.titleEdit.text(),
            text=f.textEdit.toPlainText(),
            told_on=date(picked.year(), picked.month(), picked.day()),
            consent=self.consent(),
            participant_id=participant_id,
            place=f.placeEdit.text(),
            project_id=_number(f.projectCombo.currentData()),
            session_id=_number(f.sessionCombo.currentData()),
            theme_ids=self.theme_ids(),
        )

    def accept_form(self) -> None:
        _, why_not = self._who()
        if why_not:
            self._show_with_other_problems(why_not)
            return
        data = self.data()
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()

    def _show_with_other_problems(self, why_not: str) -> None:
        """Show that the name in Shared by is not understood together with every other problem
        the story has, so that they are put right in one go, not found one round at a time."""
        problems = [FieldProblem("participant_id", why_not, STORY_LABELS["participant_id"])]
        data = self.data()
        # A name was given, just not understood: "With their name" is not a contradiction.
        if data.consent is StoryConsent.WITH_NAME:
            data = replace(data, consent=StoryConsent.INTERNAL_ONLY)
        if self._check is not None:
            try:
                self._check(data)
            except ValidationError as error:
                problems += [p for p in error.problems if p.field != "participant_id"]
            except Exception:
                # Only a help: the name's problem is shown anyway, and Save says what else.
                log.exception("Could not check the story")
        order = list(self.errors.widgets)
        problems.sort(key=lambda p: order.index(p.field) if p.field in order else len(order))
        self.errors.show(ValidationError(problems))
