"""The rewards policy (rates in force by date) and working out payments for a session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services import policy, sessions
from coprod_desktop.services.errors import Conflict, NotFound, ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.payment_generation import (
    PreviewLine,
    create_session_payments,
    fee_for,
    preview_session_payments,
)
from coprod_desktop.services.payments import ExpenseClaim, add_expense, cancel, get_payment
from coprod_desktop.services.policy import RatesData
from coprod_desktop.services.statements import statement_for
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Payment
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    ExpenseType,
    PaymentBasis,
    PaymentKind,
    PaymentPreference,
    PaymentStatus,
    Vehicle,
)
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    approve,
    attended,
)

DEFAULT_FROM = date(2024, 4, 6)
DAY = date(2025, 11, 5)

DEFAULT_RATES = RatesData(
    effective_from=DEFAULT_FROM,
    hourly_pence=2500,
    half_day_pence=7500,
    full_day_pence=15000,
    prep_hourly_pence=2500,
    mileage_car_pence=45,
    mileage_motorcycle_pence=24,
    mileage_bicycle_pence=20,
    subsistence_cap_pence=1000,
    care_needs_receipt=True,
)
NEW_RATES = replace(
    DEFAULT_RATES,
    effective_from=date(2025, 10, 1),
    hourly_pence=2750,
    half_day_pence=8250,
    full_day_pence=16500,
    prep_hourly_pence=2750,
    source="Our own rates from October 2025 (NIHR-style rise of 10%).",
)


def one_hour_session(session: Session, day: date, **overrides: object) -> tuple[int, int]:
    """A one-hour session on ``day`` that one person attended: (session id, person id)."""
    project_id = add_project(session)
    session_id = add_session(
        session, project_id, day, start_time=time(10, 0), end_time=time(11, 0), **overrides
    )
    person_id = add_person(session, payment_preference=PaymentPreference.BANK_TRANSFER)
    attended(session, session_id, person_id)
    return session_id, person_id


# --- the policy --------------------------------------------------------------------------------
def test_the_seeded_default_policy(database: Database) -> None:
    with database.reading() as session:
        [record] = policy.list_rates(session)
    assert replace(record.data, source="") == DEFAULT_RATES
    assert "£25 an hour" in record.data.source
    assert "not advice" in record.data.source
    assert record.used_by_payments is False
    assert record.data.mileage_pence(Vehicle.CAR) == 45
    assert record.data.mileage_pence(Vehicle.MOTORCYCLE) == 24
    assert record.data.mileage_pence(Vehicle.BICYCLE) == 20


def test_default_policy_in_force_from_6_april_2024(database: Database) -> None:
    with database.reading() as session:
        in_force = policy.require_rates(session, date(2024, 4, 6))
        assert in_force.data.hourly_pence == 2500
        assert policy.rates_in_force(session, date(2024, 4, 5)) is None
        with pytest.raises(ServiceError) as caught:
            policy.require_rates(session, date(2024, 4, 5))
    message = str(caught.value)
    assert message.startswith("No rewards policy is in force on ")
    assert "5 April 2024" in message
    assert "Add rates in force from that date or earlier" in message


def test_a_rate_change_in_the_middle_of_a_tax_year(database: Database) -> None:
    with database.transaction() as session:
        before_id, before_person = one_hour_session(session, date(2025, 9, 30))
        on_id, on_person = one_hour_session(session, date(2025, 10, 1))
        # Payments for 1 October worked out before the change was entered...
        [early_payment] = create_session_payments(session, on_id)
    with database.transaction() as session:
        new_id = policy.add_rates(session, NEW_RATES)
    with database.reading() as session:
        assert policy.require_rates(session, date(2025, 9, 30)).data.hourly_pence == 2500
        assert policy.require_rates(session, date(2025, 10, 1)).id == new_id
        assert policy.require_rates(session, date(2026, 4, 6)).data.hourly_pence == 2750
        # ... keep their amount and the rates they were worked out with.
        kept = session.get_one(Payment, early_payment)
        assert kept.amount_pence == 2500
        assert kept.rates_id != new_id
        before = preview_session_payments(session, before_id)
        on = preview_session_payments(session, on_id)
    assert before.rates.data.hourly_pence == 2500
    assert [(line.amount_pence, line.will_create) for line in before.lines] == [(2500, True)]
    assert on.rates.id == new_id
    assert [(line.amount_pence, line.skip_reason) for line in on.lines] == [
        (2750, "already has a payment for this session")
    ]
    assert "£27.50 an hour" in on.lines[0].explanation
    with database.transaction() as session:
        [later_payment] = create_session_payments(session, before_id)
        record = session.get_one(Payment, later_payment)
        assert (record.amount_pence, record.participant_id) == (2500, before_person)
    # Cancelled and worked out again, the 1 October payment uses the new rate.
    with database.transaction() as session:
        cancel(session, early_payment, "Rates changed from 1 October")
        [again] = create_session_payments(session, on_id)
        redone = session.get_one(Payment, again)
        assert (redone.amount_pence, redone.rates_id, redone.participant_id) == (
            2750,
            new_id,
            on_person,
        )


def test_list_rates_newest_first(database: Database) -> None:
    with database.transaction() as session:
        policy.add_rates(session, NEW_RATES)
        policy.add_rates(session, replace(NEW_RATES, effective_from=date(2024, 12, 1)))
    with database.reading() as session:
        assert [r.data.effective_from for r in policy.list_rates(session)] == [
            date(2025, 10, 1),
            date(2024, 12, 1),
            DEFAULT_FROM,
        ]


def test_update_rates_before_any_payment_uses_them(database: Database) -> None:
    with database.transaction() as session:
        rates_id = policy.add_rates(session, NEW_RATES)
    with database.transaction() as session:
        updated = policy.update_rates(
            session, rates_id, replace(NEW_RATES, hourly_pence=2800, source="  Corrected  ")
        )
    assert updated.data.hourly_pence == 2800
    assert updated.data.source == "Corrected"
    assert updated.used_by_payments is False


def test_update_rates_refused_once_payments_used_them(database: Database) -> None:
    with database.transaction() as session:
        [seeded] = policy.list_rates(session)
        session_id, _person = one_hour_session(session, DAY)
        create_session_payments(session, session_id)
    with database.reading() as session:
        assert policy.list_rates(session)[0].used_by_payments is True
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        policy.update_rates(session, seeded.id, replace(DEFAULT_RATES, hourly_pence=3000))
    message = str(caught.value)
    assert "cannot be changed" in message
    assert "add a new set in force from the day the change starts" in message
    with database.reading() as session:
        assert policy.require_rates(session, DAY).data.hourly_pence == 2500


def test_update_rates_used_by_an_expense_is_refused_too(database: Database) -> None:
    with database.transaction() as session:
        [seeded] = policy.list_rates(session)
        person_id = add_person(session)
        add_expense(
            session,
            ExpenseClaim(person_id, ExpenseType.PUBLIC_TRANSPORT, DAY, amount_pence=480),
        )
    with database.transaction() as session, pytest.raises(Conflict):
        policy.update_rates(session, seeded.id, DEFAULT_RATES)


def test_add_rates_with_a_duplicate_date_is_refused(database: Database) -> None:
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        policy.add_rates(session, replace(NEW_RATES, effective_from=DEFAULT_FROM))
    assert "There are already rates in force from" in str(caught.value)
    assert "6 April 2024" in str(caught.value)
    with database.reading() as session:
        assert len(policy.list_rates(session)) == 1


def test_update_rates_onto_another_sets_date_is_refused(database: Database) -> None:
    with database.transaction() as session:
        rates_id = policy.add_rates(session, NEW_RATES)
    with database.transaction() as session, pytest.raises(Conflict):
        policy.update_rates(session, rates_id, replace(NEW_RATES, effective_from=DEFAULT_FROM))


def test_update_unknown_rates(database: Database) -> None:
    with database.transaction() as session, pytest.raises(NotFound):
        policy.update_rates(session, 999, NEW_RATES)


@pytest.mark.parametrize("field", ["hourly_pence", "mileage_car_pence", "subsistence_cap_pence"])
def test_negative_rates_are_refused(database: Database, field: str) -> None:
    change: dict[str, Any] = {field: -1}
    bad = replace(NEW_RATES, **change)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        policy.add_rates(session, bad)
    [problem] = caught.value.problems
    assert problem.field == field
    assert problem.message.endswith("must be between £0 and £1,000,000.")


# --- working out fees --------------------------------------------------------------------------
def test_fee_for_ninety_minutes_at_an_hourly_rate(database: Database) -> None:
    with database.reading() as session:
        rates = policy.require_rates(session, DAY)
    assert fee_for(rates, PaymentBasis.HOURLY, 90, 0) == (
        3750,
        "1 h 30 min at £25.00 an hour (£37.50)",
    )


def test_a_ninety_minute_session_with_preparation(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(
            session,
            project_id,
            DAY,
            start_time=time(10, 0),
            end_time=time(11, 30),
            prep_minutes=30,
        )
        person_id = add_person(session, preferred_name="Amira")
        attended(session, session_id, person_id)
    with database.reading() as session:
        preview = preview_session_payments(session, session_id)
    assert preview.lines == [
        PreviewLine(
            participant_id=person_id,
            name="Amira",
            kind=PaymentKind.FEE,
            amount_pence=3750 + 1250,
            minutes=120,
            explanation=(
                "1 h 30 min at £25.00 an hour (£37.50) + preparation 30 minutes at "
                "£25.00 an hour (£12.50)"
            ),
        )
    ]
    assert preview.total_pence == 5000
    assert preview.date == DAY
    assert preview.project_id == project_id


def test_preparation_at_its_own_rate(database: Database) -> None:
    with database.transaction() as session:
        policy.add_rates(session, replace(NEW_RATES, prep_hourly_pence=1500))
        rates = policy.require_rates(session, DAY)
    amount, how = fee_for(rates, PaymentBasis.HOURLY, 90, 60)
    assert amount == 4125 + 1500
    assert (
        how
        == "1 h 30 min at £27.50 an hour (£41.25) + preparation 1 hour at £15.00 an hour (£15.00)"
    )


def test_half_day_and_full_day_bases(database: Database) -> None:
    with database.reading() as session:
        rates = policy.require_rates(session, DAY)
    assert fee_for(rates, PaymentBasis.HALF_DAY, 180, 0) == (7500, "half-day rate £75.00")
    assert fee_for(rates, PaymentBasis.FULL_DAY, 360, 0) == (15000, "full-day rate £150.00")
    assert fee_for(rates, PaymentBasis.HALF_DAY, 200, 45) == (
        7500 + 1875,
        "half-day rate £75.00 + preparation 45 minutes at £25.00 an hour (£18.75)",
    )
    assert fee_for(rates, PaymentBasis.FULL_DAY, 60, 120)[0] == 15000 + 5000


def test_half_day_session_preview_ignores_its_length(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        half = add_session(
            session,
            project_id,
            DAY,
            start_time=time(9, 30),
            end_time=time(12, 45),
            payment_basis=PaymentBasis.HALF_DAY,
        )
        full = add_session(
            session,
            project_id,
            DAY,
            start_time=time(9, 30),
            end_time=time(16, 0),
            payment_basis=PaymentBasis.FULL_DAY,
        )
        person_id = add_person(session)
        attended(session, half, person_id)
        attended(session, full, person_id)
    with database.reading() as session:
        [half_line] = preview_session_payments(session, half).lines
        [full_line] = preview_session_payments(session, full).lines
    assert (half_line.amount_pence, half_line.minutes) == (7500, 195)
    assert (full_line.amount_pence, full_line.minutes) == (15000, 390)


def test_hours_are_written_plainly(database: Database) -> None:
    with database.reading() as session:
        rates = policy.require_rates(session, DAY)
    assert fee_for(rates, PaymentBasis.HOURLY, 60, 0)[1] == "1 hour at £25.00 an hour (£25.00)"
    assert fee_for(rates, PaymentBasis.HOURLY, 120, 0)[1] == "2 hours at £25.00 an hour (£50.00)"
    assert fee_for(rates, PaymentBasis.HOURLY, 45, 0)[1] == "45 minutes at £25.00 an hour (£18.75)"


# --- a mixed register --------------------------------------------------------------------------
def test_declines_voucher_and_fee_people_in_one_register(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)  # 10:00 to 11:30, no prep
        ids = {
            name: add_person(session, preferred_name=name, payment_preference=preference)
            for name, preference in [
                ("Asha", PaymentPreference.DECLINES),
                ("Bilal", PaymentPreference.EXPENSES_ONLY),
                ("Cerys", PaymentPreference.VOUCHER),
                ("Dev", PaymentPreference.BANK_TRANSFER),
                ("Eve", PaymentPreference.CASH),
                ("Femi", PaymentPreference.CHARITY),
                ("Gwen", None),
                ("Hari", PaymentPreference.BANK_TRANSFER),
                ("Iris", PaymentPreference.BANK_TRANSFER),
                ("Jon", PaymentPreference.VOUCHER),
            ]
        }
        sessions.invite(session, session_id, ids.values())
        for name in ["Asha", "Bilal", "Cerys", "Dev", "Eve", "Femi", "Gwen"]:
            sessions.set_attendance(session, session_id, ids[name], AttendanceStatus.ATTENDED)
        sessions.set_attendance(session, session_id, ids["Hari"], AttendanceStatus.APOLOGIES)
        sessions.set_attendance(session, session_id, ids["Iris"], AttendanceStatus.DID_NOT_ATTEND)
        # Jon stays "invited": not marked as attending, so not paid.
    with database.reading() as session:
        preview = preview_session_payments(session, session_id)
    got = [(line.name, line.kind, line.amount_pence) for line in preview.lines]
    assert got == [
        ("Asha", PaymentKind.RECOGNITION, 0),
        ("Bilal", PaymentKind.RECOGNITION, 0),
        ("Cerys", PaymentKind.VOUCHER, 3750),
        ("Dev", PaymentKind.FEE, 3750),
        ("Eve", PaymentKind.FEE, 3750),
        ("Femi", PaymentKind.FEE, 3750),
        ("Gwen", PaymentKind.FEE, 3750),
    ]
    explanations = {line.name: line.explanation for line in preview.lines}
    assert explanations["Asha"] == "declines payment: a thank-you is recorded instead"
    assert explanations["Bilal"] == "expenses only: no fee; a thank-you is recorded"
    assert explanations["Cerys"] == "voucher for 1 h 30 min at £25.00 an hour (£37.50)"
    assert explanations["Dev"] == "1 h 30 min at £25.00 an hour (£37.50)"
    assert all(line.will_create for line in preview.lines)
    assert all(line.minutes == 90 for line in preview.lines)
    assert preview.total_pence == 5 * 3750

    with database.transaction() as session:
        created = create_session_payments(session, session_id)
    assert len(created) == 7
    with database.reading() as session:
        records = [get_payment(session, payment_id) for payment_id in created]
        rates_ids = {session.get_one(Payment, payment_id).rates_id for payment_id in created}
        [rates] = policy.list_rates(session)
    assert [(r.participant_name, r.kind, r.amount_pence) for r in records] == got
    assert {r.status for r in records} == {PaymentStatus.DRAFT}
    assert {r.session_id for r in records} == {session_id}
    assert {r.project_id for r in records} == {project_id}
    assert {r.incurred_on for r in records} == {DAY}
    assert {r.minutes for r in records} == {90}
    assert rates_ids == {rates.id}
    assert records[0].description == (
        "Planning workshop: declines payment: a thank-you is recorded instead"
    )
    assert records[3].description == "Planning workshop: 1 h 30 min at £25.00 an hour (£37.50)"


def test_creating_session_payments_again_creates_nothing_new(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        asha = add_person(
            session, preferred_name="Asha", payment_preference=PaymentPreference.DECLINES
        )
        attended(session, session_id, amira, asha)
        first = create_session_payments(session, session_id)
    assert len(first) == 2
    with database.transaction() as session:
        assert create_session_payments(session, session_id) == []
        preview = preview_session_payments(session, session_id)
    assert [line.skip_reason for line in preview.lines] == [
        "already has a payment for this session"
    ] * 2
    assert not any(line.will_create for line in preview.lines)
    assert preview.total_pence == 0
    # Approved payments still count as "already has a payment"; someone added late is paid.
    with database.transaction() as session:
        approve(session, *first)
        ben = add_person(session, preferred_name="Ben")
        attended(session, session_id, ben)
        [late] = create_session_payments(session, session_id)
        assert session.get_one(Payment, late).participant_id == ben
        count = len(
            session.scalars(select(Payment.id).where(Payment.session_id == session_id)).all()
        )
    assert count == 3


def test_a_cancelled_session_payment_can_be_worked_out_again(database: Database) -> None:
    with database.transaction() as session:
        session_id, person_id = one_hour_session(session, DAY)
        [payment_id] = create_session_payments(session, session_id)
        cancel(session, payment_id, "Wrong time recorded")
        sessions.set_attendance(
            session, session_id, person_id, AttendanceStatus.ATTENDED, session_minutes=30
        )
        [again] = create_session_payments(session, session_id)
        assert again != payment_id
        assert session.get_one(Payment, again).amount_pence == 1250


def test_nobody_attended_creates_nothing(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        person_id = add_person(session)
        sessions.invite(session, session_id, [person_id])
        assert preview_session_payments(session, session_id).lines == []
        assert create_session_payments(session, session_id) == []


def test_session_before_any_policy_is_refused(database: Database) -> None:
    with database.transaction() as session:
        session_id, _person = one_hour_session(session, date(2024, 4, 5))
    with database.reading() as session, pytest.raises(ServiceError) as caught:
        preview_session_payments(session, session_id)
    assert "No rewards policy is in force on" in str(caught.value)


def test_an_attendee_with_no_time_does_not_stop_the_others_being_paid(
    database: Database,
) -> None:
    """Someone marked as attending with 0 minutes (and no preparation) works out at £0.

    A £0 fee cannot be saved, so the preview should not offer it; the others must still be
    paid.
    """
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        attended(session, session_id, amira, ben)
        sessions.set_attendance(
            session, session_id, ben, AttendanceStatus.ATTENDED, session_minutes=0
        )
    with database.transaction() as session:
        created = create_session_payments(session, session_id)
        assert [session.get_one(Payment, p).participant_id for p in created] == [amira]


# --- sessions on 5 and 6 April -----------------------------------------------------------------
def test_sessions_on_5_and_6_april_fall_in_different_tax_years(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        person_id = add_person(session, preferred_name="Amira")
        last_day = add_session(
            session, project_id, date(2025, 4, 5), start_time=time(10), end_time=time(11)
        )
        first_day = add_session(
            session, project_id, date(2025, 4, 6), start_time=time(10), end_time=time(12)
        )
        attended(session, last_day, person_id)
        attended(session, first_day, person_id)
        approve(
            session,
            *create_session_payments(session, last_day),
            *create_session_payments(session, first_day),
        )
    with database.reading() as session:
        earlier = statement_for(session, person_id, TaxYear(2024))
        later = statement_for(session, person_id, TaxYear(2025))
    assert [(line.day, line.amount_pence) for line in earlier.lines] == [(date(2025, 4, 5), 2500)]
    assert [(line.day, line.amount_pence) for line in later.lines] == [(date(2025, 4, 6), 5000)]
    assert earlier.fees_pence == 2500
    assert later.fees_pence == 5000
