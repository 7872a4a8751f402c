"""Projects, sessions, attendance and payments put straight into a test's database through the
services, for the GUI tests of the screens that show them; and ways to read them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any

from coprod_desktop.services import participants, payment_search, payments, projects, sessions
from coprod_desktop.services.payment_search import PaymentQuery
from coprod_desktop.services.payments import NewPayment, PaymentRecord
from coprod_desktop.services.projects import ProjectData, ProjectRecord
from coprod_desktop.services.sessions import AttendanceLine, SessionData, SessionRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    SessionKind,
)

SESSION_DAY = date(2025, 11, 4)  # a Tuesday in the tax year 2025-26
APPROVED_AT = datetime(2025, 11, 5, 14, 0, tzinfo=UTC)
APPROVER = "Sam Okafor"


# --- people -------------------------------------------------------------------------------------
def set_preference(database: Database, participant_id: int, preference: PaymentPreference) -> None:
    """How someone wants to be paid (money, a voucher, or no payment at all)."""
    _change_person(database, participant_id, payment_preference=preference)


def set_weekly_limit(database: Database, participant_id: int, pence: int, note: str = "") -> None:
    """An earnings limit they asked us to watch, per week (Monday to Sunday)."""
    _change_person(database, participant_id, weekly_limit_pence=pence, limit_note=note)


def _change_person(database: Database, participant_id: int, **changes: Any) -> None:
    with database.transaction() as session:
        record = participants.get_participant(session, participant_id)
        participants.update_participant(session, participant_id, replace(record.data, **changes))


# --- projects and sessions ----------------------------------------------------------------------
def add_project(
    database: Database,
    name: str = "Carers' café",
    budget_pence: int | None = None,
    start: date | None = None,
) -> int:
    with database.transaction() as session:
        return projects.add_project(
            session, ProjectData(name=name, budget_pence=budget_pence, start_date=start)
        )


def add_session(
    database: Database, project_id: int, day: date = SESSION_DAY, **overrides: Any
) -> int:
    """A workshop from 10:00 to 11:30 (90 minutes) at the community centre."""
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
    with database.transaction() as session:
        return sessions.add_session(session, SessionData(**values))


def mark(
    database: Database, session_id: int, status: AttendanceStatus, *participant_ids: int
) -> None:
    """Put people on the session's register (if they are not yet) with ``status``."""
    with database.transaction() as session:
        sessions.invite(session, session_id, participant_ids)
        for participant_id in participant_ids:
            sessions.set_attendance(session, session_id, participant_id, status)


def stored_project(database: Database, project_id: int) -> ProjectRecord:
    with database.reading() as session:
        return projects.get_project(session, project_id)


def stored_projects(database: Database) -> list[ProjectRecord]:
    with database.reading() as session:
        return projects.list_projects(session)


def stored_sessions(database: Database) -> list[SessionRecord]:
    with database.reading() as session:
        return sessions.list_sessions(session)


def stored_register(database: Database, session_id: int) -> dict[int, AttendanceLine]:
    """The session's register, by person."""
    with database.reading() as session:
        return {line.participant_id: line for line in sessions.register(session, session_id)}


# --- payments -----------------------------------------------------------------------------------
def draft(
    database: Database,
    participant_id: int,
    amount_pence: int,
    day: date = SESSION_DAY,
    *,
    kind: PaymentKind = PaymentKind.FEE,
    project_id: int | None = None,
    description: str = "Interview panel",
) -> int:
    """A draft payment entered by hand."""
    with database.transaction() as session:
        return payments.add_payment(
            session,
            NewPayment(
                participant_id=participant_id,
                kind=kind,
                amount_pence=amount_pence,
                incurred_on=day,
                description=description,
                project_id=project_id,
                voucher_provider="Love2Shop" if kind is PaymentKind.VOUCHER else "",
                voucher_reference="L2S-0001" if kind is PaymentKind.VOUCHER else "",
            ),
        )


def approve(database: Database, *payment_ids: int, now: datetime | None = APPROVED_AT) -> None:
    with database.transaction() as session:
        payments.approve(session, payment_ids, APPROVER, now=now)


def pay(database: Database, payment_id: int, day: date = date(2025, 11, 20)) -> None:
    """Mark an approved payment paid: a voucher handed over, anything else in cash."""
    with database.transaction() as session:
        kind = payments.get_payment(session, payment_id).kind
        method = PaymentMethod.VOUCHER if kind is PaymentKind.VOUCHER else PaymentMethod.CASH
        payments.mark_paid(session, payment_id, day, method, "receipt 12")


def approved(
    database: Database,
    participant_id: int,
    amount_pence: int,
    day: date = SESSION_DAY,
    **options: Any,
) -> int:
    payment_id = draft(database, participant_id, amount_pence, day, **options)
    approve(database, payment_id)
    return payment_id


def paid(
    database: Database,
    participant_id: int,
    amount_pence: int,
    day: date = SESSION_DAY,
    **options: Any,
) -> int:
    payment_id = approved(database, participant_id, amount_pence, day, **options)
    pay(database, payment_id)
    return payment_id


def stored_payment(database: Database, payment_id: int) -> PaymentRecord:
    with database.reading() as session:
        return payments.get_payment(session, payment_id)


def stored_payments(database: Database) -> list[PaymentRecord]:
    """Every payment, in the order they were added."""
    with database.reading() as session:
        found = payment_search.search_payments(session, PaymentQuery())
    return sorted(found, key=lambda p: p.id)
