"""Add rates in force from a date, or correct a set no payment has used yet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import money_text, read_money
from coprod_desktop.gui.forms.ui_rates_form import Ui_RatesDialog
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.policy import RATE_LABELS, RatesData, RatesRecord

SaveRates = Callable[[RatesData], object]


class RatesDialog(FormDialog):
    def __init__(
        self,
        save: SaveRates,
        record: RatesRecord | None = None,
        parent: QWidget | None = None,
        *,
        start_from: RatesData | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_RatesDialog())
        self._save = save
        self.saved: object | None = None
        f = self.form
        self.money: dict[str, QLineEdit] = {
            "hourly_pence": f.hourlyEdit,
            "half_day_pence": f.halfDayEdit,
            "full_day_pence": f.fullDayEdit,
            "prep_hourly_pence": f.prepEdit,
            "mileage_car_pence": f.carEdit,
            "mileage_motorcycle_pence": f.motorcycleEdit,
            "mileage_bicycle_pence": f.bicycleEdit,
            "subsistence_cap_pence": f.subsistenceEdit,
        }
        self.track_errors({"effective_from": f.fromEdit, "source": f.sourceEdit, **self.money})
        shown = record.data if record else start_from
        day = today or date.today()
        when = record.data.effective_from if record else day
        f.fromEdit.setDate(QDate(when.year, when.month, when.day))
        if shown is not None:
            for field, edit in self.money.items():
                edit.setText(money_text(getattr(shown, field)))
            f.careReceiptCheck.setChecked(shown.care_needs_receipt)
            f.sourceEdit.setPlainText(shown.source if record else "")
        if record is None:
            self.setWindowTitle("New rates")
        elif record.used_by_payments:
            # Payments were worked out with these rates: they are shown, never changed.
            self.setWindowTitle(f"Rates in force from {long_date(when)} (in use: read only)")
            for widget in (*self.money.values(), f.fromEdit, f.careReceiptCheck):
                widget.setEnabled(False)
            f.sourceEdit.setReadOnly(True)
            f.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            f.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        else:
            self.setWindowTitle(f"Rates in force from {long_date(when)}")
        f.fromEdit.setFocus()

    def accept_form(self) -> None:
        f = self.form
        problems: list[FieldProblem] = []
        values = {
            field: read_money(edit, field, RATE_LABELS[field], problems, optional=False)
            for field, edit in self.money.items()
        }
        if problems:
            self.errors.show(ValidationError(problems))
            return
        picked = f.fromEdit.date()
        data = RatesData(
            effective_from=date(picked.year(), picked.month(), picked.day()),
            care_needs_receipt=f.careReceiptCheck.isChecked(),
            source=f.sourceEdit.toPlainText(),
            **{k: int(v or 0) for k, v in values.items()},
        )
        result = self.attempt(lambda: self._save(data))
        if result is not None:
            self.saved = result
            self.accept()
