"""A person's payment statement for a tax year: every fee, expense and voucher, with totals.

People give it to a benefits adviser, so it shows what counts as income (fees and vouchers)
apart from what does not (expenses repaid), and says which payments are not yet paid.

Which tax year a payment is in: a paid payment is in the tax year of the day it was paid,
because money counts when it is received (for HMRC, and for Universal Credit); a payment
approved but not paid yet is in the tax year of the work, where it is expected. So a session on
5 April paid on 7 April is on the next tax year's statement, with both dates shown.

A reversal (taking back a payment made by mistake) counts only once it is settled (marked
paid): until the money has been handed back, the payment it reverses was still received. An
unsettled reversal is listed apart and left out of every total, so "not yet paid" is never
negative; it is listed in the tax year of the payment it would take back (that payment's day
paid), beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from coprod_desktop.services import participants
from coprod_desktop.storage.models import Payment, Project
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus


@dataclass(frozen=True)
class StatementLine:
    day: date  # the date of the work (the session, or the expense)
    description: str
    project: str
    kind: PaymentKind
    status: PaymentStatus
    amount_pence: int
    paid_on: date | None
    reverses_id: int | None = None  # set for a reversal: the payment it takes back

    @property
    def is_reversal(self) -> bool:
        # Only a reversal has a negative amount, so lines made without the link still count.
        return self.reverses_id is not None or self.amount_pence < 0

    @property
    def is_paid(self) -> bool:
        return self.status is PaymentStatus.PAID

    @property
    def counted(self) -> bool:
        """In the totals: everything paid, and what is agreed but not paid yet, except a
        reversal, which counts once the money is back."""
        return self.is_paid or not self.is_reversal

    @property
    def counts_on(self) -> date:
        """The day that puts it in a tax year: the day paid, or if not paid yet, of the work."""
        return self.paid_on if self.is_paid and self.paid_on is not None else self.day


@dataclass(frozen=True)
class Statement:
    participant_id: int
    name: str
    full_name: str
    tax_year: TaxYear
    lines: list[StatementLine]

    @property
    def counted_lines(self) -> list[StatementLine]:
        """The lines the totals are made of."""
        return [line for line in self.lines if line.counted]

    @property
    def unsettled_reversals(self) -> list[StatementLine]:
        """Reversals agreed but not settled yet: listed, never counted."""
        return [line for line in self.lines if not line.counted]

    def total(self, *kinds: PaymentKind) -> int:
        return sum(line.amount_pence for line in self.counted_lines if line.kind in kinds)

    @property
    def fees_pence(self) -> int:
        return self.total(PaymentKind.FEE)

    @property
    def vouchers_pence(self) -> int:
        return self.total(PaymentKind.VOUCHER)

    @property
    def expenses_pence(self) -> int:
        return self.total(PaymentKind.EXPENSE)

    @property
    def income_pence(self) -> int:
        """What counts as income for benefits: fees and vouchers."""
        return self.fees_pence + self.vouchers_pence

    @property
    def total_pence(self) -> int:
        return self.income_pence + self.expenses_pence

    @property
    def not_yet_paid_pence(self) -> int:
        """Agreed but not paid yet: never a reversal, so never negative."""
        return sum(line.amount_pence for line in self.counted_lines if not line.is_paid)

    @property
    def unsettled_reversals_pence(self) -> int:
        """What the unsettled reversals would take back, as a positive amount."""
        return -sum(line.amount_pence for line in self.unsettled_reversals)

    @property
    def thank_yous(self) -> int:
        """Thank-yous recorded, less any taken back by a settled reversal."""
        given = sum(
            -1 if line.is_reversal else 1
            for line in self.counted_lines
            if line.kind is PaymentKind.RECOGNITION
        )
        return max(given, 0)


def statement_for(session: Session, participant_id: int, tax_year: TaxYear) -> Statement:
    """The person's payments in the tax year: paid ones by the day paid, approved ones not paid
    yet by the date of the work (drafts and cancelled payments left out), in order of the date
    of the work."""
    person = participants.get_participant(session, participant_id)
    first, last = tax_year.first_day, tax_year.last_day
    # An unsettled reversal is listed with the payment it would take back, which was paid (only
    # a paid payment can be reversed): in the tax year of that payment's day paid.
    original = aliased(Payment)
    rows = session.execute(
        select(Payment, Project.name)
        .outerjoin(Project, Project.id == Payment.project_id)
        .outerjoin(original, original.id == Payment.reverses_id)
        .where(
            Payment.participant_id == participant_id,
            or_(
                and_(Payment.status == PaymentStatus.PAID, Payment.paid_on.between(first, last)),
                and_(
                    Payment.status == PaymentStatus.APPROVED,
                    Payment.reverses_id.is_(None),
                    Payment.incurred_on.between(first, last),
                ),
                and_(
                    Payment.status == PaymentStatus.APPROVED,
                    Payment.reverses_id.is_not(None),
                    original.paid_on.between(first, last),
                ),
            ),
        )
        .order_by(Payment.incurred_on, Payment.id)
    ).all()
    lines = [
        StatementLine(
            day=payment.incurred_on,
            description=payment.description,
            project=project or "",
            kind=payment.kind,
            status=payment.status,
            amount_pence=payment.amount_pence,
            paid_on=payment.paid_on,
            reverses_id=payment.reverses_id,
        )
        for payment, project in rows
    ]
    return Statement(
        participant_id=participant_id,
        name=person.data.preferred_name,
        full_name=person.data.full_name,
        tax_year=tax_year,
        lines=lines,
    )
