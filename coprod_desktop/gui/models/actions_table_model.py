"""The Actions screen's table: an action a row, with overdue and "needs a new owner" said in
words, marked with an icon and (overdue) in bold, so that nothing rests on colour alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from coprod_desktop.gui.models.record_table_model import Column, Index, RecordTableModel
from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.dates import today_here

NEEDS_NEW_OWNER = "Needs a new owner"
WHO, DUE = 1, 2  # the columns that carry an icon

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FONT = int(Qt.ItemDataRole.FontRole)


def who_text(action: ActionRecord) -> str:
    if action.needs_new_owner:
        # Said first, so that a narrow column still shows it.
        return f"{NEEDS_NEW_OWNER}: {action.owner_names}"
    return action.owner_names


class ActionsTableModel(RecordTableModel):
    def __init__(self, parent: object | None = None) -> None:
        self.today = today_here()
        super().__init__(
            [
                Column("What", lambda a: a.data.what),
                Column("Who", who_text),
                Column("Due", lambda a: a.due_text(self.today)),
                Column("Status", lambda a: a.status_text),
                Column("Project", lambda a: a.project_name),
                Column("Goal", lambda a: a.goal_title),
            ],
            parent,
        )
        self._bold: QFont | None = None
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}

    def set_actions(self, actions: list[ActionRecord], today: date) -> None:
        """Show ``actions``, with what is overdue decided by ``today``."""
        self.today = today
        self.set_records(actions)

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        icon = self._icons.get(which)
        if icon is None:
            icon = QApplication.style().standardIcon(which)
            self._icons[which] = icon
        return icon

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        action = self.record_at(index.row()) if index.isValid() else None
        if action is None or role not in (_DECORATION, _FONT):
            return super().data(index, role)
        assert isinstance(action, ActionRecord)
        overdue = action.is_overdue(self.today)
        if role == _FONT:
            if not overdue:
                return None
            if self._bold is None:
                self._bold = QFont(QApplication.font())
                self._bold.setBold(True)
            return self._bold
        if index.column() == DUE and overdue:
            return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if index.column() == WHO and action.needs_new_owner:
            return self._icon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        return None
