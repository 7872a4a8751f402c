"""The register as a Qt table model that stays quick with tens of thousands of people.

Searching asks the source for the matching ids only (one cheap query); the details of a row are
loaded in blocks when the view first needs them. So a search costs one query plus the few rows
on screen, however many people match.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coprod_desktop.services.participant_types import (
    ParticipantQuery,
    ParticipantRow,
    SortKey,
)

log = logging.getLogger(__name__)
BLOCK = 100  # rows loaded at a time

Index = QModelIndex | QPersistentModelIndex


class RegisterSource(Protocol):
    """Where the model gets its data (the database, through the services)."""

    def search_ids(self, query: ParticipantQuery) -> list[int]: ...

    def load_rows(self, ids: Sequence[int]) -> dict[int, ParticipantRow]: ...

    def count_all(self) -> int: ...


COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    ("Name", SortKey.NAME),
    ("Full name", None),
    ("Roles", None),
    ("Status", SortKey.STATUS),
    ("Email", SortKey.EMAIL),
    ("Phone", SortKey.PHONE),
    ("Postcode", SortKey.POSTCODE),
    ("Access needs", None),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ID_ROLE,
        ROW_ROLE,
    )
)


def _cell(row: ParticipantRow, column: int) -> str:
    match column:
        case 0:
            return row.preferred_name + (f" ({row.pronouns})" if row.pronouns else "")
        case 1:
            return row.full_name
        case 2:
            return row.roles_text
        case 3:
            return row.status.label
        case 4:
            return row.email
        case 5:
            return row.phone
        case 6:
            return row.postcode
        case _:
            return row.access_text


class ParticipantTableModel(QAbstractTableModel):
    # A database error while loading rows (the file was locked or damaged meanwhile): the page
    # shows it; the model shows blank rows rather than raising inside Qt's painting.
    problem = Signal(object)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source: RegisterSource | None = None
        self._query = ParticipantQuery()
        self._ids: list[int] = []
        self._rows: dict[int, ParticipantRow] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # each row's cells, worked out once
        self._missing: set[int] = set()  # removed since the search ran: do not ask again
        self._total = 0
        # The database error that stopped the last search or row load, until the next search:
        # the page shows it, and nothing is asked of the database again meanwhile.
        self.error: BaseException | None = None

    # --- what the page asks for -------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    @property
    def total(self) -> int:
        """Everyone on the register, whatever the filters."""
        return self._total

    def set_source(self, source: RegisterSource | None) -> None:
        self._source = source
        self.refresh()

    def set_query(self, query: ParticipantQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Run the query again (after a search, a filter or a change to someone's record)."""
        self.beginResetModel()
        self._rows = {}
        self._texts = {}
        self._missing = set()
        self._ids = []
        self._total = 0
        self.error = None
        if self._source is not None:
            try:
                self._ids = self._source.search_ids(self._query)
                self._total = self._source.count_all()
            except Exception as error:
                log.warning("could not search the register: %s", error)
                self._ids, self.error = [], error
        self.endResetModel()
        if self.error is not None:
            self.problem.emit(self.error)

    @property
    def has_source(self) -> bool:
        return self._source is not None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, participant_id: int) -> int | None:
        try:
            return self._ids.index(participant_id)
        except ValueError:
            return None

    def participant_at(self, row: int) -> ParticipantRow | None:
        participant_id = self.id_at(row)
        if participant_id is None:
            return None
        return self._row_for(row, participant_id)

    # --- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return COLUMNS[section][0]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            title, key = COLUMNS[section]
            return f"Sort by {title.lower()}" if key else f"{title} (cannot be sorted)"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called several times for every visible cell on every repaint (once per role the
        # style asks about), so unwanted roles are turned away before anything else.
        if role not in _ANSWERED_ROLES:
            return None
        participant_id = self.id_at(index.row())
        if participant_id is None:
            return None
        if role == ID_ROLE:
            return participant_id
        row = self._row_for(index.row(), participant_id)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        texts = self._texts.get(participant_id)
        if texts is None:
            texts = self._texts[participant_id] = tuple(_cell(row, c) for c in range(len(COLUMNS)))
        text = texts[index.column()]
        if role == _TOOLTIP:
            return text if len(text) > 30 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return  # the page puts the header's arrow back on the column really sorted
        self.set_query(
            replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    # --- loading rows in blocks -------------------------------------------------------------
    def _row_for(self, row: int, participant_id: int) -> ParticipantRow | None:
        found = self._rows.get(participant_id)
        if found is not None or self._source is None or self.error is not None:
            return found
        if participant_id in self._missing:
            return None
        start = row - row % BLOCK
        block = self._ids[start : start + BLOCK]
        try:
            loaded = self._source.load_rows(block)
        except Exception as error:
            log.warning("could not load register rows: %s", error)
            self.error = error
            self.problem.emit(error)
            return None
        if len(self._rows) > 20 * BLOCK:
            self._rows.clear()  # bound memory when someone scrolls through everyone
            self._texts.clear()
        self._rows.update(loaded)
        self._missing.update(i for i in block if i not in loaded)
        return self._rows.get(participant_id)
