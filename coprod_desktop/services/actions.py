"""Actions: who is doing what, by when, for which goal, and how it is going.

Overdue is a matter of dates, not moments: an action due on 1 July is overdue from the first
moment of 2 July on this computer's clock, whatever the time zone of the database server.
Callers pass today's date (dates.today_here()), so tests and screens agree on it.

An action owned by someone who has since left the group stays on every list, marked as needing
a new owner, so that nothing agreed quietly disappears.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import (
    Action,
    ActionNote,
    ActionOwner,
    Decision,
    Participant,
    Project,
    ProjectSession,
    SharedGoal,
)
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import ActionStatus, Status

ACTION_LABELS = {
    "project_id": "Project",
    "what": "What is to be done",
    "owners": "Who is doing it",
    "due_on": "Due by",
    "status": "Status",
    "dropped_reason": "Why it was dropped",
    "goal_id": "Goal it serves",
    "session_id": "Session it came from",
    "decision_id": "Decision it came from",
    "note": "Progress note",
    "noted_on": "Date of the note",
}

OPEN_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Owner:
    """Someone on the register (participant_id), or a member of staff by name."""

    participant_id: int | None = None
    staff_name: str = ""


@dataclass(frozen=True)
class ActionData:
    project_id: int
    what: str
    owners: tuple[Owner, ...] = ()
    due_on: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    dropped_reason: str = ""
    goal_id: int | None = None
    session_id: int | None = None
    decision_id: int | None = None


@dataclass(frozen=True)
class OwnerRecord:
    owner: Owner
    name: str
    has_left: bool = False  # someone on the register who has since left the group


@dataclass(frozen=True)
class NoteRecord:
    id: int
    noted_on: date
    text: str


@dataclass(frozen=True)
class ActionRecord:
    id: int
    data: ActionData
    project_name: str
    owners: tuple[OwnerRecord, ...]
    goal_title: str = ""
    session_title: str = ""
    decision_text: str = ""
    completed_on: date | None = None
    notes: tuple[NoteRecord, ...] = field(default_factory=tuple)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.data.status in OPEN_STATUSES

    def is_overdue(self, today: date) -> bool:
        """Open, and its due date is before today (an action due today is not overdue yet)."""
        return self.is_open and self.data.due_on is not None and self.data.due_on < today

    def days_overdue(self, today: date) -> int:
        if not self.is_overdue(today):
            return 0
        assert self.data.due_on is not None
        return (today - self.data.due_on).days

    @property
    def needs_new_owner(self) -> bool:
        """Open, and someone who owns it has left the group (or nobody owns it now)."""
        return self.is_open and (not self.owners or any(o.has_left for o in self.owners))

    @property
    def owner_names(self) -> str:
        return (
            ", ".join(f"{o.name} (has left)" if o.has_left else o.name for o in self.owners)
            or "Nobody"
        )

    def due_text(self, today: date) -> str:
        """The due date in words, saying "overdue" in text (not colour alone)."""
        due = self.data.due_on
        if due is None:
            return "No date"
        if self.is_overdue(today):
            days = self.days_overdue(today)
            return f"{long_date(due)}: overdue by {days} day{'s' if days != 1 else ''}"
        if self.is_open and due == today:
            return f"{long_date(due)}: due today"
        return long_date(due)

    @property
    def status_text(self) -> str:
        if self.data.status is ActionStatus.DROPPED:
            return f"Dropped: {self.data.dropped_reason}"
        if self.data.status is ActionStatus.DONE and self.completed_on is not None:
            return f"Done on {long_date(self.completed_on)}"
        return self.data.status.label


@dataclass(frozen=True)
class ActionQuery:
    """Which actions to list. ``today`` decides what is overdue."""

    today: date
    project_id: int | None = None
    owner_id: int | None = None  # someone on the register
    staff_name: str = ""  # a member of staff, as stored (see find_staff_name)
    goal_id: int | None = None
    open_only: bool = False
    overdue_only: bool = False


def _clean_owners(
    check: Checker, session: Session, owners: tuple[Owner, ...], kept: set[int]
) -> tuple[Owner, ...]:
    """Owners tidied and checked; duplicates dropped. People who have left cannot be given an
    action, but one who already owned it (``kept``) stays until reassigned."""
    clean: list[Owner] = []
    seen: set[tuple[int | None, str]] = set()
    for owner in owners:
        if owner.participant_id is not None:
            person = session.get(Participant, owner.participant_id)
            if person is None:
                check.add(
                    "owners",
                    f"Who is doing it: there is nobody with the number {owner.participant_id} "
                    "on the register.",
                )
                continue
            if person.status is Status.LEFT and person.id not in kept:
                check.add(
                    "owners",
                    f"Who is doing it: {person.preferred_name} has left the group, so cannot "
                    "be given an action. Choose someone else.",
                )
                continue
            key: tuple[int | None, str] = (person.id, "")
            candidate = Owner(participant_id=person.id)
        else:
            name = check.single_line("owners", owner.staff_name, limits.STAFF_NAME_MAX)
            if not name:
                continue
            key = (None, name.casefold())
            candidate = Owner(staff_name=name)
        if key not in seen:
            seen.add(key)
            clean.append(candidate)
    if not clean and not check.has("owners"):
        check.add(
            "owners",
            "Who is doing it: give at least one person from the register or a member of staff's "
            "name, so that everyone knows who is doing it.",
        )
    return tuple(clean)


def _belongs(
    check: Checker, field_name: str, what: str, project_id: int | None, wanted: int
) -> None:
    if project_id is None:
        check.add(field_name, f"{ACTION_LABELS[field_name]}: there is no {what} with that number.")
    elif project_id != wanted:
        check.add(
            field_name,
            f"{ACTION_LABELS[field_name]}: that {what} belongs to another project. Choose one "
            "from this action's project, or leave it empty.",
        )


def validate_action(
    session: Session, data: ActionData, kept_owners: set[int] | None = None
) -> ActionData:
    check = Checker(ACTION_LABELS)
    what = check.single_line("what", data.what, limits.ACTION_TEXT_MAX)
    check.required("what", what, "what is to be done, such as 'Book the room for May'")
    owners = _clean_owners(check, session, data.owners, kept_owners or set())
    reason = check.single_line("dropped_reason", data.dropped_reason, limits.REASON_MAX)
    if data.status is ActionStatus.DROPPED:
        check.required("dropped_reason", reason, "why it was dropped, so the group can see")
    else:
        reason = ""  # only a dropped action has a reason for it
    if session.get(Project, data.project_id) is None:
        check.add("project_id", "Project: choose one of the projects in the list.")
    else:
        if data.goal_id is not None:
            goal = session.get(SharedGoal, data.goal_id)
            _belongs(check, "goal_id", "goal", goal.project_id if goal else None, data.project_id)
        if data.session_id is not None:
            found = session.get(ProjectSession, data.session_id)
            _belongs(
                check, "session_id", "session", found.project_id if found else None, data.project_id
            )
        if data.decision_id is not None:
            decision = session.get(Decision, data.decision_id)
            _belongs(
                check,
                "decision_id",
                "decision",
                decision.project_id if decision else None,
                data.project_id,
            )
    check.raise_if_any()
    return replace(data, what=what, owners=owners, dropped_reason=reason)


def _base_query() -> Select[Action]:
    return select(Action).options(selectinload(Action.owners), selectinload(Action.notes))


def _records(session: Session, actions: list[Action]) -> list[ActionRecord]:
    """Records for many actions, with every name they show fetched in a few queries."""
    people_ids = {o.participant_id for a in actions for o in a.owners if o.participant_id}
    people = (
        {
            p.id: p
            for p in session.scalars(select(Participant).where(Participant.id.in_(people_ids)))
        }
        if people_ids
        else {}
    )
    projects = (
        dict(
            session.execute(
                select(Project.id, Project.name).where(
                    Project.id.in_({a.project_id for a in actions})
                )
            ).all()
        )
        if actions
        else {}
    )
    goal_ids = {a.goal_id for a in actions if a.goal_id}
    goals = (
        dict(
            session.execute(
                select(SharedGoal.id, SharedGoal.title).where(SharedGoal.id.in_(goal_ids))
            ).all()
        )
        if goal_ids
        else {}
    )
    session_ids = {a.session_id for a in actions if a.session_id}
    sessions = (
        {
            s.id: f"{s.title} ({long_date(s.date)})"
            for s in session.scalars(
                select(ProjectSession).where(ProjectSession.id.in_(session_ids))
            )
        }
        if session_ids
        else {}
    )
    decision_ids = {a.decision_id for a in actions if a.decision_id}
    decisions = (
        {
            d.id: f"{long_date(d.decided_on)}: {d.what}"
            for d in session.scalars(select(Decision).where(Decision.id.in_(decision_ids)))
        }
        if decision_ids
        else {}
    )
    records = []
    for action in actions:
        owners = []
        for owner in action.owners:
            if owner.participant_id is not None:
                person = people[owner.participant_id]
                owners.append(
                    OwnerRecord(
                        Owner(participant_id=person.id),
                        person.preferred_name,
                        person.status is Status.LEFT,
                    )
                )
            else:
                owners.append(
                    OwnerRecord(Owner(staff_name=owner.staff_name), f"{owner.staff_name} (staff)")
                )
        records.append(
            ActionRecord(
                id=action.id,
                data=ActionData(
                    project_id=action.project_id,
                    what=action.what,
                    owners=tuple(o.owner for o in owners),
                    due_on=action.due_on,
                    status=action.status,
                    dropped_reason=action.dropped_reason,
                    goal_id=action.goal_id,
                    session_id=action.session_id,
                    decision_id=action.decision_id,
                ),
                project_name=projects.get(action.project_id, ""),
                owners=tuple(owners),
                goal_title=goals.get(action.goal_id, "") if action.goal_id else "",
                session_title=sessions.get(action.session_id, "") if action.session_id else "",
                decision_text=decisions.get(action.decision_id, "") if action.decision_id else "",
                completed_on=action.completed_on,
                notes=tuple(NoteRecord(n.id, n.noted_on, n.text) for n in action.notes),
                created_at=action.created_at,
                updated_at=action.updated_at,
            )
        )
    return records


def _load(session: Session, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None:
        raise NotFound(f"There is no action with the number {action_id}.")
    return action


def _apply_status(action: Action, status: ActionStatus, reason: str, today: date) -> None:
    # Leaving "dropped" or "done" clears the reason or the day, which no longer apply; a note
    # keeps them, so a stray key never erases what the group recorded.
    previous = action.status
    if previous is ActionStatus.DROPPED and status is not ActionStatus.DROPPED:
        action.notes.append(
            ActionNote(
                noted_on=today,
                text=f"Picked up again. It had been dropped: {action.dropped_reason}",
            )
        )
    elif previous is ActionStatus.DONE and status is not ActionStatus.DONE:
        done_on = f" on {long_date(action.completed_on)}" if action.completed_on else ""
        action.notes.append(
            ActionNote(noted_on=today, text=f"Opened again. It had been marked done{done_on}.")
        )
    if status is ActionStatus.DONE and action.status is not ActionStatus.DONE:
        action.completed_on = today
    elif status is not ActionStatus.DONE:
        action.completed_on = None
    action.status = status
    action.dropped_reason = reason


def _set_owners(action: Action, owners: tuple[Owner, ...]) -> None:
    action.owners = [
        ActionOwner(participant_id=o.participant_id, staff_name=o.staff_name) for o in owners
    ]


def add_action(session: Session, data: ActionData, today: date) -> int:
    clean = validate_action(session, data)
    now = utc_now()
    action = Action(
        project_id=clean.project_id,
        what=clean.what,
        due_on=clean.due_on,
        goal_id=clean.goal_id,
        session_id=clean.session_id,
        decision_id=clean.decision_id,
        created_at=now,
        updated_at=now,
    )
    _apply_status(action, clean.status, clean.dropped_reason, today)
    _set_owners(action, clean.owners)
    session.add(action)
    session.flush()
    return action.id


def update_action(session: Session, action_id: int, data: ActionData, today: date) -> ActionRecord:
    action = _load(session, action_id)
    kept = {o.participant_id for o in action.owners if o.participant_id is not None}
    clean = validate_action(session, data, kept_owners=kept)
    if clean.project_id != action.project_id:
        check = Checker(ACTION_LABELS)
        check.add(
            "project_id",
            "Project cannot be changed for an action. Add a new action to the other project "
            "instead.",
        )
        check.raise_if_any()
    action.what = clean.what
    action.due_on = clean.due_on
    action.goal_id = clean.goal_id
    action.session_id = clean.session_id
    action.decision_id = clean.decision_id
    _apply_status(action, clean.status, clean.dropped_reason, today)
    if tuple((o.participant_id, o.staff_name) for o in action.owners) != tuple(
        (o.participant_id, o.staff_name) for o in clean.owners
    ):
        _set_owners(action, clean.owners)
    action.updated_at = utc_now()
    session.flush()
    return get_action(session, action_id)


def set_status(
    session: Session, action_id: int, status: ActionStatus, today: date, reason: str = ""
) -> ActionRecord:
    """The quick change from the actions board or the command line. Dropping needs a reason."""
    action = _load(session, action_id)
    check = Checker(ACTION_LABELS)
    reason = check.single_line("dropped_reason", reason, limits.REASON_MAX)
    if status is ActionStatus.DROPPED:
        check.required("dropped_reason", reason, "why it was dropped, so the group can see")
    else:
        reason = ""
    check.raise_if_any()
    _apply_status(action, status, reason, today)
    action.updated_at = utc_now()
    session.flush()
    return get_action(session, action_id)


def add_note(session: Session, action_id: int, noted_on: date, text: str) -> int:
    action = _load(session, action_id)
    check = Checker(ACTION_LABELS)
    clean = check.multi_line("note", text, limits.DESCRIPTION_MAX)
    check.required("note", clean, "what has happened, such as 'Room booked for 3 May'")
    check.raise_if_any()
    note = ActionNote(action_id=action.id, noted_on=noted_on, text=clean)
    session.add(note)
    action.updated_at = utc_now()
    session.flush()
    session.refresh(action, ["notes"])
    return note.id


def get_action(session: Session, action_id: int) -> ActionRecord:
    action = session.scalars(_base_query().where(Action.id == action_id)).one_or_none()
    if action is None:
        raise NotFound(f"There is no action with the number {action_id}.")
    return _records(session, [action])[0]


def list_actions(session: Session, query: ActionQuery) -> list[ActionRecord]:
    """Open ones first, by due date (undated last), then the rest; needing a new owner is a
    flag on the record, not a filter, so such actions are never hidden."""
    statement = _base_query()
    if query.project_id is not None:
        statement = statement.where(Action.project_id == query.project_id)
    if query.goal_id is not None:
        statement = statement.where(Action.goal_id == query.goal_id)
    if query.owner_id is not None:
        statement = statement.where(Action.owners.any(ActionOwner.participant_id == query.owner_id))
    if query.staff_name:
        statement = statement.where(Action.owners.any(ActionOwner.staff_name == query.staff_name))
    if query.open_only or query.overdue_only:
        statement = statement.where(Action.status.in_(OPEN_STATUSES))
    if query.overdue_only:
        statement = statement.where(Action.due_on.is_not(None), Action.due_on < query.today)
    statement = statement.order_by(
        Action.status.not_in(OPEN_STATUSES),
        Action.due_on.is_(None),
        Action.due_on,
        Action.id,
    )
    return _records(session, list(session.scalars(statement)))


def actions_needing_new_owner(session: Session, today: date) -> list[ActionRecord]:
    """Open actions one of whose owners has left the group."""
    left = select(Participant.id).where(Participant.status == Status.LEFT)
    statement = (
        _base_query()
        .where(
            Action.status.in_(OPEN_STATUSES),
            or_(
                Action.owners.any(ActionOwner.participant_id.in_(left)),
                ~Action.owners.any(),
            ),
        )
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    )
    return _records(session, list(session.scalars(statement)))


def staff_names(session: Session) -> list[str]:
    """Every member of staff who owns an action, as stored, in alphabetical order."""
    found = session.scalars(
        select(ActionOwner.staff_name).where(ActionOwner.staff_name != "").distinct()
    )
    return sorted(set(found), key=str.casefold)


def find_staff_name(session: Session, typed: str) -> str | None:
    """The stored staff name ``typed`` means (any case, with or without " (staff)"), or None.

    Matched here rather than in SQL, because SQLite's lower() changes only ASCII letters.
    """
    return match_staff_name(staff_names(session), typed)


def match_staff_name(names: list[str], typed: str) -> str | None:
    """Which of ``names`` ``typed`` means: any case and spacing, with or without " (staff)"."""
    wanted = " ".join(typed.split()).removesuffix(" (staff)").casefold()
    if not wanted:
        return None
    return next((name for name in names if name.casefold() == wanted), None)
