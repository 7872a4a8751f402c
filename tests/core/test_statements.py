"""A person's tax-year statement: which payments it shows and what its totals say.

A paid payment is in the tax year of the day it was paid; one not paid yet, of the work. A
reversal counts once it is settled (paid)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.reports.statement_pdf import payment_row
from coprod_desktop.services import payments
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.payment_generation import create_session_payments
from coprod_desktop.services.payments import ExpenseClaim
from coprod_desktop.services.statements import Statement, StatementLine, statement_for
from coprod_desktop.storage.database import Database
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentStatus,
    Vehicle,
)
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    approve,
    approved_fee,
    attended,
    fee,
    paid_fee,
    pay,
)

YEAR = TaxYear(2025)
PAID_ON = date(2025, 11, 20)


def statement(database: Database, person_id: int, year: TaxYear = YEAR) -> Statement:
    with database.reading() as session:
        return statement_for(session, person_id, year)


def mileage(session: Session, person_id: int, day: date, tenth_miles: int) -> int:
    return payments.add_expense(
        session,
        ExpenseClaim(
            person_id, ExpenseType.MILEAGE, day, vehicle=Vehicle.CAR, tenth_miles=tenth_miles
        ),
    )


def test_statement_lines_and_totals(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira", full_name="Amira Haddad")
        project_id = add_project(session, "Carers' café")
        paid_fee(session, person_id, 5000, date(2025, 5, 1), project_id=project_id)
        approved_fee(session, person_id, 3750, date(2025, 6, 1), project_id=project_id)
        paid_fee(session, person_id, 2500, date(2025, 7, 1), kind=PaymentKind.VOUCHER)
        approve(session, mileage(session, person_id, date(2025, 7, 1), 125))  # 563p
        paid_fee(session, person_id, 0, date(2025, 8, 1), kind=PaymentKind.RECOGNITION)
        approved_fee(session, person_id, 0, date(2025, 9, 1), kind=PaymentKind.RECOGNITION)
        # Left out: a draft, a cancelled payment, and payments in other tax years.
        fee(session, person_id, 9900, date(2025, 10, 1))
        cancelled = approved_fee(session, person_id, 8800, date(2025, 10, 2))
        payments.cancel(session, cancelled, "Duplicate")
        pay(session, approved_fee(session, person_id, 7700, date(2025, 4, 5)), date(2025, 4, 5))
        pay(session, approved_fee(session, person_id, 6600, date(2026, 4, 6)), date(2026, 4, 6))
    result = statement(database, person_id)
    assert (result.participant_id, result.name, result.full_name, result.tax_year) == (
        person_id,
        "Amira",
        "Amira Haddad",
        YEAR,
    )
    assert [(line.day, line.kind, line.status, line.amount_pence) for line in result.lines] == [
        (date(2025, 5, 1), PaymentKind.FEE, PaymentStatus.PAID, 5000),
        (date(2025, 6, 1), PaymentKind.FEE, PaymentStatus.APPROVED, 3750),
        (date(2025, 7, 1), PaymentKind.VOUCHER, PaymentStatus.PAID, 2500),
        (date(2025, 7, 1), PaymentKind.EXPENSE, PaymentStatus.APPROVED, 563),
        (date(2025, 8, 1), PaymentKind.RECOGNITION, PaymentStatus.PAID, 0),
        (date(2025, 9, 1), PaymentKind.RECOGNITION, PaymentStatus.APPROVED, 0),
    ]
    assert result.lines[0] == StatementLine(
        day=date(2025, 5, 1),
        description="Panel interview",
        project="Carers' café",
        kind=PaymentKind.FEE,
        status=PaymentStatus.PAID,
        amount_pence=5000,
        paid_on=PAID_ON,
    )
    assert result.lines[1].paid_on is None
    assert result.lines[3].description == "12.5 miles by car or van at 45p a mile"
    assert result.lines[3].project == ""
    assert result.fees_pence == 8750
    assert result.vouchers_pence == 2500
    assert result.income_pence == 11250
    assert result.expenses_pence == 563
    assert result.total_pence == 11813
    assert result.not_yet_paid_pence == 3750 + 563
    assert result.thank_yous == 2


def test_first_and_last_day_of_the_tax_year_are_included(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        approved_fee(session, person_id, 100, date(2025, 4, 5))
        approved_fee(session, person_id, 200, date(2025, 4, 6))
        approved_fee(session, person_id, 300, date(2026, 4, 5))
        approved_fee(session, person_id, 400, date(2026, 4, 6))
    assert [line.amount_pence for line in statement(database, person_id).lines] == [200, 300]
    assert statement(database, person_id, TaxYear(2024)).fees_pence == 100
    assert statement(database, person_id, TaxYear(2026)).fees_pence == 400


def test_a_payment_counts_in_the_year_it_was_paid(database: Database) -> None:
    """Not paid yet, it is expected in the tax year of the work; once paid, it is in the tax
    year of the day paid (when the money counts, for HMRC and for Universal Credit)."""
    with database.transaction() as session:
        person_id = add_person(session)
        payment_id = approved_fee(session, person_id, 2500, date(2026, 4, 1))
    assert statement(database, person_id).fees_pence == 2500
    assert statement(database, person_id).not_yet_paid_pence == 2500
    with database.transaction() as session:
        pay(session, payment_id, date(2026, 4, 20))
    assert statement(database, person_id).lines == []
    later = statement(database, person_id, TaxYear(2026))
    assert [(line.day, line.paid_on, line.counts_on) for line in later.lines] == [
        (date(2026, 4, 1), date(2026, 4, 20), date(2026, 4, 20))
    ]
    assert (later.fees_pence, later.not_yet_paid_pence) == (2500, 0)


def test_a_session_on_5_april_paid_on_7_april_is_on_the_next_years_statement(
    database: Database,
) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        person_id = add_person(session, preferred_name="Amira")
        session_id = add_session(
            session, project_id, date(2025, 4, 5), start_time=time(10), end_time=time(11)
        )
        attended(session, session_id, person_id)
        [payment_id] = create_session_payments(session, session_id)
        approve(session, payment_id)
        pay(session, payment_id, date(2025, 4, 7))
    assert statement(database, person_id, TaxYear(2024)).lines == []
    result = statement(database, person_id, TaxYear(2025))
    [line] = result.lines
    assert (line.day, line.paid_on, line.amount_pence) == (date(2025, 4, 5), date(2025, 4, 7), 2500)
    assert (result.fees_pence, result.income_pence, result.total_pence) == (2500, 2500, 2500)
    row = payment_row(line)  # both dates, on the line itself
    assert (row.day, row.paid_on) == ("5 April 2025", "7 April 2025")


def test_a_reversal_counts_once_it_is_settled(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        original = paid_fee(session, person_id, 5000, date(2025, 6, 1))
        approved_fee(session, person_id, 1200, date(2025, 6, 2))  # agreed, not paid yet
        reversal = payments.reverse(session, original, "Paid twice")
    # A draft reversal is not on the statement yet.
    assert [line.amount_pence for line in statement(database, person_id).lines] == [5000, 1200]
    with database.transaction() as session:
        approve(session, reversal)
    result = statement(database, person_id)
    assert [(line.amount_pence, line.status, line.counted) for line in result.lines] == [
        (5000, PaymentStatus.PAID, True),
        (-5000, PaymentStatus.APPROVED, False),
        (1200, PaymentStatus.APPROVED, True),
    ]
    [unsettled] = result.unsettled_reversals
    assert unsettled.description == f"Reversal of payment {original}: Paid twice"
    assert unsettled.reverses_id == original and unsettled.is_reversal
    # Listed, but until the money is back the payment it reverses was still received.
    assert (result.fees_pence, result.income_pence, result.total_pence) == (6200, 6200, 6200)
    assert result.not_yet_paid_pence == 1200  # never negative, never a reversal
    assert result.unsettled_reversals_pence == 5000
    assert sum(line.amount_pence for line in result.counted_lines) == result.total_pence
    with database.transaction() as session:
        pay(session, reversal)
    settled = statement(database, person_id)
    assert settled.unsettled_reversals == []
    assert (settled.fees_pence, settled.total_pence, settled.not_yet_paid_pence) == (
        1200,
        1200,
        1200,
    )


def test_an_unsettled_reversal_changes_no_total(database: Database) -> None:
    """Every kind: fees, vouchers and expenses, each paid then reversed but not yet settled."""
    with database.transaction() as session:
        person_id = add_person(session)
        paid = [
            paid_fee(session, person_id, 6000, date(2025, 11, 3)),
            paid_fee(session, person_id, 2000, date(2025, 11, 3), kind=PaymentKind.VOUCHER),
        ]
        expense = mileage(session, person_id, date(2025, 11, 3), 100)  # 450p
        approve(session, expense)
        pay(session, expense)
        before = statement_for(session, person_id, YEAR)
        for payment_id in [*paid, expense]:
            approve(session, payments.reverse(session, payment_id, "wrong person"))
        after = statement_for(session, person_id, YEAR)
    totals = (
        "fees_pence",
        "vouchers_pence",
        "income_pence",
        "expenses_pence",
        "total_pence",
        "not_yet_paid_pence",
    )
    assert [getattr(after, t) for t in totals] == [getattr(before, t) for t in totals]
    assert [getattr(after, t) for t in totals] == [6000, 2000, 8000, 450, 8450, 0]
    assert len(after.unsettled_reversals) == 3
    assert after.unsettled_reversals_pence == 8450


def test_only_the_persons_own_payments(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        approved_fee(session, amira, 2500, date(2025, 6, 1))
        approved_fee(session, ben, 9999, date(2025, 6, 1))
    assert statement(database, amira).income_pence == 2500
    assert statement(database, ben).income_pence == 9999


def test_an_empty_statement(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
    result = statement(database, person_id)
    assert result.lines == []
    assert (result.total_pence, result.not_yet_paid_pence, result.thank_yous) == (0, 0, 0)


def test_statement_for_someone_not_on_the_register(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound):
        statement_for(session, 999, YEAR)


def test_an_unsettled_reversal_is_in_the_year_its_payment_was_paid(database: Database) -> None:
    """Work on 1 April 2026, paid on 20 April 2026 (tax year 2026-27), reversed but not settled:
    the correction is listed beside the payment on the 2026-27 statement, not in 2025-26."""
    with database.transaction() as session:
        person_id = add_person(session)
        original = approved_fee(session, person_id, 5000, date(2026, 4, 1))
        pay(session, original, date(2026, 4, 20))
        approve(session, payments.reverse(session, original, "Paid twice"))
    earlier = statement(database, person_id, TaxYear(2025))
    assert earlier.lines == [] and earlier.unsettled_reversals == []
    later = statement(database, person_id, TaxYear(2026))
    assert [line.amount_pence for line in later.lines] == [5000, -5000]
    assert later.unsettled_reversals_pence == 5000
    assert (later.fees_pence, later.total_pence) == (5000, 5000)


def test_a_thank_you_taken_back_is_not_counted(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        thanks = paid_fee(session, person_id, 0, date(2025, 6, 1), kind=PaymentKind.RECOGNITION)
        paid_fee(session, person_id, 0, date(2025, 7, 1), kind=PaymentKind.RECOGNITION)
    assert statement(database, person_id).thank_yous == 2
    with database.transaction() as session:
        reversal = payments.reverse(session, thanks, "Recorded for the wrong person")
        approve(session, reversal)
    assert statement(database, person_id).thank_yous == 2  # not settled yet
    with database.transaction() as session:
        pay(session, reversal)
    assert statement(database, person_id).thank_yous == 1
