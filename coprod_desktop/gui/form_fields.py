"""Reading and filling the kinds of field the forms share: money, dates that may be unset,
and turning a service's ValidationError into messages beside the right widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QBoxLayout, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from coprod_desktop.money import MoneyError, parse_money
from coprod_desktop.services.form_checks import FieldProblem, ValidationError

ERROR_STYLE = "color: #a4000f; font-weight: bold;"  # dark red, 7:1 on white; text says it too
NOT_SET = QDate(1900, 1, 1)  # a date box showing "Not set"


def money_text(pence: int | None) -> str:
    """1250 -> '12.50' (what goes back into an amount box); None -> ''."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}{pounds}.{rest:02d}"


def read_money(
    edit: QLineEdit, field: str, label: str, problems: list[FieldProblem], *, optional: bool
) -> int | None:
    """The amount typed in ``edit`` in pence; a problem is added (and None returned) if the
    text is not money. An empty optional box is None."""
    text = edit.text().strip()
    if not text and optional:
        return None
    try:
        return parse_money(text, label)
    except MoneyError as error:
        problems.append(FieldProblem(field, str(error), label))
        return None


def allow_unset_date(edit: QDateEdit, today: date) -> None:
    """Make a date box start as "Not set", its calendar opening on ``today``'s month."""
    edit.setMinimumDate(NOT_SET)
    edit.setSpecialValueText("Not set")
    edit.setDate(NOT_SET)
    # The calendar opens on this month, not January 1900 (showing a page selects nothing).
    edit.calendarWidget().setCurrentPage(today.year, today.month)


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NOT_SET)


def read_date(edit: QDateEdit) -> date | None:
    picked = edit.date()
    if picked == NOT_SET or not picked.isValid():
        return None
    return date(picked.year(), picked.month(), picked.day())


class ErrorDisplay:
    """Shows a ValidationError: a summary at the top, each message under its field."""

    def __init__(self, summary: QLabel, widgets: dict[str, QWidget]) -> None:
        self.summary = summary
        self.widgets = widgets
        self.labels: dict[str, QLabel] = {}
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setStyleSheet(ERROR_STYLE)
        summary.hide()

    def clear(self) -> None:
        for field, label in self.labels.items():
            label.hide()
            self.widgets[field].setAccessibleDescription("")
        self.summary.hide()

    def show(self, error: ValidationError) -> None:
        self.clear()
        count = len(error.problems)
        things = "1 thing" if count == 1 else f"{count} things"
        names = ", ".join(dict.fromkeys(p.label or p.field for p in error.problems))
        self.summary.setText(f"⚠ Nothing was saved. Please fix {things}, marked below: {names}.")
        self.summary.show()
        first: QWidget | None = None
        unplaced = []
        for field in dict.fromkeys(p.field for p in error.problems):
            found = error.for_field(field)
            message = " ".join(p.message for p in found)
            widget = self.widgets.get(field)
            if widget is None:
                unplaced.append(message)
                continue
            label = self._label_for(field, widget, found[0].label or field)
            label.setText(f"⚠ {message}")
            label.show()
            widget.setAccessibleDescription(message)
            first = first or widget
        if unplaced:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_for(self, field: str, widget: QWidget, name: str) -> QLabel:
        label = self.labels.get(field)
        if label is not None:
            return label
        parent = widget.parentWidget()
        label = QLabel(parent)
        label.setObjectName(f"{field}Error")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # user text must never become markup
        label.setStyleSheet(ERROR_STYLE)
        # Read out as its own text (the message); the description names the field.
        label.setAccessibleDescription(f"Problem with {name.lower()}")
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            position = layout.getWidgetPosition(widget)
            assert isinstance(position, tuple)  # (row, role); the stubs say only "object"
            layout.insertRow(int(position[0]) + 1, "", label)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(widget) + 1, label)
        self.labels[field] = label
        return label
