"""The Rewards policy screen: the rates in force from each date, and where they come from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from coprod_desktop.gui.dialogs.rates_dialog import RatesDialog
from coprod_desktop.gui.forms.ui_policy_page import Ui_PolicyPage
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.money import format_money
from coprod_desktop.services import policy
from coprod_desktop.services.policy import RatesData, RatesRecord

COLUMNS = [
    Column("In force from", lambda r: f"{r.data.effective_from:%d %b %Y}"),
    Column("Hourly", lambda r: format_money(r.data.hourly_pence), right=True),
    Column("Half day", lambda r: format_money(r.data.half_day_pence), right=True),
    Column("Full day", lambda r: format_money(r.data.full_day_pence), right=True),
    Column("Preparation, per hour", lambda r: format_money(r.data.prep_hourly_pence), right=True),
    Column("Car, per mile", lambda r: f"{r.data.mileage_car_pence}p", right=True),
    Column("Food and drink cap", lambda r: format_money(r.data.subsistence_cap_pence), right=True),
    Column("Used by payments", lambda r: "Yes" if r.used_by_payments else "Not yet"),
]


class PolicyPage(Screen):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.form = Ui_PolicyPage()
        self.form.setupUi(self)
        heading = QFont(self.form.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.form.headingLabel.setFont(heading)
        self.form.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.form.messageLabel.setText(
            "A change of rates is added as a new set in force from the day it starts, so "
            "payments already worked out keep the rates they used. A set no payment has used "
            "yet can be corrected."
        )
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(
            self.form.table, self.model, self.open_selected, (120, 90, 90, 90, 150, 100, 140)
        )
        self.form.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.form.newButton.clicked.connect(self.new_rates)
        self.form.openButton.clicked.connect(self.open_selected)

    def refresh(self, keep: int | None = None) -> None:
        database = self.host.database
        records: list[RatesRecord] = []
        if database is not None:
            try:
                with database.reading() as session:
                    records = policy.list_rates(session)
            except Exception as error:
                self.host.report_error("Could not read the policy", error)
        selected = keep if keep is not None else self._selected_id()
        self.model.set_records(records)
        row = self.model.row_where(lambda r: r.id == selected) if selected else None
        select_row(self.form.table, row if row is not None else (0 if records else None))
        self._selection_changed()

    def _selected(self) -> RatesRecord | None:
        rows = selected_rows(self.form.table)
        return self.model.record_at(rows[0]) if rows else None

    def _selected_id(self) -> int | None:
        record = self._selected()
        return record.id if record else None

    def _selection_changed(self) -> None:
        record = self._selected()
        self.form.openButton.setEnabled(record is not None)
        self.form.sourceView.setPlainText(record.data.source if record else "")

    def _add(self, data: RatesData) -> int:
        database = self.host.database
        assert database is not None
        with database.transaction() as session:
            return policy.add_rates(session, data)

    def _update(self, record: RatesRecord, data: RatesData) -> int:
        database = self.host.database
        assert database is not None
        with database.transaction() as session:
            return policy.update_rates(session, record.id, data).id

    def new_rates(self) -> None:
        if self.host.database is None:
            return
        newest = self.model.record_at(0)
        dialog = RatesDialog(self._add, None, self, start_from=newest.data if newest else None)
        self._run(dialog)

    def open_selected(self) -> None:
        record = self._selected()
        if record is None:
            return
        dialog = RatesDialog(lambda data: self._update(record, data), record, self)
        self._run(dialog)

    def _run(self, dialog: RatesDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int):
            self.refresh(keep=dialog.saved)
            self.host.show_message("Rates saved.")
        dialog.deleteLater()
