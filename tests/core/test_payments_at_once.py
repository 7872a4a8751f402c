"""Two people changing the same payments at the same moment (on PostgreSQL they really do;
SQLite lets one writer in at a time). The second must be refused in plain English, or count
what the first did: never a double reversal, duplicate fees or an unseen limit breach."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services import earnings_limits, participants, payment_generation, payments
from coprod_desktop.services.errors import Conflict
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import PaymentMethod, PaymentStatus
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    attended,
    fee,
    paid_fee,
)

DAY = date(2025, 11, 3)  # a Monday
HOLD_S = 0.6  # how long the first person keeps their transaction open


def _first_then_second(
    database: Database,
    first: Callable[[Session], Any],
    second: Callable[[Session], Any],
) -> tuple[Any, BaseException | Any]:
    """Run ``first`` in a transaction held open a moment; start ``second`` while it is."""
    started = threading.Event()
    outcome: dict[str, Any] = {}

    def run_first() -> None:
        with database.transaction() as session:
            outcome["first"] = first(session)
            started.set()
            time.sleep(HOLD_S)  # the second person acts now, before this commits

    thread = threading.Thread(target=run_first)
    thread.start()
    assert started.wait(10)
    try:
        with database.transaction() as session:
            result: Any = second(session)
    except Exception as error:
        result = error
    thread.join(10)
    return outcome["first"], result


def test_two_people_reversing_one_payment_make_one_reversal(database: Database) -> None:
    with database.transaction() as session:
        person = add_person(session)
        paid = paid_fee(session, person, 5000, DAY)

    def reverse(session: Session) -> int:
        return payments.reverse(session, paid, "Paid twice by mistake")

    first, second = _first_then_second(database, reverse, reverse)
    assert isinstance(second, Conflict)
    assert f"already been reversed (by payment {first})" in str(second)
    with database.reading() as session:
        reversals = session.scalars(select(Payment.amount_pence).where(Payment.reverses_id == paid))
        assert list(reversals) == [-5000]


def test_two_people_working_out_one_sessions_payments_make_them_once(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session)
        meeting = add_session(session, project, DAY)
        attended(session, meeting, add_person(session), add_person(session, preferred_name="Wang"))

    def generate(session: Session) -> list[int]:
        return payment_generation.create_session_payments(session, meeting)

    first, second = _first_then_second(database, generate, generate)
    assert len(first) == 2 and second == []
    with database.reading() as session:
        assert len(session.scalars(select(Payment.id)).all()) == 2


def test_two_people_approving_one_payment_the_second_is_told_plainly(database: Database) -> None:
    with database.transaction() as session:
        draft = fee(session, add_person(session), 3750, DAY)

    def approve(session: Session) -> int:
        return earnings_limits.approve_checked(session, [draft], "Sam", [])

    first, second = _first_then_second(database, approve, approve)
    assert first == 1
    assert isinstance(second, Conflict)
    assert "is approved, so it cannot be approved" in str(second)


def _person_with_weekly_limit(session: Session, limit_pence: int) -> int:
    person = add_person(session)
    record = participants.get_participant(session, person)
    participants.update_participant(
        session,
        person,
        replace(record.data, weekly_limit_pence=limit_pence),
        expected_version=record.version,
    )
    return person


def test_a_colleagues_approval_meanwhile_stops_an_unseen_limit_breach(database: Database) -> None:
    """Each £150 fee alone is under the £195.50 weekly limit; both together are over. Two
    people approving one each, at once, both saw no warning: the second must not go ahead."""
    with database.transaction() as session:
        person = _person_with_weekly_limit(session, 19550)
        one = fee(session, person, 15000, DAY)
        other = fee(session, person, 15000, DAY + timedelta(days=1))
    with database.reading() as session:
        assert earnings_limits.check_approval(session, [one]) == []
        assert earnings_limits.check_approval(session, [other]) == []

    def approve(payment_id: int) -> Callable[[Session], int]:
        return lambda session: earnings_limits.approve_checked(session, [payment_id], "Sam", [])

    _first, second = _first_then_second(database, approve(one), approve(other))
    assert isinstance(second, earnings_limits.LimitsChanged)
    assert "Nothing was approved" in str(second) and "£150.00 already" in str(second)
    [warning] = second.warnings
    assert (warning.already_pence, warning.adding_pence) == (15000, 15000)
    with database.reading() as session:
        assert session.get_one(Payment, other).status is PaymentStatus.DRAFT
        # Shown the new figures, the approver can go ahead.
        assert earnings_limits.check_approval(session, [other]) == second.warnings
    with database.transaction() as session:
        assert earnings_limits.approve_checked(session, [other], "Sam", second.warnings) == 1


def test_warnings_already_seen_do_not_stop_the_approval(database: Database) -> None:
    with database.transaction() as session:
        person = _person_with_weekly_limit(session, 1000)
        draft = fee(session, person, 3750, DAY)
    with database.reading() as session:
        seen = earnings_limits.check_approval(session, [draft])
    assert len(seen) == 1
    with database.transaction() as session:
        assert earnings_limits.approve_checked(session, [draft], "Sam", seen) == 1


def test_a_reversal_cannot_itself_be_reversed(database: Database) -> None:
    with database.transaction() as session:
        paid = paid_fee(session, add_person(session), 5000, DAY)
        reversal = payments.reverse(session, paid, "Paid twice")
        payments.approve(session, [reversal], "Sam")
        payments.mark_paid(session, reversal, date(2025, 11, 21), PaymentMethod.CASH)
    with database.transaction() as session, pytest.raises(Conflict, match="itself the reversal"):
        payments.reverse(session, reversal, "Undo the correction")
