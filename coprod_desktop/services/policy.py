"""The rewards and recognition policy: which rates are in force on which day.

Rates are never changed in place once a payment has used them: a change of rates is a new set
with a later "in force from" date, so every past payment keeps the rates it was worked out with.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.money import MAX_PENCE
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import Conflict, NotFound, ServiceError
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import Payment, RewardRates
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import Vehicle

RATE_LABELS = {
    "effective_from": "In force from",
    "hourly_pence": "Hourly rate",
    "half_day_pence": "Half-day rate",
    "full_day_pence": "Full-day rate",
    "prep_hourly_pence": "Preparation time, per hour",
    "mileage_car_pence": "Mileage by car, per mile",
    "mileage_motorcycle_pence": "Mileage by motorcycle, per mile",
    "mileage_bicycle_pence": "Mileage by bicycle, per mile",
    "subsistence_cap_pence": "Food and drink, most per session",
    "source": "Where these rates come from",
}
MONEY_FIELDS = tuple(k for k in RATE_LABELS if k.endswith("_pence"))


@dataclass(frozen=True)
class RatesData:
    effective_from: date
    hourly_pence: int
    half_day_pence: int
    full_day_pence: int
    prep_hourly_pence: int
    mileage_car_pence: int
    mileage_motorcycle_pence: int
    mileage_bicycle_pence: int
    subsistence_cap_pence: int
    care_needs_receipt: bool = True
    source: str = ""

    def mileage_pence(self, vehicle: Vehicle) -> int:
        return {
            Vehicle.CAR: self.mileage_car_pence,
            Vehicle.MOTORCYCLE: self.mileage_motorcycle_pence,
            Vehicle.BICYCLE: self.mileage_bicycle_pence,
        }[vehicle]


@dataclass(frozen=True)
class RatesRecord:
    id: int
    data: RatesData
    created_at: datetime
    used_by_payments: bool


def validate_rates(data: RatesData) -> RatesData:
    check = Checker(RATE_LABELS)
    for field in MONEY_FIELDS:
        if not 0 <= getattr(data, field) <= MAX_PENCE:
            check.add(field, f"{RATE_LABELS[field]} must be between £0 and £1,000,000.")
    source = check.multi_line("source", data.source, limits.POLICY_SOURCE_MAX)
    check.raise_if_any()
    return replace(data, source=source)


def _to_record(session: Session, row: RewardRates) -> RatesRecord:
    used = session.scalar(select(Payment.id).where(Payment.rates_id == row.id).limit(1))
    values = {field: getattr(row, field) for field in RatesData.__dataclass_fields__}
    return RatesRecord(
        id=row.id,
        data=RatesData(**values),
        created_at=row.created_at,
        used_by_payments=used is not None,
    )


def rates_in_force(session: Session, day: date) -> RatesRecord | None:
    """The rates that apply on ``day`` (the latest set in force by then), if any."""
    row = session.scalar(
        select(RewardRates)
        .where(RewardRates.effective_from <= day)
        .order_by(RewardRates.effective_from.desc())
        .limit(1)
    )
    return _to_record(session, row) if row is not None else None


def require_rates(session: Session, day: date) -> RatesRecord:
    rates = rates_in_force(session, day)
    if rates is None:
        raise ServiceError(
            f"No rewards policy is in force on {long_date(day)}. Add rates in force from that date "
            "or earlier first (Rewards policy, in the app)."
        )
    return rates


def list_rates(session: Session) -> list[RatesRecord]:
    """Newest first."""
    rows = session.scalars(select(RewardRates).order_by(RewardRates.effective_from.desc()))
    return [_to_record(session, row) for row in rows]


def add_rates(session: Session, data: RatesData) -> int:
    clean = validate_rates(data)
    clash = session.scalar(
        select(RewardRates.id).where(RewardRates.effective_from == clean.effective_from)
    )
    if clash is not None:
        raise Conflict(
            f"There are already rates in force from {long_date(clean.effective_from)}. Change "
            "those, or choose another date."
        )
    row = RewardRates(created_at=utc_now(), **vars(clean))
    session.add(row)
    session.flush()
    return row.id


def update_rates(session: Session, rates_id: int, data: RatesData) -> RatesRecord:
    """Correct a set of rates that no payment has used yet."""
    row = session.get(RewardRates, rates_id)
    if row is None:
        raise NotFound(f"There are no rates with the number {rates_id}.")
    if _to_record(session, row).used_by_payments:
        raise Conflict(
            f"Payments have already been worked out with the rates in force from "
            f"{long_date(row.effective_from)}, so they cannot be changed. To change the rates, add "
            "a new set in force from the day the change starts."
        )
    clean = validate_rates(data)
    if clean.effective_from != row.effective_from:
        clash = session.scalar(
            select(RewardRates.id).where(
                RewardRates.effective_from == clean.effective_from, RewardRates.id != rates_id
            )
        )
        if clash is not None:
            raise Conflict(
                f"There are already rates in force from {long_date(clean.effective_from)}."
            )
    for field, value in vars(clean).items():
        setattr(row, field, value)
    session.flush()
    return _to_record(session, row)
