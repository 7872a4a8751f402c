"""Work out what each person who came to a session is due, as a preview, then create it.

Each attendee's time is paid under the rates in force on the session's date, in the way they
chose: money, a voucher of the same value, or (for people who decline payment, or can only
have expenses) a recorded thank-you instead of a fee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.money import format_money, pay_for_minutes
from coprod_desktop.services import sessions as sessions_service
from coprod_desktop.services.payments import NewPayment, build_payment
from coprod_desktop.services.policy import RatesRecord, require_rates
from coprod_desktop.services.reversals import taken_back
from coprod_desktop.storage.models import Participant, Payment, Project, ProjectSession
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentBasis,
    PaymentKind,
    PaymentPreference,
    PaymentStatus,
)


@dataclass(frozen=True)
class PreviewLine:
    participant_id: int
    name: str
    kind: PaymentKind
    amount_pence: int
    minutes: int
    explanation: str  # how the amount was worked out, in words
    skip_reason: str = ""  # why nothing will be created (e.g. already has a payment)

    @property
    def will_create(self) -> bool:
        return not self.skip_reason


@dataclass(frozen=True)
class SessionPaymentsPreview:
    session_id: int
    title: str
    date: date
    project_id: int
    rates: RatesRecord
    lines: list[PreviewLine]

    @property
    def total_pence(self) -> int:
        return sum(line.amount_pence for line in self.lines if line.will_create)


def fee_for(
    rates: RatesRecord, basis: PaymentBasis, session_minutes: int, prep_minutes: int
) -> tuple[int, str]:
    """The fee for one person's time, and how it was worked out."""
    prep = pay_for_minutes(rates.data.prep_hourly_pence, prep_minutes)
    prep_text = (
        f" + preparation {_hours(prep_minutes)} at {format_money(rates.data.prep_hourly_pence)} "
        f"an hour ({format_money(prep)})"
        if prep_minutes
        else ""
    )
    if basis is PaymentBasis.HALF_DAY:
        return (
            rates.data.half_day_pence + prep,
            f"half-day rate {format_money(rates.data.half_day_pence)}{prep_text}",
        )
    if basis is PaymentBasis.FULL_DAY:
        return (
            rates.data.full_day_pence + prep,
            f"full-day rate {format_money(rates.data.full_day_pence)}{prep_text}",
        )
    time_pay = pay_for_minutes(rates.data.hourly_pence, session_minutes)
    return time_pay + prep, (
        f"{_hours(session_minutes)} at {format_money(rates.data.hourly_pence)} an hour "
        f"({format_money(time_pay)}){prep_text}"
    )


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not rest:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    if not hours:
        return f"{rest} minutes"
    return f"{hours} h {rest} min"


def preview_session_payments(session: Session, session_id: int) -> SessionPaymentsPreview:
    record = sessions_service.get_session(session, session_id)
    rates = require_rates(session, record.data.date)
    already = set(
        session.scalars(
            select(Payment.participant_id).where(
                Payment.session_id == session_id,
                Payment.reverses_id.is_(None),
                # A payment taken back by a settled reversal no longer counts: the person can
                # be paid for the session afresh (after a mistake, or once it has moved).
                Payment.id.not_in(taken_back()),
                Payment.kind.in_([PaymentKind.FEE, PaymentKind.VOUCHER, PaymentKind.RECOGNITION]),
                Payment.status != PaymentStatus.CANCELLED,
            )
        )
    )
    came = [
        line
        for line in sessions_service.register(session, session_id)
        if line.status is AttendanceStatus.ATTENDED
    ]
    # Everyone's preference in one query, not one per person.
    preferences = dict(
        session.execute(
            select(Participant.id, Participant.payment_preference).where(
                Participant.id.in_([line.participant_id for line in came])
            )
        ).all()  # a list of pairs: a Result itself has keys(), which dict() would misread
    )
    lines: list[PreviewLine] = []
    for line in came:
        amount, how = fee_for(
            rates, record.data.payment_basis, line.session_minutes, line.prep_minutes
        )
        preference = preferences[line.participant_id]
        kind = PaymentKind.FEE
        if preference is PaymentPreference.VOUCHER:
            kind, how = PaymentKind.VOUCHER, f"voucher for {how}"
        elif preference in (PaymentPreference.DECLINES, PaymentPreference.EXPENSES_ONLY):
            kind, amount = PaymentKind.RECOGNITION, 0
            how = (
                "declines payment: a thank-you is recorded instead"
                if preference is PaymentPreference.DECLINES
                else "expenses only: no fee; a thank-you is recorded"
            )
        skip = ""
        if line.participant_id in already:
            skip = "already has a payment for this session"
        elif kind is not PaymentKind.RECOGNITION and amount == 0:
            skip = "no time recorded for them: set their minutes in the register"
        lines.append(
            PreviewLine(
                participant_id=line.participant_id,
                name=line.name,
                kind=kind,
                amount_pence=amount,
                minutes=line.minutes,
                explanation=how,
                skip_reason=skip,
            )
        )
    return SessionPaymentsPreview(
        session_id=session_id,
        title=record.data.title,
        date=record.data.date,
        project_id=record.data.project_id,
        rates=rates,
        lines=lines,
    )


def create_session_payments(session: Session, session_id: int) -> list[int]:
    """Create the draft payments the preview shows (worked out again now); return their ids."""
    # Lock the session's row first: two people working out the same session's payments at
    # once then take turns, and the second finds the first's payments already there
    # (PostgreSQL; SQLite lets one writer in at a time anyway).
    session.execute(
        select(ProjectSession.id).where(ProjectSession.id == session_id).with_for_update()
    ).all()
    preview = preview_session_payments(session, session_id)
    wanted = [line for line in preview.lines if line.will_create]
    # The session keeps loaded rows only while something refers to them, so without this
    # list each payment's checks would load its person, session and project again.
    loaded: list[object] = [
        session.get(ProjectSession, session_id),
        *session.scalars(
            select(Participant).where(Participant.id.in_([line.participant_id for line in wanted]))
        ),
    ]
    if preview.project_id is not None:
        loaded.append(session.get(Project, preview.project_id))
    rows = [
        build_payment(
            session,
            NewPayment(
                participant_id=line.participant_id,
                kind=line.kind,
                amount_pence=line.amount_pence,
                incurred_on=preview.date,
                description=f"{preview.title}: {line.explanation}",
                project_id=preview.project_id,
                session_id=session_id,
                minutes=line.minutes,
                rates_id=preview.rates.id,
            ),
        )
        for line in wanted
    ]
    session.add_all(rows)
    session.flush()  # one INSERT for them all
    del loaded
    return [row.id for row in rows]
