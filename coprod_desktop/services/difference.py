""" "The difference you made": what one person gave and helped change over a period, gathered
for a personal letter of thanks they can keep and use on their CV (seed 003, step 8: show
people the difference they made).

Everything is read from the database: the sessions they attended (time at the session and the
preparation time agreed, in whole minutes), the projects they were part of, the decisions they
took part in, what they said in "you said, we did" and the response, how many stories they
shared (only the number; a story's words never go in the letter, whatever its consent) and the
decisions those stories informed, and their development log. Someone who has left can still be
thanked for what they did.

The words each part is said in live here too, so that the PDF and the Word letter say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import response_text
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import (
    Decision,
    DecisionPerson,
    DecisionStory,
    DevelopmentEntry,
    FeedbackItem,
    Participant,
    Project,
    ProjectSession,
    SessionAttendance,
    Story,
)
from coprod_desktop.vocabulary import AccessNeed, AttendanceStatus, DevelopmentKind

PERIOD_LABELS = {"date_from": "From", "date_to": "To", "participant_id": "Person"}

# Each kind of development entry as a heading of the letter, speaking to the person.
KIND_HEADINGS = {
    DevelopmentKind.SKILL: "Skills you gained",
    DevelopmentKind.TRAINING: "Training you took part in",
    DevelopmentKind.ROLE: "Roles you took on",
    DevelopmentKind.REFERENCE: "References given for you",
}


@dataclass(frozen=True)
class SessionAttended:
    session_id: int
    title: str
    project_name: str
    day: date
    session_minutes: int
    prep_minutes: int

    @property
    def minutes(self) -> int:
        return self.session_minutes + self.prep_minutes


@dataclass(frozen=True)
class DecisionTakenPart:
    decision_id: int
    decided_on: date
    what: str
    what_it_changes: str
    project_name: str


@dataclass(frozen=True)
class FeedbackRaised:
    feedback_id: int
    said_on: date
    what_was_said: str
    response: str  # in words: "We did: …", "In progress: …", "No response yet."
    project_name: str


@dataclass(frozen=True)
class DevelopmentLine:
    entry_id: int
    kind: DevelopmentKind
    happened_on: date
    what: str
    details: str
    project_name: str


@dataclass(frozen=True)
class DevelopmentGroup:
    kind: DevelopmentKind
    entries: tuple[DevelopmentLine, ...]

    @property
    def heading(self) -> str:
        return KIND_HEADINGS[self.kind]


@dataclass(frozen=True)
class DifferenceLetter:
    """One person's contribution from ``date_from`` to ``date_to`` (inclusive), as on ``today``
    (the day the letter is written). Lists are oldest first, the order a story is told in."""

    participant_id: int
    preferred_name: str
    full_name: str
    large_print: bool  # their access needs ask for large print
    date_from: date
    date_to: date
    today: date
    sessions: tuple[SessionAttended, ...]
    projects: tuple[str, ...]  # by name
    decisions: tuple[DecisionTakenPart, ...]
    feedback: tuple[FeedbackRaised, ...]
    stories_shared: int
    decisions_from_stories: tuple[DecisionTakenPart, ...]  # decisions citing their stories
    development: tuple[DevelopmentGroup, ...]  # in DevelopmentKind's order; empty kinds left out

    @property
    def session_count(self) -> int:
        return len(self.sessions)

    @property
    def session_minutes(self) -> int:
        return sum(s.session_minutes for s in self.sessions)

    @property
    def prep_minutes(self) -> int:
        return sum(s.prep_minutes for s in self.sessions)

    @property
    def total_minutes(self) -> int:
        return self.session_minutes + self.prep_minutes

    @property
    def development_count(self) -> int:
        return sum(len(g.entries) for g in self.development)

    @property
    def title(self) -> str:
        """The document's title (in the viewer's title bar)."""
        return f"The difference you made: {self.preferred_name}"

    @property
    def period_text(self) -> str:
        return f"{long_date(self.date_from)} to {long_date(self.date_to)}"


def count_text(count: int, one: str, many: str | None = None) -> str:
    """3 -> "3 sessions"; 1 -> "1 session"."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def minutes_in_words(minutes: int) -> str:
    """870 -> "14 hours 30 minutes"; 60 -> "1 hour"; 45 -> "45 minutes"; 0 -> "0 minutes"."""
    hours, rest = divmod(max(minutes, 0), 60)
    parts = []
    if hours:
        parts.append(count_text(hours, "hour"))
    if rest or not hours:
        parts.append(count_text(rest, "minute"))
    return " ".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        check = Checker(PERIOD_LABELS)
        check.add(
            "date_to",
            f"To ({long_date(date_to)}) is before From ({long_date(date_from)}). Choose a "
            "'to' date on or after the 'from' date.",
        )
        check.raise_if_any()


