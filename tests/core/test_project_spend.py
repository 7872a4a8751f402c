"""A project's spending on involvement payments against its budget."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import payments
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.payments import ExpenseClaim
from coprod_desktop.services.project_spend import ProjectSpend, project_spend
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ExpenseType, PaymentKind
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    approve,
    approved_fee,
    fee,
    paid_fee,
    pay,
)

DAY = date(2025, 11, 5)


def spend(database: Database, project_id: int) -> ProjectSpend:
    with database.reading() as session:
        return project_spend(session, project_id)


def expense(session: Session, person_id: int, project_id: int, pence: int) -> int:
    return payments.add_expense(
        session,
        ExpenseClaim(
            person_id,
            ExpenseType.PUBLIC_TRANSPORT,
            DAY,
            amount_pence=pence,
            project_id=project_id,
        ),
    )


def test_a_new_project_has_spent_nothing(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
    assert spend(database, project_id) == ProjectSpend(10000, 0, 0, 0)
    result = spend(database, project_id)
    assert (result.committed_pence, result.remaining_pence, result.overspent) == (0, 10000, False)


def test_budget_overspend_is_shown(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        person_id = add_person(session)
        approved_fee(session, person_id, 6000, DAY, project_id=project_id)
        paid_fee(session, person_id, 5000, DAY, project_id=project_id)
        fee(session, person_id, 2000, DAY, project_id=project_id)  # draft
    result = spend(database, project_id)
    assert result == ProjectSpend(
        budget_pence=10000, draft_pence=2000, approved_pence=6000, paid_pence=5000
    )
    assert result.committed_pence == 11000
    assert result.remaining_pence == -1000
    assert result.overspent is True


def test_drafts_alone_do_not_overspend(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        person_id = add_person(session)
        approved_fee(session, person_id, 9000, DAY, project_id=project_id)
        fee(session, person_id, 5000, DAY, project_id=project_id)
    result = spend(database, project_id)
    assert (result.draft_pence, result.committed_pence, result.remaining_pence) == (
        5000,
        9000,
        1000,
    )
    assert result.overspent is False


def test_spending_the_whole_budget_is_not_overspent(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        approved_fee(session, add_person(session), 10000, DAY, project_id=project_id)
    result = spend(database, project_id)
    assert (result.remaining_pence, result.overspent) == (0, False)


def test_cancelled_payments_are_left_out(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        person_id = add_person(session)
        cancelled_draft = fee(session, person_id, 4000, DAY, project_id=project_id)
        cancelled_approved = approved_fee(session, person_id, 7000, DAY, project_id=project_id)
        payments.cancel(session, cancelled_draft, "Duplicate")
        payments.cancel(session, cancelled_approved, "Session postponed")
        approved_fee(session, person_id, 3000, DAY, project_id=project_id)
    assert spend(database, project_id) == ProjectSpend(10000, 0, 3000, 0)


def test_expenses_and_vouchers_count_thank_yous_do_not(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        person_id = add_person(session)
        approve(session, expense(session, person_id, project_id, 1250))
        approved_fee(session, person_id, 2500, DAY, kind=PaymentKind.VOUCHER, project_id=project_id)
        approved_fee(
            session, person_id, 0, DAY, kind=PaymentKind.RECOGNITION, project_id=project_id
        )
        paid_fee(session, person_id, 0, DAY, kind=PaymentKind.RECOGNITION, project_id=project_id)
    assert spend(database, project_id) == ProjectSpend(10000, 0, 3750, 0)


def test_reversals_reduce_spend(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, budget_pence=10000)
        person_id = add_person(session)
        original = paid_fee(session, person_id, 12000, DAY, project_id=project_id)
    assert spend(database, project_id).overspent is True
    with database.transaction() as session:
        reversal = payments.reverse(session, original, "Paid at the wrong rate")
    # A draft reversal is not yet committed.
    result = spend(database, project_id)
    assert (result.draft_pence, result.paid_pence, result.committed_pence) == (
        -12000,
        12000,
        12000,
    )
    with database.transaction() as session:
        approve(session, reversal)
    result = spend(database, project_id)
    assert (result.approved_pence, result.paid_pence, result.committed_pence) == (
        -12000,
        12000,
        0,
    )
    assert (result.remaining_pence, result.overspent) == (10000, False)
    with database.transaction() as session:
        pay(session, reversal)
        approved_fee(session, person_id, 9000, DAY, project_id=project_id)
    result = spend(database, project_id)
    assert (result.approved_pence, result.paid_pence, result.committed_pence) == (9000, 0, 9000)
    assert result.remaining_pence == 1000


def test_only_this_projects_payments_count(database: Database) -> None:
    with database.transaction() as session:
        ours = add_project(session, "Ours", budget_pence=5000)
        theirs = add_project(session, "Theirs", budget_pence=5000)
        person_id = add_person(session)
        approved_fee(session, person_id, 4000, DAY, project_id=ours)
        approved_fee(session, person_id, 9000, DAY, project_id=theirs)
        approved_fee(session, person_id, 9000, DAY)  # no project
    assert spend(database, ours) == ProjectSpend(5000, 0, 4000, 0)
    assert spend(database, theirs).overspent is True


def test_no_budget_means_never_overspent(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        approved_fee(session, add_person(session), 50000, DAY, project_id=project_id)
    result = spend(database, project_id)
    assert (result.budget_pence, result.committed_pence) == (None, 50000)
    assert result.remaining_pence is None
    assert result.overspent is False


def test_unknown_project(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound):
        project_spend(session, 404)
