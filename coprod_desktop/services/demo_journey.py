"""Sample cycle history and values self-checks for the demo projects.

Added after the projects and their sessions (demo_projects), from what is already in the
database: each project moves round the cycle of co-production one stage at a time (one to five
moves between its start and today), and holds up to four values self-checks, often at one of
its own sessions, whose ratings slowly improve. At least one check in the whole sample is filled
in by staff alone, so the "Staff only" flag can be seen. Everything goes through the services,
as a user's changes would, and the same seed (and ``today``) always gives the same journey.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services import cycle, values_check
from coprod_desktop.services.cycle import CYCLE_ORDER, CycleMoveData, next_stage
from coprod_desktop.services.values_check import HIGHEST, LOWEST, RatingData, ValuesCheckData
from coprod_desktop.storage.models import CycleMove, Project, ProjectSession, ValuesCheck
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue, CycleStage, SessionKind

# Where a project's history starts when it has no start date.
DEFAULT_HISTORY_DAYS = 365

MOVE_NOTES: dict[CycleStage, tuple[str, ...]] = {
    CycleStage.LIVED_EXPERIENCE: (
        "Back to people's own experience to see what has changed for them.",
        "Started by listening: people's experience of the service as it is now.",
    ),
    CycleStage.STORIES: (
        "Story-sharing sessions at the community centre, with a quiet room available.",
        "People shared their stories in small groups, with peer supporters.",
    ),
    CycleStage.COLLECTIVE_EVIDENCE: (
        "The stories are written up and grouped by theme.",
        "Thirty stories together show the same three problems.",
    ),
    CycleStage.STRATEGIC: (
        "A steering group of eight agreed the priorities from the evidence.",
        "The smaller group is planning the changes with the service managers.",
    ),
    CycleStage.OUTPUTS: (
        "The new leaflet and the redesigned drop-in are in use.",
        "The group's recommendations went into the new service specification.",
    ),
    CycleStage.EVALUATION: (
        "Evaluating together: did the changes make a difference?",
        "Peer researchers are interviewing people who use the new service.",
    ),
}

RATING_COMMENTS: dict[CoproductionValue, tuple[str, ...]] = {
    CoproductionValue.SHARING_POWER: (
        "Staff still set most of the agenda.",
        "The group now chairs its own meetings.",
    ),
    CoproductionValue.ALL_PERSPECTIVES: (
        "Young carers are still missing from the group.",
        "Meetings in the evening brought in people who work.",
    ),
    CoproductionValue.RESPECTING_KNOWLEDGE: (
        "Lived experience is heard as much as the reports.",
        "Some professionals still talk over people.",
    ),
    CoproductionValue.RECIPROCITY: (
        "Everyone is paid promptly for their time.",
        "People asked for more training in return.",
    ),
    CoproductionValue.RELATIONSHIPS: (
        "Tea before each meeting helps people get to know each other.",
        "A few people left after the long gap in the summer.",
    ),
}

CHECK_COMMENTS = (
    "Next time, send the papers out a week before.",
    "We agreed to do this check every three months.",
    "Good discussion; everyone had a say.",
    "",
)


@dataclass(frozen=True)
class JourneySummary:
    moves: int = 0
    checks: int = 0
    staff_only_checks: int = 0


@dataclass
class _PlannedCheck:
    checked_on: date
    session_id: int | None
    ratings: dict[CoproductionValue, int]
    lived: int
    staff: int
    level: CoproductionLevel
    comments: dict[CoproductionValue, str] = field(default_factory=dict)
    overall: str = ""


class _Journey:
    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today

    def run(self) -> JourneySummary:
        projects = list(
            self.session.scalars(
                select(Project)
                .where(Project.start_date.is_(None) | (Project.start_date <= self.today))
                # Sample data added to a register that has some already leaves those alone.
                .where(~select(CycleMove.id).where(CycleMove.project_id == Project.id).exists())
                .where(~select(ValuesCheck.id).where(ValuesCheck.project_id == Project.id).exists())
                .order_by(Project.id)
            )
        )
        moves = 0
        plans: list[tuple[int, list[_PlannedCheck]]] = []
        for project in projects:
            start = project.start_date or self.today - timedelta(days=DEFAULT_HISTORY_DAYS)
            moves += self.move_round(project.id, start)
            plans.append((project.id, self.plan_checks(project.id, start)))
        self.make_one_staff_only(plans)
        checks = staff_only = 0
        for project_id, planned in plans:
            for check in planned:
                self.add_check(project_id, check)
                checks += 1
                staff_only += check.lived == 0
        return JourneySummary(moves=moves, checks=checks, staff_only_checks=staff_only)

    # --- the cycle ------------------------------------------------------------------------------
    def days_between(self, start: date, count: int) -> list[date]:
        """``count`` different days from ``start`` to today, in order (fewer if there are not
        that many days)."""
        span = max((self.today - start).days, 0)
        count = min(count, span + 1)
        return [start + timedelta(days=d) for d in sorted(self.rng.sample(range(span + 1), count))]

    def move_round(self, project_id: int, start: date) -> int:
        """One to five moves, each to the next stage round the cycle."""
        # Younger projects have had less time to move: about one move a season at most.
        most = max(1, min(5, (self.today - start).days // 60 + 1))
        days = self.days_between(start, self.rng.randint(1, most))
        stage = self.rng.choice(CYCLE_ORDER[:3])  # most work starts from people's stories
        for day in days:
            note = self.rng.choice(MOVE_NOTES[stage]) if self.rng.random() < 0.7 else ""
            cycle.move_project(
                self.session, project_id, CycleMoveData(stage, day, note), today=self.today
            )
            stage = next_stage(stage)
        return len(days)

    # --- the self-checks ------------------------------------------------------------------------
    def check_days(self, project_id: int, start: date, count: int) -> list[tuple[date, int | None]]:
        """``count`` days spread over the project's life, one in each equal stretch of it, at
        one of the project's own sessions in that stretch when it has one (mostly)."""
        sessions: list[tuple[date, int | None]] = [
            (day, session_id)
            for day, session_id in self.session.execute(
                select(ProjectSession.date, ProjectSession.id)
                .where(
                    ProjectSession.project_id == project_id,
                    ProjectSession.date >= start,
                    ProjectSession.date <= self.today,
                    # A group does its check at a meeting or workshop, not on an interview panel.
                    ProjectSession.kind.in_((SessionKind.MEETING, SessionKind.WORKSHOP)),
                )
                .order_by(ProjectSession.date, ProjectSession.id)
            )
        ]
        span = max((self.today - start).days, 0)
        if span + 1 < count:
            return [(day, None) for day in self.days_between(start, count)]
        days: list[tuple[date, int | None]] = []
        for index in range(count):
            first = start + timedelta(days=span * index // count)
            last = start + timedelta(days=span * (index + 1) // count - (index + 1 < count))
            within = [s for s in sessions if first <= s[0] <= last]
            if within and self.rng.random() < 0.8:
                days.append(self.rng.choice(within))
            else:
                days.append(
                    (first + timedelta(days=self.rng.randint(0, (last - first).days)), None)
                )
        return days

    def plan_checks(self, project_id: int, start: date) -> list[_PlannedCheck]:
        count = self.rng.choices((0, 1, 2, 3, 4), weights=(2, 3, 3, 3, 2))[0]
        days = self.check_days(project_id, start, count)
        ratings = {value: self.rng.randint(1, 3) for value in CoproductionValue}
        planned = []
        for index, (day, session_id) in enumerate(days):
            if index:
                ratings = self.improved(ratings)
            staff_only = index == 0 and self.rng.random() < 0.25
            average = sum(ratings.values()) / len(ratings)
            level = (
                CoproductionLevel.TRANSFORMATIVE
                if average >= 4
                else CoproductionLevel.INTERMEDIATE
                if average >= 2.6
                else CoproductionLevel.DESCRIPTIVE
            )
            planned.append(
                _PlannedCheck(
                    checked_on=day,
                    session_id=session_id,
                    ratings=dict(ratings),
                    lived=0 if staff_only else self.rng.randint(2, 9),
                    staff=self.rng.randint(1, 3),
                    level=level,
                    comments={
                        value: self.rng.choice(RATING_COMMENTS[value])
                        for value in CoproductionValue
                        if self.rng.random() < 0.3
                    },
                    overall=self.rng.choice(CHECK_COMMENTS),
                )
            )
        return planned

    def improved(self, ratings: dict[CoproductionValue, int]) -> dict[CoproductionValue, int]:
        """The next check's ratings: mostly the same or one better, now and then one worse,
        never worse overall."""
        changed = {
            value: min(HIGHEST, max(LOWEST, rating + self.rng.choices((-1, 0, 1), (1, 4, 5))[0]))
            for value, rating in ratings.items()
        }
        if sum(changed.values()) < sum(ratings.values()):
            changed = {value: max(changed[value], ratings[value]) for value in ratings}
        return changed

    @staticmethod
    def make_one_staff_only(plans: list[tuple[int, list[_PlannedCheck]]]) -> None:
        """At least one check in the sample filled in by staff alone: the first one, if none."""
        every = [check for _, planned in plans for check in planned]
        if every and not any(check.lived == 0 for check in every):
            every[0].lived = 0

    def add_check(self, project_id: int, check: _PlannedCheck) -> None:
        values_check.add_check(
            self.session,
            ValuesCheckData(
                project_id=project_id,
                checked_on=check.checked_on,
                level=check.level,
                lived_experience_count=check.lived,
                staff_count=check.staff,
                ratings=tuple(
                    RatingData(value, rating, check.comments.get(value, ""))
                    for value, rating in check.ratings.items()
                ),
                session_id=check.session_id,
                comments=check.overall,
            ),
            today=self.today,
        )


def add_demo_journey(
    session: Session,
    seed: int | None,
    today: date,
    step: Callable[[str], None] | None = None,
) -> JourneySummary:
    """Cycle moves and values self-checks for every project there is (see the module's text)."""
    if step is not None:
        step("Adding sample cycle history and values self-checks")
    rng = random.Random(f"coprod-demo-journey:{seed}") if seed is not None else random.Random()
    return _Journey(session, rng, today).run()
