"""Which payments go in the finance team's export for a period, and why.

Finance pays what they are sent, so an export for a period holds every payment *approved* in
it (approved or paid now), whatever the date of the session or expense, so that each approval
reaches finance once. A payment approved earlier and cancelled in the period is in it too,
marked Cancelled with the day and the reason: finance may already have it from an earlier
export, and without this row they would pay it.

Days are this computer's days (see dates.local_day), as in the Payments screen's filter, so
an approval at 00:30 on 1 July in London is in July's export, not June's.

Periods are whole days, so a period that ends today is not over: what is approved or cancelled
later today is in neither this export nor one starting tomorrow. The app suggests exporting up
to yesterday and warns (it does not refuse: finance may need today's approvals now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from coprod_desktop.services.dates import local_day
from coprod_desktop.services.payments import COUNTED_STATUSES, PaymentRecord, to_record
from coprod_desktop.storage.models import Participant, Payment, Project
from coprod_desktop.vocabulary import PaymentStatus


@dataclass(frozen=True)
class FinanceRecord(PaymentRecord):
    """A payment as finance sees it: the payment's record, and when it was cancelled.

    A PaymentRecord has no cancellation time, and the export needs the day; as a kind of
    PaymentRecord it still goes wherever a PaymentRecord does (write_payments_export).
    """

    cancelled_at: datetime | None = None

    @property
    def is_cancellation(self) -> bool:
        """A payment finance must not pay after all: approved once, cancelled since."""
        return self.status is PaymentStatus.CANCELLED


def open_period_warning(last: date, today: date) -> str:
    """A warning if the period has not ended yet ("" if it has)."""
    if last < today:
        return ""
    return (
        "This period includes today, which is not over yet. Anything approved or cancelled "
        "after you export will not be in this file, and an export starting tomorrow will miss "
        "it too. To be sure nothing is missed, export up to yesterday."
    )


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def payments_for_export(session: Session, first: date, last: date) -> list[FinanceRecord]:
    """The finance export for ``first`` to ``last`` (inclusive, local days).

    Payments approved in the period that are approved or paid now, in the order they were
    approved; then payments that had been approved and were cancelled in the period, in the
    order they were cancelled.
    """
    # The database holds UTC, so it is asked for a day more either side (no time zone is a day
    # away from UTC); the exact local day is checked below, one payment at a time.
    low, high = _day_start(first - timedelta(days=1)), _day_start(last + timedelta(days=2))
    rows = session.execute(
        select(Payment, Participant.preferred_name, Project.name)
        .join(Participant, Participant.id == Payment.participant_id)
        .outerjoin(Project, Project.id == Payment.project_id)
        .where(
            Payment.approved_at.is_not(None),
            or_(
                and_(
                    Payment.status.in_(COUNTED_STATUSES),
                    Payment.approved_at >= low,
                    Payment.approved_at < high,
                ),
                and_(
                    Payment.status == PaymentStatus.CANCELLED,
                    Payment.cancelled_at >= low,
                    Payment.cancelled_at < high,
                ),
            ),
        )
    ).all()
    approved: list[FinanceRecord] = []
    cancelled: list[FinanceRecord] = []
    for payment, name, project in rows:
        record = _finance_record(to_record(payment, name, project or ""), payment.cancelled_at)
        if record.is_cancellation:
            if record.cancelled_at is not None and first <= local_day(record.cancelled_at) <= last:
                cancelled.append(record)
        elif record.approved_at is not None and first <= local_day(record.approved_at) <= last:
            approved.append(record)
    approved.sort(key=lambda r: (r.approved_at, r.id))
    cancelled.sort(key=lambda r: (r.cancelled_at, r.id))
    return approved + cancelled


def _finance_record(record: PaymentRecord, cancelled_at: datetime | None) -> FinanceRecord:
    values = {field.name: getattr(record, field.name) for field in fields(PaymentRecord)}
    return FinanceRecord(**values, cancelled_at=cancelled_at)


def amount_to_pay(records: Sequence[PaymentRecord]) -> int:
    """What the export asks finance to pay (a reversal takes money back): cancelled rows are
    there to stop a payment, so they are not counted."""
    return sum(r.amount_pence for r in records if r.status is not PaymentStatus.CANCELLED)
