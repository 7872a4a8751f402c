"""Sessions (meetings, workshops, panels, training, events) and their attendance registers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.reversals import taken_back
from coprod_desktop.storage.models import (
    Action,
    Decision,
    FeedbackItem,
    Participant,
    Payment,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentBasis,
    PaymentKind,
    PaymentStatus,
    SessionKind,
    Status,
)

MAX_PREP_MINUTES = 24 * 60

SESSION_LABELS = {
    "project_id": "Project",
    "title": "Session title",
    "kind": "Kind of session",
    "date": "Date",
    "start_time": "Start time",
    "end_time": "End time",
    "place": "Place",
    "access_support": "Access support arranged",
    "payment_basis": "How time is paid",
    "prep_minutes": "Preparation time",
    "purpose": "What it is for",
}


@dataclass(frozen=True)
class SessionData:
    project_id: int
    title: str
    kind: SessionKind
    date: date
    start_time: time
    end_time: time
    place: str = ""
    online: bool = False
    access_support: str = ""
    payment_basis: PaymentBasis = PaymentBasis.HOURLY
    prep_minutes: int = 0
    # What the session is for, in a sentence or two (the meeting pack opens with it).
    purpose: str = ""

    @property
    def minutes(self) -> int:
        """How long the session runs, in minutes."""
        start = self.start_time.hour * 60 + self.start_time.minute
        end = self.end_time.hour * 60 + self.end_time.minute
        return max(end - start, 0)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    data: SessionData
    project_name: str
    created_at: datetime
    updated_at: datetime

    @property
    def where(self) -> str:
        if self.data.online:
            return "Online" + (f" and {self.data.place}" if self.data.place else "")
        return self.data.place


@dataclass(frozen=True)
class AttendanceLine:
    participant_id: int
    name: str
    status: AttendanceStatus
    session_minutes: int
    prep_minutes: int

    @property
    def minutes(self) -> int:
        return self.session_minutes + self.prep_minutes


def validate_session(session: Session, data: SessionData) -> SessionData:
    check = Checker(SESSION_LABELS)
    title = check.single_line("title", data.title, limits.SESSION_TITLE_MAX)
    check.required("title", title, "a title, such as 'Planning workshop'")
    place = check.single_line("place", data.place, limits.PLACE_MAX)
    support = check.multi_line("access_support", data.access_support, limits.ACCESS_SUPPORT_MAX)
    purpose = check.multi_line("purpose", data.purpose, limits.DESCRIPTION_MAX)
    if session.get(Project, data.project_id) is None:
        check.add("project_id", "Project is missing. Choose the project this session is part of.")
    if data.end_time <= data.start_time:
        check.add(
            "end_time",
            f"End time ({data.end_time:%H:%M}) is not after the start time "
            f"({data.start_time:%H:%M}). Sessions run within one day.",
        )
    if not place and not data.online:
        check.add("place", "Place is empty. Enter where it happens, or tick Online.")
    if not 0 <= data.prep_minutes <= MAX_PREP_MINUTES:
        check.add(
            "prep_minutes",
            "Preparation time must be between 0 and 24 hours (1,440 minutes).",
        )
    check.raise_if_any()
    return replace(data, title=title, place=place, access_support=support, purpose=purpose)


def _to_record(row: ProjectSession) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        data=SessionData(
            project_id=row.project_id,
            title=row.title,
            kind=row.kind,
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            place=row.place,
            online=row.online,
            access_support=row.access_support,
            payment_basis=row.payment_basis,
            prep_minutes=row.prep_minutes,
            purpose=row.purpose,
        ),
        project_name=row.project.name,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _load(session: Session, session_id: int, *, lock: bool = False) -> ProjectSession:
    """The session's row; with ``lock``, locked until the transaction ends and read afresh, as
    payment_generation locks it, so a change of date and working out its payments take turns
    (PostgreSQL; SQLite lets one writer in at a time anyway)."""
    row = session.get(
        ProjectSession, session_id, with_for_update=True if lock else None, populate_existing=lock
    )
    if row is None:
        raise NotFound(f"There is no session with the number {session_id}.")
    return row


def add_session(session: Session, data: SessionData) -> int:
    clean = validate_session(session, data)
    now = utc_now()
    row = ProjectSession(created_at=now, updated_at=now, **vars(clean))
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True)
class SessionUpdate:
    """A session as saved, and what saving it changed on its register."""

    record: SessionRecord
    # People whose time followed the session's new times: their time at the session (or
    # preparation) was still the session's old one, so it had not been set for them alone.
    register_updated: int = 0
    # Of those, people who already have a payment for the session, worked out on the old times.
    updated_with_payments: int = 0

    @property
    def message(self) -> str:
        """What the screens and the command line say about the register ("" if nothing)."""
        if not self.register_updated:
            return ""
        text = f"Updated the time of {_people(self.register_updated)} on the register."
        paid = self.updated_with_payments
        if paid == 1:
            text += (
                " 1 of them already has a payment for this session, worked out on the old "
                "times, which this does not change: check it."
            )
        elif paid:
            text += (
                f" {paid:,} of them already have payments for this session, worked out on the "
                "old times, which this does not change: check them."
            )
        return text


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count:,} people"


def standing_payments(session: Session, session_id: int) -> int:
    """How many payments for the session still stand: not cancelled, not a reversal, and not
    taken back by a settled reversal (one still a draft or unpaid could yet be cancelled)."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Payment)
            .where(
                Payment.session_id == session_id,
                Payment.status != PaymentStatus.CANCELLED,
                Payment.reverses_id.is_(None),
                Payment.id.not_in(taken_back()),
            )
        )
        or 0
    )


