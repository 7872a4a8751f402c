"""Small builders shared by the payment tests: a project, a session, people who attended."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from coprod_desktop.services import participants, payments, projects, sessions
from coprod_desktop.services.payments import NewPayment
from coprod_desktop.services.projects import ProjectData
from coprod_desktop.services.sessions import SessionData
from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    ConsentMethod,
    PaymentKind,
    PaymentMethod,
    SessionKind,
)
from tests.factories import person

APPROVED_AT = datetime(2025, 11, 5, 14, 0, tzinfo=UTC)


# Consent, with its date and how it was given, to be named in summaries and exports.
NAMED_IN_DOCUMENTS: dict[str, Any] = {
    "consent_named_in_documents": True,
    "consent_date": date(2025, 6, 1),
    "consent_method": ConsentMethod.SIGNED_FORM,
}


def add_person(session: Session, **overrides: Any) -> int:
    return participants.add_participant(session, person(**overrides))


def add_project(session: Session, name: str = "Carers' café", **overrides: Any) -> int:
    return projects.add_project(session, ProjectData(name=name, **overrides))


def session_data(project_id: int, day: date, **overrides: Any) -> SessionData:
    values: dict[str, Any] = {
        "project_id": project_id,
        "title": "Planning workshop",
        "kind": SessionKind.WORKSHOP,
        "date": day,
        "start_time": time(10, 0),
        "end_time": time(11, 30),
        "place": "Community centre",
    }
    values.update(overrides)
    return SessionData(**values)


def add_session(session: Session, project_id: int, day: date, **overrides: Any) -> int:
    return sessions.add_session(session, session_data(project_id, day, **overrides))


def attended(session: Session, session_id: int, *participant_ids: int) -> None:
    sessions.invite(session, session_id, participant_ids)
    for participant_id in participant_ids:
        sessions.set_attendance(session, session_id, participant_id, AttendanceStatus.ATTENDED)


def fee(
    session: Session,
    participant_id: int,
    amount_pence: int,
    day: date,
    *,
    kind: PaymentKind = PaymentKind.FEE,
    project_id: int | None = None,
) -> int:
    """A draft payment entered by hand."""
    return payments.add_payment(
        session,
        NewPayment(
            participant_id=participant_id,
            kind=kind,
            amount_pence=amount_pence,
            incurred_on=day,
            description="Panel interview",
            project_id=project_id,
        ),
    )


def approve(session: Session, *payment_ids: int) -> None:
    payments.approve(session, payment_ids, "Sam Okafor", now=APPROVED_AT)


def pay(session: Session, payment_id: int, day: date = date(2025, 11, 20)) -> None:
    """Mark paid: in cash, or for a voucher, with the voucher's details."""
    if session.get_one(Payment, payment_id).kind is PaymentKind.VOUCHER:
        payments.mark_paid(
            session,
            payment_id,
            day,
            PaymentMethod.VOUCHER,
            voucher_provider="Love2Shop",
            voucher_reference="L2S-0001",
        )
    else:
        payments.mark_paid(session, payment_id, day, PaymentMethod.CASH, "receipt 12")


def approved_fee(
    session: Session,
    participant_id: int,
    amount_pence: int,
    day: date,
    *,
    kind: PaymentKind = PaymentKind.FEE,
    project_id: int | None = None,
) -> int:
    payment_id = fee(session, participant_id, amount_pence, day, kind=kind, project_id=project_id)
    approve(session, payment_id)
    return payment_id


def paid_fee(
    session: Session,
    participant_id: int,
    amount_pence: int,
    day: date,
    *,
    kind: PaymentKind = PaymentKind.FEE,
    project_id: int | None = None,
) -> int:
    payment_id = approved_fee(
        session, participant_id, amount_pence, day, kind=kind, project_id=project_id
    )
    pay(session, payment_id)
    return payment_id
