"""Totals of a list of payments: each status on its own, cancelled ones never added in."""

from __future__ import annotations

from datetime import date

from coprod_desktop.services.payment_totals import totals_by_status
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus


def record(amount_pence: int, status: PaymentStatus) -> PaymentRecord:
    return PaymentRecord(
        id=1, participant_id=1, participant_name="Amira", kind=PaymentKind.FEE,
        amount_pence=amount_pence, incurred_on=date(2025, 11, 3), description="",
        status=status, project_id=None, project_name="", session_id=None, expense_type=None,
        minutes=None, voucher_provider="", voucher_reference="", receipt_reference="",
        approved_by="", approved_at=None, paid_on=None, paid_method=None, paid_reference="",
        cancelled_reason="", reverses_id=None, version=1,
    )  # fmt: skip


def test_each_status_has_its_own_total_paid_first() -> None:
    shown = [
        record(1250, PaymentStatus.DRAFT),
        record(7500, PaymentStatus.PAID),
        record(-2500, PaymentStatus.PAID),  # a reversal, paid
        record(3750, PaymentStatus.APPROVED),
        record(15000, PaymentStatus.CANCELLED),
        record(999, PaymentStatus.CANCELLED),
    ]
    assert totals_by_status(shown) == (
        "£50.00 paid, £37.50 approved, not yet paid, £12.50 draft (2 cancelled, not counted)"
    )


def test_statuses_with_no_payments_are_left_out() -> None:
    assert totals_by_status([record(7500, PaymentStatus.PAID)]) == "£75.00 paid"
    assert totals_by_status([]) == "no money"
    assert totals_by_status([record(100, PaymentStatus.CANCELLED)]) == (
        "no money (1 cancelled, not counted)"
    )
