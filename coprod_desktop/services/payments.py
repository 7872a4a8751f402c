"""Payments and their life: draft -> approved (who, when) -> paid (date, method, reference).

A draft or approved payment can be cancelled with a reason. A paid payment is never changed or
deleted: it is put right by a reversal, a payment of its own for the negative amount.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coprod_desktop import limits
from coprod_desktop.money import MAX_PENCE, format_money
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import Conflict, NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.policy import require_rates
from coprod_desktop.storage.models import Participant, Payment, Project, ProjectSession
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentStatus,
    Vehicle,
)

PAYMENT_LABELS = {
    "participant_id": "Person",
    "kind": "Kind of payment",
    "amount_pence": "Amount",
    "incurred_on": "Date",
    "description": "Description",
    "project_id": "Project",
    "session_id": "Session",
    "voucher_provider": "Voucher provider",
    "voucher_reference": "Voucher reference",
    "receipt_reference": "Receipt reference",
    "expense_type": "Kind of expense",
    "vehicle": "Vehicle",
    "tenth_miles": "Miles",
    "approved_by": "Approved by",
    "paid_on": "Date paid",
    "paid_reference": "Payment reference",
    "reason": "Reason",
}
# Kinds that count as income for benefits (expenses are repayments, not income).
INCOME_KINDS = (PaymentKind.FEE, PaymentKind.VOUCHER)
COUNTED_STATUSES = (PaymentStatus.APPROVED, PaymentStatus.PAID)


@dataclass(frozen=True)
class NewPayment:
    """A payment entered by hand: a fee, a voucher or a thank-you."""

    participant_id: int
    kind: PaymentKind
    amount_pence: int
    incurred_on: date
    description: str = ""
    project_id: int | None = None
    session_id: int | None = None
    minutes: int | None = None
    voucher_provider: str = ""
    voucher_reference: str = ""
    rates_id: int | None = None  # the rates it was worked out with (generated payments)


@dataclass(frozen=True)
class ExpenseClaim:
    participant_id: int
    expense_type: ExpenseType
    incurred_on: date
    amount_pence: int | None = None  # at cost; worked out for mileage
    vehicle: Vehicle | None = None
    tenth_miles: int | None = None  # 125 = 12.5 miles
    receipt_reference: str = ""
    description: str = ""
    project_id: int | None = None
    session_id: int | None = None


@dataclass(frozen=True)
class PaymentRecord:
    id: int
    participant_id: int
    participant_name: str
    kind: PaymentKind
    amount_pence: int
    incurred_on: date
    description: str
    status: PaymentStatus
    project_id: int | None
    project_name: str
    session_id: int | None
    expense_type: ExpenseType | None
    minutes: int | None
    voucher_provider: str
    voucher_reference: str
    receipt_reference: str
    approved_by: str
    approved_at: datetime | None
    paid_on: date | None
    paid_method: PaymentMethod | None
    paid_reference: str
    cancelled_reason: str
    reverses_id: int | None
    version: int

    @property
    def counts_as_income(self) -> bool:
        return self.kind in INCOME_KINDS


def to_record(payment: Payment, participant_name: str, project_name: str) -> PaymentRecord:
    return PaymentRecord(
        id=payment.id,
        participant_id=payment.participant_id,
        participant_name=participant_name,
        kind=payment.kind,
        amount_pence=payment.amount_pence,
        incurred_on=payment.incurred_on,
        description=payment.description,
        status=payment.status,
        project_id=payment.project_id,
        project_name=project_name,
        session_id=payment.session_id,
        expense_type=payment.expense_type,
        minutes=payment.minutes,
        voucher_provider=payment.voucher_provider,
        voucher_reference=payment.voucher_reference,
        receipt_reference=payment.receipt_reference,
        approved_by=payment.approved_by,
        approved_at=payment.approved_at,
        paid_on=payment.paid_on,
        paid_method=payment.paid_method,
        paid_reference=payment.paid_reference,
        cancelled_reason=payment.cancelled_reason,
        reverses_id=payment.reverses_id,
        version=payment.version,
    )


def _load(session: Session, payment_id: int, *, lock: bool = False) -> Payment:
    """The payment; with ``lock``, its row is locked until the transaction ends (PostgreSQL:
    SELECT ... FOR UPDATE; SQLite already lets one writer in at a time), and read afresh, so
    the status checked is the status changed."""
    payment = session.get(
        Payment, payment_id, with_for_update=True if lock else None, populate_existing=lock
    )
    if payment is None:
        raise NotFound(f"There is no payment with the number {payment_id}.")
    return payment


def get_payment(session: Session, payment_id: int) -> PaymentRecord:
    payment = _load(session, payment_id)
    person = session.get(Participant, payment.participant_id)
    project = session.get(Project, payment.project_id) if payment.project_id else None
    return to_record(
        payment, person.preferred_name if person else "", project.name if project else ""
    )


def _check_links(
    session: Session,
    check: Checker,
    participant_id: int,
    project_id: int | None,
    session_id: int | None,
) -> int | None:
    """Check the person, project and session exist; return the project (from the session)."""
    if session.get(Participant, participant_id) is None:
        check.add("participant_id", f"Person number {participant_id} is not on the register.")
    if session_id is not None:
        meeting = session.get(ProjectSession, session_id)
        if meeting is None:
            check.add("session_id", f"There is no session with the number {session_id}.")
        elif project_id is not None and project_id != meeting.project_id:
            check.add("session_id", "Session belongs to a different project. Check both.")
        else:
            project_id = meeting.project_id
    if project_id is not None and session.get(Project, project_id) is None:
        check.add("project_id", f"There is no project with the number {project_id}.")
    return project_id


def _check_amount(check: Checker, amount: int | None, *, allow_zero: bool = False) -> None:
    if amount is None:
        check.add("amount_pence", "Amount is missing. Enter it in pounds, such as 12.50.")
    elif amount < 0:
        check.add(
            "amount_pence", "Amount cannot be negative. To take money back, reverse a payment."
        )
    elif amount == 0 and not allow_zero:
        check.add(
            "amount_pence", "Amount is £0.00. Enter the amount, or record a thank-you instead."
        )
    elif amount > MAX_PENCE:
        check.add("amount_pence", "Amount is more than £1,000,000. Check it.")


def build_payment(session: Session, new: NewPayment) -> Payment:
    """Check a new payment and make its row, not yet added: callers adding many add them
    together (one INSERT for all, not one each)."""
    check = Checker(PAYMENT_LABELS)
    project_id = _check_links(session, check, new.participant_id, new.project_id, new.session_id)
    description = check.single_line("description", new.description, limits.PAYMENT_DESCRIPTION_MAX)
    provider = check.single_line("voucher_provider", new.voucher_provider, limits.REFERENCE_MAX)
    reference = check.single_line("voucher_reference", new.voucher_reference, limits.REFERENCE_MAX)
    if new.kind is PaymentKind.EXPENSE:
        check.add("kind", "Kind of payment: record expenses as an expense claim.")
    if new.kind is PaymentKind.RECOGNITION:
        if new.amount_pence != 0:
            check.add("amount_pence", "Amount must be £0.00 for a thank-you (no money is paid).")
    else:
        _check_amount(check, new.amount_pence)
    check.raise_if_any()
    payment = Payment(
        participant_id=new.participant_id,
        project_id=project_id,
        session_id=new.session_id,
        kind=new.kind,
        amount_pence=new.amount_pence,
        incurred_on=new.incurred_on,
        description=description,
        minutes=new.minutes,
        rates_id=new.rates_id,
        voucher_provider=provider,
        voucher_reference=reference,
        status=PaymentStatus.DRAFT,
        created_at=utc_now(),
    )
    return payment


def add_payment(session: Session, new: NewPayment) -> int:
    payment = build_payment(session, new)
    session.add(payment)
    session.flush()
    return payment.id


def add_expense(session: Session, claim: ExpenseClaim) -> int:
    """Record an expense claim under the policy in force on its date."""
    check = Checker(PAYMENT_LABELS)
    project_id = _check_links(
        session, check, claim.participant_id, claim.project_id, claim.session_id
    )
    description = check.single_line(
        "description", claim.description, limits.PAYMENT_DESCRIPTION_MAX
    )
    receipt = check.single_line("receipt_reference", claim.receipt_reference, limits.REFERENCE_MAX)
    rates = require_rates(session, claim.incurred_on)
    amount = claim.amount_pence
    if claim.expense_type is ExpenseType.MILEAGE:
        if claim.vehicle is None:
            check.add("vehicle", "Vehicle is missing. Choose car, motorcycle or bicycle.")
        if claim.tenth_miles is None or claim.tenth_miles <= 0:
            check.add(
                "tenth_miles", "Miles is missing. Enter how far they travelled, such as 12.5."
            )
        if claim.vehicle is not None and claim.tenth_miles and claim.tenth_miles > 0:
            per_mile = rates.data.mileage_pence(claim.vehicle)
            # Tenths of a mile times pence a mile, to the nearest penny (halves up).
            amount = (per_mile * claim.tenth_miles + 5) // 10
            if not description:
                description = (
                    f"{claim.tenth_miles / 10:g} miles by {claim.vehicle.label.lower()} at "
                    f"{per_mile}p a mile"
                )
    else:
        _check_amount(check, amount)
    if claim.expense_type is ExpenseType.SUBSISTENCE and amount is not None:
        cap = rates.data.subsistence_cap_pence
        # The cap is per session, so earlier food and drink claims for it count too.
        claimed = (
            _food_claimed(session, claim.participant_id, claim.session_id)
            if claim.session_id is not None
            else 0
        )
        if claimed + amount > cap:
            if claimed:
                room = max(cap - claimed, 0)
                check.add(
                    "amount_pence",
                    f"They have already claimed {format_money(claimed)} for food and drink at "
                    f"this session, and the policy allows {format_money(cap)} a session: "
                    f"enter {format_money(room)} or less.",
                )
            else:
                check.add(
                    "amount_pence",
                    f"Amount {format_money(amount)} is more than the policy allows for food and "
                    f"drink ({format_money(cap)} a session). Enter {format_money(cap)} or less.",
                )
    if claim.expense_type is ExpenseType.CARE and rates.data.care_needs_receipt and not receipt:
        check.add(
            "receipt_reference",
            "Receipt reference is missing. The policy pays care costs against a receipt: "
            "enter its number or a short note of where it is kept.",
        )
    check.raise_if_any()
    assert amount is not None
    payment = Payment(
        participant_id=claim.participant_id,
        project_id=project_id,
        session_id=claim.session_id,
        kind=PaymentKind.EXPENSE,
        expense_type=claim.expense_type,
        vehicle=claim.vehicle,
        tenth_miles=claim.tenth_miles,
        rates_id=rates.id,
        amount_pence=amount,
        incurred_on=claim.incurred_on,
        description=description or claim.expense_type.label,
        receipt_reference=receipt,
        status=PaymentStatus.DRAFT,
        created_at=utc_now(),
    )
    session.add(payment)
    session.flush()
    return payment.id


def _food_claimed(session: Session, participant_id: int, session_id: int) -> int:
    """Food and drink already claimed by this person for this session (not cancelled; net of
    reversals)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_pence), 0)).where(
            Payment.participant_id == participant_id,
            Payment.session_id == session_id,
            Payment.expense_type == ExpenseType.SUBSISTENCE,
            Payment.status != PaymentStatus.CANCELLED,
        )
    )
    return int(total or 0)


