"""The way every list in the app looks and behaves: compact rows, Enter opens, selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView


class _EnterOpens(QObject):
    def __init__(self, table: QTableView, action: Callable[[], None]) -> None:
        super().__init__(table)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return False


def prepare_table(
    table: QTableView,
    model: QAbstractItemModel,
    open_selected: Callable[[], None] | None = None,
    widths: tuple[int, ...] = (),
) -> None:
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if open_selected is not None:
        table.installEventFilter(_EnterOpens(table, open_selected))
        table.doubleClicked.connect(lambda _index: open_selected())


def selected_rows(table: QTableView) -> list[int]:
    model = table.selectionModel()
    if model is None:
        return []
    return sorted({index.row() for index in model.selectedRows()})


def select_row(table: QTableView, row: int | None) -> None:
    if row is None:
        return
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0))