def _check_payments_still_match(session: Session, row: ProjectSession, clean: SessionData) -> None:
    """Refuse a new project or date while payments made for the old ones stand.

    A payment keeps the project and the date it was worked out for (the project's spending,
    the tax year, the rates in force); moving the session alone would leave them disagreeing.
    """
    moving = [
        field
        for field, changed in (
            ("project_id", clean.project_id != row.project_id),
            ("date", clean.date != row.date),
        )
        if changed
    ]
    if not moving:
        return
    count = standing_payments(session, row.id)
    if not count:
        return
    check = Checker(SESSION_LABELS)
    payments_text = "1 payment: it is" if count == 1 else f"{count:,} payments: they are"
    them = "it" if count == 1 else "them"
    for field in moving:
        label = SESSION_LABELS[field]
        why = (
            f"counted in the spending of {row.project.name}"
            if field == "project_id"
            else f"dated {long_date(row.date)}, the session's date now"
        )
        check.add(
            field,
            f"{label} cannot be changed while this session has {payments_text} {why}. Cancel "
            f"{them} first (if paid: reverse {them}, and mark the reversal paid once the money is "
            f"settled), then change the {label.lower()}.",
        )
    check.raise_if_any()


def _check_plans_still_match(session: Session, row: ProjectSession, clean: SessionData) -> None:
    """Refuse a new project while actions, decisions or feedback of the old one point at the
    session: each must stay within its own project, and moving the session alone would leave
    them pointing across projects (and unable to be saved again)."""
    if clean.project_id == row.project_id:
        return
    linked = [
        (count, one, many)
        for count, one, many in (
            (_count_linked(session, Action, row.id), "action", "actions"),
            (_count_linked(session, Decision, row.id), "decision", "decisions"),
            (_count_linked(session, FeedbackItem, row.id), "feedback item", "feedback items"),
        )
        if count
    ]
    if not linked:
        return
    words = ", ".join(f"{count:,} {one if count == 1 else many}" for count, one, many in linked)
    check = Checker(SESSION_LABELS)
    check.add(
        "project_id",
        f"Project cannot be changed: {words} of {row.project.name} came from this session. "
        "Add a new session to the other project instead.",
    )
    check.raise_if_any()


def _count_linked(
    session: Session, model: type[Action | Decision | FeedbackItem], session_id: int
) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(model).where(model.session_id == session_id)
        )
        or 0
    )


def update_session(session: Session, session_id: int, data: SessionData) -> SessionUpdate:
    """Save a change to a session. Refused (ValidationError) if it would move payments that
    stand to another project or date, or move the session away from actions, decisions or
    feedback that came from it; new times carry over to the register (see SessionUpdate)."""
    clean = validate_session(session, data)
    row = _load(session, session_id, lock=True)
    _check_payments_still_match(session, row, clean)
    _check_plans_still_match(session, row, clean)
    old = _to_record(row).data
    for field, value in vars(clean).items():
        setattr(row, field, value)
    row.updated_at = utc_now()
    updated = _follow_new_times(session, row, old, clean)
    session.flush()
    with_payments = _with_payments(session, session_id, updated)
    return SessionUpdate(_to_record(row), len(updated), with_payments)


def _follow_new_times(
    session: Session, row: ProjectSession, old: SessionData, new: SessionData
) -> set[int]:
    """Give the new session length (and preparation time) to everyone on the register who still
    has the old one, as invite() gave it to them; leave time set for someone alone as it is.
    Return who changed."""
    changed: set[int] = set()
    for line in row.attendance:
        if new.minutes != old.minutes and line.session_minutes == old.minutes:
            line.session_minutes = new.minutes
            changed.add(line.participant_id)
        if new.prep_minutes != old.prep_minutes and line.prep_minutes == old.prep_minutes:
            line.prep_minutes = new.prep_minutes
            changed.add(line.participant_id)
    return changed


