"""Sample development logs for the demo people: skills gained, training attended, roles taken on
and references given.

Added after the projects and registers (demo_projects), from what is already in the database:
about a third of the people who came to a session get one to four entries, dated between
their first session and a month after their last (never after today), some tied to a project
they came to. Everything goes through services.development, as a user's entries would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.services import development
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.storage.models import ProjectSession, SessionAttendance
from coprod_desktop.vocabulary import AttendanceStatus, DevelopmentKind

# (what, details): details are often left empty, as in real logs.
ENTRIES: dict[DevelopmentKind, tuple[tuple[str, str], ...]] = {
    DevelopmentKind.SKILL: (
        ("Public speaking", "Spoke to a room of forty at the community open day."),
        ("Reading a budget", ""),
        ("Writing in plain English", "Rewrote two letters the group then tested."),
        ("Chairing a meeting", ""),
        ("Interviewing", ""),
        ("Using video calls", "Now joins and shares a screen without help."),
    ),
    DevelopmentKind.TRAINING: (
        ("Safeguarding adults training", "Half a day, with a certificate."),
        ("Equality and diversity training", ""),
        ("Co-production basics workshop", ""),
        ("Mental health first aid", "Two days, with a certificate."),
        ("Recruitment and interview panel training", ""),
        ("Data protection basics", ""),
    ),
    DevelopmentKind.ROLE: (
        ("Chaired the planning meeting", ""),
        ("Sat on the interview panel for the peer support lead", ""),
        ("Co-facilitated a workshop", ""),
        ("Spoke at the launch event", ""),
        ("Reviewed the new leaflet before it went out", ""),
        ("Welcomed and mentored a new member of the group", ""),
    ),
    DevelopmentKind.REFERENCE: (
        ("Reference given for a volunteering role", ""),
        ("Reference given for a college application", ""),
        ("Reference given for a peer support worker job", "They got the job."),
    ),
}
KIND_WEIGHTS = (
    (DevelopmentKind.SKILL, 35),
    (DevelopmentKind.TRAINING, 30),
    (DevelopmentKind.ROLE, 25),
    (DevelopmentKind.REFERENCE, 10),
)
SHARE_OF_PEOPLE = 1 / 3
# Entries fall between someone's first session and this long after their last.
AFTER_LAST_SESSION = timedelta(days=30)


@dataclass(frozen=True)
class DevelopmentSummary:
    entries: int = 0
    people: int = 0


@dataclass(frozen=True)
class _Involvement:
    first: date
    last: date
    projects: tuple[int, ...]


def _who_came(session: Session, today: date) -> dict[int, _Involvement]:
    """Everyone who attended a session on or before ``today``: when, and in which projects."""
    rows = session.execute(
        select(
            SessionAttendance.participant_id,
            ProjectSession.project_id,
            func.min(ProjectSession.date),
            func.max(ProjectSession.date),
        )
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .where(
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            ProjectSession.date <= today,
        )
        .group_by(SessionAttendance.participant_id, ProjectSession.project_id)
        .order_by(SessionAttendance.participant_id, ProjectSession.project_id)
    )
    found: dict[int, _Involvement] = {}
    for participant_id, project_id, first, last in rows:
        had = found.get(participant_id)
        if had is None:
            found[participant_id] = _Involvement(first, last, (project_id,))
        else:
            found[participant_id] = _Involvement(
                min(had.first, first), max(had.last, last), (*had.projects, project_id)
            )
    return found


def add_demo_development(
    session: Session,
    seed: int | None,
    today: date,
    step: Callable[[str], None] | None = None,
) -> DevelopmentSummary:
    """Development log entries for about a third of the people who came to sessions.

    The same seed, ``today`` and database give the same entries.
    """
    if step is not None:
        step("Adding sample development logs")
    rng = random.Random(f"coprod-demo-development:{seed}") if seed is not None else random.Random()
    came = _who_came(session, today)
    people = sorted(came)
    chosen = sorted(rng.sample(people, round(len(people) * SHARE_OF_PEOPLE))) if people else []
    kinds = [kind for kind, _ in KIND_WEIGHTS]
    weights = [weight for _, weight in KIND_WEIGHTS]
    entries = 0
    for participant_id in chosen:
        involvement = came[participant_id]
        latest = min(involvement.last + AFTER_LAST_SESSION, today)
        span = (latest - involvement.first).days
        used: set[str] = set()
        for _ in range(rng.randint(1, 4)):
            kind = rng.choices(kinds, weights)[0]
            what, details = rng.choice(ENTRIES[kind])
            if what in used:  # one person's log names each thing once
                continue
            used.add(what)
            happened_on = involvement.first + timedelta(days=rng.randint(0, max(span, 0)))
            project_id = rng.choice(involvement.projects) if rng.random() < 0.6 else None
            development.add_entry(
                session,
                DevelopmentData(
                    participant_id=participant_id,
                    kind=kind,
                    happened_on=happened_on,
                    what=what,
                    details=details,
                    project_id=project_id,
                ),
                today,
            )
            entries += 1
    return DevelopmentSummary(entries=entries, people=len(chosen))