def _in_status(payment: Payment, wanted: PaymentStatus, doing: str) -> None:
    if payment.status is not wanted:
        raise Conflict(
            f"Payment {payment.id} is {payment.status.label.lower()}, so it cannot be {doing}. "
            f"Only {wanted.label.lower()} payments can be."
        )


def approve(
    session: Session,
    payment_ids: Iterable[int],
    approved_by: str,
    now: datetime | None = None,
) -> int:
    """Approve draft payments (all or none); return how many.

    The screens and the command line approve through earnings_limits.approve_checked, which
    first checks again the earnings-limit warnings the approver was shown.
    """
    check = Checker(PAYMENT_LABELS)
    name = check.single_line("approved_by", approved_by, limits.PERSON_NAME_MAX)
    check.required("approved_by", name, "the name of the person approving")
    check.raise_if_any()
    when = now or utc_now()
    chosen = load_payments(session, payment_ids, lock=True)
    # Every payment is checked before any is changed: all are approved, or none.
    for payment in chosen:
        _in_status(payment, PaymentStatus.DRAFT, "approved")
    for payment in chosen:
        payment.status = PaymentStatus.APPROVED
        payment.approved_by = name
        payment.approved_at = when
    _flush(session)
    return len(chosen)


def _flush(session: Session) -> None:
    """Write the changes; a payment changed by someone else since it was read (its version
    moved on) becomes a plain-English Conflict instead of SQLAlchemy's StaleDataError."""
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(
            "Someone else changed these payments at the same moment, so nothing was saved. "
            "Look at them again and repeat what you did if it is still needed."
        ) from None


