"""Shared goals: what success looks like for a project, agreed together, and how the group will
know. Actions serve a goal; a goal's progress is worked out from its actions, never typed in,
so the plan and the actions cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import Action, Project, SharedGoal
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import ActionStatus, GoalStatus

GOAL_LABELS = {
    "project_id": "Project",
    "title": "Goal",
    "success_looks_like": "What success looks like",
    "how_we_will_know": "How we will know",
    "status": "Status",
    "agreed_on": "Agreed on",
}


@dataclass(frozen=True)
class GoalData:
    project_id: int
    title: str
    success_looks_like: str = ""
    how_we_will_know: str = ""
    status: GoalStatus = GoalStatus.AGREED
    agreed_on: date | None = None


@dataclass(frozen=True)
class GoalProgress:
    """How a goal's actions stand. Dropped actions are left out of the share done: dropping
    one (with a reason) should not make a goal look further from or nearer to success."""

    actions: int = 0
    done: int = 0
    dropped: int = 0

    @property
    def counted(self) -> int:
        return self.actions - self.dropped

    @property
    def open(self) -> int:
        return self.counted - self.done

    @property
    def percent_done(self) -> int | None:
        """Whole per cent of the actions that count (rounded down, so 100 means all done);
        None when there are none to count."""
        return None if not self.counted else self.done * 100 // self.counted

    @property
    def text(self) -> str:
        """In words, for screens, documents and screen readers."""
        if not self.actions:
            return "No actions yet"
        if not self.counted:
            return f"All {self.actions} actions dropped"
        words = f"{self.done} of {self.counted} action{'s' if self.counted != 1 else ''} done"
        if self.dropped:
            words += f" ({self.dropped} dropped)"
        return words


@dataclass(frozen=True)
class GoalRecord:
    id: int
    data: GoalData
    project_name: str
    progress: GoalProgress
    created_at: datetime
    updated_at: datetime


def validate_goal(session: Session, data: GoalData) -> GoalData:
    check = Checker(GOAL_LABELS)
    title = check.single_line("title", data.title, limits.GOAL_TITLE_MAX)
    check.required("title", title, "what the group wants to achieve, in a few words")
    success = check.multi_line(
        "success_looks_like", data.success_looks_like, limits.DESCRIPTION_MAX
    )
    know = check.multi_line("how_we_will_know", data.how_we_will_know, limits.DESCRIPTION_MAX)
    if session.get(Project, data.project_id) is None:
        check.add("project_id", "Project: choose one of the projects in the list.")
    check.raise_if_any()
    return replace(data, title=title, success_looks_like=success, how_we_will_know=know)


def progress_of(session: Session, goal_ids: list[int]) -> dict[int, GoalProgress]:
    """Each goal's progress, in one query."""
    if not goal_ids:
        return {}
    rows = session.execute(
        select(Action.goal_id, Action.status, func.count())
        .where(Action.goal_id.in_(goal_ids))
        .group_by(Action.goal_id, Action.status)
    ).all()
    counts: dict[int, dict[ActionStatus, int]] = {}
    for goal_id, status, count in rows:
        if goal_id is not None:
            counts.setdefault(goal_id, {})[status] = count
    result: dict[int, GoalProgress] = {}
    for goal_id in goal_ids:
        by_status = counts.get(goal_id, {})
        result[goal_id] = GoalProgress(
            actions=sum(by_status.values()),
            done=by_status.get(ActionStatus.DONE, 0),
            dropped=by_status.get(ActionStatus.DROPPED, 0),
        )
    return result


def _to_record(goal: SharedGoal, project_name: str, progress: GoalProgress) -> GoalRecord:
    return GoalRecord(
        id=goal.id,
        data=GoalData(
            project_id=goal.project_id,
            title=goal.title,
            success_looks_like=goal.success_looks_like,
            how_we_will_know=goal.how_we_will_know,
            status=goal.status,
            agreed_on=goal.agreed_on,
        ),
        project_name=project_name,
        progress=progress,
        created_at=goal.created_at,
        updated_at=goal.updated_at,
    )


def _load(session: Session, goal_id: int) -> SharedGoal:
    goal = session.get(SharedGoal, goal_id)
    if goal is None:
        raise NotFound(f"There is no goal with the number {goal_id}.")
    return goal


def add_goal(session: Session, data: GoalData) -> int:
    clean = validate_goal(session, data)
    now = utc_now()
    goal = SharedGoal(created_at=now, updated_at=now, **vars(clean))
    session.add(goal)
    session.flush()
    return goal.id


def update_goal(session: Session, goal_id: int, data: GoalData) -> GoalRecord:
    clean = validate_goal(session, data)
    goal = _load(session, goal_id)
    if clean.project_id != goal.project_id:
        # Its actions belong to the project too: moving the goal alone would split them.
        check = Checker(GOAL_LABELS)
        check.add("project_id", "Project cannot be changed for a goal. Add a new goal instead.")
        check.raise_if_any()
    for field, value in vars(clean).items():
        setattr(goal, field, value)
    goal.updated_at = utc_now()
    session.flush()
    return get_goal(session, goal_id)


def get_goal(session: Session, goal_id: int) -> GoalRecord:
    goal = _load(session, goal_id)
    project = session.get_one(Project, goal.project_id)
    return _to_record(goal, project.name, progress_of(session, [goal_id])[goal_id])


def list_goals(session: Session, project_id: int | None = None) -> list[GoalRecord]:
    """Goals in the order they were agreed (then added), per project."""
    query = (
        select(SharedGoal, Project.name)
        .join(Project, Project.id == SharedGoal.project_id)
        .order_by(
            Project.name,
            SharedGoal.agreed_on.is_(None),
            SharedGoal.agreed_on,
            SharedGoal.id,
        )
    )
    if project_id is not None:
        query = query.where(SharedGoal.project_id == project_id)
    rows = session.execute(query).all()
    progress = progress_of(session, [goal.id for goal, _ in rows])
    return [_to_record(goal, name, progress[goal.id]) for goal, name in rows]
