"""What a meeting pack and a meeting summary say, gathered from the register (no Qt, no PDF).

A **meeting pack** goes out before a session: what it is for, when and where, the access
arrangements, the agenda, what happened last time and the project's open actions. A **meeting
summary** goes out after it: who took part, what was decided, the actions agreed, "you said,
we did", the stories shared and when the next session is. A **project summary** says the same
for every session of one project in a period.

Who may be named is decided here, once, for every format (reports/meeting_*.py only print):

* People on the register are named only if they agreed to be named in documents
  (``Participant.consent_named_in_documents``); everyone else is counted ("and 3 others", "a
  group member"). Staff named on an action or leading an agenda item are named: they are not on
  the register, and their name is how people know whom to ask.
* Access needs are counted by kind ("2 people need large print"), never said of anyone.
* "You said, we did" never says who said it.
* Stories come only through ``stories.stories_for_output``: internal-only stories never, and
  anonymised ones never with a name.

The words are plain English: short sentences, active voice, no jargon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.action_plan import due_words
from coprod_desktop.services.actions import ActionQuery, ActionRecord, list_actions
from coprod_desktop.services.dates import MONTHS, local_day, long_date
from coprod_desktop.services.decisions import DecisionRecord, list_decisions
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.feedback import FeedbackRecord, list_feedback, response_text
from coprod_desktop.services.naming import (
    and_list,
    isolated,
    named_people,
)
from coprod_desktop.services.naming import owners_in_words as who_words
from coprod_desktop.services.stories import SharedStory, stories_for_output
from coprod_desktop.storage.models import (
    Participant,
    ParticipantAccessNeed,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.vocabulary import AccessNeed, AttendanceStatus

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# What each access need is, said of one person and of several ("1 person needs …").
_NEED_WORDS: dict[AccessNeed, str] = {
    AccessNeed.LARGE_PRINT: "large print",
    AccessNeed.EASY_READ: "easy read papers",
    AccessNeed.BSL_INTERPRETER: "a British Sign Language (BSL) interpreter",
    AccessNeed.HEARING_LOOP: "a hearing loop",
    AccessNeed.STEP_FREE: "step-free access",
    AccessNeed.QUIET_SPACE: "a quiet space",
}

# Coming to the session (or may come): their needs shape the access arrangements.
_EXPECTED = (AttendanceStatus.INVITED, AttendanceStatus.ATTENDED)


# --- words ----------------------------------------------------------------------------------
def plural(count: int, one: str, many: str) -> str:
    """'1 person', '3 people'."""
    return f"{count:,} {one if count == 1 else many}"


def day_words(day: date) -> str:
    """'Tuesday 3 March 2026' (English on every computer, as long_date)."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def time_words(moment: time) -> str:
    """'10am', '1:30pm', '12 noon', 'midnight': the way people say times."""
    if moment.hour == 0 and moment.minute == 0:
        return "midnight"
    if moment.hour == 12 and moment.minute == 0:
        return "12 noon"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def duration_words(minutes: int) -> str:
    """'45 minutes', '1 hour', '2 hours 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(plural(hours, "hour", "hours"))
    if rest or not hours:
        parts.append(plural(rest, "minute", "minutes"))
    return " ".join(parts)


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


# --- what the documents hold ----------------------------------------------------------------
@dataclass(frozen=True)
class SessionFacts:
    """One session, in words."""

    id: int
    title: str
    kind: str  # "Workshop"
    day: date
    start: time
    end: time
    online: bool
    place: str  # as typed; "" when only online
    access_support: str  # as typed; "" when none was written down
    purpose: str  # as typed; "" when none was written down

    @property
    def date_text(self) -> str:
        return day_words(self.day)

    @property
    def time_text(self) -> str:
        """'10am to 11:30am (1 hour 30 minutes)'."""
        start = self.start.hour * 60 + self.start.minute
        end = self.end.hour * 60 + self.end.minute
        return f"{time_words(self.start)} to {time_words(self.end)} ({duration_words(end - start)})"

    @property
    def when(self) -> str:
        """'Tuesday 3 March 2026, 10am to 11:30am'."""
        return f"{self.date_text}, {time_words(self.start)} to {time_words(self.end)}"

    @property
    def where(self) -> str:
        """'Online', 'Community centre' or 'Online, or in person at Community centre'."""
        if self.online and self.place:
            return f"Online, or in person at {self.place}"
        return "Online" if self.online else self.place

    @property
    def where_sentence(self) -> str:
        if self.online and self.place:
            return f"You can join online, or come in person to {self.place}."
        if self.online:
            return "It is online."
        return f"It is at {self.place}."

    @property
    def label(self) -> str:
        """'Planning workshop (Tuesday 3 March 2026)'."""
        return f"{self.title} ({self.date_text})"


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    details: str  # as typed; may hold line breaks
    lead: str  # who leads it; "" when nobody was named
    minutes: int | None

    @property
    def time_allowed(self) -> str:
        return duration_words(self.minutes) if self.minutes else ""


@dataclass(frozen=True)
class ActionLine:
    """Who does what, by when. Overdue and needing a new owner are said in words."""

    what: str
    who: str
    due: str  # "3 March 2026", "Overdue: 21 November 2025, 3 days ago", "No date set"
    status: str
    overdue: bool
    needs_new_owner: bool


@dataclass(frozen=True)
class DecisionLine:
    what: str
    decided_on: date
    how: str  # the method, as the decision log labels it
    what_it_changes: str  # "" when not written down


@dataclass(frozen=True)
class FeedbackLine:
    """One "you said, we did" item. Never says who said it."""

    you_said: str
    we_did: str  # "We did: …", "We could not, because: …", "In progress: …" or "No response yet."


@dataclass(frozen=True)
class Outcomes:
    """What a session (or a period) led to."""

    decisions: tuple[DecisionLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    feedback: tuple[FeedbackLine, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.decisions or self.actions or self.feedback)


@dataclass(frozen=True)
class TookPart:
    """Who took part: the names of those who agreed to be named, and how many others."""

    total: int
    names: tuple[str, ...]  # in the register's order
    others: int

    @property
    def count_sentence(self) -> str:
        if not self.total:
            return "Nobody has been marked as taking part yet."
        if self.total == 1:
            return "1 person took part."
        return f"{self.total:,} people took part."

    @property
    def names_sentence(self) -> str:
        """'Amira, Bea and 3 others.' or '' when nobody may be named."""
        if not self.names:
            return ""
        parts = [isolated(name) for name in self.names]
        if self.others:
            parts.append(plural(self.others, "other", "others"))
        return and_list(parts) + "."

    @property
    def others_line(self) -> str:
        """'And 3 others.' for easy read, where each name is on its own line."""
        if not self.others:
            return ""
        return f"And {plural(self.others, 'other person', 'others')}."


@dataclass(frozen=True)
class MeetingPack:
    project_name: str
    session: SessionFacts
    agenda: tuple[AgendaLine, ...]
    access_needs: tuple[str, ...]  # sentences: "2 people need large print."
    last_time: SessionFacts | None
    last_time_outcomes: Outcomes
    open_actions: tuple[ActionLine, ...]
    made_on: date

    @property
    def title(self) -> str:
        """The document's title (shown in the viewer's title bar) and its first heading."""
        return f"Meeting pack: {self.session.title}, {long_date(self.session.day)}"


@dataclass(frozen=True)
class MeetingSummary:
    project_name: str
    session: SessionFacts
    took_part: TookPart
    outcomes: Outcomes
    stories: tuple[SharedStory, ...]
    next_session: SessionFacts | None
    made_on: date
    # Stories shared without a name that the summary leaves out (see HIDE_AMONG).
    withheld_stories: int = 0

    @property
    def title(self) -> str:
        return f"Meeting summary: {self.session.title}, {long_date(self.session.day)}"


@dataclass(frozen=True)
class PeriodSession:
    session: SessionFacts
    took_part: int  # how many attended


@dataclass(frozen=True)
class ProjectSummary:
    project_name: str
    date_from: date
    date_to: date
    sessions: tuple[PeriodSession, ...]
    outcomes: Outcomes
    stories: tuple[SharedStory, ...]
    made_on: date

    @property
    def period(self) -> str:
        return f"{long_date(self.date_from)} to {long_date(self.date_to)}"

    @property
    def title(self) -> str:
        return f"Project summary: {self.project_name}, {self.period}"

    @property
    def people_taking_part(self) -> int:
        """Places taken at the sessions (one person at three sessions counts three times)."""
        return sum(s.took_part for s in self.sessions)


# --- gathering ------------------------------------------------------------------------------
def _load_session(session: Session, session_id: int) -> ProjectSession:
    row = session.get(ProjectSession, session_id)
    if row is None:
        raise NotFound(f"There is no session with the number {session_id}.")
    return row


def _facts(row: ProjectSession) -> SessionFacts:
    return SessionFacts(
        id=row.id,
        title=row.title,
        kind=row.kind.label,
        day=row.date,
        start=row.start_time,
        end=row.end_time,
        online=row.online,
        place=row.place,
        access_support=row.access_support.strip(),
        purpose=row.purpose.strip(),
    )


def _project_sessions(session: Session, project_id: int) -> list[ProjectSession]:
    """The project's sessions in the order they happen (day, start time, then number)."""
    return list(
        session.scalars(
            select(ProjectSession)
            .where(ProjectSession.project_id == project_id)
            .order_by(ProjectSession.date, ProjectSession.start_time, ProjectSession.id)
        )
    )


