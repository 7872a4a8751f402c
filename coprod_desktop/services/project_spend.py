"""A project's spending on involvement payments against its budget."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.services.projects import get_project
from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import PaymentKind, PaymentStatus

MONEY_KINDS = (PaymentKind.FEE, PaymentKind.EXPENSE, PaymentKind.VOUCHER)


@dataclass(frozen=True)
class ProjectSpend:
    budget_pence: int | None
    draft_pence: int  # worked out but not yet approved
    approved_pence: int  # committed: approved, not yet paid
    paid_pence: int

    @property
    def committed_pence(self) -> int:
        """Approved or paid: money the project has agreed to spend."""
        return self.approved_pence + self.paid_pence

    @property
    def remaining_pence(self) -> int | None:
        return None if self.budget_pence is None else self.budget_pence - self.committed_pence

    @property
    def overspent(self) -> bool:
        remaining = self.remaining_pence
        return remaining is not None and remaining < 0


def project_spend(session: Session, project_id: int) -> ProjectSpend:
    project = get_project(session, project_id)
    rows = session.execute(
        select(Payment.status, func.sum(Payment.amount_pence))
        .where(
            Payment.project_id == project_id,
            Payment.kind.in_([k.value for k in MONEY_KINDS]),
        )
        .group_by(Payment.status)
    ).all()
    totals = dict(rows)  # a list of (status, total) rows
    return ProjectSpend(
        budget_pence=project.data.budget_pence,
        draft_pence=int(totals.get(PaymentStatus.DRAFT, 0) or 0),
        approved_pence=int(totals.get(PaymentStatus.APPROVED, 0) or 0),
        paid_pence=int(totals.get(PaymentStatus.PAID, 0) or 0),
    )
