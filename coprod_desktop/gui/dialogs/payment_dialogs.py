"""Payments entered by hand, expense claims, and recording that a payment was made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from coprod_desktop.distance import DistanceError, parse_miles
from coprod_desktop.gui.choices import chosen, fill
from coprod_desktop.gui.dialogs.form_dialog import FormDialog
from coprod_desktop.gui.form_fields import read_money
from coprod_desktop.gui.forms.ui_expense_form import Ui_ExpenseDialog
from coprod_desktop.gui.forms.ui_mark_paid_form import Ui_MarkPaidDialog
from coprod_desktop.gui.forms.ui_payment_form import Ui_PaymentDialog
from coprod_desktop.gui.person_picker import PersonPicker
from coprod_desktop.money import format_money
from coprod_desktop.services.form_checks import FieldProblem, ValidationError
from coprod_desktop.services.payments import (
    PAYMENT_LABELS,
    ExpenseClaim,
    NewPayment,
    PaymentRecord,
)
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    Vehicle,
)

People = list[tuple[int, str]]
Projects = list[tuple[int, str]]


def _fill_projects(combo: QComboBox, projects: Projects) -> None:
    combo.addItem("No project", None)
    for project_id, name in projects:
        combo.addItem(name, project_id)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PaymentDialog(FormDialog):
    """A fee, voucher or thank-you entered by hand."""

    def __init__(
        self,
        save: Callable[[NewPayment], object],
        people: People,
        projects: Projects,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_PaymentDialog())
        self._save = save
        self.saved: object | None = None
        f = self.form
        self.track_errors(
            {
                "participant_id": f.personEdit,
                "kind": f.kindCombo,
                "amount_pence": f.amountEdit,
                "incurred_on": f.dateEdit,
                "project_id": f.projectCombo,
                "description": f.descriptionEdit,
                "voucher_provider": f.providerEdit,
                "voucher_reference": f.voucherRefEdit,
            }
        )
        self.person = PersonPicker(f.personEdit, people)
        fill(
            f.kindCombo,
            None,
            ((k.label, k) for k in (PaymentKind.FEE, PaymentKind.VOUCHER, PaymentKind.RECOGNITION)),
        )
        _fill_projects(f.projectCombo, projects)
        f.dateEdit.setDate(_qdate(today or date.today()))
        f.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        f.personEdit.setFocus()

    def _kind_changed(self) -> None:
        kind = chosen(self.form.kindCombo, PaymentKind)
        self.form.amountEdit.setEnabled(kind is not PaymentKind.RECOGNITION)
        for widget in (self.form.providerEdit, self.form.voucherRefEdit):
            widget.setEnabled(kind is PaymentKind.VOUCHER)

    def accept_form(self) -> None:
        f = self.form
        problems: list[FieldProblem] = []
        participant_id, why = self.person.chosen()
        if participant_id is None:
            problems.append(FieldProblem("participant_id", why, "Person"))
        kind = chosen(f.kindCombo, PaymentKind) or PaymentKind.FEE
        amount = 0
        if kind is not PaymentKind.RECOGNITION:
            amount = (
                read_money(
                    f.amountEdit,
                    "amount_pence",
                    PAYMENT_LABELS["amount_pence"],
                    problems,
                    optional=False,
                )
                or 0
            )
        if problems:
            self.errors.show(ValidationError(problems))
            return
        assert participant_id is not None
        new = NewPayment(
            participant_id=participant_id,
            kind=kind,
            amount_pence=amount,
            incurred_on=_pydate(f.dateEdit.date()),
            description=f.descriptionEdit.text(),
            project_id=f.projectCombo.currentData(),
            voucher_provider=f.providerEdit.text() if kind is PaymentKind.VOUCHER else "",
            voucher_reference=f.voucherRefEdit.text() if kind is PaymentKind.VOUCHER else "",
        )
        result = self.attempt(lambda: self._save(new))
        if result is not None:
            self.saved = result
            self.accept()


class ExpenseDialog(FormDialog):
    """An expense claim: at cost, or mileage worked out from the policy."""

    def __init__(
        self,
        save: Callable[[ExpenseClaim], object],
        people: People,
        projects: Projects,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_ExpenseDialog())
        self._save = save
        self.saved: object | None = None
        f = self.form
        self.track_errors(
            {
                "participant_id": f.personEdit,
                "expense_type": f.typeCombo,
                "incurred_on": f.dateEdit,
                "amount_pence": f.amountEdit,
                "vehicle": f.vehicleCombo,
                "tenth_miles": f.milesEdit,
                "receipt_reference": f.receiptEdit,
                "project_id": f.projectCombo,
                "description": f.descriptionEdit,
            }
        )
        self.person = PersonPicker(f.personEdit, people)
        fill(f.typeCombo, None, ((t.label, t) for t in ExpenseType))
        fill(f.vehicleCombo, None, ((v.label, v) for v in Vehicle))
        _fill_projects(f.projectCombo, projects)
        f.dateEdit.setDate(_qdate(today or date.today()))
        f.typeCombo.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        f.personEdit.setFocus()

    def _type_changed(self) -> None:
        mileage = chosen(self.form.typeCombo, ExpenseType) is ExpenseType.MILEAGE
        self.form.amountEdit.setEnabled(not mileage)
        self.form.vehicleCombo.setEnabled(mileage)
        self.form.milesEdit.setEnabled(mileage)

    def accept_form(self) -> None:
        f = self.form
        problems: list[FieldProblem] = []
        participant_id, why = self.person.chosen()
        if participant_id is None:
            problems.append(FieldProblem("participant_id", why, "Person"))
        expense_type = chosen(f.typeCombo, ExpenseType) or ExpenseType.OTHER
        amount: int | None = None
        tenth_miles: int | None = None
        vehicle: Vehicle | None = None
        if expense_type is ExpenseType.MILEAGE:
            vehicle = chosen(f.vehicleCombo, Vehicle)
            tenth_miles = _tenth_miles(f.milesEdit.text(), problems)
        else:
            amount = read_money(
                f.amountEdit,
                "amount_pence",
                PAYMENT_LABELS["amount_pence"],
                problems,
                optional=False,
            )
        if problems:
            self.errors.show(ValidationError(problems))
            return
        assert participant_id is not None
        claim = ExpenseClaim(
            participant_id=participant_id,
            expense_type=expense_type,
            incurred_on=_pydate(f.dateEdit.date()),
            amount_pence=amount,
            vehicle=vehicle,
            tenth_miles=tenth_miles,
            receipt_reference=f.receiptEdit.text(),
            description=f.descriptionEdit.text(),
            project_id=f.projectCombo.currentData(),
        )
        result = self.attempt(lambda: self._save(claim))
        if result is not None:
            self.saved = result
            self.accept()


def _tenth_miles(text: str, problems: list[FieldProblem]) -> int | None:
    """'12.5' -> 125 tenths of a mile; a problem if it is not a distance."""
    try:
        return parse_miles(text)
    except DistanceError as error:
        problems.append(FieldProblem("tenth_miles", str(error), "Miles"))
        return None


_METHOD_FOR = {
    PaymentPreference.BANK_TRANSFER: PaymentMethod.BANK_TRANSFER,
    PaymentPreference.CASH: PaymentMethod.CASH,
    PaymentPreference.VOUCHER: PaymentMethod.VOUCHER,
    PaymentPreference.CHARITY: PaymentMethod.CHARITY,
}


class MarkPaidDialog(FormDialog):
    def __init__(
        self,
        save: Callable[[date, PaymentMethod, str, str | None, str | None], object],
        payment: PaymentRecord,
        preference: PaymentPreference | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup(Ui_MarkPaidDialog())
        self._save = save
        self.payment = payment
        self.saved: object | None = None
        f = self.form
        self.setWindowTitle(f"Mark payment {payment.id} as paid")
        f.aboutLabel.setText(
            f"{payment.participant_name}: {payment.kind.label}, "
            f"{format_money(payment.amount_pence)} ({payment.description})"
        )
        self.track_errors(
            {
                "paid_on": f.dateEdit,
                "paid_reference": f.referenceEdit,
                "voucher_provider": f.providerEdit,
                "voucher_reference": f.voucherRefEdit,
            }
        )
        fill(f.methodCombo, None, ((m.label, m) for m in PaymentMethod))
        method = _METHOD_FOR.get(preference) if preference else None
        if payment.kind is PaymentKind.VOUCHER:
            method = PaymentMethod.VOUCHER
        if method is not None:
            f.methodCombo.setCurrentIndex(max(f.methodCombo.findData(method.value), 0))
        f.dateEdit.setDate(_qdate(today or date.today()))
        is_voucher = payment.kind is PaymentKind.VOUCHER
        f.providerEdit.setText(payment.voucher_provider)
        f.voucherRefEdit.setText(payment.voucher_reference)
        for widget in (f.providerEdit, f.voucherRefEdit):
            widget.setEnabled(is_voucher)
        f.dateEdit.setFocus()

    def accept_form(self) -> None:
        f = self.form
        is_voucher = self.payment.kind is PaymentKind.VOUCHER
        method = chosen(f.methodCombo, PaymentMethod) or PaymentMethod.OTHER
        args = (
            _pydate(f.dateEdit.date()),
            method,
            f.referenceEdit.text(),
            f.providerEdit.text() if is_voucher else None,
            f.voucherRefEdit.text() if is_voucher else None,
        )
        result = self.attempt(lambda: self._save(*args) or True)
        if result is not None:
            self.saved = result
            self.accept()