def _neighbours(
    session: Session, row: ProjectSession
) -> tuple[ProjectSession | None, ProjectSession | None]:
    """The project's session before this one, and the one after it (None when there is none)."""
    ordered = _project_sessions(session, row.project_id)
    index = next(n for n, other in enumerate(ordered) if other.id == row.id)
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index + 1] if index + 1 < len(ordered) else None
    return before, after


def _action_lines(
    session: Session, records: Sequence[ActionRecord], today: date
) -> tuple[ActionLine, ...]:
    owners = {o.owner.participant_id for a in records for o in a.owners}
    named = named_people(session, (p for p in owners if p is not None))
    return tuple(
        ActionLine(
            what=a.data.what,
            who=who_words(a, named),
            due=due_words(a, today),
            status=a.status_text,
            overdue=a.is_overdue(today),
            needs_new_owner=a.needs_new_owner,
        )
        for a in records
    )


def _decision_lines(records: Iterable[DecisionRecord]) -> tuple[DecisionLine, ...]:
    ordered = sorted(records, key=lambda d: (d.data.decided_on, d.id))  # in the order made
    return tuple(
        DecisionLine(
            what=d.data.what,
            decided_on=d.data.decided_on,
            how=d.data.method.label,
            what_it_changes=d.data.what_it_changes,
        )
        for d in ordered
    )


