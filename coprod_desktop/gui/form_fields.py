"""Reading and filling the kinds of field the forms share: money, dates that may be unset,
and turning a service's ValidationError into messages beside the right widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

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
        # Only as tall as its text: spare height in a tall dialog goes to the fields.
        summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
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
            if label is None:  # no row to put it on: the summary carries it instead
                unplaced.append(message)
                continue
            label.setText(f"⚠ {message}")
            label.show()
            widget.setAccessibleDescription(message)
            first = first or widget
        if unplaced:
            self.summary.setText(self.summary.text() + "\n" + "\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_for(self, field: str, widget: QWidget, name: str) -> QLabel | None:
        label = self.labels.get(field)
        if label is not None:
            return label
        parent = widget.parentWidget()
        top = parent.layout() if parent is not None else None
        place = _row_holding(top, widget) if top is not None else None
        if place is None:
            return None
        label = QLabel(parent)
        label.setObjectName(f"{field}Error")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # user text must never become markup
        label.setStyleSheet(ERROR_STYLE)
        # Read out as its own text (the message); the description names the field.
        label.setAccessibleDescription(f"Problem with {name.lower()}")
        layout, index = place
        if isinstance(layout, QFormLayout):
            position = layout.getItemPosition(index)
            assert isinstance(position, tuple)  # (row, role); the stubs say only "object"
            layout.insertRow(int(position[0]) + 1, "", label)
        elif isinstance(layout, QBoxLayout):
            layout.insertWidget(index + 1, label)
        self.labels[field] = label
        return label


def _row_holding(layout: QLayout, widget: QWidget) -> tuple[QLayout, int] | None:
    """The layout to put an error in, and the index of its item holding ``widget``.

    Fields often sit inside nested layouts (a form inside a box, an amount box beside a
    "£" label), so the search goes down the tree. The deepest form layout on the way wins,
    so the message goes on the row under the field; failing that, the deepest vertical box.
    """
    path = _path_to(layout, widget)
    if path is None:
        return None
    forms = [step for step in path if isinstance(step[0], QFormLayout)]
    if forms:
        return forms[-1]
    columns = [
        step
        for step in path
        if isinstance(step[0], QBoxLayout) and step[0].direction() in _VERTICAL
    ]
    return columns[-1] if columns else None


def _path_to(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]] | None:
    """Each (layout, item index) from ``layout`` down to the item that is ``widget``."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return [(layout, index)]
        inner = item.layout()
        if inner is not None:
            below = _path_to(inner, widget)
            if below is not None:
                return [(layout, index), *below]
    return None


_VERTICAL = (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)
