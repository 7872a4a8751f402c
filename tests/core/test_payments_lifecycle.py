"""Payments: entering them, expenses under the policy, and draft -> approved -> paid."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import payments
from coprod_desktop.services.errors import Conflict, NotFound, ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.payments import ExpenseClaim, NewPayment, PaymentRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
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
)

DAY = date(2025, 11, 5)
WHEN = datetime(2025, 11, 6, 9, 15, tzinfo=UTC)


def get(database: Database, payment_id: int) -> PaymentRecord:
    with database.reading() as session:
        return payments.get_payment(session, payment_id)


def new(participant_id: int, **overrides: Any) -> NewPayment:
    base = NewPayment(
        participant_id=participant_id, kind=PaymentKind.FEE, amount_pence=2500, incurred_on=DAY
    )
    return replace(base, **overrides)


def refused(session: Session, payment: NewPayment) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        payments.add_payment(session, payment)
    return [(p.field, p.message) for p in caught.value.problems]


# --- entering payments -------------------------------------------------------------------------
def test_add_a_fee_by_hand(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Amira")
        project_id = add_project(session, "Carers' café")
        payment_id = payments.add_payment(
            session,
            new(person_id, project_id=project_id, description="  Interview   panel ", minutes=120),
        )
    record = get(database, payment_id)
    assert record.participant_name == "Amira"
    assert record.project_name == "Carers' café"
    assert (record.kind, record.amount_pence, record.status) == (
        PaymentKind.FEE,
        2500,
        PaymentStatus.DRAFT,
    )
    assert record.description == "Interview panel"
    assert record.minutes == 120
    assert record.counts_as_income is True
    assert record.approved_by == ""
    assert record.approved_at is None
    assert record.reverses_id is None


def test_session_gives_the_project(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        payment_id = payments.add_payment(session, new(person_id, session_id=session_id))
    record = get(database, payment_id)
    assert (record.session_id, record.project_id) == (session_id, project_id)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (-100, "Amount cannot be negative. To take money back, reverse a payment."),
        (0, "Amount is £0.00. Enter the amount, or record a thank-you instead."),
        (100_000_001, "Amount is more than £1,000,000. Check it."),
    ],
)
def test_fee_amount_is_checked(database: Database, amount: int, message: str) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        assert refused(session, new(person_id, amount_pence=amount)) == [("amount_pence", message)]


def test_voucher_amount_is_checked_too(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        problems = refused(session, new(person_id, kind=PaymentKind.VOUCHER, amount_pence=-1))
    assert [field for field, _ in problems] == ["amount_pence"]


def test_recognition_has_no_money(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        assert refused(session, new(person_id, kind=PaymentKind.RECOGNITION)) == [
            ("amount_pence", "Amount must be £0.00 for a thank-you (no money is paid).")
        ]
        payment_id = payments.add_payment(
            session, new(person_id, kind=PaymentKind.RECOGNITION, amount_pence=0)
        )
    record = get(database, payment_id)
    assert (record.kind, record.amount_pence, record.counts_as_income) == (
        PaymentKind.RECOGNITION,
        0,
        False,
    )


def test_expense_through_add_payment_is_refused(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        assert refused(session, new(person_id, kind=PaymentKind.EXPENSE)) == [
            ("kind", "Kind of payment: record expenses as an expense claim.")
        ]


def test_unknown_person_project_or_session(database: Database) -> None:
    with database.transaction() as session:
        assert refused(session, new(999)) == [
            ("participant_id", "Person number 999 is not on the register.")
        ]
        person_id = add_person(session)
        assert refused(session, new(person_id, project_id=404)) == [
            ("project_id", "There is no project with the number 404.")
        ]
        assert refused(session, new(person_id, session_id=405)) == [
            ("session_id", "There is no session with the number 405.")
        ]


def test_session_and_project_must_match(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        first = add_project(session, "First")
        second = add_project(session, "Second")
        session_id = add_session(session, first, DAY)
        assert refused(session, new(person_id, project_id=second, session_id=session_id)) == [
            ("session_id", "Session belongs to a different project. Check both.")
        ]
        # The right project with its session is fine.
        assert payments.add_payment(
            session, new(person_id, project_id=first, session_id=session_id)
        )


def test_every_problem_is_reported_at_once(database: Database) -> None:
    with database.transaction() as session:
        problems = refused(session, new(999, kind=PaymentKind.EXPENSE, project_id=404))
    assert [field for field, _ in problems] == ["participant_id", "project_id", "kind"]


# --- expenses ----------------------------------------------------------------------------------
def claim(participant_id: int, expense_type: ExpenseType, **overrides: Any) -> ExpenseClaim:
    return replace(ExpenseClaim(participant_id, expense_type, DAY), **overrides)


def refused_expense(session: Session, expense: ExpenseClaim) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        payments.add_expense(session, expense)
    return [(p.field, p.message) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("vehicle", "tenth_miles", "pence", "description"),
    [
        (Vehicle.CAR, 125, 563, "12.5 miles by car or van at 45p a mile"),  # 562.5 -> 563
        (Vehicle.CAR, 100, 450, "10 miles by car or van at 45p a mile"),
        (Vehicle.MOTORCYCLE, 125, 300, "12.5 miles by motorcycle at 24p a mile"),
        (Vehicle.BICYCLE, 33, 66, "3.3 miles by bicycle at 20p a mile"),
        (Vehicle.CAR, 1, 5, "0.1 miles by car or van at 45p a mile"),  # 4.5 -> 5
    ],
)
def test_mileage_at_the_policy_rate(
    database: Database, vehicle: Vehicle, tenth_miles: int, pence: int, description: str
) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        payment_id = payments.add_expense(
            session,
            claim(person_id, ExpenseType.MILEAGE, vehicle=vehicle, tenth_miles=tenth_miles),
        )
        row = session.get_one(Payment, payment_id)
        assert (row.vehicle, row.tenth_miles, row.rates_id is not None) == (
            vehicle,
            tenth_miles,
            True,
        )
    record = get(database, payment_id)
    assert (record.kind, record.expense_type, record.amount_pence) == (
        PaymentKind.EXPENSE,
        ExpenseType.MILEAGE,
        pence,
    )
    assert record.description == description
    assert record.counts_as_income is False
    assert record.status is PaymentStatus.DRAFT


def test_mileage_ignores_a_typed_amount(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        payment_id = payments.add_expense(
            session,
            claim(
                person_id,
                ExpenseType.MILEAGE,
                vehicle=Vehicle.CAR,
                tenth_miles=125,
                amount_pence=99999,
                description="To the town hall and back",
            ),
        )
    record = get(database, payment_id)
    assert record.amount_pence == 563
    assert record.description == "To the town hall and back"


def test_mileage_needs_a_vehicle_and_miles(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        problems = refused_expense(session, claim(person_id, ExpenseType.MILEAGE, tenth_miles=0))
    assert [field for field, _ in problems] == ["vehicle", "tenth_miles"]


def test_subsistence_over_the_cap_is_refused_with_the_figures(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        assert refused_expense(
            session, claim(person_id, ExpenseType.SUBSISTENCE, amount_pence=1250)
        ) == [
            (
                "amount_pence",
                "Amount £12.50 is more than the policy allows for food and drink (£10.00 a "
                "session). Enter £10.00 or less.",
            )
        ]
        at_cap = payments.add_expense(
            session, claim(person_id, ExpenseType.SUBSISTENCE, amount_pence=1000)
        )
    record = get(database, at_cap)
    assert (record.amount_pence, record.description) == (1000, "Food and drink")


def test_the_food_and_drink_cap_counts_earlier_claims_for_the_session(
    database: Database,
) -> None:
    """The cap is per session: three £6 lunches for one session are not £18 of food."""
    with database.transaction() as session:
        person_id = add_person(session)
        other_id = add_person(session, preferred_name="Wang")
        meeting = add_session(session, add_project(session), DAY)
        attended(session, meeting, person_id, other_id)
        lunch = claim(person_id, ExpenseType.SUBSISTENCE, amount_pence=600, session_id=meeting)
        first = payments.add_expense(session, lunch)
        assert refused_expense(session, lunch) == [
            (
                "amount_pence",
                "They have already claimed £6.00 for food and drink at this session, and the "
                "policy allows £10.00 a session: enter £4.00 or less.",
            )
        ]
        payments.add_expense(session, replace(lunch, amount_pence=400))  # up to the cap
        # Someone else at the same session, and a cancelled claim, do not count.
        payments.add_expense(session, replace(lunch, participant_id=other_id))
        payments.cancel(session, first, "Entered twice")
        payments.add_expense(session, replace(lunch, amount_pence=600))


def test_care_without_receipt_is_refused(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        problems = refused_expense(
            session, claim(person_id, ExpenseType.CARE, amount_pence=3000, receipt_reference=" ")
        )
        assert [field for field, _ in problems] == ["receipt_reference"]
        assert problems[0][1].startswith("Receipt reference is missing.")
        payment_id = payments.add_expense(
            session,
            claim(person_id, ExpenseType.CARE, amount_pence=3000, receipt_reference="R-118"),
        )
    record = get(database, payment_id)
    assert (record.amount_pence, record.receipt_reference) == (3000, "R-118")


def test_public_transport_at_cost(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        payment_id = payments.add_expense(
            session,
            claim(
                person_id,
                ExpenseType.PUBLIC_TRANSPORT,
                amount_pence=785,
                session_id=session_id,
            ),
        )
    record = get(database, payment_id)
    assert (record.kind, record.expense_type, record.amount_pence) == (
        PaymentKind.EXPENSE,
        ExpenseType.PUBLIC_TRANSPORT,
        785,
    )
    assert (record.project_id, record.session_id) == (project_id, session_id)
    assert record.description == "Public transport"


@pytest.mark.parametrize("amount", [None, 0, -50])
def test_at_cost_expenses_need_an_amount(database: Database, amount: int | None) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        problems = refused_expense(
            session, claim(person_id, ExpenseType.PUBLIC_TRANSPORT, amount_pence=amount)
        )
    assert [field for field, _ in problems] == ["amount_pence"]


def test_expense_before_any_policy_is_refused(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        with pytest.raises(ServiceError) as caught:
            payments.add_expense(
                session,
                claim(
                    person_id,
                    ExpenseType.PUBLIC_TRANSPORT,
                    amount_pence=500,
                    incurred_on=date(2024, 4, 5),
                ),
            )
    assert "No rewards policy is in force on" in str(caught.value)


# --- approving ---------------------------------------------------------------------------------
def test_approve_needs_a_name(database: Database) -> None:
    with database.transaction() as session:
        payment_id = fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.approve(session, [payment_id], "   ")
    assert [p.message for p in caught.value.problems] == [
        "Approved by is empty. Please enter the name of the person approving."
    ]
    assert get(database, payment_id).status is PaymentStatus.DRAFT


def test_approve_a_draft(database: Database) -> None:
    with database.transaction() as session:
        payment_id = fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session:
        assert payments.approve(session, [payment_id], " Sam  Okafor ", now=WHEN) == 1
    record = get(database, payment_id)
    assert (record.status, record.approved_by, record.approved_at) == (
        PaymentStatus.APPROVED,
        "Sam Okafor",
        WHEN,
    )


def test_approve_only_drafts(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        payments.approve(session, [payment_id], "Sam")
    assert str(caught.value) == (
        f"Payment {payment_id} is approved, so it cannot be approved. Only draft payments can be."
    )


def test_approve_unknown_payment(database: Database) -> None:
    with database.transaction() as session, pytest.raises(NotFound):
        payments.approve(session, [999], "Sam")


def test_two_payments_approved_at_once(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        first = fee(session, amira, 2500, DAY)
        second = fee(session, ben, 3750, DAY)
    with database.transaction() as session:
        assert payments.approve(session, [first, second], "Sam Okafor", now=WHEN) == 2
    records = [get(database, first), get(database, second)]
    assert [(r.status, r.approved_by, r.approved_at) for r in records] == [
        (PaymentStatus.APPROVED, "Sam Okafor", WHEN)
    ] * 2


def test_approving_two_with_one_not_a_draft_approves_neither(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        draft = fee(session, person_id, 2500, DAY)
        cancelled = fee(session, person_id, 3750, DAY)
        payments.cancel(session, cancelled, "Duplicate")
    with pytest.raises(Conflict), database.transaction() as session:
        payments.approve(session, [draft, cancelled], "Sam Okafor", now=WHEN)
    record = get(database, draft)
    assert (record.status, record.approved_by, record.approved_at) == (
        PaymentStatus.DRAFT,
        "",
        None,
    )
    assert get(database, cancelled).status is PaymentStatus.CANCELLED


def test_approve_checks_every_payment_before_changing_any(database: Database) -> None:
    """ "All or none" even for a caller that catches the refusal and carries on."""
    with database.transaction() as session:
        person_id = add_person(session)
        draft = fee(session, person_id, 2500, DAY)
        already = approved_fee(session, person_id, 3750, DAY)
    with database.transaction() as session:
        with pytest.raises(Conflict):
            payments.approve(session, [draft, already], "Sam Okafor", now=WHEN)
        assert session.get_one(Payment, draft).status is PaymentStatus.DRAFT
    assert get(database, draft).status is PaymentStatus.DRAFT


# --- paying ------------------------------------------------------------------------------------
def test_mark_paid_by_bank_transfer(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session:
        payments.mark_paid(
            session, payment_id, date(2025, 11, 7), PaymentMethod.BANK_TRANSFER, " BACS 0042 "
        )
    record = get(database, payment_id)
    assert (record.status, record.paid_on, record.paid_method, record.paid_reference) == (
        PaymentStatus.PAID,
        date(2025, 11, 7),
        PaymentMethod.BANK_TRANSFER,
        "BACS 0042",
    )


def test_mark_paid_requires_approval(database: Database) -> None:
    with database.transaction() as session:
        payment_id = fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.CASH)
    assert str(caught.value) == (
        f"Payment {payment_id} is draft, so it cannot be marked as paid. "
        "Only approved payments can be."
    )
    assert get(database, payment_id).status is PaymentStatus.DRAFT


def test_bank_transfer_needs_a_reference(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.BANK_TRANSFER, "  ")
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("paid_reference", "Payment reference is missing: the bank transfer's reference.")
    ]
    assert get(database, payment_id).status is PaymentStatus.APPROVED


def test_cash_needs_no_reference(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.CASH)
    record = get(database, payment_id)
    assert (record.status, record.paid_method, record.paid_reference) == (
        PaymentStatus.PAID,
        PaymentMethod.CASH,
        "",
    )


def test_voucher_needs_provider_and_reference(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 3750, DAY, kind=PaymentKind.VOUCHER)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.VOUCHER)
    assert [p.field for p in caught.value.problems] == ["voucher_provider", "voucher_reference"]
    with pytest.raises(ValidationError) as caught, database.transaction() as session:
        payments.mark_paid(
            session, payment_id, DAY, PaymentMethod.VOUCHER, voucher_provider="Love2Shop"
        )
    assert [p.field for p in caught.value.problems] == ["voucher_reference"]
    assert get(database, payment_id).status is PaymentStatus.APPROVED
    assert get(database, payment_id).voucher_provider == ""
    with database.transaction() as session:
        payments.mark_paid(
            session,
            payment_id,
            DAY,
            PaymentMethod.VOUCHER,
            voucher_provider="Love2Shop",
            voucher_reference="L2S-5531",
        )
    record = get(database, payment_id)
    assert (record.status, record.voucher_provider, record.voucher_reference) == (
        PaymentStatus.PAID,
        "Love2Shop",
        "L2S-5531",
    )


def test_voucher_details_entered_with_the_payment_are_enough(database: Database) -> None:
    with database.transaction() as session:
        payment_id = payments.add_payment(
            session,
            NewPayment(
                participant_id=add_person(session),
                kind=PaymentKind.VOUCHER,
                amount_pence=2500,
                incurred_on=DAY,
                voucher_provider="Love2Shop",
                voucher_reference="L2S-1",
            ),
        )
        payments.approve(session, [payment_id], "Sam")
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.VOUCHER)
    assert get(database, payment_id).status is PaymentStatus.PAID


def test_a_thank_you_needs_no_bank_reference(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(
            session, add_person(session), 0, DAY, kind=PaymentKind.RECOGNITION
        )
        payments.mark_paid(session, payment_id, DAY, PaymentMethod.BANK_TRANSFER)
    assert get(database, payment_id).status is PaymentStatus.PAID


# --- cancelling --------------------------------------------------------------------------------
def test_cancelling_an_approved_payment_with_a_reason(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session:
        payments.cancel(session, payment_id, "  Session was postponed ", now=WHEN)
        row = session.get_one(Payment, payment_id)
        assert row.cancelled_at == WHEN
    record = get(database, payment_id)
    assert (record.status, record.cancelled_reason) == (
        PaymentStatus.CANCELLED,
        "Session was postponed",
    )


def test_cancelling_a_draft(database: Database) -> None:
    with database.transaction() as session:
        payment_id = fee(session, add_person(session), 2500, DAY)
        payments.cancel(session, payment_id, "Entered twice")
    assert get(database, payment_id).status is PaymentStatus.CANCELLED


def test_cancelling_needs_a_reason(database: Database) -> None:
    with database.transaction() as session:
        payment_id = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.cancel(session, payment_id, "  ")
    [problem] = caught.value.problems
    assert problem.field == "reason"
    assert problem.message.startswith("Reason is empty. Please enter why it is cancelled")
    assert get(database, payment_id).status is PaymentStatus.APPROVED


def test_a_paid_payment_cannot_be_cancelled(database: Database) -> None:
    with database.transaction() as session:
        payment_id = paid_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        payments.cancel(session, payment_id, "Paid twice")
    assert str(caught.value) == (
        f"Payment {payment_id} is paid, so it cannot be cancelled. Reverse it instead."
    )
    assert get(database, payment_id).status is PaymentStatus.PAID


def test_a_cancelled_payment_cannot_be_cancelled_again(database: Database) -> None:
    with database.transaction() as session:
        payment_id = fee(session, add_person(session), 2500, DAY)
        payments.cancel(session, payment_id, "First reason")
    with database.transaction() as session, pytest.raises(Conflict):
        payments.cancel(session, payment_id, "Second reason")
    assert get(database, payment_id).cancelled_reason == "First reason"


# --- reversing ---------------------------------------------------------------------------------
def test_reverse_creates_a_negative_draft_linked_to_the_original(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        project_id = add_project(session)
        original = paid_fee(session, person_id, 3750, DAY, project_id=project_id)
    before = get(database, original)
    with database.transaction() as session:
        reversal = payments.reverse(session, original, "Paid to the wrong person")
    record = get(database, reversal)
    assert record.reverses_id == original
    assert (record.kind, record.amount_pence, record.status) == (
        PaymentKind.FEE,
        -3750,
        PaymentStatus.DRAFT,
    )
    assert (record.participant_id, record.project_id, record.incurred_on) == (
        person_id,
        project_id,
        DAY,
    )
    assert record.description == f"Reversal of payment {original}: Paid to the wrong person"
    # The paid payment itself is untouched.
    assert get(database, original) == before


def test_a_payment_is_reversed_only_once(database: Database) -> None:
    with database.transaction() as session:
        original = paid_fee(session, add_person(session), 3750, DAY)
        reversal = payments.reverse(session, original, "Wrong amount")
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        payments.reverse(session, original, "Again")
    assert str(caught.value) == (
        f"Payment {original} has already been reversed (by payment {reversal})."
    )


def test_only_paid_payments_are_reversed(database: Database) -> None:
    with database.transaction() as session:
        approved = approved_fee(session, add_person(session), 3750, DAY)
    with database.transaction() as session, pytest.raises(Conflict) as caught:
        payments.reverse(session, approved, "Not yet paid")
    assert "is approved, so it cannot be reversed" in str(caught.value)


def test_reversing_needs_a_reason(database: Database) -> None:
    with database.transaction() as session:
        original = paid_fee(session, add_person(session), 3750, DAY)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.reverse(session, original, "")
    assert [p.field for p in caught.value.problems] == ["reason"]


def test_a_reversal_goes_through_approval_and_payment(database: Database) -> None:
    with database.transaction() as session:
        original = paid_fee(session, add_person(session), 3750, DAY)
        reversal = payments.reverse(session, original, "Overpaid")
        payments.approve(session, [reversal], "Sam", now=WHEN)
        payments.mark_paid(session, reversal, date(2025, 11, 30), PaymentMethod.CASH)
    record = get(database, reversal)
    assert (record.status, record.amount_pence, record.approved_at) == (
        PaymentStatus.PAID,
        -3750,
        WHEN,
    )


# --- paid payments are never changed -----------------------------------------------------------
def test_paid_payments_are_never_changed(database: Database) -> None:
    with database.transaction() as session:
        payment_id = paid_fee(session, add_person(session), 2500, DAY)
    before = get(database, payment_id)
    with database.transaction() as session:
        with pytest.raises(Conflict):
            payments.approve(session, [payment_id], "Someone else", now=WHEN)
        with pytest.raises(Conflict):
            payments.cancel(session, payment_id, "Changed my mind")
        with pytest.raises(Conflict):
            payments.mark_paid(session, payment_id, date(2026, 1, 1), PaymentMethod.CASH)
    after = get(database, payment_id)
    assert after == before
    assert after.version == before.version


def test_get_unknown_payment(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound) as caught:
        payments.get_payment(session, 999)
    assert str(caught.value) == "There is no payment with the number 999."


def test_a_cancelled_reversal_does_not_stop_a_new_one(database: Database) -> None:
    with database.transaction() as session:
        original = paid_fee(session, add_person(session), 3750, DAY)
        first = payments.reverse(session, original, "Wrong person")
        payments.cancel(session, first, "Reversed by mistake")
        second = payments.reverse(session, original, "Wrong person after all")
    assert get(database, second).reverses_id == original
    with database.transaction() as session, pytest.raises(Conflict, match="already been reversed"):
        payments.reverse(session, original, "Again")


def test_reversing_a_voucher_keeps_its_details_so_it_can_be_paid(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        voucher = payments.add_payment(
            session,
            NewPayment(person_id, PaymentKind.VOUCHER, 2500, DAY, "Workshop voucher"),
        )
        approve(session, voucher)
        payments.mark_paid(
            session,
            voucher,
            DAY,
            PaymentMethod.VOUCHER,
            voucher_provider="Love2Shop",
            voucher_reference="L2S-1",
        )
        reversal = payments.reverse(session, voucher, "Voucher not used")
        approve(session, reversal)
        payments.mark_paid(session, reversal, DAY, PaymentMethod.VOUCHER)
    record = get(database, reversal)
    assert (record.voucher_provider, record.voucher_reference) == ("Love2Shop", "L2S-1")
    assert record.status is PaymentStatus.PAID


def test_a_payment_cannot_be_recorded_as_paid_in_the_future(database: Database) -> None:
    with database.transaction() as session:
        payment = approved_fee(session, add_person(session), 2500, DAY)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        payments.mark_paid(
            session, payment, date(2030, 1, 1), PaymentMethod.CASH, today=date(2026, 11, 24)
        )
    assert "Date paid (1 January 2030) is in the future" in str(caught.value)
    assert get(database, payment).status is PaymentStatus.APPROVED


def test_a_failed_mark_paid_changes_nothing(database: Database) -> None:
    with database.transaction() as session:
        person_id = add_person(session)
        voucher = payments.add_payment(
            session, NewPayment(person_id, PaymentKind.VOUCHER, 2500, DAY, "Voucher")
        )
        approve(session, voucher)
        with pytest.raises(ValidationError):
            # A provider but no reference: refused, and the provider is not half-saved.
            payments.mark_paid(
                session, voucher, DAY, PaymentMethod.VOUCHER, voucher_provider="Love2Shop"
            )
        assert payments.get_payment(session, voucher).voucher_provider == ""
