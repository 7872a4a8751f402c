"""The decision log: what a group decided, when and how, who took part and what it changes.

Decisions are history. Someone who has since left the group stays listed on the decisions they
took part in, and can still be recorded on one added later (a decision written up after they
left); only people who are not on the register at all are refused.

A decision belongs to one project. A session it was made at, and the actions and "you said, we
did" items that point at it, belong to the same project, so a decision that others point at
keeps its project.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import (
    Action,
    Decision,
    DecisionPerson,
    DecisionStory,
    FeedbackItem,
    Participant,
    Project,
    ProjectSession,
    Story,
)
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import DecisionMethod

DECISION_LABELS = {
    "project_id": "Project",
    "decided_on": "Decided on",
    "what": "What was decided",
    "method": "How it was decided",
    "session_id": "Session",
    "what_it_changes": "What it changes",
    "others_present": "Others who took part",
    "participant_ids": "Who took part",
    "story_ids": "Stories that informed it",
}

# How much of the decision a picker shows after its number and date: enough to recognise it.
LABEL_TEXT_MAX = 60


@dataclass(frozen=True)
class DecisionData:
    project_id: int
    decided_on: date
    what: str
    method: DecisionMethod
    session_id: int | None = None
    what_it_changes: str = ""
    others_present: str = ""
    # People on the register who took part. As read back: in the order of ``people`` (by name).
    participant_ids: tuple[int, ...] = ()
    # Stories that informed it (the evidence it drew on). As read back: oldest story first.
    story_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    data: DecisionData
    project_name: str
    session_title: str  # "Title (date)", or "" when it was not made at a session
    people: tuple[tuple[int, str], ...]  # (number, preferred name), by name
    created_at: datetime
    updated_at: datetime
    # The stories it cites, (number, title), oldest first: for this app's own screens only.
    # Anything printed or exported gets stories through stories.stories_for_output.
    stories: tuple[tuple[int, str], ...] = ()

    @property
    def story_ids(self) -> tuple[int, ...]:
        return self.data.story_ids

    @property
    def label(self) -> str:
        """How pickers and lists name it: "Decision 3, 4 November 2025: Move the café to…"."""
        return decision_label(self.id, self.data.decided_on, self.data.what)

    @property
    def people_names(self) -> str:
        return ", ".join(name for _, name in self.people)


def decision_label(decision_id: int, decided_on: date, what: str) -> str:
    """A decision's number, date and the start of what was decided, on one line."""
    text = " ".join(what.split())  # line breaks would break a one-line picker
    if len(text) > LABEL_TEXT_MAX:
        text = text[:LABEL_TEXT_MAX].rstrip() + "…"
    return f"Decision {decision_id}, {long_date(decided_on)}: {text}"


def session_title(row: ProjectSession) -> str:
    """A session as decisions and feedback name it (as actions do): title and date."""
    return f"{row.title} ({long_date(row.date)})"


def _unique(ids: Iterable[int]) -> tuple[int, ...]:
    """The ids once each, in the order first given (a person picked twice took part once)."""
    return tuple(dict.fromkeys(ids))


def validate_decision(session: Session, data: DecisionData) -> DecisionData:
    check = Checker(DECISION_LABELS)
    what = check.multi_line("what", data.what, limits.DECISION_TEXT_MAX)
    check.required("what", what, "what the group decided, such as 'Open the café on Saturdays'")
    changes = check.multi_line("what_it_changes", data.what_it_changes, limits.DECISION_TEXT_MAX)
    others = check.multi_line("others_present", data.others_present, limits.DECISION_TEXT_MAX)
    project = session.get(Project, data.project_id)
    if project is None:
        check.add("project_id", "Project: choose one of the projects in the list.")
    if data.session_id is not None:
        found = session.get(ProjectSession, data.session_id)
        if found is None:
            check.add(
                "session_id", f"Session: there is no session with the number {data.session_id}."
            )
        elif project is not None and found.project_id != project.id:
            check.add(
                "session_id",
                f"Session: that session belongs to another project: {found.project.name}. "
                f"Choose a session of {project.name}, or leave it empty.",
            )
    people = _unique(data.participant_ids)
    if people:
        known = set(session.scalars(select(Participant.id).where(Participant.id.in_(people))))
        for participant_id in people:
            if participant_id not in known:
                check.add(
                    "participant_ids",
                    f"Who took part: there is nobody with the number {participant_id} on the "
                    "register. Choose people from the list.",
                )
    stories = _unique(data.story_ids)
    if stories:
        found_stories = set(session.scalars(select(Story.id).where(Story.id.in_(stories))))
        for story_id in stories:
            if story_id not in found_stories:
                check.add(
                    "story_ids",
                    f"Stories that informed it: there is no story with the number {story_id}. "
                    "Choose stories from the list.",
                )
    check.raise_if_any()
    return replace(
        data,
        what=what,
        what_it_changes=changes,
        others_present=others,
        participant_ids=people,
        story_ids=stories,
    )


