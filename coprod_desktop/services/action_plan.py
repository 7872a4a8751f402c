"""A project's action plan: its shared goals, each with the actions serving it, then the other
actions, and how they all stand on a given day. What the printed plan (PDF and DOCX) shows.

Everything here is worked out from the goals and actions services, so the plan, the actions
board and ``coprod actions list`` cannot disagree. The words each action is shown with
(:func:`describe_action`) live here too, so that every format of the plan says the same.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from coprod_desktop.services.actions import ActionQuery, ActionRecord, list_actions
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.goals import GoalRecord, list_goals
from coprod_desktop.services.naming import NEEDS_NEW_OWNER, named_people, owners_in_words
from coprod_desktop.services.projects import get_project
from coprod_desktop.vocabulary import ActionStatus

OTHER_ACTIONS = "Other actions"


@dataclass(frozen=True)
class PlanCounts:
    """How the project's actions stand. Overdue and needing a new owner are open actions."""

    open: int = 0
    overdue: int = 0
    done: int = 0
    dropped: int = 0
    needing_new_owner: int = 0

    @property
    def total(self) -> int:
        return self.open + self.done + self.dropped


@dataclass(frozen=True)
class GoalPlan:
    goal: GoalRecord
    actions: tuple[ActionRecord, ...]


@dataclass(frozen=True)
class ActionPlan:
    """One project's plan as it stands on ``today`` (which decides what is overdue)."""

    project_id: int
    project_name: str
    description: str
    stage_label: str
    today: date
    goals: tuple[GoalPlan, ...]
    other_actions: tuple[ActionRecord, ...]  # not serving any goal
    counts: PlanCounts
    # People on the register who agreed to be named in documents; other owners print as
    # "a group member". None names everyone (a plan only shown inside the app).
    named: frozenset[int] | None = None

    @property
    def actions(self) -> tuple[ActionRecord, ...]:
        """Every action, in the order the plan shows them."""
        return tuple(a for g in self.goals for a in g.actions) + self.other_actions

    @property
    def title(self) -> str:
        """The document's title (shown in the viewer's title bar) and its first heading."""
        return f"Action plan: {self.project_name}"


@dataclass(frozen=True)
class ActionText:
    """One action in words, the same in every format. Overdue and needing a new owner are said
    in words at the start of the line ("Overdue: ..."), never by colour alone."""

    what: str
    who: str
    due: str
    status: str
    latest_note: str  # "" when there is none
    came_from: str  # the session or decision it came from; "" when neither
    overdue: bool
    needs_new_owner: bool


def count_actions(records: Sequence[ActionRecord], today: date) -> PlanCounts:
    return PlanCounts(
        open=sum(1 for a in records if a.is_open),
        overdue=sum(1 for a in records if a.is_overdue(today)),
        done=sum(1 for a in records if a.data.status is ActionStatus.DONE),
        dropped=sum(1 for a in records if a.data.status is ActionStatus.DROPPED),
        needing_new_owner=sum(1 for a in records if a.needs_new_owner),
    )


def action_plan_for(session: Session, project_id: int, today: date) -> ActionPlan:
    """The plan for one project; raises NotFound when there is no such project."""
    project = get_project(session, project_id)
    goals = list_goals(session, project_id)
    records = list_actions(session, ActionQuery(today=today, project_id=project_id))
    by_goal: dict[int, list[ActionRecord]] = {goal.id: [] for goal in goals}
    other: list[ActionRecord] = []
    for record in records:
        goal_id = record.data.goal_id
        if goal_id is not None and goal_id in by_goal:
            by_goal[goal_id].append(record)
        else:
            other.append(record)
    return ActionPlan(
        project_id=project.id,
        project_name=project.data.name,
        description=project.data.description,
        stage_label=project.data.stage.label,
        today=today,
        goals=tuple(GoalPlan(goal, tuple(by_goal[goal.id])) for goal in goals),
        other_actions=tuple(other),
        counts=count_actions(records, today),
        named=frozenset(
            named_people(
                session,
                (
                    owner.owner.participant_id
                    for record in records
                    for owner in record.owners
                    if owner.owner.participant_id is not None
                ),
            )
        ),
    )


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def due_words(action: ActionRecord, today: date) -> str:
    """By when, with "Overdue" or "Due today" as the first word when it matters."""
    due = action.data.due_on
    if due is None:
        return "No date set"
    if action.is_overdue(today):
        return f"Overdue: {long_date(due)}, {_days(action.days_overdue(today))} ago"
    if action.is_open and due == today:
        return f"Due today: {long_date(due)}"
    return long_date(due)


