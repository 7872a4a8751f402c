"""Each person's development log: skills gained, training attended, roles taken on (chairing a
meeting, sitting on an interview panel) and references given, with the day each happened.

The log is a record of what has already happened, so a day after today is refused. Someone who
has since left the group can still have entries added for what they did before they left
(a reference written after they moved on, say); only people not on the register are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import DevelopmentEntry, Participant, Project
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import DevelopmentKind

DEVELOPMENT_LABELS = {
    "participant_id": "Person",
    "kind": "Kind",
    "happened_on": "Date",
    "what": "What",
    "details": "Details",
    "project_id": "Project",
}

# What the "What" box asks for, by kind: the example in the message fits what was chosen.
WHAT_EXAMPLES = {
    DevelopmentKind.SKILL: "the skill, such as 'Public speaking'",
    DevelopmentKind.TRAINING: "the training, such as 'Safeguarding adults training'",
    DevelopmentKind.ROLE: "the role, such as 'Chaired the planning meeting'",
    DevelopmentKind.REFERENCE: "what the reference was for, such as 'A volunteering role'",
}


@dataclass(frozen=True)
class DevelopmentData:
    participant_id: int
    kind: DevelopmentKind
    happened_on: date
    what: str
    details: str = ""
    project_id: int | None = None


@dataclass(frozen=True)
class DevelopmentRecord:
    id: int
    data: DevelopmentData
    project_name: str  # "" when the entry is not tied to a project

    @property
    def label(self) -> str:
        """One line for lists and messages: "Role taken on, 4 November 2025: Chaired …"."""
        return f"{self.data.kind.label}, {long_date(self.data.happened_on)}: {self.data.what}"


def validate_entry(session: Session, data: DevelopmentData, today: date) -> DevelopmentData:
    """The entry tidied, or a ValidationError naming every problem at once."""
    check = Checker(DEVELOPMENT_LABELS)
    what = check.single_line("what", data.what, limits.DEVELOPMENT_TEXT_MAX)
    check.required("what", what, WHAT_EXAMPLES[DevelopmentKind(data.kind)])
    details = check.multi_line("details", data.details, limits.DESCRIPTION_MAX)
    if data.happened_on > today:
        check.add(
            "happened_on",
            f"Date ({long_date(data.happened_on)}) is after today ({long_date(today)}). The "
            "log keeps what has already happened: choose today or an earlier day.",
        )
    if session.get(Participant, data.participant_id) is None:
        check.add(
            "participant_id",
            f"Person: there is nobody with the number {data.participant_id} on the register.",
        )
    if data.project_id is not None and session.get(Project, data.project_id) is None:
        check.add(
            "project_id",
            f"Project: there is no project with the number {data.project_id}. Choose one "
            "from the list, or leave it empty.",
        )
    check.raise_if_any()
    return replace(data, kind=DevelopmentKind(data.kind), what=what, details=details)


def _load(session: Session, entry_id: int) -> DevelopmentEntry:
    entry = session.get(DevelopmentEntry, entry_id)
    if entry is None:
        raise NotFound(
            f"There is no development log entry with the number {entry_id}. It may have been "
            "deleted; refresh the list and try again."
        )
    return entry


def _records(session: Session, entries: list[DevelopmentEntry]) -> list[DevelopmentRecord]:
    project_ids = {e.project_id for e in entries if e.project_id is not None}
    names = (
        dict(
            session.execute(
                select(Project.id, Project.name).where(Project.id.in_(project_ids))
            ).all()
        )
        if project_ids
        else {}
    )
    return [
        DevelopmentRecord(
            id=entry.id,
            data=DevelopmentData(
                participant_id=entry.participant_id,
                kind=entry.kind,
                happened_on=entry.happened_on,
                what=entry.what,
                details=entry.details,
                project_id=entry.project_id,
            ),
            project_name=names.get(entry.project_id, "") if entry.project_id else "",
        )
        for entry in entries
    ]


def add_entry(session: Session, data: DevelopmentData, today: date) -> int:
    """Add an entry to someone's log and return its number. ``today`` is this computer's date
    (services.dates.today_here()): a later day is refused."""
    clean = validate_entry(session, data, today)
    now = utc_now()
    entry = DevelopmentEntry(created_at=now, updated_at=now, **vars(clean))
    session.add(entry)
    session.flush()
    return entry.id


def update_entry(
    session: Session, entry_id: int, data: DevelopmentData, today: date
) -> DevelopmentRecord:
    clean = validate_entry(session, data, today)
    entry = _load(session, entry_id)
    for field, value in vars(clean).items():
        setattr(entry, field, value)
    entry.updated_at = utc_now()
    session.flush()
    return get_entry(session, entry_id)


def get_entry(session: Session, entry_id: int) -> DevelopmentRecord:
    return _records(session, [_load(session, entry_id)])[0]


def delete_entry(session: Session, entry_id: int) -> None:
    session.delete(_load(session, entry_id))
    session.flush()


def list_entries(
    session: Session,
    participant_id: int,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[DevelopmentRecord]:
    """One person's entries, newest first (by the day, then the most recently added), from
    ``date_from`` to ``date_to`` inclusive when given. NotFound if nobody has that number."""
    if session.get(Participant, participant_id) is None:
        raise NotFound(f"There is no one with the number {participant_id} on the register.")
    query = (
        select(DevelopmentEntry)
        .where(DevelopmentEntry.participant_id == participant_id)
        .order_by(DevelopmentEntry.happened_on.desc(), DevelopmentEntry.id.desc())
    )
    if date_from is not None:
        query = query.where(DevelopmentEntry.happened_on >= date_from)
    if date_to is not None:
        query = query.where(DevelopmentEntry.happened_on <= date_to)
    return _records(session, list(session.scalars(query)))
