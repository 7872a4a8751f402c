"""Earnings limits people asked us to watch: warnings before approval, never a block."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import participants, payments
from coprod_desktop.services.earnings_limits import LimitWarning, check_approval, income_between
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.payments import ExpenseClaim
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ExpenseType, PaymentKind, PaymentStatus
from tests.core.payment_fixtures import (
    add_person,
    approve,
    approved_fee,
    fee,
    paid_fee,
)

MONDAY = date(2025, 11, 3)
WEDNESDAY = date(2025, 11, 5)
SUNDAY = date(2025, 11, 9)
NEXT_MONDAY = date(2025, 11, 10)


def set_limits(
    session: Session,
    participant_id: int,
    *,
    weekly: int | None = None,
    monthly: int | None = None,
    month_starts: int | None = None,
    tax_year: int | None = None,
    note: str = "",
) -> None:
    record = participants.get_participant(session, participant_id)
    participants.update_participant(
        session,
        participant_id,
        replace(
            record.data,
            weekly_limit_pence=weekly,
            monthly_limit_pence=monthly,
            limit_month_starts=month_starts,
            tax_year_limit_pence=tax_year,
            limit_note=note,
        ),
    )


def person_with_weekly_limit(session: Session) -> int:
    """Amira: £50 a week, £40 already approved in the week of 3 November 2025."""
    person_id = add_person(session, preferred_name="Amira")
    set_limits(session, person_id, weekly=5000, note="ESA permitted work, lower limit")
    approved_fee(session, person_id, 4000, MONDAY)
    return person_id


def test_a_participant_over_their_weekly_limit(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        adding = fee(session, person_id, 2500, WEDNESDAY)
    with database.reading() as session:
        warnings = check_approval(session, [adding])
    assert warnings == [
        LimitWarning(
            participant_id=person_id,
            name="Amira",
            period="the week of 3 November 2025",
            limit_pence=5000,
            already_pence=4000,
            adding_pence=2500,
            note="ESA permitted work, lower limit",
        )
    ]
    [warning] = warnings
    assert (warning.total_pence, warning.over_by_pence) == (6500, 1500)
    assert warning.message == (
        "Amira asked us to keep their earnings for the week of 3 November 2025 under £50.00 "
        "(ESA permitted work, lower limit). They have £40.00 already; these payments add "
        "£25.00, making £65.00: £15.00 over. Fees and vouchers count as income; expenses do "
        "not. Talk to them before paying."
    )


def test_reaching_the_limit_exactly_is_not_over(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        adding = fee(session, person_id, 1000, SUNDAY)
        assert check_approval(session, [adding]) == []
        one_more = fee(session, person_id, 1001, SUNDAY)
        [warning] = check_approval(session, [one_more])
    assert warning.over_by_pence == 1


def test_vouchers_count_as_income(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        approved_fee(session, person_id, 500, WEDNESDAY, kind=PaymentKind.VOUCHER)
        adding = fee(session, person_id, 1000, WEDNESDAY, kind=PaymentKind.VOUCHER)
        [warning] = check_approval(session, [adding])
    assert (warning.already_pence, warning.adding_pence, warning.over_by_pence) == (
        4500,
        1000,
        500,
    )


def test_expenses_do_not_count(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        expense = payments.add_expense(
            session,
            ExpenseClaim(person_id, ExpenseType.PUBLIC_TRANSPORT, WEDNESDAY, amount_pence=3000),
        )
        # Being approved, an expense does not add to "already"...
        approve(session, expense)
        adding = fee(session, person_id, 1000, WEDNESDAY)
        assert check_approval(session, [adding]) == []
        # ...and approving an expense is never warned about.
        another = payments.add_expense(
            session,
            ExpenseClaim(person_id, ExpenseType.PUBLIC_TRANSPORT, WEDNESDAY, amount_pence=9000),
        )
        assert check_approval(session, [another]) == []
        assert income_between(session, person_id, MONDAY, SUNDAY) == 4000


def test_thank_yous_do_not_count(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        thanks = fee(session, person_id, 0, WEDNESDAY, kind=PaymentKind.RECOGNITION)
        assert check_approval(session, [thanks]) == []


def test_drafts_and_cancelled_do_not_count(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        fee(session, person_id, 5000, WEDNESDAY)  # a draft, not being approved now
        cancelled = approved_fee(session, person_id, 5000, WEDNESDAY)
        payments.cancel(session, cancelled, "Duplicate")
        adding = fee(session, person_id, 1000, WEDNESDAY)
        assert check_approval(session, [adding]) == []
        assert income_between(session, person_id, MONDAY, SUNDAY) == 4000


def test_paid_payments_count(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        paid_fee(session, person_id, 800, SUNDAY)
        adding = fee(session, person_id, 500, WEDNESDAY)
        [warning] = check_approval(session, [adding])
    assert (warning.already_pence, warning.over_by_pence) == (4800, 300)


def test_reversals_reduce_what_counts(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        set_limits(session, person_id, weekly=5000)
        original = paid_fee(session, person_id, 4000, MONDAY)
        reversal = payments.reverse(session, original, "Paid in error")
        approve(session, reversal)
        assert income_between(session, person_id, MONDAY, SUNDAY) == 0
        adding = fee(session, person_id, 5000, WEDNESDAY)
        assert check_approval(session, [adding]) == []


def test_the_next_monday_is_another_week(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        approved_fee(session, person_id, 4900, NEXT_MONDAY)
        # This week: £40 already, £10 more reaches the limit exactly.
        this_week = fee(session, person_id, 1000, SUNDAY)
        assert check_approval(session, [this_week]) == []
        # Next week: £49 already, £10 more is £9 over.
        next_week = fee(session, person_id, 1000, NEXT_MONDAY)
        [warning] = check_approval(session, [next_week])
    assert warning.period == "the week of 10 November 2025"
    assert (warning.already_pence, warning.over_by_pence) == (4900, 900)


def test_payments_approved_together_are_added_together(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        first = fee(session, person_id, 600, WEDNESDAY)
        second = fee(session, person_id, 600, SUNDAY)
        assert check_approval(session, [first]) == []
        assert check_approval(session, [second]) == []
        [warning] = check_approval(session, [first, second])
    assert (warning.adding_pence, warning.over_by_pence) == (1200, 200)


def test_each_week_is_warned_about_separately(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        this_week = fee(session, person_id, 2000, WEDNESDAY)
        next_week = fee(session, person_id, 6000, NEXT_MONDAY)
        warnings = check_approval(session, [next_week, this_week])
    assert [(w.period, w.already_pence, w.adding_pence) for w in warnings] == [
        ("the week of 3 November 2025", 4000, 2000),
        ("the week of 10 November 2025", 0, 6000),
    ]


def test_only_the_persons_own_payments_count(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        other = add_person(session, preferred_name="Ben")
        approved_fee(session, other, 9000, WEDNESDAY)
        adding = fee(session, person_id, 1000, WEDNESDAY)
        assert check_approval(session, [adding]) == []
        # Ben has no limit, so his payments are never warned about.
        bens = fee(session, other, 9000, WEDNESDAY)
        assert check_approval(session, [bens]) == []


def test_tax_year_limit_across_5_and_6_april(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, tax_year=10000)
        approved_fee(session, person_id, 5000, date(2025, 4, 6))  # first day of 2025-26
        approved_fee(session, person_id, 4000, date(2026, 4, 5))  # last day of 2025-26
        approved_fee(session, person_id, 7000, date(2025, 4, 5))  # last day of 2024-25
        new_year = fee(session, person_id, 2000, date(2026, 4, 6))
        assert check_approval(session, [new_year]) == []
        old_year = fee(session, person_id, 2000, date(2026, 4, 5))
        [warning] = check_approval(session, [old_year])
        earlier = fee(session, person_id, 3500, date(2024, 4, 6))
        [earlier_warning] = check_approval(session, [earlier])
    assert warning.period == "tax year 2025-26"
    assert (warning.limit_pence, warning.already_pence, warning.adding_pence) == (
        10000,
        9000,
        2000,
    )
    assert warning.over_by_pence == 1000
    assert "tax year 2025-26 under £100.00" in warning.message
    assert earlier_warning.period == "tax year 2024-25"
    assert (earlier_warning.already_pence, earlier_warning.over_by_pence) == (7000, 500)


def test_weekly_and_tax_year_limits_both_warn(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, weekly=5000, tax_year=6000)
        approved_fee(session, person_id, 4500, date(2025, 6, 2))
        adding = fee(session, person_id, 2000, date(2025, 6, 4))
        warnings = check_approval(session, [adding])
    assert [(w.period, w.over_by_pence) for w in warnings] == [
        ("the week of 2 June 2025", 1500),
        ("tax year 2025-26", 500),
    ]


def test_no_limit_no_warning(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        approved_fee(session, person_id, 100000, WEDNESDAY)
        adding = fee(session, person_id, 100000, WEDNESDAY)
        assert check_approval(session, [adding]) == []


def test_unknown_payments_are_explained(database: Database) -> None:
    with (
        database.reading() as session,
        pytest.raises(NotFound, match="no payment with the number 999"),
    ):
        check_approval(session, [999])


def test_the_warning_never_blocks_approval(database: Database) -> None:
    with database.transaction() as session:
        person_id = person_with_weekly_limit(session)
        adding = fee(session, person_id, 2500, WEDNESDAY)
        assert len(check_approval(session, [adding])) == 1
        assert payments.approve(session, [adding], "Sam Okafor") == 1
    with database.reading() as session:
        assert payments.get_payment(session, adding).status is PaymentStatus.APPROVED
        assert income_between(session, person_id, MONDAY, SUNDAY) == 6500


# --- monthly limits (Universal Credit counts earnings by the month) -----------------------------
def test_a_calendar_month_limit(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, monthly=41100, note="UC work allowance")
        approved_fee(session, person_id, 30000, date(2025, 11, 1))
        approved_fee(session, person_id, 30000, date(2025, 10, 31))  # October: not counted
        draft = fee(session, person_id, 15000, date(2025, 11, 30))
        [warning] = check_approval(session, [draft])
    assert warning.period == "November 2025"
    assert (warning.limit_pence, warning.already_pence, warning.adding_pence) == (
        41100,
        30000,
        15000,
    )
    assert warning.over_by_pence == 3900
    assert warning.message.startswith(
        "Amira asked us to keep their earnings for November 2025 under £411.00 (UC work "
        "allowance). They have £300.00 already; these payments add £150.00, making £450.00: "
        "£39.00 over."
    )


def test_a_month_that_starts_on_the_day_of_their_claim(database: Database) -> None:
    """Months from the 15th: 14 November is in the month from 15 October, 15 November is not."""
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, monthly=20000, month_starts=15)
        approved_fee(session, person_id, 15000, date(2025, 10, 15))
        same_month = fee(session, person_id, 10000, date(2025, 11, 14))
        next_month = fee(session, person_id, 10000, date(2025, 11, 15))
        [warning] = check_approval(session, [same_month])
        assert check_approval(session, [next_month]) == []
    assert warning.period == "the month from 15 October 2025 to 14 November 2025"
    assert (warning.already_pence, warning.adding_pence) == (15000, 10000)


def test_a_month_from_the_31st_runs_to_the_day_before_the_next_31st_or_month_end(
    database: Database,
) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, monthly=1000, month_starts=31)
        february = fee(session, person_id, 2000, date(2025, 3, 30))
        [warning] = check_approval(session, [february])
    assert warning.period == "the month from 28 February 2025 to 30 March 2025"


def test_week_month_and_year_limits_all_warn(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        set_limits(session, person_id, weekly=1000, monthly=1000, tax_year=1000)
        draft = fee(session, person_id, 1500, MONDAY)
        periods = [w.period for w in check_approval(session, [draft])]
    assert periods == ["November 2025", "the week of 3 November 2025", "tax year 2025-26"]
