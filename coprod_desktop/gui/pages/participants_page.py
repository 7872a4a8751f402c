"""The register screen: search as you type, filter, sort, and act on the selected person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from coprod_desktop.gui.choices import chosen, fill
from coprod_desktop.gui.forms.ui_participants_page import Ui_ParticipantsPage
from coprod_desktop.gui.models.participants_table_model import (
    COLUMNS,
    ParticipantTableModel,
    RegisterSource,
)
from coprod_desktop.services.participant_types import ParticipantRow, StatusFilter
from coprod_desktop.vocabulary import AccessNeed, Role, Status

ACCESS_OTHER = "other"  # the access filter's "written-in need" entry


class ParticipantsPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(int)
    status_requested = Signal(int, object)  # participant id, the Status wanted
    problem = Signal(object)  # a database error while searching

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_ParticipantsPage()
        self.form.setupUi(self)
        heading = QFont(self.form.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.form.headingLabel.setFont(heading)
        self.form.emptyLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.countLabel.setTextFormat(Qt.TextFormat.PlainText)

        self._fill_filters()
        # Set by the window: explains a database error in plain words.
        self.describe_error: Callable[[BaseException], str] = str
        self.model = ParticipantTableModel(self)
        self.model.problem.connect(self.problem)
        table = self.form.table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        # Compact rows: a line of text plus breathing space, not Qt's default extra padding.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 160, 200, 70, 230, 115, 80)):
            table.setColumnWidth(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator_honest)
        table.activated.connect(self._open_index)
        table.installEventFilter(self)
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        # Search on every keystroke, straight away: a search takes a few milliseconds, and
        # waiting for a pause in typing would only make the list feel slow.
        self.form.searchEdit.textChanged.connect(self._apply_filters)
        for combo in (self.form.roleFilter, self.form.statusFilter, self.form.accessFilter):
            combo.currentIndexChanged.connect(self._apply_filters)

        self.form.newButton.clicked.connect(self.new_requested)
        self.form.openButton.clicked.connect(self._open_selected)
        self.form.pauseButton.clicked.connect(lambda: self._request_status(Status.PAUSED))
        self.form.leaveButton.clicked.connect(lambda: self._request_status(Status.LEFT))
        self.form.reactivateButton.clicked.connect(lambda: self._request_status(Status.ACTIVE))
        self.model.modelReset.connect(self._after_reset)
        self._update_buttons()
        self._show_message("Opening your database…")

    # --- set-up -----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        fill(self.form.roleFilter, "Any role", ((r.label, r) for r in Role))
        fill(self.form.statusFilter, None, ((s.label, s) for s in StatusFilter))
        fill(self.form.accessFilter, "Any or none", ((n.label, n) for n in AccessNeed))
        self.form.accessFilter.addItem("Other need (written in)", ACCESS_OTHER)

    def set_source(self, source: RegisterSource | None) -> None:
        self.model.set_source(source)

    # --- searching and filtering --------------------------------------------------------------
    def _apply_filters(self) -> None:
        other_need = self.form.accessFilter.currentData() == ACCESS_OTHER
        query = replace(
            self.model.query,
            text=self.form.searchEdit.text(),
            role=chosen(self.form.roleFilter, Role),
            status=chosen(self.form.statusFilter, StatusFilter) or StatusFilter.CURRENT,
            access_need=None if other_need else chosen(self.form.accessFilter, AccessNeed),
            access_other=other_need,
        )
        if query != self.model.query:
            selected = self.selected_id()
            self.model.set_query(query)
            if selected is not None:
                self.select_id(selected, scroll=False)

    def refresh(self, keep: int | None = None) -> None:
        """Search again (after a change); keep ``keep`` (or the current person) selected."""
        keep = keep if keep is not None else self.selected_id()
        self.model.refresh()
        if keep is not None:
            self.select_id(keep)

    def focus_search(self) -> None:
        self.form.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.searchEdit.selectAll()

    def _keep_sort_indicator_honest(self, column: int, _order: Qt.SortOrder) -> None:
        """Some columns cannot be sorted: put the header's arrow back where the sort really is."""
        if COLUMNS[column][1] is not None:
            return
        real = next((i for i, (_t, key) in enumerate(COLUMNS) if key == self.model.query.sort), 0)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.form.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(real, order)
        header.blockSignals(False)

    # --- what is shown ------------------------------------------------------------------------
    def _after_reset(self) -> None:
        self._update_buttons()
        model = self.model
        if not model.has_source:
            self.form.countLabel.setText("")
            self.form.newButton.setEnabled(False)
            self._show_message("No database is open.")
            return
        if model.error is not None:
            self.form.countLabel.setText("")
            self.form.newButton.setEnabled(False)
            self._show_message(
                f"The register could not be read: {self.describe_error(model.error)}"
            )
            return
        self.form.newButton.setEnabled(True)
        shown, total = model.rowCount(), model.total
        noun = "person" if total == 1 else "people"
        if total == 0:
            self.form.countLabel.setText("No one yet")
            self._show_message(
                "No one is on the register yet. Choose New person (Ctrl+N) to add the first."
            )
            return
        if shown == total:
            self.form.countLabel.setText(f"Showing all {total:,} {noun}")
        else:
            self.form.countLabel.setText(f"Showing {shown:,} of {total:,} {noun}")
        if shown == 0:
            self._show_message(
                "No one matches. Check the spelling, clear the search (Esc), or change the "
                "filters: people who have left are only shown with Status: Left or Everyone."
            )
        else:
            self._show_message("")

    def _show_message(self, text: str) -> None:
        self.form.emptyLabel.setText(text)
        self.form.emptyLabel.setVisible(bool(text))

    # --- selection and actions ----------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.form.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def selected_row(self) -> ParticipantRow | None:
        rows = self.form.table.selectionModel().selectedRows()
        return self.model.participant_at(rows[0].row()) if rows else None

    def select_id(self, participant_id: int, *, scroll: bool = True) -> bool:
        row = self.model.row_of(participant_id)
        if row is None:
            return False
        table = self.form.table
        index = self.model.index(row, 0)
        table.selectionModel().select(
            QItemSelection(index, self.model.index(row, self.model.columnCount() - 1)),
            table.selectionModel().SelectionFlag.ClearAndSelect,
        )
        table.setCurrentIndex(index)
        if scroll:
            table.scrollTo(index)
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        row = self.selected_row()
        status = row.status if row else None
        self.form.openButton.setEnabled(row is not None)
        self.form.pauseButton.setEnabled(status is Status.ACTIVE)
        self.form.leaveButton.setEnabled(status is not None and status is not Status.LEFT)
        self.form.reactivateButton.setEnabled(status is not None and status is not Status.ACTIVE)

    def _open_index(self, index: QModelIndex) -> None:
        participant_id = self.model.id_at(index.row())
        if participant_id is not None:
            self.open_requested.emit(participant_id)

    def _open_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is not None:
            self.open_requested.emit(participant_id)

    def _request_status(self, status: Status) -> None:
        participant_id = self.selected_id()
        if participant_id is not None:
            self.status_requested.emit(participant_id, status)

    def eventFilter(self, watched: object, event: object) -> bool:
        # Enter on the table opens the selected person (on every platform, macOS included).
        if (
            watched is self.form.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_selected()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.form.searchEdit.text():
            self.form.searchEdit.clear()
            self.form.searchEdit.setFocus()
            return
        super().keyPressEvent(event)