def _sessions(
    session: Session, participant_id: int, date_from: date, date_to: date
) -> list[tuple[SessionAttended, int]]:
    rows = session.execute(
        select(
            SessionAttendance.session_minutes,
            SessionAttendance.prep_minutes,
            ProjectSession.id,
            ProjectSession.title,
            ProjectSession.date,
            Project.id,
            Project.name,
        )
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .join(Project, Project.id == ProjectSession.project_id)
        .where(
            SessionAttendance.participant_id == participant_id,
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            ProjectSession.date >= date_from,
            ProjectSession.date <= date_to,
        )
        .order_by(ProjectSession.date, ProjectSession.start_time, ProjectSession.id)
    )
    return [
        (
            SessionAttended(
                session_id=session_id,
                title=title,
                project_name=project_name,
                day=day,
                session_minutes=int(at),
                prep_minutes=int(prep),
            ),
            project_id,
        )
        for at, prep, session_id, title, day, project_id, project_name in rows
    ]


def _decision(decision: Decision, project_name: str) -> DecisionTakenPart:
    return DecisionTakenPart(
        decision_id=decision.id,
        decided_on=decision.decided_on,
        what=decision.what,
        what_it_changes=decision.what_it_changes,
        project_name=project_name,
    )


def difference_for(
    session: Session, participant_id: int, date_from: date, date_to: date, today: date
) -> DifferenceLetter:
    """What ``participant_id`` took part in from ``date_from`` to ``date_to`` (inclusive).

    Raises ValidationError when the period ends before it starts and NotFound when nobody on
    the register has that number.
    """
    check_period(date_from, date_to)
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(f"There is no one with the number {participant_id} on the register.")
    project_names = dict(session.execute(select(Project.id, Project.name)).all())
    involved: set[int] = set()

    attended = _sessions(session, participant_id, date_from, date_to)
    involved.update(project_id for _, project_id in attended)

    decisions = list(
        session.scalars(
            select(Decision)
            .join(DecisionPerson, DecisionPerson.decision_id == Decision.id)
            .where(
                DecisionPerson.participant_id == participant_id,
                Decision.decided_on >= date_from,
                Decision.decided_on <= date_to,
            )
            .order_by(Decision.decided_on, Decision.id)
        )
    )
    involved.update(d.project_id for d in decisions)

    items = list(
        session.scalars(
            select(FeedbackItem)
            .where(
                FeedbackItem.participant_id == participant_id,
                FeedbackItem.said_on >= date_from,
                FeedbackItem.said_on <= date_to,
            )
            .order_by(FeedbackItem.said_on, FeedbackItem.id)
        )
    )
    involved.update(i.project_id for i in items)

    # Stories: only how many, never what they say (see the module's note).
    story_ids = list(
        session.scalars(
            select(Story.id).where(
                Story.participant_id == participant_id,
                Story.told_on >= date_from,
                Story.told_on <= date_to,
            )
        )
    )
    cited = (
        list(
            session.scalars(
                select(Decision)
                .where(
                    Decision.id.in_(
                        select(DecisionStory.decision_id).where(
                            DecisionStory.story_id.in_(story_ids)
                        )
                    )
                )
                .order_by(Decision.decided_on, Decision.id)
            )
        )
        if story_ids
        else []
    )

    entries = list(
        session.scalars(
            select(DevelopmentEntry)
            .where(
                DevelopmentEntry.participant_id == participant_id,
                DevelopmentEntry.happened_on >= date_from,
                DevelopmentEntry.happened_on <= date_to,
            )
            .order_by(DevelopmentEntry.happened_on, DevelopmentEntry.id)
        )
    )
    involved.update(e.project_id for e in entries if e.project_id is not None)
    groups = []
    for kind in DevelopmentKind:
        lines = tuple(
            DevelopmentLine(
                entry_id=e.id,
                kind=e.kind,
                happened_on=e.happened_on,
                what=e.what,
                details=e.details,
                project_name=project_names.get(e.project_id, "") if e.project_id else "",
            )
            for e in entries
            if e.kind is kind
        )
        if lines:
            groups.append(DevelopmentGroup(kind, lines))

    return DifferenceLetter(
        participant_id=person.id,
        preferred_name=person.preferred_name,
        full_name=person.full_name,
        large_print=any(n.need is AccessNeed.LARGE_PRINT for n in person.access_needs),
        date_from=date_from,
        date_to=date_to,
        today=today,
        sessions=tuple(s for s, _ in attended),
        projects=tuple(
            sorted(
                (project_names[p] for p in involved if p in project_names),
                key=lambda name: (name.casefold(), name),
            )
        ),
        decisions=tuple(_decision(d, project_names.get(d.project_id, "")) for d in decisions),
        feedback=tuple(
            FeedbackRaised(
                feedback_id=i.id,
                said_on=i.said_on,
                what_was_said=i.what_was_said,
                response=response_text(i.response_kind, i.response),
                project_name=project_names.get(i.project_id, ""),
            )
            for i in items
        ),
        stories_shared=len(story_ids),
        decisions_from_stories=tuple(
            _decision(d, project_names.get(d.project_id, "")) for d in cited
        ),
        development=tuple(groups),
    )


