""" "You said, we did": what people said, what the group did about it, and whether they have
been told.

Feedback can be anonymous (no one on the register named), by the person's choice or because
nobody wrote down who said it. Someone who has since left the group can still be named: it is
a record of what was said.

An item is only marked as shared with the people who said it (or closed) once it has a response,
so "told back" always means there was something to tell. The session it was said at, and the
action or decision it led to, belong to the item's project.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.decisions import session_title
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import (
    Action,
    Decision,
    FeedbackItem,
    Participant,
    Project,
    ProjectSession,
)
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import FeedbackResponse, FeedbackStatus

FEEDBACK_LABELS = {
    "project_id": "Project",
    "said_on": "Said on",
    "what_was_said": "What was said",
    "participant_id": "Who said it",
    "session_id": "Session",
    "response_kind": "What happened",
    "response": "Our response",
    "status": "Status",
    "action_id": "Action it led to",
    "decision_id": "Decision it led to",
}

ANONYMOUS = "Anonymous"

# What the response text must say for each kind of response (NOT_YET needs none).
_RESPONSE_NEEDS = {
    FeedbackResponse.WE_DID: "say what you did",
    FeedbackResponse.COULD_NOT: "say why not",
    FeedbackResponse.IN_PROGRESS: "say what is happening",
}

# Statuses that mean the response has gone back to people, or that nothing more will be done.
_SHARED = (FeedbackStatus.TOLD_BACK, FeedbackStatus.CLOSED)


@dataclass(frozen=True)
class FeedbackData:
    project_id: int
    said_on: date
    what_was_said: str
    participant_id: int | None = None  # None: anonymous
    session_id: int | None = None
    response_kind: FeedbackResponse = FeedbackResponse.NOT_YET
    response: str = ""
    status: FeedbackStatus = FeedbackStatus.OPEN
    action_id: int | None = None
    decision_id: int | None = None


@dataclass(frozen=True)
class FeedbackRecord:
    id: int
    data: FeedbackData
    project_name: str
    session_title: str  # "Title (date)", or ""
    said_by: str  # the person's preferred name, or "Anonymous"
    action_text: str  # what the action is, or ""
    decision_text: str  # "date: what was decided" (as actions show it), or ""
    created_at: datetime
    updated_at: datetime

    @property
    def you_said_we_did(self) -> str:
        """The item on one line, for lists, posters and newsletters: "You said: the room is
        too cold. We did: moved to the library." Never names who said it."""
        said = _sentence(self.data.what_was_said)
        return f"You said: {said} {response_text(self.data.response_kind, self.data.response)}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    """On one line, ending in a full stop unless it already ends a sentence."""
    line = _one_line(text)
    return line if not line or line.endswith((".", "!", "?", "…")) else line + "."


def response_text(kind: FeedbackResponse, response: str) -> str:
    """The response on one line: "We did: …", "We could not, because: …", "In progress: …" or
    "No response yet." (the labels people pick from say the same)."""
    if kind is FeedbackResponse.NOT_YET:
        return f"{kind.label}."
    return f"{kind.label}: {_sentence(response)}"


def _project_of(
    session: Session, model: type[ProjectSession | Action | Decision], wanted: int | None
) -> int | None:
    """The project of a linked session, action or decision; None if there is none such."""
    if wanted is None:
        return None
    project_id: int | None = session.scalar(select(model.project_id).where(model.id == wanted))
    return project_id


def validate_feedback(session: Session, data: FeedbackData) -> FeedbackData:
    check = Checker(FEEDBACK_LABELS)
    said = check.multi_line("what_was_said", data.what_was_said, limits.FEEDBACK_TEXT_MAX)
    check.required("what_was_said", said, "what was said, in their words if you can")
    response = check.multi_line("response", data.response, limits.FEEDBACK_TEXT_MAX)
    needs = _RESPONSE_NEEDS.get(data.response_kind)
    if needs and not response and not check.has("response"):
        check.add(
            "response",
            f"Our response is empty. You chose '{data.response_kind.label}', so please {needs}.",
        )
    if data.status in _SHARED and data.response_kind is FeedbackResponse.NOT_YET:
        check.add(
            "status",
            "Status: give the response before marking it shared or closed. Under "
            f"'{FEEDBACK_LABELS['response_kind']}', choose what was done with it and describe it.",
        )
    if data.participant_id is not None and session.get(Participant, data.participant_id) is None:
        check.add(
            "participant_id",
            f"Who said it: there is nobody with the number {data.participant_id} on the "
            "register. Choose someone from the list, or leave it anonymous.",
        )
    project = session.get(Project, data.project_id)
    if project is None:
        check.add("project_id", "Project: choose one of the projects in the list.")
    links = (
        (
            "session_id",
            "session",
            data.session_id,
            _project_of(session, ProjectSession, data.session_id),
        ),
        ("action_id", "action", data.action_id, _project_of(session, Action, data.action_id)),
        (
            "decision_id",
            "decision",
            data.decision_id,
            _project_of(session, Decision, data.decision_id),
        ),
    )
    for field, what, wanted, found_project_id in links:
        if wanted is None:
            continue
        if found_project_id is None:
            check.add(
                field, f"{FEEDBACK_LABELS[field]}: there is no {what} with the number {wanted}."
            )
        elif project is not None and found_project_id != project.id:
            other = session.get_one(Project, found_project_id)
            check.add(
                field,
                f"{FEEDBACK_LABELS[field]}: that {what} belongs to another project: "
                f"{other.name}. Choose one of {project.name}, or leave it empty.",
            )
    check.raise_if_any()
    return replace(data, what_was_said=said, response=response)


def _records(session: Session, items: list[FeedbackItem]) -> list[FeedbackRecord]:
    """Records for many items, with every name they show fetched in a few queries."""
    if not items:
        return []
    projects = dict(
        session.execute(
            select(Project.id, Project.name).where(Project.id.in_({i.project_id for i in items}))
        ).all()
    )
    people_ids = {i.participant_id for i in items if i.participant_id is not None}
    people = (
        dict(
            session.execute(
                select(Participant.id, Participant.preferred_name).where(
                    Participant.id.in_(people_ids)
                )
            ).all()
        )
        if people_ids
        else {}
    )
    session_ids = {i.session_id for i in items if i.session_id is not None}
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
    action_ids = {i.action_id for i in items if i.action_id is not None}
    actions = (
        dict(session.execute(select(Action.id, Action.what).where(Action.id.in_(action_ids))).all())
        if action_ids
        else {}
    )
    decision_ids = {i.decision_id for i in items if i.decision_id is not None}
    decisions = (
        {
            d.id: f"{long_date(d.decided_on)}: {d.what}"
            for d in session.scalars(select(Decision).where(Decision.id.in_(decision_ids)))
        }
        if decision_ids
        else {}
    )
    return [
        FeedbackRecord(
            id=item.id,
            data=FeedbackData(
                project_id=item.project_id,
                said_on=item.said_on,
                what_was_said=item.what_was_said,
                participant_id=item.participant_id,
                session_id=item.session_id,
                response_kind=item.response_kind,
                response=item.response,
                status=item.status,
                action_id=item.action_id,
                decision_id=item.decision_id,
            ),
            project_name=projects.get(item.project_id, ""),
            session_title=sessions.get(item.session_id, "") if item.session_id else "",
            said_by=people.get(item.participant_id, "")
            if item.participant_id is not None
            else ANONYMOUS,
            action_text=actions.get(item.action_id, "") if item.action_id else "",
            decision_text=decisions.get(item.decision_id, "") if item.decision_id else "",
            created_at=item.created_at,
            updated_at=item.updated_at,
        )
        for item in items
    ]


def _load(session: Session, feedback_id: int) -> FeedbackItem:
    item = session.get(FeedbackItem, feedback_id)
    if item is None:
        raise NotFound(f"There is no feedback item with the number {feedback_id}.")
    return item


def add_feedback(session: Session, data: FeedbackData) -> int:
    clean = validate_feedback(session, data)
    now = utc_now()
    item = FeedbackItem(created_at=now, updated_at=now, **vars(clean))
    session.add(item)
    session.flush()
    return item.id


def update_feedback(session: Session, feedback_id: int, data: FeedbackData) -> FeedbackRecord:
    clean = validate_feedback(session, data)
    item = _load(session, feedback_id)
    for field, value in vars(clean).items():
        setattr(item, field, value)
    item.updated_at = utc_now()
    session.flush()
    return get_feedback(session, feedback_id)


def get_feedback(session: Session, feedback_id: int) -> FeedbackRecord:
    return _records(session, [_load(session, feedback_id)])[0]


def list_feedback(
    session: Session,
    project_id: int | None = None,
    status: FeedbackStatus | None = None,
    session_id: int | None = None,
) -> list[FeedbackRecord]:
    """Newest first (by the day it was said, then the most recently added)."""
    query = select(FeedbackItem).order_by(FeedbackItem.said_on.desc(), FeedbackItem.id.desc())
    if project_id is not None:
        query = query.where(FeedbackItem.project_id == project_id)
    if status is not None:
        query = query.where(FeedbackItem.status == status)
    if session_id is not None:
        query = query.where(FeedbackItem.session_id == session_id)
    return _records(session, list(session.scalars(query)))
