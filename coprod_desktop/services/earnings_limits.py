"""Watch the earnings limits people have asked us to watch (benefits awareness).

Fees and vouchers count as income; reimbursed expenses do not. A payment counts once it is
approved. Weeks run Monday to Sunday; months start on the day the person chose (a Universal
Credit assessment period starts on the day of the claim), else the 1st; tax years 6 April to
5 April. The app warns in plain words before approving a payment that would take someone over
a limit; it never blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.money import format_money
from coprod_desktop.services.dates import MONTHS, long_date
from coprod_desktop.services.errors import Conflict
from coprod_desktop.services.payments import (
    COUNTED_STATUSES,
    INCOME_KINDS,
    approve,
    load_payments,
)
from coprod_desktop.storage.models import Participant, Payment
from coprod_desktop.tax_year import TaxYear, month_of, week_of
from coprod_desktop.vocabulary import PaymentStatus


@dataclass(frozen=True)
class LimitWarning:
    participant_id: int
    name: str
    period: str  # "the week of 3 November 2025", "November 2025", "tax year 2025-26"
    limit_pence: int
    already_pence: int  # approved or paid already in the period
    adding_pence: int  # the payments being approved
    note: str  # what the person said the limit is for

    @property
    def total_pence(self) -> int:
        return self.already_pence + self.adding_pence

    @property
    def over_by_pence(self) -> int:
        return self.total_pence - self.limit_pence

    @property
    def message(self) -> str:
        why = f" ({self.note})" if self.note else ""
        return (
            f"{self.name} asked us to keep their earnings for {self.period} under "
            f"{format_money(self.limit_pence)}{why}. They have {format_money(self.already_pence)} "
            f"already; these payments add {format_money(self.adding_pence)}, making "
            f"{format_money(self.total_pence)}: {format_money(self.over_by_pence)} over. "
            "Fees and vouchers count as income; expenses do not. Talk to them before paying."
        )


def income_between(session: Session, participant_id: int, first: date, last: date) -> int:
    """Approved or paid fees and vouchers (net of reversals) dated ``first``..``last``."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_pence), 0)).where(
            Payment.participant_id == participant_id,
            Payment.kind.in_([k.value for k in INCOME_KINDS]),
            Payment.status.in_([s.value for s in COUNTED_STATUSES]),
            Payment.incurred_on >= first,
            Payment.incurred_on <= last,
        )
    )
    return int(total or 0)


def check_approval(session: Session, payment_ids: Iterable[int]) -> list[LimitWarning]:
    """Who would go over a limit if these (draft) payments were approved.

    Each payment counts in the week, month and tax year of its date (the day of the work):
    at approval the day it will be paid is not known yet.
    """
    chosen = [p for p in load_payments(session, payment_ids) if p.kind in INCOME_KINDS]
    people = {
        person.id: person
        for person in session.scalars(
            select(Participant).where(Participant.id.in_({p.participant_id for p in chosen}))
        )
    }
    adding: dict[tuple[int, str, date, date], int] = {}
    for payment in chosen:
        person = people[payment.participant_id]
        year = TaxYear.of(payment.incurred_on)
        for key in (
            (payment.participant_id, "week", *week_of(payment.incurred_on)),
            (
                payment.participant_id,
                "month",
                *month_of(payment.incurred_on, person.limit_month_starts or 1),
            ),
            (payment.participant_id, "year", year.first_day, year.last_day),
        ):
            adding[key] = adding.get(key, 0) + payment.amount_pence
    warnings: list[LimitWarning] = []
    for (participant_id, kind, first, last), amount in sorted(adding.items()):
        person = people[participant_id]
        limit = {
            "week": person.weekly_limit_pence,
            "month": person.monthly_limit_pence,
            "year": person.tax_year_limit_pence,
        }[kind]
        if limit is None:
            continue
        already = income_between(session, participant_id, first, last)
        if already + amount > limit:
            warnings.append(
                LimitWarning(
                    participant_id=participant_id,
                    name=person.preferred_name,
                    period=_period_words(kind, first, last),
                    limit_pence=limit,
                    already_pence=already,
                    adding_pence=amount,
                    note=person.limit_note,
                )
            )
    return warnings


def _period_words(kind: str, first: date, last: date) -> str:
    if kind == "week":
        return f"the week of {long_date(first)}"
    if kind == "year":
        return f"tax year {TaxYear.of(first).label}"
    if first.day == 1:
        return f"{MONTHS[first.month - 1]} {first.year}"
    return f"the month from {long_date(first)} to {long_date(last)}"


class LimitsChanged(Conflict):
    """The earnings-limit warnings differ from the ones the approver saw (a colleague approved
    other payments for the same people meanwhile). Nothing was approved."""

    def __init__(self, message: str, warnings: list[LimitWarning]) -> None:
        super().__init__(message)
        self.warnings = warnings


def approve_checked(
    session: Session,
    payment_ids: Iterable[int],
    approved_by: str,
    acknowledged: Sequence[LimitWarning],
    now: datetime | None = None,
) -> int:
    """Approve, as payments.approve, once the limits are checked again inside this transaction.

    ``acknowledged`` is what check_approval showed the approver. Between that check and now
    a colleague may have approved other payments for the same people; if anything would now be
    over a limit that was not shown, nothing is approved and LimitsChanged gives the new
    figures. The payments and then the people are locked (in order of number), so two
    approvals for the same person take turns and the second one counts the first.
    """
    ids = list(payment_ids)
    chosen = load_payments(session, ids, lock=True)
    session.execute(
        select(Participant.id)
        .where(Participant.id.in_(sorted({p.participant_id for p in chosen})))
        .order_by(Participant.id)
        .with_for_update()
    ).all()
    if all(p.status is PaymentStatus.DRAFT for p in chosen):  # otherwise approve() says why
        now_warnings = check_approval(session, ids)
        unseen = [w for w in now_warnings if w not in acknowledged]
        if unseen:
            raise LimitsChanged(
                "Nothing was approved: the earnings figures changed since you checked "
                "(someone approved other payments for the same people).\n\n"
                + "\n\n".join(w.message for w in unseen)
                + "\n\nLook at the new figures, and approve again if it is still right.",
                now_warnings,
            )
    return approve(session, ids, approved_by, now)
