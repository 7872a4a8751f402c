"""Shared goals and actions put straight into a test's database through the services, for the
GUI tests of the Actions screen; and ways to read them back."""

from __future__ import annotations

from datetime import date

from coprod_desktop.services import actions, goals
from coprod_desktop.services.actions import ActionData, ActionQuery, ActionRecord, Owner
from coprod_desktop.services.goals import GoalData, GoalRecord
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import ActionStatus, GoalStatus

TODAY = date(2025, 11, 24)  # a Monday; what the screen under test takes as today


def add_goal(
    database: Database,
    project_id: int,
    title: str = "A café run by carers",
    status: GoalStatus = GoalStatus.AGREED,
    agreed_on: date | None = date(2025, 9, 1),
) -> int:
    with database.transaction() as session:
        return goals.add_goal(
            session,
            GoalData(project_id=project_id, title=title, status=status, agreed_on=agreed_on),
        )


def add_action(
    database: Database,
    project_id: int,
    what: str,
    *,
    people: tuple[int, ...] = (),
    staff: tuple[str, ...] = (),
    due_on: date | None = None,
    status: ActionStatus = ActionStatus.NOT_STARTED,
    goal_id: int | None = None,
    reason: str = "",
) -> int:
    owners = tuple(Owner(participant_id=p) for p in people) + tuple(
        Owner(staff_name=s) for s in staff
    )
    with database.transaction() as session:
        return actions.add_action(
            session,
            ActionData(
                project_id=project_id,
                what=what,
                owners=owners,
                due_on=due_on,
                status=status,
                dropped_reason=reason,
                goal_id=goal_id,
            ),
            TODAY,
        )


def add_note(database: Database, action_id: int, noted_on: date, text: str) -> None:
    with database.transaction() as session:
        actions.add_note(session, action_id, noted_on, text)


def stored_action(database: Database, action_id: int) -> ActionRecord:
    with database.reading() as session:
        return actions.get_action(session, action_id)


def stored_actions(database: Database) -> list[ActionRecord]:
    """Every action, in the order they were added."""
    with database.reading() as session:
        found = actions.list_actions(session, ActionQuery(today=TODAY))
    return sorted(found, key=lambda a: a.id)


def stored_goal(database: Database, goal_id: int) -> GoalRecord:
    with database.reading() as session:
        return goals.get_goal(session, goal_id)


def stored_goals(database: Database) -> list[GoalRecord]:
    with database.reading() as session:
        return goals.list_goals(session)
