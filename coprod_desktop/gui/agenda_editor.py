"""The agenda part of the session form: a table of items changed in place, and buttons to add,
remove and reorder them.

Every cell is changed with the keyboard (F2, or start typing; Enter keeps the change, Esc
drops it). The minutes cell takes a whole number only, so the only mistakes left for the
service to explain are words: a missing or too long title, say.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.gui.messages import confirm
from coprod_desktop.services.agenda import (
    MAX_ITEM_MINUTES,
    AgendaItemData,
    AgendaItemRecord,
    agenda_minutes_text,
)

TITLE, LEAD, MINUTES, DETAILS = range(4)
# What a screen reader says for the box that changes each kind of cell.
EDITOR_NAMES = ("Item title", "Led by", "Minutes allowed", "Details")
NO_TIME = "No time set"
QUOTE_MAX = 60  # how much of an item's title the question before removing it quotes

Index = QModelIndex | QPersistentModelIndex


class _AgendaDelegate(QStyledItemDelegate):
    """Names each cell's editing box for screen readers; minutes get a number box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_ITEM_MINUTES)
            spin.setSingleStep(5)
            spin.setSpecialValueText(NO_TIME)  # shown at 0: no time agreed
            spin.setSuffix(" minutes")
            editor: QWidget = spin
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(EDITOR_NAMES[index.column()])
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setValue(value if isinstance(value, int) else 0)
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value() or "", Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            # As typed: the service tidies and checks it, and says what is wrong.
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class AgendaEditor(QObject):
    """Keeps the agenda table, its buttons and its total in step."""

    def __init__(
        self,
        table: QTableWidget,
        add: QPushButton,
        remove: QPushButton,
        up: QPushButton,
        down: QPushButton,
        total: QLabel,
    ) -> None:
        super().__init__(table)
        self.table = table
        self._buttons = (add, remove, up, down)
        self._total = total
        table.setItemDelegate(_AgendaDelegate(table))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((TITLE, 210), (LEAD, 110), (MINUTES, 70)):
            table.setColumnWidth(column, width)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        total.setTextFormat(Qt.TextFormat.PlainText)
        add.clicked.connect(self.add_item)
        remove.clicked.connect(self.remove_item)
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        table.itemChanged.connect(lambda _item: self._changed())
        table.currentCellChanged.connect(lambda *_cells: self._update_buttons())
        self._changed()

    # --- filling and reading ----------------------------------------------------------------
    def load(self, items: Sequence[AgendaItemData | AgendaItemRecord]) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for item in items:
                self._append(item.data if isinstance(item, AgendaItemRecord) else item)
        finally:
            self.table.blockSignals(False)
        if items:
            self.table.setCurrentCell(0, TITLE)
        self._changed()

    def _append(self, data: AgendaItemData) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._set_row(row, (data.title, data.lead, data.minutes or "", data.details))
        return row

    def _set_row(self, row: int, values: tuple[object, ...]) -> None:
        for column, value in enumerate(values):
            cell = QTableWidgetItem()
            cell.setData(Qt.ItemDataRole.EditRole, value)
            if column == MINUTES:
                alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                cell.setTextAlignment(alignment)
            self.table.setItem(row, column, cell)

    def _values(self, row: int) -> tuple[object, ...]:
        return tuple(self._value(row, column) for column in range(self.table.columnCount()))

    def _value(self, row: int, column: int) -> object:
        cell = self.table.item(row, column)
        value = cell.data(Qt.ItemDataRole.EditRole) if cell is not None else None
        if column == MINUTES:
            return value if isinstance(value, int) and value > 0 else None
        return value if isinstance(value, str) else ""

    def keep_typing(self) -> None:
        """Put what is being typed in a cell into the table, as leaving the cell would (Ctrl+S
        saves without leaving it)."""
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.table.itemDelegate().setModelData(editor, self.table.model(), index)

    def items(self) -> list[AgendaItemData]:
        """The agenda as the table shows it now, in order (as typed: the service tidies)."""
        found = []
        for row in range(self.table.rowCount()):
            title, lead, minutes, details = self._values(row)
            found.append(
                AgendaItemData(
                    title=str(title),
                    lead=str(lead),
                    minutes=minutes if isinstance(minutes, int) else None,
                    details=str(details),
                )
            )
        return found

    # --- the buttons ------------------------------------------------------------------------
    def add_item(self) -> None:
        """A new empty item at the end, ready to type its title."""
        self.table.blockSignals(True)
        try:
            row = self._append(AgendaItemData(title=""))
        finally:
            self.table.blockSignals(False)
        self.table.setCurrentCell(row, TITLE)
        self._changed()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        cell = self.table.item(row, TITLE)
        if cell is not None:
            self.table.editItem(cell)

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        values = self._values(row)
        if any(value not in (None, "") for value in values):
            title = " ".join(str(values[TITLE]).split())
            if len(title) > QUOTE_MAX:  # enough to recognise it; a pasted page would not fit
                title = title[:QUOTE_MAX].rstrip() + "…"
            named = f"item {row + 1}, “{title}”" if title else f"item {row + 1}"
            if not confirm(
                self.table.window(),
                "Remove agenda item",
                f"Remove {named} from the agenda? It goes when you save the session.",
                "Remove item",
            ):
                return
        self.table.removeRow(row)
        left = self.table.rowCount()
        if left:
            self.table.setCurrentCell(min(row, left - 1), TITLE)
        self._changed()
        if not left:
            self._buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def move(self, step: int) -> None:
        """Move the chosen item up (-1) or down (1) one place; it stays chosen."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        column = max(self.table.currentColumn(), 0)
        mine, theirs = self._values(row), self._values(target)
        self.table.blockSignals(True)
        try:
            self._set_row(row, self._display(theirs))
            self._set_row(target, self._display(mine))
        finally:
            self.table.blockSignals(False)
        self.table.setCurrentCell(target, column)
        self._changed()

    @staticmethod
    def _display(values: tuple[object, ...]) -> tuple[object, ...]:
        return tuple("" if value is None else value for value in values)

    # --- keeping everything in step ---------------------------------------------------------
    def _changed(self) -> None:
        items = self.items()
        count = len(items)
        if not count:
            text = "No agenda yet. Choose Add item to start one."
        else:
            words = "1 item" if count == 1 else f"{count} items"
            total = agenda_minutes_text(items)
            text = f"{words}, {total}." if total else f"{words}."
        self._total.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        _add, remove, up, down = self._buttons
        row = self.table.currentRow()
        count = self.table.rowCount()
        remove.setEnabled(0 <= row < count)
        up.setEnabled(0 < row < count)
        down.setEnabled(0 <= row < count - 1)
