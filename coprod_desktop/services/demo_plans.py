"""Sample action plans, decisions and "you said, we did" items for the demo projects.

Added after the projects, sessions and registers (demo_projects), from what is already in the
database, so that owners, people who took part and people who gave feedback are the people who
came to each project's sessions. Some actions are overdue and one belongs to someone who has
since left, so that every state the Actions screen can show appears in the sample database.
Everything goes through the services, as a user's changes would.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services import actions, decisions, feedback, goals, projects
from coprod_desktop.services import sessions as sessions_service
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.decisions import DecisionData
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.goals import GoalData
from coprod_desktop.storage.models import ActionOwner, Participant
from coprod_desktop.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DecisionMethod,
    FeedbackResponse,
    FeedbackStatus,
    GoalStatus,
    Status,
)

STAFF = ("Priya Shah", "Tom Evans", "Grace Okafor", "Siân Roberts")  # as in demo_projects

GOALS = (
    (
        "People who use the service shape every change",
        "Every change we make has been designed with the people who use the service.",
        "We count how many changes came from the group's own ideas.",
    ),
    (
        "Information everyone can understand",
        "Letters and leaflets that people find clear the first time they read them.",
        "We test each one with five people before it goes out.",
    ),
    (
        "More voices from less-heard groups",
        "The group reflects the community the service is for.",
        "Our diversity monitoring shows no group under-represented.",
    ),
    (
        "Show people the difference they made",
        "Everyone who took part hears what changed because of them.",
        "A 'you said, we did' update goes out after every meeting.",
    ),
)

ACTIONS = (
    "Book an accessible room for the next workshop",
    "Send the easy read summary to everyone who came",
    "Ask the trust for last year's complaints figures",
    "Draft the new leaflet in the group's own words",
    "Arrange a BSL interpreter for the next session",
    "Invite the family group at the mosque to the next meeting",
    "Test the new letter with five people",
    "Write up the journey map from the workshop",
    "Agree the interview questions with the panel",
    "Share the budget figures with the whole group",
    "Check the venue's hearing loop works",
    "Tell the board what the group decided",
    "Pay travel expenses within a week of each session",
    "Ask young carers' groups how they would like to take part",
)

NOTES = (
    "Rang the community centre: they will confirm by Friday.",
    "Sent by email and by post to those without email.",
    "Waiting to hear back.",
    "First draft shared with the group for comments.",
)

DROP_REASONS = (
    "The venue closed, so the group now meets online and this is not needed",
    "The trust published the figures itself",
)

DECISIONS = (
    (
        "Meet on Tuesday mornings instead of evenings",
        "Sessions move to 10:00 on Tuesdays, when most carers have respite cover.",
        DecisionMethod.CONSENSUS,
    ),
    (
        "Use plain English and easy read for every letter",
        "Every letter is tested with the group before it goes out.",
        DecisionMethod.CONSENT,
    ),
    (
        "Spend £500 of the budget on interpreters",
        "BSL and community-language interpreters can be booked for any session.",
        DecisionMethod.VOTE,
    ),
    (
        "The chair and two members agree the final wording",
        "Small wording changes no longer wait for the next meeting.",
        DecisionMethod.DELEGATED,
    ),
)

FEEDBACK = (
    (
        "The room was too cold and hard to find.",
        FeedbackResponse.WE_DID,
        "We moved to the library's ground-floor room and put up signs from the bus stop.",
    ),
    (
        "I could not read the small print on the agenda.",
        FeedbackResponse.WE_DID,
        "Agendas now come in 16-point large print, and in easy read on request.",
    ),
    (
        "Can we meet in the evenings, for people who work?",
        FeedbackResponse.COULD_NOT,
        "The building closes at 5pm. We are looking for another venue for some sessions.",
    ),
    (
        "Travel expenses take too long to arrive.",
        FeedbackResponse.IN_PROGRESS,
        "Finance are moving to a weekly payment run from next month.",
    ),
    ("More young people should be part of this.", FeedbackResponse.NOT_YET, ""),
)


@dataclass
class PlansSummary:
    goals: int = 0
    actions: int = 0
    overdue: int = 0
    needing_new_owner: int = 0
    decisions: int = 0
    feedback: int = 0
    feedback_answered: int = 0


class _Planner:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.summary = PlansSummary()
        self.action_number = 0
        self.feedback_number = 0

    def attendees(self, session_id: int) -> list[int]:
        lines = sessions_service.register(self.session, session_id)
        return [line.participant_id for line in lines if line.status is AttendanceStatus.ATTENDED]

    def active(self, people: list[int]) -> list[int]:
        if not people:
            return []
        found = self.session.scalars(
            select(Participant.id).where(
                Participant.id.in_(people), Participant.status != Status.LEFT
            )
        )
        wanted = set(found)
        return [p for p in people if p in wanted]

    def owners(self, people: list[int]) -> tuple[Owner, ...]:
        chosen: list[Owner] = []
        if people:
            chosen.append(Owner(participant_id=self.rng.choice(people)))
        if not people or self.rng.random() < 0.4:
            chosen.append(Owner(staff_name=self.rng.choice(STAFF)))
        return tuple(chosen)

    def add_action(
        self,
        project_id: int,
        people: list[int],
        goal_id: int | None,
        *,
        session_id: int | None = None,
        decision_id: int | None = None,
        started: date,
    ) -> tuple[int, ActionStatus]:
        what = ACTIONS[self.action_number % len(ACTIONS)]
        self.action_number += 1
        due = started + timedelta(days=self.rng.randint(7, 42))
        # Work due long ago is done (or dropped); work due lately is mostly done, some of it
        # still open and so overdue; work still to come is open; one in ten dropped.
        roll = self.rng.random()
        if due < self.today - timedelta(days=60):
            status = ActionStatus.DROPPED if roll < 0.1 else ActionStatus.DONE
        elif due < self.today - timedelta(days=14) and roll < 0.6:
            status = ActionStatus.DONE
        elif roll < 0.1:
            status = ActionStatus.DROPPED
        elif roll < 0.55:
            status = ActionStatus.IN_PROGRESS
        else:
            status = ActionStatus.NOT_STARTED
        reason = self.rng.choice(DROP_REASONS) if status is ActionStatus.DROPPED else ""
        data = ActionData(
            project_id=project_id,
            what=what,
            owners=self.owners(people),
            due_on=due,
            status=status,
            dropped_reason=reason,
            goal_id=goal_id,
            session_id=session_id,
            decision_id=decision_id,
        )
        # Marked done on (about) the day it was due, not today.
        done_day = min(due - timedelta(days=self.rng.randint(0, 5)), self.today)
        action_id = actions.add_action(self.session, data, done_day)
        if status is not ActionStatus.NOT_STARTED:
            note_day = min(started + timedelta(days=self.rng.randint(1, 6)), self.today)
            actions.add_note(self.session, action_id, note_day, self.rng.choice(NOTES))
        self.summary.actions += 1
        if status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS) and due < self.today:
            self.summary.overdue += 1
        return action_id, status

    def plan_project(self, index: int, project_id: int) -> None:
        records = sessions_service.list_sessions(self.session, project_id)
        past = sorted((s for s in records if s.data.date < self.today), key=lambda s: s.data.date)
        start = past[0].data.date if past else self.today
        came = {s.id: self.attendees(s.id) for s in past}
        people = self.active(sorted({p for ids in came.values() for p in ids}))
        goal_ids = []
        for offset in range(2):
            title, success, know = GOALS[(index + offset) % len(GOALS)]
            goal_ids.append(
                goals.add_goal(
                    self.session,
                    GoalData(
                        project_id=project_id,
                        title=title,
                        success_looks_like=success,
                        how_we_will_know=know,
                        status=GoalStatus.IN_PROGRESS if past else GoalStatus.AGREED,
                        agreed_on=start,
                    ),
                )
            )
            self.summary.goals += 1
        for number in range(self.rng.randint(4, 6)):
            when = past[number % len(past)].data.date if past else self.today
            self.add_action(project_id, people, goal_ids[number % 2], started=when)

        done_actions: list[int] = []
        for number, meeting in enumerate(past[-2:]):
            what, changes, method = DECISIONS[(index + number) % len(DECISIONS)]
            decision_id = decisions.add_decision(
                self.session,
                DecisionData(
                    project_id=project_id,
                    decided_on=meeting.data.date,
                    what=what,
                    method=method,
                    session_id=meeting.id,
                    what_it_changes=changes,
                    others_present="Two members of staff" if number == 0 else "",
                    participant_ids=tuple(came[meeting.id]),
                ),
            )
            self.summary.decisions += 1
            action_id, status = self.add_action(
                project_id,
                people,
                goal_ids[0],
                session_id=meeting.id,
                decision_id=decision_id,
                started=meeting.data.date,
            )
            if status is ActionStatus.DONE:
                done_actions.append(action_id)
            self.add_feedback(project_id, meeting.id, meeting.data.date, came[meeting.id], None)
        if past:
            meeting = past[0]
            self.add_feedback(
                project_id,
                meeting.id,
                meeting.data.date,
                came[meeting.id],
                done_actions[0] if done_actions else None,
            )

    def add_feedback(
        self,
        project_id: int,
        session_id: int,
        day: date,
        people: list[int],
        action_id: int | None,
    ) -> None:
        said, kind, response = FEEDBACK[self.feedback_number % len(FEEDBACK)]
        self.feedback_number += 1
        if action_id is not None:  # an action that was done: "we did"
            said, kind, response = FEEDBACK[0]
        anonymous = not people or self.rng.random() < 0.35
        if kind is FeedbackResponse.WE_DID:
            status = FeedbackStatus.CLOSED if self.rng.random() < 0.5 else FeedbackStatus.TOLD_BACK
        else:
            status = FeedbackStatus.OPEN
        feedback.add_feedback(
            self.session,
            FeedbackData(
                project_id=project_id,
                said_on=day,
                what_was_said=said,
                participant_id=None if anonymous else self.rng.choice(people),
                session_id=session_id,
                response_kind=kind,
                response=response,
                status=status,
                action_id=action_id,
            ),
        )
        self.summary.feedback += 1
        if kind is not FeedbackResponse.NOT_YET:
            self.summary.feedback_answered += 1

    def hand_one_to_a_leaver(self) -> None:
        """Someone who has left owned an open action before they left: the screens flag it."""
        leaver = self.session.scalar(
            select(Participant.id).where(Participant.status == Status.LEFT).order_by(Participant.id)
        )
        open_ones = [
            a
            for a in actions.list_actions(
                self.session, actions.ActionQuery(today=self.today, open_only=True)
            )
            if any(o.participant_id is not None for o in a.data.owners)
        ]
        if leaver is None or not open_ones:
            return
        chosen = open_ones[len(open_ones) // 2]
        # Straight to the table: the service rightly refuses to give a leaver a new action,
        # but this is history being recreated (they took it on while still in the group).
        owner = self.session.scalars(
            select(ActionOwner).where(
                ActionOwner.action_id == chosen.id, ActionOwner.participant_id.is_not(None)
            )
        ).first()
        assert owner is not None
        owner.participant_id = leaver
        self.session.flush()

    def run(self) -> PlansSummary:
        for index, project in enumerate(reversed(projects.list_projects(self.session))):
            self.plan_project(index, project.id)
        self.hand_one_to_a_leaver()
        self.summary.needing_new_owner = len(
            actions.actions_needing_new_owner(self.session, self.today)
        )
        return self.summary


def add_demo_plans(
    session: Session,
    seed: int | None = None,
    today: date | None = None,
    step: Callable[[str], None] | None = None,
) -> PlansSummary:
    """Goals, actions (some overdue), decisions and feedback for every project there is."""
    if step is not None:
        step("Adding sample action plans, decisions and feedback")
    rng = random.Random(f"coprod-demo-plans:{seed}") if seed is not None else random.Random()
    return _Planner(session, rng, today or date.today()).run()
