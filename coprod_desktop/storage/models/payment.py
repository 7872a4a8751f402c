"""Payments: fees for time, expenses, vouchers and (moneyless) thank-yous."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coprod_desktop.limits import (
    PAYMENT_DESCRIPTION_MAX,
    PERSON_NAME_MAX,
    REASON_MAX,
    REFERENCE_MAX,
)
from coprod_desktop.storage.models.base import Base, choice_column
from coprod_desktop.storage.types import UTCDateTime, utc_now
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentStatus,
    Vehicle,
)


class Payment(Base):
    """One amount owed to one person. It moves draft -> approved -> paid (or is cancelled).

    A paid payment is never changed or deleted: a mistake is put right by a reversal, a payment
    of its own with a negative amount that points at the one it reverses.
    """

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("project_sessions.id", ondelete="RESTRICT")
    )
    kind: Mapped[PaymentKind] = mapped_column(choice_column(PaymentKind, "payment_kind"))
    expense_type: Mapped[ExpenseType | None] = mapped_column(
        choice_column(ExpenseType, "expense_type")
    )
    vehicle: Mapped[Vehicle | None] = mapped_column(choice_column(Vehicle, "vehicle"))
    tenth_miles: Mapped[int | None] = mapped_column(Integer)  # 125 = 12.5 miles
    minutes: Mapped[int | None] = mapped_column(Integer)  # time paid for (fees)
    rates_id: Mapped[int | None] = mapped_column(ForeignKey("reward_rates.id", ondelete="RESTRICT"))
    description: Mapped[str] = mapped_column(String(PAYMENT_DESCRIPTION_MAX), default="")
    incurred_on: Mapped[date] = mapped_column(Date)  # the session's or the expense's date
    amount_pence: Mapped[int] = mapped_column(Integer)
    voucher_provider: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")
    voucher_reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")
    receipt_reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")

    status: Mapped[PaymentStatus] = mapped_column(
        choice_column(PaymentStatus, "payment_status"), default=PaymentStatus.DRAFT
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    approved_by: Mapped[str] = mapped_column(String(PERSON_NAME_MAX), default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paid_on: Mapped[date | None] = mapped_column(Date)
    paid_method: Mapped[PaymentMethod | None] = mapped_column(
        choice_column(PaymentMethod, "payment_method")
    )
    paid_reference: Mapped[str] = mapped_column(String(REFERENCE_MAX), default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_reason: Mapped[str] = mapped_column(String(REASON_MAX), default="")
    # One live reversal per payment is enforced by services.payments.reverse (a cancelled
    # reversal does not count, so this cannot be a UNIQUE constraint).
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declared form
    __table_args__ = (
        CheckConstraint(
            "amount_pence >= 0 OR reverses_id IS NOT NULL", name="negative_only_to_reverse"
        ),
        CheckConstraint(
            "kind <> 'recognition' OR amount_pence = 0", name="recognition_has_no_money"
        ),
        Index("ix_payments_participant", "participant_id", "incurred_on"),
        Index("ix_payments_status", "status", "incurred_on"),
        Index("ix_payments_project", "project_id"),
        Index("ix_payments_session", "session_id"),
        {"sqlite_autoincrement": True},
    )
