"""Add or change a values self-check: the day, the session it was done at, who took part
(people with lived experience and staff counted apart), a rating from 1 to 5 with comments for
each value, the level the group thinks it has reached, and comments on the whole.

When no one with lived experience is counted, a warning says in words that the check was filled
in by staff alone (it shows as "Staff only" everywhere afterwards).

The form scrolls below the summary of problems: with a message under many fields, and the
warning, it is taller than the window, and squeezing it would cut the messages off. Each
wrapped message is kept exactly as tall as its text at the width it is given (FitHeights).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from coprod_desktop.gui.choices import chosen, fill, select
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.forms.ui_values_check_form import Ui_ValuesCheckDialog
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.form_checks import ValidationError
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


class FitHeights(QObject):
    """Keeps word-wrapped labels in a form layout exactly as tall as their text at their width.

    QFormLayout gives a row beside a label the height its field prefers, which for wrapped text
    is worked out at a guessed width, not the one the field gets: too tall leaves gaps, too
    short cuts the text off (a narrow window). Fixing each label's height to what its text needs
    at its real width, again whenever that width or the text changes, avoids both.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._labels: list[QLabel] = []

    def watch(self, labels: Sequence[QLabel]) -> None:
        for label in labels:
            if label not in self._labels:
                self._labels.append(label)
                label.installEventFilter(self)

    def fit(self) -> None:
        """Call after changing a watched label's text (its width may not change)."""
        for label in self._labels:
            _fit(label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _fit(watched)
        return False


def _fit(label: QLabel) -> None:
    fixed = label.minimumHeight(), label.maximumHeight()
    label.setMinimumHeight(0)  # a label's height for a width is never below its minimum
    height = label.heightForWidth(label.width())
    if height > 0 and fixed != (height, height):
        label.setFixedHeight(height)
    else:
        label.setMinimumHeight(fixed[0])


def in_form_order(error: ValidationError, fields: Sequence[str]) -> ValidationError:
    """The same problems, in the order their fields come on the form (any field not on it
    last), so the summary lists them in the order a person meets them."""
    place = {field: index for index, field in enumerate(fields)}
    return ValidationError(sorted(error.problems, key=lambda p: place.get(p.field, len(place))))


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
        # In the form's order, top to bottom: problems are listed in this order.
        widgets: dict[str, QWidget] = {
            "checked_on": f.dateEdit,
            "session_id": f.sessionCombo,
            "lived_experience_count": f.livedSpin,
            "staff_count": f.staffSpin,
            "level": f.levelCombo,
        }
        for value, combo in self.ratings.items():
            widgets[rating_field(value)] = combo
            widgets[comments_field(value)] = self.comments[value]
        widgets["comments"] = f.commentsEdit
        self.track_errors(widgets)
        for label in (f.staffOnlyWarning, f.levelHint, f.introLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        f.staffOnlyWarning.setStyleSheet(WARNING_STYLE)
        f.staffOnlyWarning.setText(STAFF_ONLY_WARNING)
        self.heights = FitHeights(self)
        self.heights.watch([f.staffOnlyWarning, f.levelHint])
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
        day = today or today_here()
        # A check is recorded after the group did it: the calendar stops at today (the service
        # checks too).
        f.dateEdit.setMaximumDate(QDate(day.year, day.month, day.day))
        if record is not None:
            self._show(record)
        else:
            self.setWindowTitle(f"New values self-check: {project_name}")
            f.dateEdit.setDate(QDate(day.year, day.month, day.day))
        f.livedSpin.valueChanged.connect(lambda _v: self._update_warning())
        f.staffSpin.valueChanged.connect(lambda _v: self._update_warning())
        f.levelCombo.currentIndexChanged.connect(lambda _i: self._show_level_hint())
        self._update_warning()
        self._show_level_hint()
        app = QApplication.instance()
        self._watching_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_visible)
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
        self.heights.fit()
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

    def _save_in_form_order(self, data: ValuesCheckData) -> object:
        try:
            return self._save(data)
        except ValidationError as error:
            raise in_form_order(error, list(self.errors.widgets)) from error

    def accept_form(self) -> None:
        data = self.data()
        result = self.attempt(lambda: self._save_in_form_order(data))
        if result is not None:
            self.saved = result
            self.accept()
        elif self.errors.summary.isVisibleTo(self):
            self.heights.watch(list(self.errors.labels.values()))
            self.heights.fit()
            # The first problem's field has the focus; scroll to it once the messages are laid
            # out (the form grows to make room for them).
            QTimer.singleShot(0, self._show_focused)

    # --- scrolling --------------------------------------------------------------------------
    def _show_focused(self) -> None:
        focused = self.focusWidget()
        if focused is None or not self.form.scrollContent.isAncestorOf(focused):
            return
        # The field, and below it the message about it, when one is shown.
        for field, widget in self.errors.widgets.items():
            label = self.errors.labels.get(field)
            if widget is focused and label is not None and label.isVisibleTo(self):
                self.form.scrollArea.ensureWidgetVisible(label, 20, 20)
        self.form.scrollArea.ensureWidgetVisible(focused, 20, 20)

    def _keep_focus_visible(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tab and the Alt-letters must bring the field they go to into view.
        if new is not None and self.form.scrollContent.isAncestorOf(new):
            self.form.scrollArea.ensureWidgetVisible(new, 20, 40)

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching_focus:
            app.focusChanged.disconnect(self._keep_focus_visible)
            self._watching_focus = False
        super().done(result)
