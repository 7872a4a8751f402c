"""The rewards and recognition policy: rates, each in force from a date."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coprod_desktop.limits import POLICY_SOURCE_MAX
from coprod_desktop.storage.models.base import Base
from coprod_desktop.storage.types import UTCDateTime, utc_now


class RewardRates(Base):
    """One version of the rates. A change of rates is a new row with a later
    ``effective_from``, so payments for earlier dates keep the rates they were worked out with.
    """

    __tablename__ = "reward_rates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, unique=True)
    hourly_pence: Mapped[int] = mapped_column(Integer)
    half_day_pence: Mapped[int] = mapped_column(Integer)
    full_day_pence: Mapped[int] = mapped_column(Integer)
    prep_hourly_pence: Mapped[int] = mapped_column(Integer)  # preparation time, per hour
    mileage_car_pence: Mapped[int] = mapped_column(Integer)  # per mile
    mileage_motorcycle_pence: Mapped[int] = mapped_column(Integer)
    mileage_bicycle_pence: Mapped[int] = mapped_column(Integer)
    subsistence_cap_pence: Mapped[int] = mapped_column(Integer)  # per person per session
    # Public transport and care costs are paid at cost; care costs need a receipt.
    care_needs_receipt: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(POLICY_SOURCE_MAX), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    __table_args__ = (
        CheckConstraint(
            "hourly_pence >= 0 AND half_day_pence >= 0 AND full_day_pence >= 0 "
            "AND prep_hourly_pence >= 0 AND mileage_car_pence >= 0 "
            "AND mileage_motorcycle_pence >= 0 AND mileage_bicycle_pence >= 0 "
            "AND subsistence_cap_pence >= 0",
            name="rates_not_negative",
        ),
        {"sqlite_autoincrement": True},
    )
