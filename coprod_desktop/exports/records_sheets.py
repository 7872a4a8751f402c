"""What each sheet of the records export holds, and the queries that gather it.

Every sheet is read with one query (two for actions, a few more for people), streamed from the
database in batches (``yield_per``), so 100,000 payments are never all in memory at once. The
rules for what is in the period are in ``records_export``'s notes; this module applies them.

People are shown by an anonymised ID (``PersonIds``), never by their number in the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from coprod_desktop.exports.sheet_writers import Cell, Column, ColumnKind
from coprod_desktop.storage.models import (
    Action,
    ActionOwner,
    Decision,
    DecisionPerson,
    FeedbackItem,
    Participant,
    ParticipantRole,
    Payment,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    Choice,
    DecisionMethod,
    ExpenseType,
    FeedbackResponse,
    FeedbackStatus,
    PaymentKind,
    PaymentStatus,
    Role,
    SessionKind,
)

TEXT, DATE, MONEY, NUMBER, HOURS = (
    ColumnKind.TEXT,
    ColumnKind.DATE,
    ColumnKind.MONEY,
    ColumnKind.NUMBER,
    ColumnKind.HOURS,
)
BATCH = 2000  # rows fetched from the database at a time
ID_CHUNK = 500  # ids per IN (...) list, well inside every database's limit
STAFF_OWNER = "Staff member"
CANCELLED_MARK = "Yes"
OPEN_ACTIONS = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
ID_PREFIX = "P"
ID_DIGITS = 4  # at least; more when the register has 10,000 people or more

Rows = Iterator[tuple[Cell, ...]]


def _labels(choice: type[Choice]) -> dict[Any, str]:
    """Each member's label, looked up once (a row loop then does one dictionary lookup)."""
    return {member: member.label for member in choice}


SESSION_KINDS = _labels(SessionKind)
ATTENDANCE = _labels(AttendanceStatus)
PAYMENT_KINDS = _labels(PaymentKind)
EXPENSE_TYPES = _labels(ExpenseType)
PAYMENT_STATUSES = _labels(PaymentStatus)
ACTION_STATUSES = _labels(ActionStatus)
DECISION_METHODS = _labels(DecisionMethod)
RESPONSES = _labels(FeedbackResponse)
FEEDBACK_STATUSES = _labels(FeedbackStatus)
ROLE_ORDER = {role: position for position, role in enumerate(Role)}


@dataclass(frozen=True)
class Scope:
    """The period (whole days, both included) and, if chosen, the one project."""

    date_from: date
    date_to: date
    project_id: int | None = None

    def end_moment(self) -> datetime:
        """The first moment after the period, on this computer's clock, in UTC (stored
        moments are UTC; days are this computer's days, as everywhere in the app)."""
        after = datetime.combine(self.date_to + timedelta(days=1), time.min)
        return after.astimezone().astimezone(UTC)