def load_payments(
    session: Session, payment_ids: Iterable[int], *, lock: bool = False
) -> list[Payment]:
    """The payments with these numbers (each once), read in large batches, in the order given.

    With ``lock`` their rows are locked and read afresh, as in ``_load``; always in order of
    number, so two people locking overlapping sets wait for each other instead of deadlocking.
    """
    wanted = list(dict.fromkeys(payment_ids))
    found: dict[int, Payment] = {}
    for start in range(0, len(wanted), 500):
        chunk = sorted(wanted[start : start + 500]) if lock else wanted[start : start + 500]
        query = select(Payment).where(Payment.id.in_(chunk))
        if lock:
            query = (
                query.order_by(Payment.id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        found.update((p.id, p) for p in session.scalars(query))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(f"There is no payment with the number {missing[0]}.")
    return [found[i] for i in wanted]


def mark_paid(
    session: Session,
    payment_id: int,
    paid_on: date,
    method: PaymentMethod,
    reference: str = "",
    *,
    voucher_provider: str | None = None,
    voucher_reference: str | None = None,
    today: date | None = None,
) -> None:
    payment = _load(session, payment_id, lock=True)
    _in_status(payment, PaymentStatus.APPROVED, "marked as paid")
    check = Checker(PAYMENT_LABELS)
    ref = check.single_line("paid_reference", reference, limits.REFERENCE_MAX)
    provider = payment.voucher_provider
    if voucher_provider is not None:
        provider = check.single_line("voucher_provider", voucher_provider, limits.REFERENCE_MAX)
    number = payment.voucher_reference
    if voucher_reference is not None:
        number = check.single_line("voucher_reference", voucher_reference, limits.REFERENCE_MAX)
    if payment.kind is PaymentKind.VOUCHER:
        if not provider:
            check.add("voucher_provider", "Voucher provider is missing (for example, Love2Shop).")
        if not number:
            check.add("voucher_reference", "Voucher reference is missing: the voucher's number.")
    if method is PaymentMethod.BANK_TRANSFER and not ref and payment.amount_pence != 0:
        check.add("paid_reference", "Payment reference is missing: the bank transfer's reference.")
    if paid_on > (today or date.today()):
        check.add(
            "paid_on",
            f"Date paid ({long_date(paid_on)}) is in the future. Record a payment once it is made.",
        )
    check.raise_if_any()
    # Only now that everything is right does the payment change.
    payment.voucher_provider = provider
    payment.voucher_reference = number
    payment.status = PaymentStatus.PAID
    payment.paid_on = paid_on
    payment.paid_method = method
    payment.paid_reference = ref
    _flush(session)


def cancel(session: Session, payment_id: int, reason: str, now: datetime | None = None) -> None:
    payment = _load(session, payment_id, lock=True)
    if payment.status not in (PaymentStatus.DRAFT, PaymentStatus.APPROVED):
        advice = " Reverse it instead." if payment.status is PaymentStatus.PAID else ""
        raise Conflict(
            f"Payment {payment.id} is {payment.status.label.lower()}, so it cannot be "
            f"cancelled.{advice}"
        )
    check = Checker(PAYMENT_LABELS)
    why = check.single_line("reason", reason, limits.REASON_MAX)
    check.required("reason", why, "why it is cancelled, so the record explains itself")
    check.raise_if_any()
    payment.status = PaymentStatus.CANCELLED
    payment.cancelled_reason = why
    payment.cancelled_at = now or utc_now()
    _flush(session)


def reverse(session: Session, payment_id: int, reason: str) -> int:
    """Put right a paid payment with a new draft payment for the negative amount."""
    # Locked, so two people reversing it at once take turns and the second is refused below.
    payment = _load(session, payment_id, lock=True)
    _in_status(payment, PaymentStatus.PAID, "reversed")
    if payment.reverses_id is not None:
        raise Conflict(
            f"Payment {payment.id} is itself the reversal of payment {payment.reverses_id}, "
            "so it cannot be reversed. If that payment is still owed, add it again as a new "
            "payment."
        )
    # A reversal that was itself cancelled does not count: the payment can be reversed again.
    existing = session.scalar(
        select(Payment.id).where(
            Payment.reverses_id == payment_id, Payment.status != PaymentStatus.CANCELLED
        )
    )
    if existing is not None:
        raise Conflict(f"Payment {payment_id} has already been reversed (by payment {existing}).")
    check = Checker(PAYMENT_LABELS)
    why = check.single_line("reason", reason, limits.REASON_MAX)
    check.required("reason", why, "why the payment is reversed")
    check.raise_if_any()
    reversal = Payment(
        participant_id=payment.participant_id,
        project_id=payment.project_id,
        session_id=payment.session_id,
        kind=payment.kind,
        expense_type=payment.expense_type,
        amount_pence=-payment.amount_pence,
        incurred_on=payment.incurred_on,
        # The same voucher, handed back: paying the reversal needs its details too.
        voucher_provider=payment.voucher_provider,
        voucher_reference=payment.voucher_reference,
        rates_id=payment.rates_id,
        description=f"Reversal of payment {payment.id}: {why}"[: limits.PAYMENT_DESCRIPTION_MAX],
        reverses_id=payment.id,
        status=PaymentStatus.DRAFT,
        created_at=utc_now(),
    )
    session.add(reversal)
    session.flush()
    return reversal.id
