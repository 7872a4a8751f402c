"""Sample meeting details for the demo sessions: what each is for, its agenda, and who agreed to
be named in meeting summaries and exports.

Added after the projects and sessions (demo_projects), from what is already in the database, so
that a new user's meeting packs and summaries have something to say: a purpose fitting each
session's kind and subject, an agenda of three to six items for most sessions (every session
still to come has one), with who leads each and the time allowed; and about six in ten people
agreeing to be named (only people whose consent is recorded can be). Everything goes through
the services, as a user's changes would; the same seed and "today" give the same details.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services import agenda, participants, projects
from coprod_desktop.services import sessions as sessions_service
from coprod_desktop.services.agenda import AgendaItemData
from coprod_desktop.services.demo_projects import PROJECT_TEMPLATES, STAFF, ProjectTemplate
from coprod_desktop.services.sessions import SessionRecord
from coprod_desktop.storage.models import Participant
from coprod_desktop.vocabulary import SessionKind

CHAIR = "Chair"
# Of the people whose consent is recorded (about 85%), this share agree to be named: about 60%
# of everyone.
NAMED_SHARE = 0.7
# Past sessions with an agenda; every session still to come has one (its meeting pack needs it).
PAST_WITH_AGENDA = 0.85

WELCOME = AgendaItemData(
    "Welcome and access check",
    "Introductions, when the breaks are, and anything anyone needs to take part fully.",
    CHAIR,
    10,
)
ANY_OTHER_BUSINESS = AgendaItemData("Any other business", "", CHAIR, 5)
NEXT_MEETING = AgendaItemData("Date of next meeting", "", CHAIR, 5)
PAPERS = (
    "Papers: the notes from last time, sent with this pack.",
    "Please read the short summary sent with this pack, if you can.",
    "Large-print and easy read copies are available on the day.",
    "",
    "",
)
HANDOUTS = (
    "Handouts in large print and easy read.",
    "Bring a pen; everything else is provided.",
    "",
)
EVENT_PURPOSES = {
    "Launch event": "To launch the project to the wider community and invite more people to "
    "get involved.",
    "Community open day": "An open day for anyone to find out about the project, meet the "
    "group and share their views.",
    "Celebration and sharing event": "To celebrate what the group has achieved, and to share "
    "the difference it has made.",
}


@dataclass(frozen=True)
class MeetingsSummary:
    purposes: int = 0  # sessions given a purpose
    agendas: int = 0  # sessions given an agenda
    items: int = 0  # agenda items in all
    named_people: int = 0  # people who agreed to be named in documents


def _template(project_name: str) -> ProjectTemplate | None:
    """The demo project a name came from ("Food bank access audit (Leicester)" too)."""
    for template in PROJECT_TEMPLATES:
        if project_name == template.name or project_name.startswith(f"{template.name} ("):
            return template
    return None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _after_colon(title: str) -> str:
    return title.split(":", 1)[1].strip() if ":" in title else title


class _Writer:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.summary = MeetingsSummary()
        self.had_meeting: set[int] = set()  # projects whose sessions had an earlier one

    # --- what each session is for -----------------------------------------------------------
    def topic(self, record: SessionRecord) -> str:
        """The subject the session is about: from its title, or one of its project's."""
        title = record.data.title
        if ":" in title:
            return _after_colon(title)
        template = _template(record.project_name)
        return self.rng.choice(template.topics) if template else "the project's plan"

    def purpose(self, record: SessionRecord, topic: str) -> str:
        data = record.data
        subject = _lower_first(topic)
        if data.kind is SessionKind.MEETING:
            if data.title == "Kick-off meeting":
                return (
                    "The group's first meeting. We get to know each other, agree how we will "
                    "work together and plan the first steps."
                )
            if data.title == "Progress check-in":
                return (
                    "A short check on how the work is going: what is done, what is stuck and "
                    "who can help."
                )
            if data.title.startswith("Meeting:"):
                return f"To talk through {subject} and agree what we do next."
            return (
                "To check progress against the plan and agree any changes. This time we look "
                f"closely at {subject}."
            )
        if data.kind is SessionKind.WORKSHOP:
            return (
                f"A hands-on workshop on {subject}. We share our experiences in small groups and "
                "turn them into ideas the project can use."
            )
        if data.kind is SessionKind.INTERVIEW_PANEL:
            return (
                f"To interview the shortlisted people for the {subject} job, and agree together "
                "who to offer it to."
            )
        if data.kind is SessionKind.TRAINING:
            return (
                f"Training in {subject}, so that everyone feels confident taking part in the "
                f"work of {record.project_name}."
            )
        return EVENT_PURPOSES.get(
            data.title, "To bring people together, share what the project has done and hear views."
        )

    # --- its agenda -------------------------------------------------------------------------
    def staff(self) -> str:
        return self.rng.choice(STAFF)

    def main_items(self, record: SessionRecord, topic: str) -> list[AgendaItemData]:
        """The session's own business. Items with no time yet share what is left of the
        session once every other item has its time."""
        rng = self.rng
        kind = record.data.kind
        if kind is SessionKind.WORKSHOP:
            return [
                AgendaItemData(f"Small groups: {topic}", rng.choice(PAPERS), self.staff()),
                AgendaItemData("What the groups found", "Each group shares its ideas.", CHAIR, 30),
            ]
        if kind is SessionKind.INTERVIEW_PANEL:
            return [
                AgendaItemData("Agree the questions and how we score them", "", self.staff(), 45),
                AgendaItemData("Interviews", "Three candidates, with a break after each.", CHAIR),
                AgendaItemData("Lunch", "Lunch is provided. Tell us what you can eat.", "", 45),
                AgendaItemData("Decide together", "", CHAIR, 45),
            ]
        if kind is SessionKind.TRAINING:
            return [AgendaItemData(f"Training: {topic}", rng.choice(HANDOUTS), self.staff())]
        if kind is SessionKind.EVENT:
            return [
                AgendaItemData("What the project has done so far", "", self.staff(), 30),
                AgendaItemData("Your views: talk to the group", "Tables around the room.", ""),
            ]
        if record.data.title == "Kick-off meeting":
            return [
                AgendaItemData("Getting to know each other", "", CHAIR, 20),
                AgendaItemData("How we will work together", "Ground rules and payments.", CHAIR),
                AgendaItemData("The first steps", "", self.staff(), 20),
            ]
        lead = rng.choice((self.staff(), self.staff(), CHAIR))
        first = AgendaItemData(topic[:1].upper() + topic[1:], rng.choice(PAPERS), lead)
        if rng.random() < 0.4:
            return [first, AgendaItemData("Budget and spending so far", "", self.staff(), 15)]
        return [first]

    def agenda_for(self, record: SessionRecord, topic: str) -> list[AgendaItemData]:
        rng = self.rng
        data = record.data
        meeting_like = data.kind in (SessionKind.MEETING, SessionKind.WORKSHOP)
        before = [WELCOME]
        if meeting_like and data.project_id in self.had_meeting and rng.random() < 0.8:
            before.append(AgendaItemData("Actions from last time", "", self.staff(), 10))
        after: list[AgendaItemData] = []
        if meeting_like and rng.random() < 0.6:
            after.append(
                AgendaItemData(
                    "You said, we did",
                    "What has changed because of what the group told us.",
                    self.staff(),
                    10,
                )
            )
        if rng.random() < 0.7:
            after.append(ANY_OTHER_BUSINESS)
        if data.kind is SessionKind.MEETING:
            after.append(NEXT_MEETING)
        mains = self.main_items(record, topic)
        # Three to six items: the welcome and the main business stay; extras go first.
        while len(before) + len(mains) + len(after) > 6:
            (after if after else mains).pop(0 if after else -1)
        if len(before) + len(mains) + len(after) < 3:
            after.append(NEXT_MEETING if data.kind is SessionKind.MEETING else ANY_OTHER_BUSINESS)
        fixed = sum(item.minutes or 0 for item in before + mains + after)
        untimed = sum(1 for item in mains if item.minutes is None) or 1
        # The rest of the session, in steps of five minutes; now and then not agreed yet.
        share = max(5, (data.minutes - fixed) // untimed // 5 * 5)
        timed = [
            item
            if item.minutes is not None
            else replace(item, minutes=share if rng.random() < 0.9 else None)
            for item in mains
        ]
        return before + timed + after

    # --- the whole sample -------------------------------------------------------------------
    def describe_sessions(self) -> None:
        records = sorted(
            sessions_service.list_sessions(self.session),
            key=lambda r: (r.data.date, r.data.start_time, r.id),
        )
        purposes = agendas = items = 0
        for record in records:
            topic = self.topic(record)
            purpose = self.purpose(record, topic)
            sessions_service.update_session(
                self.session, record.id, replace(record.data, purpose=purpose)
            )
            purposes += 1
            upcoming = record.data.date >= self.today
            if upcoming or self.rng.random() < PAST_WITH_AGENDA:
                saved = agenda.set_agenda(self.session, record.id, self.agenda_for(record, topic))
                agendas += 1
                items += len(saved)
            self.had_meeting.add(record.data.project_id)
        self.summary = replace(self.summary, purposes=purposes, agendas=agendas, items=items)

    def name_people(self) -> None:
        """About 60% of people agree to be named; only those whose consent is recorded can."""
        rows = self.session.execute(
            select(
                Participant.id,
                Participant.consent_date.is_not(None),
                Participant.consent_named_in_documents,
            ).order_by(Participant.id)
        ).all()
        already = sum(1 for _id, _recorded, named in rows if named)
        agreeing = [
            participant_id
            for participant_id, recorded, named in rows
            if recorded and not named and self.rng.random() < NAMED_SHARE
        ]
        # One update for them all (each record's version still goes up): a register of
        # 50,000 people would take minutes one by one.
        changed = participants.set_named_in_documents(self.session, agreeing, True)
        self.summary = replace(self.summary, named_people=already + changed)


def add_demo_meetings(
    session: Session,
    seed: int | None,
    today: date,
    step: Callable[[str], None] | None = None,
) -> MeetingsSummary:
    """A purpose for every session, agendas for most, and consent to be named for about 60% of
    people, in the caller's transaction. Repeatable for a seed (and the same ``today``)."""
    if step is not None:
        step("Adding sample meeting purposes, agendas and consent to be named")
    rng = random.Random(f"coprod-demo-meetings:{seed}") if seed is not None else random.Random()
    writer = _Writer(session, rng, today)
    if projects.list_projects(session):
        writer.describe_sessions()
    writer.name_people()
    return writer.summary