@dataclass
class PersonIds:
    """Anonymised IDs: P0001, P0002… in the order people first appear in this export.

    The same person has the same ID on every sheet of one export; the IDs say nothing about
    the database (its numbers, the order people were added) and mean nothing outside the
    export, so two exports cannot be joined up by them. The number of digits is fixed for the
    whole export (four, or more for a register of 10,000 people or more), so the IDs sort in
    order as text.
    """

    digits: int = ID_DIGITS
    by_participant: dict[int, str] = field(default_factory=dict)

    def __call__(self, participant_id: int) -> str:
        found = self.by_participant.get(participant_id)
        if found is None:
            found = f"{ID_PREFIX}{len(self.by_participant) + 1:0{self.digits}d}"
            self.by_participant[participant_id] = found
        return found

    @classmethod
    def for_register(cls, session: Session) -> PersonIds:
        """IDs wide enough for everyone on the register (an upper bound on who can appear)."""
        people = int(session.scalar(select(func.count()).select_from(Participant)) or 0)
        return cls(digits=max(ID_DIGITS, len(str(people))))


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: its name, columns, how many rows it will have, and the rows themselves."""

    name: str
    columns: tuple[Column, ...]
    count: Callable[[], int]
    rows: Callable[[], Rows]


def _count(session: Session, query: Select[*tuple[Any, ...]]) -> int:
    return int(
        session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    )


def _stream(session: Session, query: Select[*tuple[Any, ...]]) -> Iterator[Any]:
    """The query's rows, fetched BATCH at a time (a server-side cursor on PostgreSQL).

    Run on the session's connection, as plain Core, which spares the ORM's handling of each
    row: a third of the time it takes to read 100,000 payments.
    """
    return iter(session.connection().execute(query.execution_options(yield_per=BATCH)))


def _plain(column: Any) -> Any:
    """A choice column read as its stored text (``"fee"``), not made into its enum: the label
    dictionaries, keyed by the enums, find the text just the same (a StrEnum member hashes and
    compares as its value), and it saves a conversion per cell."""
    return type_coerce(column, String)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def _minutes_between(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


# --- the sheets ---------------------------------------------------------------------------------


def _sessions_in(scope: Scope) -> list[Any]:
    where = [ProjectSession.date >= scope.date_from, ProjectSession.date <= scope.date_to]
    if scope.project_id is not None:
        where.append(ProjectSession.project_id == scope.project_id)
    return where


def sessions_sheet(session: Session, scope: Scope) -> SheetSpec:
    attended = and_(
        SessionAttendance.session_id == ProjectSession.id,
        SessionAttendance.status == AttendanceStatus.ATTENDED,
    )
    people = select(func.count()).where(attended).correlate(ProjectSession).scalar_subquery()
    minutes = (
        select(
            func.coalesce(
                func.sum(SessionAttendance.session_minutes + SessionAttendance.prep_minutes), 0
            )
        )
        .where(attended)
        .correlate(ProjectSession)
        .scalar_subquery()
    )
    query = (
        select(
            ProjectSession.id,
            ProjectSession.date,
            Project.name,
            ProjectSession.title,
            _plain(ProjectSession.kind),
            ProjectSession.start_time,
            ProjectSession.end_time,
            people,
            minutes,
        )
        .join(Project, Project.id == ProjectSession.project_id)
        .where(*_sessions_in(scope))
        .order_by(ProjectSession.date, ProjectSession.start_time, ProjectSession.id)
    )

    def rows() -> Rows:
        for number, day, project, title, kind, start, end, came, given in _stream(session, query):
            yield (
                number,
                day,
                project,
                title,
                SESSION_KINDS[kind],
                _minutes_between(start, end),
                int(came),
                int(given),
            )

    return SheetSpec(
        "Sessions",
        (
            Column("Session number", NUMBER),
            Column("Date", DATE),
            Column("Project"),
            Column("Title"),
            Column("Kind"),
            Column("Length in hours", HOURS),
            Column("People who attended", NUMBER),
            Column("Hours contributed", HOURS),
        ),
        lambda: _count(session, query),
        rows,
    )


def attendance_sheet(session: Session, scope: Scope, ids: PersonIds) -> SheetSpec:
    query = (
        select(
            ProjectSession.id,
            ProjectSession.date,
            ProjectSession.title,
            SessionAttendance.participant_id,
            _plain(SessionAttendance.status),
            SessionAttendance.session_minutes,
            SessionAttendance.prep_minutes,
        )
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .where(*_sessions_in(scope))
        .order_by(
            ProjectSession.date,
            ProjectSession.start_time,
            ProjectSession.id,
            SessionAttendance.participant_id,
        )
    )

    came = AttendanceStatus.ATTENDED

    def rows() -> Rows:
        for number, day, title, person, status, at_session, preparing in _stream(session, query):
            # Time only for those who came: a register holds the session's times for everyone
            # invited, and only attendance counts (as in the funder report).
            if status == came:
                yield (number, day, title, ids(person), ATTENDANCE[status], at_session, preparing)
            else:
                yield (number, day, title, ids(person), ATTENDANCE[status], None, None)

    return SheetSpec(
        "Attendance",
        (
            Column("Session number", NUMBER),
            Column("Session date", DATE),
            Column("Session title"),
            Column("Person ID"),
            Column("Status"),
            Column("Minutes at the session", NUMBER),
            Column("Preparation minutes", NUMBER),
        ),
        lambda: _count(session, query),
        rows,
    )


def payments_sheet(session: Session, scope: Scope, ids: PersonIds) -> SheetSpec:
    query = (
        select(
            Payment.incurred_on,
            Payment.participant_id,
            Project.name,
            _plain(Payment.kind),
            _plain(Payment.expense_type),
            Payment.description,
            Payment.amount_pence,
            _plain(Payment.status),
        )
        .outerjoin(Project, Project.id == Payment.project_id)
        .where(Payment.incurred_on >= scope.date_from, Payment.incurred_on <= scope.date_to)
        .order_by(Payment.incurred_on, Payment.id)
    )
    if scope.project_id is not None:
        query = query.where(Payment.project_id == scope.project_id)
    kinds = {
        (kind, expense): PAYMENT_KINDS[kind] + (f": {EXPENSE_TYPES[expense]}" if expense else "")
        for kind in PaymentKind
        for expense in (None, *ExpenseType)
    }
    statuses = PAYMENT_STATUSES
    cancelled = PaymentStatus.CANCELLED

    def rows() -> Rows:
        for day, person, project, kind, expense, what, pence, status in _stream(session, query):
            yield (
                day,
                ids(person),
                project or "",
                kinds[kind, expense],
                what,
                pence,
                statuses[status],
                CANCELLED_MARK if status == cancelled else "",
            )

    return SheetSpec(
        "Payments",
        (
            Column("Date", DATE),
            Column("Person ID"),
            Column("Project"),
            Column("Kind"),
            Column("What for"),
            Column("Amount", MONEY),
            Column("Status"),
            Column("Cancelled"),
        ),
        lambda: _count(session, query),
        rows,
    )


def actions_sheet(session: Session, scope: Scope, ids: PersonIds) -> SheetSpec:
    in_period = or_(
        and_(Action.due_on >= scope.date_from, Action.due_on <= scope.date_to),
        and_(Action.completed_on >= scope.date_from, Action.completed_on <= scope.date_to),
        and_(Action.status.in_(OPEN_ACTIONS), Action.created_at < scope.end_moment()),
    )
    where: list[Any] = [in_period]
    if scope.project_id is not None:
        where.append(Action.project_id == scope.project_id)
    query = (
        select(
            Action.id,
            Project.name,
            Action.what,
            Action.due_on,
            _plain(Action.status),
            Action.completed_on,
        )
        .join(Project, Project.id == Action.project_id)
        .where(*where)
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    )
    owners_query = (
        select(ActionOwner.action_id, ActionOwner.participant_id)
        .join(Action, Action.id == ActionOwner.action_id)
        .where(*where)
        .order_by(ActionOwner.action_id, ActionOwner.id)
    )

    def rows() -> Rows:
        owners: dict[int, list[int | None]] = defaultdict(list)
        for action_id, person in session.execute(owners_query):
            owners[action_id].append(person)
        for action_id, project, what, due, status, done in _stream(session, query):
            who = [STAFF_OWNER if person is None else ids(person) for person in owners[action_id]]
            yield (
                project,
                what,
                ", ".join(dict.fromkeys(who)),
                due,
                ACTION_STATUSES[status],
                done if status == ActionStatus.DONE else None,
            )

    return SheetSpec(
        "Actions",
        (
            Column("Project"),
            Column("What"),
            Column("Owners"),
            Column("Due", DATE),
            Column("Status"),
            Column("Done on", DATE),
        ),
        lambda: _count(session, query),
        rows,
    )


def decisions_sheet(session: Session, scope: Scope) -> SheetSpec:
    took_part = (
        select(func.count())
        .where(DecisionPerson.decision_id == Decision.id)
        .correlate(Decision)
        .scalar_subquery()
    )
    query = (
        select(Decision.decided_on, Project.name, Decision.what, _plain(Decision.method), took_part)
        .join(Project, Project.id == Decision.project_id)
        .where(Decision.decided_on >= scope.date_from, Decision.decided_on <= scope.date_to)
        .order_by(Decision.decided_on, Decision.id)
    )
    if scope.project_id is not None:
        query = query.where(Decision.project_id == scope.project_id)

    def rows() -> Rows:
        for day, project, what, method, people in _stream(session, query):
            yield (day, project, what, DECISION_METHODS[method], int(people))

    return SheetSpec(
        "Decisions",
        (
            Column("Date", DATE),
            Column("Project"),
            Column("What was decided"),
            Column("How it was decided"),
            Column("People on the register who took part", NUMBER),
        ),
        lambda: _count(session, query),
        rows,
    )


def feedback_sheet(session: Session, scope: Scope) -> SheetSpec:
    query = (
        select(
            FeedbackItem.said_on,
            Project.name,
            FeedbackItem.what_was_said,
            _plain(FeedbackItem.response_kind),
            FeedbackItem.response,
            _plain(FeedbackItem.status),
        )
        .join(Project, Project.id == FeedbackItem.project_id)
        .where(FeedbackItem.said_on >= scope.date_from, FeedbackItem.said_on <= scope.date_to)
        .order_by(FeedbackItem.said_on, FeedbackItem.id)
    )
    if scope.project_id is not None:
        query = query.where(FeedbackItem.project_id == scope.project_id)

    def rows() -> Rows:
        for day, project, said, kind, response, status in _stream(session, query):
            yield (day, project, said, RESPONSES[kind], response, FEEDBACK_STATUSES[status])

    return SheetSpec(
        "You said we did",
        (
            Column("Date", DATE),
            Column("Project"),
            Column("What was said"),
            Column("Response"),
            Column("What we did, or why not"),
            Column("Status"),
        ),
        lambda: _count(session, query),
        rows,
    )


def stories_sheet(session: Session, scope: Scope, include_names: bool) -> SheetSpec:
    """Stories only as their consent allows, from the one function allowed to let them out
    (services.stories.stories_for_output): never an internal-only story; anonymised ones
    without the teller, the place or the day; a teller's name only when names are included
    and the teller agreed to be named with that story. Told by says "Anonymous" for every other
    story, so a blank never looks like a name left out by mistake."""
    from coprod_desktop.services.stories import ANONYMOUS, stories_for_output

    stories = stories_for_output(
        session,
        date_from=scope.date_from,
        date_to=scope.date_to,
        project_id=scope.project_id,
        allow_names=include_names,
    )

    def rows() -> Rows:
        for story in stories:
            cells: tuple[Cell, ...] = (
                story.told_in,
                story.title,
                story.text,
                ", ".join(story.themes),
            )
            yield (*cells, story.teller or ANONYMOUS) if include_names else cells

    columns: tuple[Column, ...] = (
        Column("Told in"),
        Column("Title"),
        Column("Story"),
        Column("Themes"),
    )
    if include_names:
        columns = (*columns, Column("Told by"))
    return SheetSpec("Stories", columns, lambda: len(stories), rows)


def people_sheet(session: Session, ids: PersonIds, include_names: bool) -> SheetSpec:
    """Everyone who appears in the export, by ID, with their roles; with names only when names
    are included, and then only for people who agreed to be named in documents."""

    def rows() -> Rows:
        people = list(ids.by_participant.items())
        wanted = [participant_id for participant_id, _ in people]
        roles: dict[int, list[Role]] = defaultdict(list)
        names: dict[int, tuple[str, str]] = {}
        for chunk in _chunks(wanted):
            for participant_id, role in session.execute(
                select(ParticipantRole.participant_id, ParticipantRole.role).where(
                    ParticipantRole.participant_id.in_(chunk)
                )
            ):
                roles[participant_id].append(role)
            if include_names:
                names.update(
                    (row.id, (row.preferred_name, row.full_name))
                    for row in session.execute(
                        select(
                            Participant.id, Participant.preferred_name, Participant.full_name
                        ).where(
                            Participant.id.in_(chunk),
                            Participant.consent_named_in_documents.is_(True),
                        )
                    )
                )
        for participant_id, person_id in people:
            held = "; ".join(
                r.label for r in sorted(roles[participant_id], key=ROLE_ORDER.__getitem__)
            )
            if include_names:
                name, full_name = names.get(participant_id, ("", ""))
                yield (person_id, held, name, full_name)
            else:
                yield (person_id, held)

    columns: tuple[Column, ...] = (Column("Person ID"), Column("Roles"))
    if include_names:
        columns = (*columns, Column("Name"), Column("Full name"))
    return SheetSpec("People", columns, lambda: len(ids.by_participant), rows)


# The sheets' names, in order (as all_sheets makes them).
SHEET_NAMES = (
    "Sessions",
    "Attendance",
    "Payments",
    "Actions",
    "Decisions",
    "You said we did",
    "Stories",
    "People",
)


def all_sheets(
    session: Session, scope: Scope, ids: PersonIds, include_names: bool
) -> list[SheetSpec]:
    """The sheets, in order. Their rows are read only when written, in this order, so the
    People sheet (last) lists everyone the sheets before it gave an ID."""
    return [
        sessions_sheet(session, scope),
        attendance_sheet(session, scope, ids),
        payments_sheet(session, scope, ids),
        actions_sheet(session, scope, ids),
        decisions_sheet(session, scope),
        feedback_sheet(session, scope),
        stories_sheet(session, scope, include_names),
        people_sheet(session, ids, include_names),
    ]