def _records(session: Session, decisions: list[Decision]) -> list[DecisionRecord]:
    """Records for many decisions, with every name they show fetched in a few queries."""
    if not decisions:
        return []
    projects = dict(
        session.execute(
            select(Project.id, Project.name).where(
                Project.id.in_({d.project_id for d in decisions})
            )
        ).all()
    )
    session_ids = {d.session_id for d in decisions if d.session_id is not None}
    sessions = (
        {
            row.id: session_title(row)
            for row in session.scalars(
                select(ProjectSession).where(ProjectSession.id.in_(session_ids))
            )
        }
        if session_ids
        else {}
    )
    people_ids = {p.participant_id for d in decisions for p in d.people}
    # Sorted once here, so every decision lists its people in the register's order.
    names = (
        [
            (participant_id, name)
            for participant_id, name in session.execute(
                select(Participant.id, Participant.preferred_name)
                .where(Participant.id.in_(people_ids))
                .order_by(Participant.sort_name, Participant.preferred_name, Participant.id)
            )
        ]
        if people_ids
        else []
    )
    cited: dict[int, list[tuple[int, str]]] = {d.id: [] for d in decisions}
    for decision_id, story_id, title in session.execute(
        select(DecisionStory.decision_id, Story.id, Story.title)
        .join(Story, Story.id == DecisionStory.story_id)
        .where(DecisionStory.decision_id.in_(cited))
        .order_by(Story.told_on, Story.id)
    ):
        cited[decision_id].append((story_id, title))
    records = []
    for decision in decisions:
        present = {p.participant_id for p in decision.people}
        people = tuple((pid, name) for pid, name in names if pid in present)
        stories = tuple(cited[decision.id])
        records.append(
            DecisionRecord(
                id=decision.id,
                data=DecisionData(
                    project_id=decision.project_id,
                    decided_on=decision.decided_on,
                    what=decision.what,
                    method=decision.method,
                    session_id=decision.session_id,
                    what_it_changes=decision.what_it_changes,
                    others_present=decision.others_present,
                    participant_ids=tuple(pid for pid, _ in people),
                    story_ids=tuple(sid for sid, _ in stories),
                ),
                project_name=projects.get(decision.project_id, ""),
                session_title=sessions.get(decision.session_id, "")
                if decision.session_id is not None
                else "",
                people=people,
                created_at=decision.created_at,
                updated_at=decision.updated_at,
                stories=stories,
            )
        )
    return records


def _load(session: Session, decision_id: int) -> Decision:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFound(f"There is no decision with the number {decision_id}.")
    return decision


def _links(session: Session, decision_id: int) -> int:
    """How many actions and feedback items point at the decision."""
    actions = session.scalar(
        select(func.count()).select_from(Action).where(Action.decision_id == decision_id)
    )
    feedback = session.scalar(
        select(func.count())
        .select_from(FeedbackItem)
        .where(FeedbackItem.decision_id == decision_id)
    )
    return (actions or 0) + (feedback or 0)


def _set_people(decision: Decision, participant_ids: tuple[int, ...]) -> None:
    """Make the people exactly ``participant_ids``, touching only those who change: deleting a
    row and inserting the same one again in one flush would collide on the primary key."""
    wanted = set(participant_ids)
    decision.people = [p for p in decision.people if p.participant_id in wanted]
    have = {p.participant_id for p in decision.people}
    decision.people.extend(
        DecisionPerson(participant_id=pid) for pid in participant_ids if pid not in have
    )


def _set_stories(session: Session, decision_id: int, story_ids: tuple[int, ...]) -> None:
    """Make the stories it cites exactly ``story_ids``, touching only those that change."""
    wanted = set(story_ids)
    have = set(
        session.scalars(
            select(DecisionStory.story_id).where(DecisionStory.decision_id == decision_id)
        )
    )
    gone = have - wanted
    if gone:
        session.execute(
            delete(DecisionStory).where(
                DecisionStory.decision_id == decision_id, DecisionStory.story_id.in_(gone)
            )
        )
    session.add_all(
        DecisionStory(decision_id=decision_id, story_id=sid) for sid in story_ids if sid not in have
    )


def add_decision(session: Session, data: DecisionData) -> int:
    clean = validate_decision(session, data)
    now = utc_now()
    decision = Decision(
        project_id=clean.project_id,
        session_id=clean.session_id,
        decided_on=clean.decided_on,
        what=clean.what,
        method=clean.method,
        what_it_changes=clean.what_it_changes,
        others_present=clean.others_present,
        created_at=now,
        updated_at=now,
    )
    _set_people(decision, clean.participant_ids)
    session.add(decision)
    session.flush()
    _set_stories(session, decision.id, clean.story_ids)
    session.flush()
    return decision.id


def update_decision(session: Session, decision_id: int, data: DecisionData) -> DecisionRecord:
    """Save a change to a decision; the people who took part become exactly those given."""
    clean = validate_decision(session, data)
    decision = _load(session, decision_id)
    if clean.project_id != decision.project_id:
        linked = _links(session, decision_id)
        if linked:
            # What points at it belongs to its project: moving it alone would split them.
            things = (
                "1 action or feedback item of its project points"
                if linked == 1
                else f"{linked:,} actions or feedback items of its project point"
            )
            check = Checker(DECISION_LABELS)
            check.add(
                "project_id",
                f"Project cannot be changed for this decision: {things} at it."
                " Add a new decision to the other project instead.",
            )
            check.raise_if_any()
    decision.project_id = clean.project_id
    decision.session_id = clean.session_id
    decision.decided_on = clean.decided_on
    decision.what = clean.what
    decision.method = clean.method
    decision.what_it_changes = clean.what_it_changes
    decision.others_present = clean.others_present
    _set_people(decision, clean.participant_ids)
    _set_stories(session, decision_id, clean.story_ids)
    decision.updated_at = utc_now()
    session.flush()
    return get_decision(session, decision_id)


def get_decision(session: Session, decision_id: int) -> DecisionRecord:
    return _records(session, [_load(session, decision_id)])[0]


def list_decisions(session: Session, project_id: int | None = None) -> list[DecisionRecord]:
    """Newest first (by the day decided, then the most recently added)."""
    query = (
        select(Decision)
        .options(selectinload(Decision.people))
        .order_by(Decision.decided_on.desc(), Decision.id.desc())
    )
    if project_id is not None:
        query = query.where(Decision.project_id == project_id)
    return _records(session, list(session.scalars(query)))
