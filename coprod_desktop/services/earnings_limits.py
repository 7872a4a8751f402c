"""Watch the earnings limits people have asked us to watch (benefits awareness).

Fees and vouchers count as income; reimbursed expenses do not. A payment counts once it is
approved. Weeks run Monday to Sunday; tax years 6 April to 5 April. The app warns in plain
words before approving a payment that would take someone over a limit; it never blocks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.money import format_money
from coprod_desktop.services.payments import COUNTED_STATUSES, INCOME_KINDS, load_payments
from coprod_desktop.storage.models import Participant, Payment
from coprod_desktop.tax_year import TaxYear, week_of


@dataclass(frozen=True)
class LimitWarning:
    participant_id: int
    name: str
    period: str  # "the week of 3 November 2025" or "tax year 2025-26"
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
    """Who would go over a limit if these (draft) payments were approved."""
    adding: dict[tuple[int, str, date, date], int] = {}
    for payment in load_payments(session, payment_ids):
        if payment.kind not in INCOME_KINDS:
            continue
        year = TaxYear.of(payment.incurred_on)
        for key in (
            (payment.participant_id, "week", *week_of(payment.incurred_on)),
            (payment.participant_id, "year", year.first_day, year.last_day),
        ):
            adding[key] = adding.get(key, 0) + payment.amount_pence
    warnings: list[LimitWarning] = []
    for (participant_id, kind, first, last), amount in sorted(adding.items()):
        person = session.get(Participant, participant_id)
        assert person is not None
        limit = person.weekly_limit_pence if kind == "week" else person.tax_year_limit_pence
        if limit is None:
            continue
        already = income_between(session, participant_id, first, last)
        if already + amount > limit:
            period = (
                f"the week of {first.day} {first:%B %Y}"
                if kind == "week"
                else f"tax year {TaxYear.of(first).label}"
            )
            warnings.append(
                LimitWarning(
                    participant_id=participant_id,
                    name=person.preferred_name,
                    period=period,
                    limit_pence=limit,
                    already_pence=already,
                    adding_pence=amount,
                    note=person.limit_note,
                )
            )
    return warnings
