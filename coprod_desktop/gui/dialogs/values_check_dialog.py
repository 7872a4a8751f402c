"""Add or change a values self-check: the day, the session it was done at, who took part
(people with lived experience and staff counted apart), a rating from 1 to 5 with comments for
each value, the level the group thinks it has reached, and comments on the whole.

When no one with lived experience is counted, a warning says in words that the check was filled
in by staff alone (it shows as "Staff only" everywhere afterwards)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_values_check_form import Ui_ValuesCheckDialog
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.values_check import (
    HIGHEST,
    LEVEL_EXPLANATIONS,
    LOWEST,
    MAX_PEOPLE,
    RATING_WORDS,
    RatingData,
    ValuesCheckData,
    ValuesCheckRecord,
    comments_field,
    rating_field,
)
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue

SaveCheck = Callable[[ValuesCheckData], object]

NO_SESSION = "Not at a session"
NO_RATING = "Choose a rating"
STAFF_ONLY_WARNING = (
    "⚠ Staff only: no one with lived experience is counted, so this check will show as "
    "filled in by staff alone. If people with lived experience took part, give how many."
)
WARNING_STYLE = "font-weight: bold;"  # the words carry the warning; bold makes it stand out


class ValuesCheckDialog(FormDialog):
    def __init__(
        self,
        save: SaveCheck,
        project_id: int,
        project_name: str,
        sessions: list[tuple[int, str]],
        record: ValuesCheckRecord | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        """``sessions``: the project's sessions, (number, how it is shown), for the picker."""
        super().__init__(parent)
        self.setup(Ui_ValuesCheckDialog())
        self._save = save
        self.project_id = project_id
        self.record = record
        self.saved: object | None = None
        f: Ui_ValuesCheckDialog = self.form
        self.ratings: dict[CoproductionValue, QComboBox] = {
            CoproductionValue.SHARING_POWER: f.sharingPowerRating,
            CoproductionValue.ALL_PERSPECTIVES: f.allPerspectivesRating,
            CoproductionValue.RESPECTING_KNOWLEDGE: f.respectingKnowledgeRating,
            CoproductionValue.RECIPROCITY: f.reciprocityRating,
            CoproductionValue.RELATIONSHIPS: f.relationshipsRating,
        }
        self.comments: dict[CoproductionValue, QLineEdit] = {
            CoproductionValue.SHARING_POWER: f.sharingPowerComments,
            CoproductionValue.ALL_PERSPECTIVES: f.allPerspectivesComments,
            CoproductionValue.RESPECTING_KNOWLEDGE: f.respectingKnowledgeComments,
            CoproductionValue.RECIPROCITY: f.reciprocityComments,
            CoproductionValue.RELATIONSHIPS: f.relationshipsComments,
        }
        widgets: dict[str, QWidget] = {
            "checked_on": f.dateEdit,
            "session_id": f.sessionCombo,
            "lived_experience_count": f.livedSpin,
            "staff_count": f.staffSpin,
            "level": f.levelCombo,
            "comments": f.commentsEdit,
        }
        for value, combo in self.ratings.items():
            widgets[rating_field(value)] = combo
            widgets[comments_field(value)] = self.comments[value]
        self.track_errors(widgets)
        for label in (f.staffOnlyWarning, f.levelHint, f.introLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        f.staffOnlyWarning.setStyleSheet(WARNING_STYLE)
        f.staffOnlyWarning.setText(STAFF_ONLY_WARNING)
        for spin in (f.livedSpin, f.staffSpin):
            spin.setRange(0, MAX_PEOPLE)
        f.sessionCombo.view().setAccessibleName("Sessions: list")
        f.sessionCombo.addItem(NO_SESSION, None)
        for number, shown in sessions:
            f.sessionCombo.addItem(shown, number)
        fill(f.levelCombo, None, ((level.label, level) for level in CoproductionLevel))
        for combo in self.ratings.values():
            combo.view().setAccessibleName(f"{combo.accessibleName()}: list")
            combo.addItem(NO_RATING, None)
            for rating in range(LOWEST, HIGHEST + 1):
                combo.addItem(f"{rating} {RATING_WORDS[rating]}", rating)
        if record is not None:
            self._show(record)
        else:
            self.setWindowTitle(f"New values self-check: {project_name}")
            day = today or today_here()
            f.dateEdit.setDate(QDate(day.year, day.month, day.day))
        f.livedSpin.valueChanged.connect(lambda _v: self._update_warning())
        f.staffSpin.valueChanged.connect(lambda _v: self._update_warning())
        f.levelCombo.currentIndexChanged.connect(lambda _i: self._show_level_hint())
        self._update_warning()
        self._show_level_hint()
        f.dateEdit.setFocus()

    def _show(self, record: ValuesCheckRecord) -> None:
        f: Ui_ValuesCheckDialog = self.form
        data = record.data
        self.setWindowTitle(
            f"Values self-check on {long_date(data.checked_on)}: {record.project_name}"
        )
        f.dateEdit.setDate(QDate(data.checked_on.year, data.checked_on.month, data.checked_on.day))
        index = f.sessionCombo.findData(data.session_id) if data.session_id is not None else 0
        if index < 0:  # kept as stored, even if the list no longer offers it
            f.sessionCombo.addItem(record.session_title or f"Session {data.session_id}")
            f.sessionCombo.setItemData(f.sessionCombo.count() - 1, data.session_id)
            index = f.sessionCombo.count() - 1
        f.sessionCombo.setCurrentIndex(index)
        f.livedSpin.setValue(data.lived_experience_count)
        f.staffSpin.setValue(data.staff_count)
        select(f.levelCombo, data.level)
        for rating in data.ratings:
            combo = self.ratings[rating.value]
            combo.setCurrentIndex(max(combo.findData(rating.rating), 0))
            self.comments[rating.value].setText(rating.comments)
        f.commentsEdit.setPlainText(data.comments)

    def staff_only_shown(self) -> bool:
        return bool(self.form.staffOnlyWarning.isVisibleTo(self))

    def _update_warning(self) -> None:
        f: Ui_ValuesCheckDialog = self.form
        # Only once someone is counted: with nobody at all, the form is not finished yet.
        f.staffOnlyWarning.setVisible(f.livedSpin.value() == 0 and f.staffSpin.value() > 0)

    def _show_level_hint(self) -> None:
        level = chosen(self.form.levelCombo, CoproductionLevel)
        text = LEVEL_EXPLANATIONS[level] if level is not None else ""
        self.form.levelHint.setText(text)
        self.form.levelCombo.setAccessibleDescription(text)

    # --- saving -----------------------------------------------------------------------------
    def data(self) -> ValuesCheckData:
        f: Ui_ValuesCheckDialog = self.form
        picked = f.dateEdit.date()
        session_id = f.sessionCombo.currentData()
        ratings = []
        for value, combo in self.ratings.items():
            rating = combo.currentData()
            if rating is not None:  # an unrated value is reported by the service
                ratings.append(RatingData(value, int(rating), self.comments[value].text()))
        return ValuesCheckData(
            project_id=self.project_id,
            checked_on=date(picked.year(), picked.month(), picked.day()),
            level=chosen(f.levelCombo, CoproductionLevel) or CoproductionLevel.DESCRIPTIVE,
            lived_experience_count=f.livedSpin.value(),
            staff_count=f.staffSpin.value(),
            ratings=tuple(ratings),
            session_id=int(session_id) if session_id is not None else None,
            comments=f.commentsEdit.toPlainText(),
        )

    def accept_form(self) -> None:
        data = self.data()
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