def _feedback_lines(records: Iterable[FeedbackRecord]) -> tuple[FeedbackLine, ...]:
    ordered = sorted(records, key=lambda f: (f.data.said_on, f.id))  # in the order said
    return tuple(
        FeedbackLine(
            you_said=" ".join(f.data.what_was_said.split()),
            we_did=response_text(f.data.response_kind, f.data.response),
        )
        for f in ordered
    )


def _session_outcomes(session: Session, project_id: int, session_id: int, today: date) -> Outcomes:
    decisions = [d for d in list_decisions(session, project_id) if d.data.session_id == session_id]
    actions = [
        a
        for a in list_actions(session, ActionQuery(today=today, project_id=project_id))
        if a.data.session_id == session_id
    ]
    feedback = list_feedback(session, project_id=project_id, session_id=session_id)
    return Outcomes(
        decisions=_decision_lines(decisions),
        actions=_action_lines(session, actions, today),
        feedback=_feedback_lines(feedback),
    )


def access_need_sentences(session: Session, session_id: int) -> tuple[str, ...]:
    """Which access needs the people invited or coming have, in words, never who. A count from
    1 to 4 is said as "some people", as small numbers are hidden in the diversity report: in a
    small group, "1 person needs a BSL interpreter" points at someone. ('Some people need large
    print.', '6 people need step-free access.', …)"""
    expected = select(SessionAttendance.participant_id).where(
        SessionAttendance.session_id == session_id, SessionAttendance.status.in_(_EXPECTED)
    )
    counts = dict.fromkeys(AccessNeed, 0)
    for need in session.scalars(
        select(ParticipantAccessNeed.need).where(ParticipantAccessNeed.participant_id.in_(expected))
    ):
        counts[need] += 1
    sentences = [
        f"{_some(count, 'people need')} {_NEED_WORDS[need]}."
        for need, count in counts.items()
        if count
    ]
    other = len(
        list(
            session.scalars(
                select(Participant.id).where(
                    Participant.id.in_(expected), Participant.access_other != ""
                )
            )
        )
    )
    if other:
        sentences.append(
            f"{_some(other, 'people have')} told us about other needs. "
            "We will talk to them about it."
        )
    return tuple(sentences)


def _some(count: int, verb_phrase: str) -> str:
    """'Some people need' for 1 to 4, else '6 people need'."""
    return f"Some {verb_phrase}" if count < HIDE_AMONG else f"{count:,} {verb_phrase}"


# A story printed without a name in the summary of one meeting is only anonymous if its teller
# could be any of at least this many people the summary does not name: with "Paul and 1 other"
# listed, an anonymised story is plainly the other's. The same threshold as the small-number
# suppression of the diversity report.
HIDE_AMONG = 5