def who_words(action: ActionRecord) -> str:
    """'Amira, Sam (has left): needs a new owner' when someone doing it has left."""
    names = action.owner_names
    return f"{names}: {NEEDS_NEW_OWNER}" if action.needs_new_owner else names


def latest_note(action: ActionRecord) -> str:
    if not action.notes:
        return ""
    note = max(action.notes, key=lambda n: (n.noted_on, n.id))
    return f"{long_date(note.noted_on)}: {note.text}"


def came_from(action: ActionRecord) -> str:
    parts = []
    if action.session_title:
        parts.append(f"the session {action.session_title}")
    if action.decision_text:
        parts.append(f"the decision of {action.decision_text}")
    return " and ".join(parts)


def describe_action(
    action: ActionRecord, today: date, named: Collection[int] | None = None
) -> ActionText:
    """The action in words; with ``named``, only those people are named (see ActionPlan)."""
    return ActionText(
        what=action.data.what,
        who=who_words(action) if named is None else owners_in_words(action, named),
        due=due_words(action, today),
        status=action.status_text,
        latest_note=latest_note(action),
        came_from=came_from(action),
        overdue=action.is_overdue(today),
        needs_new_owner=action.needs_new_owner,
    )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def summary_rows(counts: PlanCounts) -> list[tuple[str, str]]:
    """(what, how many) for the summary at the top of the plan."""
    return [
        ("Open (not started or in progress)", str(counts.open)),
        ("Overdue (open, and the date has passed)", str(counts.overdue)),
        ("Needing a new owner", str(counts.needing_new_owner)),
        ("Done", str(counts.done)),
        ("Dropped (each with its reason)", str(counts.dropped)),
        ("All actions", str(counts.total)),
    ]


def summary_sentence(counts: PlanCounts) -> str:
    """'5 actions: 3 open (1 of them overdue), 1 done and 1 dropped.'"""
    if not counts.total:
        return "There are no actions in this plan yet."
    open_part = f"{counts.open} open"
    if counts.overdue:
        open_part += f" ({counts.overdue} of them overdue)"
    return (
        f"{_plural(counts.total, 'action', 'actions')}: {open_part}, {counts.done} done and "
        f"{counts.dropped} dropped."
    )


def new_owner_sentence(counts: PlanCounts) -> str:
    if not counts.needing_new_owner:
        return ""
    if counts.needing_new_owner == 1:
        return (
            "1 open action needs a new owner, because someone doing it has left the group. "
            "It says so beside the names."
        )
    return (
        f"{counts.needing_new_owner} open actions need a new owner, because someone doing them "
        "has left the group. They say so beside the names."
    )


def goal_facts(goal: GoalRecord) -> list[tuple[str, str]]:
    """(label, text) lines under a goal's heading; empty ones are left out."""
    facts = []
    if goal.data.success_looks_like:
        facts.append(("What success looks like", goal.data.success_looks_like))
    if goal.data.how_we_will_know:
        facts.append(("How we will know", goal.data.how_we_will_know))
    status = goal.data.status.label
    if goal.data.agreed_on is not None:
        status += f" (agreed on {long_date(goal.data.agreed_on)})"
    facts.append(("Status", status))
    facts.append(("Progress", goal.progress.text))
    return facts
