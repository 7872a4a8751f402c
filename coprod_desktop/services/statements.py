"""A person's payment statement for a tax year: every fee, expense and voucher, with totals.

People give it to a benefits adviser, so it shows what counts as income (fees and vouchers)
apart from what does not (expenses repaid), and says which payments are not yet paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from coprod_desktop.services import participants
from coprod_desktop.services.payment_search import PaymentQuery, search_payments
from coprod_desktop.services.payments import COUNTED_STATUSES, PaymentRecord
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus


@dataclass(frozen=True)
class StatementLine:
    day: date
    description: str
    project: str
    kind: PaymentKind
    status: PaymentStatus
    amount_pence: int
    paid_on: date | None


@dataclass(frozen=True)
class Statement:
    participant_id: int
    name: str
    full_name: str
    tax_year: TaxYear
    lines: list[StatementLine]

    def total(self, *kinds: PaymentKind) -> int:
        return sum(line.amount_pence for line in self.lines if line.kind in kinds)

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
        return sum(
            line.amount_pence for line in self.lines if line.status is not PaymentStatus.PAID
        )

    @property
    def thank_yous(self) -> int:
        return sum(1 for line in self.lines if line.kind is PaymentKind.RECOGNITION)


def statement_for(session: Session, participant_id: int, tax_year: TaxYear) -> Statement:
    """Approved and paid payments dated within the tax year (drafts and cancelled left out)."""
    person = participants.get_participant(session, participant_id)
    records: list[PaymentRecord] = search_payments(
        session,
        PaymentQuery(
            participant_id=participant_id,
            date_from=tax_year.first_day,
            date_to=tax_year.last_day,
        ),
    )
    lines = [
        StatementLine(
            day=r.incurred_on,
            description=r.description,
            project=r.project_name,
            kind=r.kind,
            status=r.status,
            amount_pence=r.amount_pence,
            paid_on=r.paid_on,
        )
        for r in sorted(records, key=lambda r: (r.incurred_on, r.id))
        if r.status in COUNTED_STATUSES
    ]
    return Statement(
        participant_id=participant_id,
        name=person.data.preferred_name,
        full_name=person.data.full_name,
        tax_year=tax_year,
        lines=lines,
    )