def took_part(session: Session, session_id: int) -> TookPart:
    """Who attended: names of those who agreed to be named (register order), others counted."""
    rows = session.execute(
        select(Participant.preferred_name, Participant.consent_named_in_documents)
        .join(SessionAttendance, SessionAttendance.participant_id == Participant.id)
        .where(
            SessionAttendance.session_id == session_id,
            SessionAttendance.status == AttendanceStatus.ATTENDED,
        )
        .order_by(Participant.sort_name, Participant.preferred_name, Participant.id)
    ).all()
    names = tuple(name for name, named in rows if named and name.strip())
    return TookPart(total=len(rows), names=names, others=len(rows) - len(names))


def meeting_pack(session: Session, session_id: int, today: date) -> MeetingPack:
    """The pack for a session; ``today`` decides which actions are overdue. NotFound if no
    such session."""
    row = _load_session(session, session_id)
    before, _after = _neighbours(session, row)
    open_actions = list_actions(
        session, ActionQuery(today=today, project_id=row.project_id, open_only=True)
    )
    return MeetingPack(
        project_name=row.project.name,
        session=_facts(row),
        agenda=tuple(
            AgendaLine(
                number=number,
                title=item.title,
                details=item.details.strip(),
                lead=item.lead.strip(),
                minutes=item.minutes,
            )
            for number, item in enumerate(row.agenda, start=1)
        ),
        access_needs=access_need_sentences(session, session_id),
        last_time=_facts(before) if before is not None else None,
        last_time_outcomes=(
            _session_outcomes(session, row.project_id, before.id, today)
            if before is not None
            else Outcomes()
        ),
        open_actions=_action_lines(session, open_actions, today),
        made_on=today,
    )


def meeting_summary(session: Session, session_id: int, today: date) -> MeetingSummary:
    """The summary of a session. NotFound if no such session."""
    row = _load_session(session, session_id)
    _before, after = _neighbours(session, row)
    people = took_part(session, session_id)
    shared = stories_for_output(session, session_id=session_id, allow_names=True)
    withheld = 0
    if people.others < HIDE_AMONG:
        withheld = sum(1 for story in shared if story.teller is None)
        shared = [story for story in shared if story.teller is not None]
    return MeetingSummary(
        project_name=row.project.name,
        session=_facts(row),
        took_part=people,
        outcomes=_session_outcomes(session, row.project_id, session_id, today),
        stories=tuple(shared),
        next_session=_facts(after) if after is not None else None,
        made_on=today,
        withheld_stories=withheld,
    )


def _agreed_on(
    action: ActionRecord, session_days: dict[int, date], decision_days: dict[int, date]
) -> date | None:
    """The day an action was agreed: its session's, else its decision's, else the day it was
    added."""
    if action.data.session_id is not None and action.data.session_id in session_days:
        return session_days[action.data.session_id]
    if action.data.decision_id is not None and action.data.decision_id in decision_days:
        return decision_days[action.data.decision_id]
    return local_day(action.created_at) if action.created_at is not None else None


def project_summary(
    session: Session, project_id: int, date_from: date, date_to: date, today: date
) -> ProjectSummary:
    """One project's sessions, decisions, actions agreed, "you said, we did" and stories from
    ``date_from`` to ``date_to`` (both included). NotFound if no such project."""
    if date_to < date_from:
        raise ServiceError(
            f"The period ends ({long_date(date_to)}) before it starts ({long_date(date_from)}). "
            "Choose an end date on or after the start date."
        )
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"There is no project with the number {project_id}.")
    rows = _project_sessions(session, project_id)
    in_period = [r for r in rows if date_from <= r.date <= date_to]
    counts = {r.id: 0 for r in in_period}
    for session_id in session.scalars(
        select(SessionAttendance.session_id).where(
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            SessionAttendance.session_id.in_(list(counts)),
        )
    ):
        counts[session_id] += 1
    decisions = list_decisions(session, project_id)
    session_days = {r.id: r.date for r in rows}
    decision_days = {d.id: d.data.decided_on for d in decisions}
    actions = [
        a
        for a in list_actions(session, ActionQuery(today=today, project_id=project_id))
        if (day := _agreed_on(a, session_days, decision_days)) is not None
        and date_from <= day <= date_to
    ]
    feedback = [
        f
        for f in list_feedback(session, project_id=project_id)
        if date_from <= f.data.said_on <= date_to
    ]
    return ProjectSummary(
        project_name=project.name,
        date_from=date_from,
        date_to=date_to,
        sessions=tuple(PeriodSession(_facts(r), counts[r.id]) for r in in_period),
        outcomes=Outcomes(
            decisions=_decision_lines(
                d for d in decisions if date_from <= d.data.decided_on <= date_to
            ),
            actions=_action_lines(session, actions, today),
            feedback=_feedback_lines(feedback),
        ),
        stories=tuple(
            stories_for_output(session, date_from=date_from, date_to=date_to, project_id=project_id)
        ),
        made_on=today,
    )
