"""Lists of choices (roles, statuses, …) in combo boxes, and reading them back as enums.

Qt keeps an item's data as a QVariant, and PySide6 hands a ``StrEnum`` back as a plain ``str``.
Reading every combo through ``chosen`` turns it back into the enum, so the rest of the app
never sees a bare string where it expects a choice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

E = TypeVar("E", bound=StrEnum)


def fill(combo: QComboBox, first: str | None, choices: Iterable[tuple[str, StrEnum]]) -> None:
    """Put ``(label, value)`` items in ``combo``, after an optional "none chosen" item."""
    # The drop-down list is a control of its own for screen readers: give it a name too.
    combo.view().setAccessibleName(f"{combo.accessibleName() or 'Choices'}: list")
    if first is not None:
        combo.addItem(first, None)
    for label, value in choices:
        combo.addItem(label, value.value)


def chosen(combo: QComboBox, enum_class: type[E]) -> E | None:
    """The current item as ``enum_class``, or None for the "none chosen" item."""
    data = combo.currentData()
    if data is None or data == "":
        return None
    return enum_class(str(data))


def select(combo: QComboBox, value: StrEnum | None) -> None:
    """Make ``value`` current ("none chosen", the first item, for None)."""
    index = combo.findData(value.value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def _name_only(_number: int, name: str) -> str:
    return name


def refill_numbered(
    combo: QComboBox,
    first: str,
    items: Iterable[tuple[int, str]],
    shown: Callable[[int, str], str] = _name_only,
) -> None:
    """Replace the items with ``(number, name)`` records after a "none chosen" ``first`` item,
    keeping the current choice if it is still there, without signalling a change (a screen
    refreshing its filters must not refresh itself again)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for number, name in items:
        combo.addItem(shown(number, name), number)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)


def chosen_number(combo: QComboBox) -> int | None:
    """The record number of the current item, or None for the "none chosen" item."""
    value = combo.currentData()
    return int(value) if value is not None else None
