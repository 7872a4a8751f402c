"""Find payments: by status, person, project and period (the Payments screen and exports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.dates import local_day
from coprod_desktop.services.payments import PaymentRecord, to_record
from coprod_desktop.storage.models import Participant, Payment, Project
from coprod_desktop.vocabulary import PaymentStatus


@dataclass(frozen=True)
class PaymentQuery:
    status: PaymentStatus | None = None
    participant_id: int | None = None
    project_id: int | None = None
    date_from: date | None = None  # by the date of the session or expense
    date_to: date | None = None
    approved_from: date | None = None  # by the day it was approved (finance exports)
    approved_to: date | None = None


def search_payments(session: Session, query: PaymentQuery) -> list[PaymentRecord]:
    """Matching payments, newest first."""
    statement = (
        select(Payment, Participant.preferred_name, Project.name)
        .join(Participant, Participant.id == Payment.participant_id)
        .outerjoin(Project, Project.id == Payment.project_id)
        .order_by(Payment.incurred_on.desc(), Payment.id.desc())
    )
    if query.status is not None:
        statement = statement.where(Payment.status == query.status)
    if query.participant_id is not None:
        statement = statement.where(Payment.participant_id == query.participant_id)
    if query.project_id is not None:
        statement = statement.where(Payment.project_id == query.project_id)
    if query.date_from is not None:
        statement = statement.where(Payment.incurred_on >= query.date_from)
    if query.date_to is not None:
        statement = statement.where(Payment.incurred_on <= query.date_to)
    results = session.execute(statement).all()
    records = [to_record(payment, name, project or "") for payment, name, project in results]
    if query.approved_from is not None or query.approved_to is not None:
        records = [
            r for r in records if _approved_within(r, query.approved_from, query.approved_to)
        ]
    return records


def _approved_within(record: PaymentRecord, first: date | None, last: date | None) -> bool:
    if record.approved_at is None:
        return False
    day = local_day(record.approved_at)  # the day as it was here, not in UTC
    return (first is None or day >= first) and (last is None or day <= last)
