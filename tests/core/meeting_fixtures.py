"""A project with three sessions, built by hand for the meeting pack and summary tests: an agenda,
people who agreed to be named and people who did not, access needs, decisions, actions, "you
said, we did" and stories of every kind of consent, with hostile text (markup, emoji, Arabic,
Hebrew, a 300-character word) wherever people type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from coprod_desktop.services import actions, decisions, feedback, sessions, stories, themes
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.stories import StoryData
from coprod_desktop.storage.models import AgendaItem, Participant, ProjectSession
from coprod_desktop.vocabulary import (
    AccessNeed,
    ActionStatus,
    AttendanceStatus,
    DecisionMethod,
    FeedbackResponse,
    StoryConsent,
)
from tests.core.payment_fixtures import add_person, add_project, add_session, attended

TODAY = date(2026, 3, 10)
PROJECT = "Carers' café <b>&amp;"
TITLE = "Café planning"
NOOR = "نور 🌻"  # Arabic and an emoji; agreed to be named
SARAH = "שרה"  # Hebrew; agreed to be named
LONG_WORD = "Pneumono" + "x" * 292  # 300 characters with no space to break at
HIDDEN = "Harriet"  # attended; did not agree to be named
TELLER = "Tomasz"  # attended; did not agree to be named; told an anonymised story
INVITED = "Ivy"  # invited only (agreed to be named, but did not take part)
PRIVATE_TEXT = "PRIVATE-STORY-TEXT only for the group"
NEVER_PRINTED = (HIDDEN, TELLER, INVITED, "PRIVATE-STORY-TEXT", "Abe")
AGENDA_TITLE = "The menu <b>&amp;"


@dataclass(frozen=True)
class Meeting:
    project: int
    first: int  # 3 February 2026
    meeting: int  # 3 March 2026: the one the pack and summary are for
    following: int  # 7 April 2026, online


def build_meeting(session: Session) -> Meeting:
    project = add_project(session, PROJECT)

    def person(name: str, *needs: AccessNeed, named: bool = True, other: str = "") -> int:
        new = add_person(
            session,
            preferred_name=name,
            full_name=f"{name} Example",
            access_needs=frozenset(needs),
            access_other=other,
        )
        session.get_one(Participant, new).consent_named_in_documents = named
        return new

    amira = person("Amira", AccessNeed.LARGE_PRINT)
    bea = person("Bea", AccessNeed.LARGE_PRINT, AccessNeed.STEP_FREE)
    hidden = person(HIDDEN, AccessNeed.BSL_INTERPRETER, named=False)
    noor = person(NOOR)
    sarah = person(SARAH)
    teller = person(TELLER, named=False)
    ivy = person(INVITED, AccessNeed.QUIET_SPACE, other="Breaks every hour")
    abe = person("Abe", AccessNeed.HEARING_LOOP)

    first = add_session(session, project, date(2026, 2, 3))
    meeting = add_session(
        session,
        project,
        date(2026, 3, 3),
        title=TITLE,
        start_time=time(13, 30),
        end_time=time(15, 0),
        access_support="Hearing loop in the main room.\nBSL interpreter booked.",
    )
    following = add_session(
        session,
        project,
        date(2026, 4, 7),
        title="Tasting day",
        place="",
        online=True,
        access_support="Captions on",
    )
    row = session.get_one(ProjectSession, meeting)
    row.purpose = "We will plan the menu. Bring your ideas!"
    row.agenda = [
        AgendaItem(position=1, title="Welcome", lead="Priya", minutes=10),
        AgendaItem(
            position=2,
            title=AGENDA_TITLE,
            details=f"What food should we serve?\nThe {LONG_WORD} question.",
            lead="Amira",
            minutes=45,
        ),
        AgendaItem(position=3, title="Any other business"),
    ]
    attended(session, first, amira, hidden)
    attended(session, meeting, amira, bea, hidden, noor, sarah, teller)
    sessions.invite(session, meeting, [ivy, abe])
    sessions.set_attendance(session, meeting, abe, AttendanceStatus.APOLOGIES)

    def decide(day: date, what: str, method: DecisionMethod, at: int, changes: str = "") -> None:
        decisions.add_decision(
            session,
            DecisionData(
                project_id=project,
                decided_on=day,
                what=what,
                method=method,
                session_id=at,
                what_it_changes=changes,
                participant_ids=(hidden,),
            ),
        )

    decide(date(2026, 2, 3), "Open on Saturdays", DecisionMethod.CONSENSUS, first)
    decide(date(2026, 3, 3), "Serve soup every week", DecisionMethod.VOTE, meeting,
           "We need a bigger pot.")  # fmt: skip
    decide(date(2026, 3, 3), f"Name the café {LONG_WORD}", DecisionMethod.CONSENT, meeting)

    def act(
        what: str,
        *owners: Owner,
        due: date | None,
        at: int | None,
        status: ActionStatus = ActionStatus.NOT_STARTED,
    ) -> None:
        data = ActionData(
            project_id=project, what=what, owners=owners, due_on=due, session_id=at, status=status
        )
        actions.add_action(session, data, TODAY)

    act("Book the hall", Owner(participant_id=hidden), due=date(2026, 3, 1), at=first)
    act("Send the notes", Owner(staff_name="Priya"), due=date(2026, 2, 5), at=first,
        status=ActionStatus.DONE)  # fmt: skip
    act("Buy a pot", Owner(participant_id=amira), Owner(staff_name="Priya"),
        due=date(2026, 3, 20), at=meeting)  # fmt: skip
    act("Print posters", Owner(participant_id=teller), Owner(participant_id=sarah),
        due=None, at=None)  # fmt: skip

    feedback.add_feedback(
        session,
        FeedbackData(
            project_id=project,
            said_on=date(2026, 2, 3),
            what_was_said="The room is too cold",
            participant_id=hidden,
            session_id=first,
            response_kind=FeedbackResponse.WE_DID,
            response="We moved to the library",
        ),
    )
    feedback.add_feedback(
        session,
        FeedbackData(
            project_id=project,
            said_on=date(2026, 3, 3),
            what_was_said="Coffee please",
            participant_id=teller,
            session_id=meeting,
        ),
    )

    transport = themes.add_theme(session, "Transport")
    waiting = themes.add_theme(session, "Waiting")

    def story(title: str, text: str, teller_id: int, consent: StoryConsent, *tags: int) -> None:
        stories.add_story(
            session,
            StoryData(
                title=title,
                text=text,
                told_on=date(2026, 3, 3),
                consent=consent,
                participant_id=teller_id,
                project_id=project,
                session_id=meeting,
                theme_ids=tags,
            ),
            TODAY,
        )

    story("Two buses to the clinic", "It took two buses to reach the clinic.", amira,
          StoryConsent.WITH_NAME, transport)  # fmt: skip
    story("Waiting room", f"{TELLER} waited two hours in the cold.", teller,
          StoryConsent.ANONYMISED, waiting, transport)  # fmt: skip
    story("Private", PRIVATE_TEXT, bea, StoryConsent.INTERNAL_ONLY)
    return Meeting(project, first, meeting, following)