def _with_payments(session: Session, session_id: int, people: set[int]) -> int:
    """How many of ``people`` have a payment for the session's time (as payment_generation
    counts one: not cancelled, not a reversal)."""
    if not people:
        return 0
    found = session.scalars(
        select(Payment.participant_id)
        .where(
            Payment.session_id == session_id,
            Payment.participant_id.in_(people),
            Payment.status != PaymentStatus.CANCELLED,
            Payment.reverses_id.is_(None),
            Payment.id.not_in(taken_back()),
            Payment.kind.in_([PaymentKind.FEE, PaymentKind.VOUCHER, PaymentKind.RECOGNITION]),
        )
        .distinct()
    )
    return len(set(found))


def get_session(session: Session, session_id: int) -> SessionRecord:
    return _to_record(_load(session, session_id))


def list_sessions(session: Session, project_id: int | None = None) -> list[SessionRecord]:
    """Most recent first."""
    query = select(ProjectSession).order_by(
        ProjectSession.date.desc(), ProjectSession.start_time.desc(), ProjectSession.id.desc()
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    return [_to_record(row) for row in session.scalars(query)]


# --- the attendance register -------------------------------------------------------------------
def invite(session: Session, session_id: int, participant_ids: Iterable[int]) -> int:
    """Put people on the session's register (once each); return how many were added.

    Each starts with the session's full length and its agreed preparation time.
    """
    row = _load(session, session_id)
    existing = {a.participant_id for a in row.attendance}
    minutes = _to_record(row).data.minutes
    added = 0
    for participant_id in participant_ids:
        if participant_id in existing:
            continue
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFound(f"There is no one with the number {participant_id} on the register.")
        if person.status is Status.LEFT:
            raise ServiceError(
                f"{person.preferred_name} (number {participant_id}) has left, so they cannot be "
                "invited. Make them active again first if they are coming back."
            )
        row.attendance.append(
            SessionAttendance(
                participant_id=participant_id,
                status=AttendanceStatus.INVITED,
                session_minutes=minutes,
                prep_minutes=row.prep_minutes,
            )
        )
        existing.add(participant_id)
        added += 1
    session.flush()
    return added


def _attendance(session: Session, session_id: int, participant_id: int) -> SessionAttendance:
    found = session.get(SessionAttendance, (session_id, participant_id))
    if found is None:
        raise NotFound(
            f"Person number {participant_id} is not on the register of session {session_id}."
        )
    return found


def set_attendance(
    session: Session,
    session_id: int,
    participant_id: int,
    status: AttendanceStatus,
    *,
    session_minutes: int | None = None,
    prep_minutes: int | None = None,
) -> None:
    line = _attendance(session, session_id, participant_id)
    for value, what in ((session_minutes, "Time at the session"), (prep_minutes, "Preparation")):
        if value is not None and not 0 <= value <= MAX_PREP_MINUTES:
            raise ServiceError(f"{what} must be between 0 and 24 hours.")
    line.status = status
    if session_minutes is not None:
        line.session_minutes = session_minutes
    if prep_minutes is not None:
        line.prep_minutes = prep_minutes
    session.flush()


def uninvite(session: Session, session_id: int, participant_id: int) -> None:
    """Take someone off the register, unless they already have payments for the session."""
    line = _attendance(session, session_id, participant_id)
    has_payments = session.scalar(
        select(Payment.id).where(
            Payment.session_id == session_id,
            Payment.participant_id == participant_id,
            Payment.status != PaymentStatus.CANCELLED,
        )
    )
    if has_payments is not None:
        raise ServiceError(
            "They have payments for this session, so they stay on its register. Cancel the "
            "payments first if they really were not part of it."
        )
    session.delete(line)
    session.flush()


def register(session: Session, session_id: int) -> list[AttendanceLine]:
    """Everyone on the session's register, by name."""
    _load(session, session_id)
    rows = session.execute(
        select(SessionAttendance, Participant.preferred_name, Participant.sort_name)
        .join(Participant, Participant.id == SessionAttendance.participant_id)
        .where(SessionAttendance.session_id == session_id)
        .order_by(Participant.sort_name, Participant.id)
    )
    return [
        AttendanceLine(
            participant_id=line.participant_id,
            name=name,
            status=line.status,
            session_minutes=line.session_minutes,
            prep_minutes=line.prep_minutes,
        )
        for line, name, _sort in rows
    ]


def attendance_counts(session: Session) -> dict[int, tuple[int, int]]:
    """For every session: (how many are on its register, how many attended)."""
    rows = session.execute(
        select(
            SessionAttendance.session_id,
            func.count(),
            func.sum(case((SessionAttendance.status == AttendanceStatus.ATTENDED, 1), else_=0)),
        ).group_by(SessionAttendance.session_id)
    )
    return {session_id: (int(total), int(attended or 0)) for session_id, total, attended in rows}


def register_line(session: Session, session_id: int, participant_id: int) -> AttendanceLine:
    line = _attendance(session, session_id, participant_id)
    person = session.get(Participant, participant_id)
    return AttendanceLine(
        participant_id=participant_id,
        name=person.preferred_name if person else "",
        status=line.status,
        session_minutes=line.session_minutes,
        prep_minutes=line.prep_minutes,
    )
