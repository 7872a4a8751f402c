"""A read-only table of records (projects, sessions, payments, rates) for a QTableView.

Each column is a title and a function from a record to its text. Lists here are small enough
to hold in memory (hundreds to a few thousand rows), unlike the register.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    right: bool = False  # money and counts line up on the right


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.columns = list(columns)
        self._records: list[Any] = []
        self._texts: list[tuple[str, ...]] = []

    @property
    def records(self) -> list[Any]:
        return list(self._records)

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        # Worked out once: painting asks for every visible cell many times.
        self._texts = [tuple(c.text(r) for c in self.columns) for r in self._records]
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_where(self, test: Callable[[Any], bool]) -> int | None:
        for row, record in enumerate(self._records):
            if test(record):
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (_DISPLAY, _ACCESSIBLE):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._texts[index.row()][index.column()]
        if role == _TOOLTIP:
            text = self._texts[index.row()][index.column()]
            return text if len(text) > 30 else None
        if role == _ALIGN and self.columns[index.column()].right:
            return _RIGHT
        return None