# --- the letter in words (the PDF and the Word letter both use these) --------------------------
@dataclass(frozen=True)
class LetterWords:
    greeting: str
    thanks: str
    summary: str
    cv_line: str
    sign_off: str
    signed_by: str


def _list_in_words(names: tuple[str, ...] | list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def letter_words(letter: DifferenceLetter, organisation: str = "") -> LetterWords:
    """The letter's own sentences: warm, plain and short (the facts follow under headings)."""
    group = organisation.strip() or "the group"
    name = letter.preferred_name
    thanks = (
        f"Thank you for the time, ideas and experience you gave to {group} from "
        f"{letter.period_text}. This letter sets out what you took part in and the difference "
        "you made. You can keep it, share it, or use it when you apply for work, training or "
        "volunteering."
    )
    facts = []
    if letter.session_count:
        facts.append(
            f"came to {count_text(letter.session_count, 'session')} "
            f"({minutes_in_words(letter.total_minutes)} of your time)"
        )
    if letter.decisions:
        facts.append(f"helped make {count_text(len(letter.decisions), 'decision')}")
    if letter.feedback:
        facts.append(f"raised {count_text(len(letter.feedback), 'point')} for the group to act on")
    if letter.development_count:
        entries = count_text(letter.development_count, "entry", "entries")
        facts.append(f"added {entries} to your development log")
    if facts:
        summary = (
            f"In that time you {_list_in_words(facts)}. Your experience helped shape what we do."
        )
    else:
        summary = (
            "We have nothing recorded for you in this period yet, but we are glad you are part "
            "of the group."
        )
    cv_facts = []
    if letter.session_count:
        cv_facts.append(
            f"took part in {count_text(letter.session_count, 'co-production session')} "
            f"({minutes_in_words(letter.total_minutes)})"
        )
    if letter.projects:
        cv_facts.append(f"worked on {count_text(len(letter.projects), 'project')}")
    if letter.decisions:
        cv_facts.append(f"helped make {count_text(len(letter.decisions), 'decision')}")
    roles = [
        line.what
        for g in letter.development
        if g.kind is DevelopmentKind.ROLE
        for line in g.entries
    ]
    if cv_facts:
        cv_line = (
            f"From {letter.period_text}, {name} was a co-production partner with {group}: "
            f"they {_list_in_words(cv_facts)}."
        )
    else:
        cv_line = f"From {letter.period_text}, {name} was a co-production partner with {group}."
    if roles:
        cv_line += f" Roles: {'; '.join(_one_line(r) for r in roles)}."
    return LetterWords(
        greeting=f"Dear {name},",
        thanks=thanks,
        summary=summary,
        cv_line=cv_line,
        sign_off="With thanks and best wishes,",
        signed_by=organisation.strip(),
    )


def session_rows(letter: DifferenceLetter) -> list[tuple[str, str, str]]:
    """(date, session, project) for each session attended, oldest first."""
    return [(long_date(s.day), s.title, s.project_name) for s in letter.sessions]


def time_rows(letter: DifferenceLetter) -> list[tuple[str, str]]:
    """Your time in numbers: (what, how much), the total last."""
    return [
        ("Sessions you came to", f"{letter.session_count:,}"),
        ("Time at sessions", minutes_in_words(letter.session_minutes)),
        ("Time preparing", minutes_in_words(letter.prep_minutes)),
        ("Your time in all", minutes_in_words(letter.total_minutes)),
    ]


def decision_line(decision: DecisionTakenPart) -> str:
    """ "4 November 2025, Carers' café: Open on Saturdays. What it changes: …"."""
    line = f"{long_date(decision.decided_on)}, {decision.project_name}: {_one_line(decision.what)}"
    if decision.what_it_changes.strip():
        line = line.rstrip(".") + f". What it changes: {_one_line(decision.what_it_changes)}"
    return line


def feedback_lines(item: FeedbackRaised) -> tuple[str, str]:
    """("You said (date, project): …", "We did: …")."""
    said = f"You said ({long_date(item.said_on)}, {item.project_name}): "
    return said + _one_line(item.what_was_said), item.response


def development_line(line: DevelopmentLine) -> str:
    text = f"{long_date(line.happened_on)}: {_one_line(line.what)}"
    if line.project_name:
        text += f" ({line.project_name})"
    if line.details.strip():
        text = text.rstrip(".") + f". {_one_line(line.details)}"
    return text


def stories_sentence(letter: DifferenceLetter) -> str:
    """How many stories they shared and, if any informed decisions, that they did."""
    if not letter.stories_shared:
        return ""
    stories = count_text(letter.stories_shared, "story", "stories")
    shared = f"You shared {stories} of your own experience."
    cited = len(letter.decisions_from_stories)
    if not cited:
        return shared + " Stories like yours build the evidence the group works from."
    yours = "Your story" if letter.stories_shared == 1 else "Your stories"
    return f"{shared} {yours} informed {count_text(cited, 'decision')}:"
