"""Shared goals and actions: services.goals and services.actions."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from coprod_desktop.services import actions, goals, participants
from coprod_desktop.services.actions import ActionData, ActionQuery, Owner
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.goals import GoalData, GoalProgress
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Action, Decision
from coprod_desktop.vocabulary import ActionStatus, DecisionMethod, GoalStatus, Status
from tests.core.payment_fixtures import add_person, add_project, add_session

TODAY = date(2025, 11, 24)


def an_action(project_id: int, *owners: Owner, **changes: object) -> ActionData:
    values: dict[str, object] = {
        "project_id": project_id,
        "what": "Book the room for the May workshop",
        "owners": owners or (Owner(staff_name="Priya (coordinator)"),),
        "due_on": date(2025, 12, 1),
    }
    values.update(changes)
    return ActionData(**values)  # type: ignore[arg-type]


def problems(caught: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in caught.value.problems}


# --- overdue: dates, not moments ----------------------------------------------------------------
@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        clock.tzset()

    yield use
    monkeypatch.undo()
    clock.tzset()


@pytest.mark.parametrize(
    ("place", "moment", "overdue"),
    [
        # 1 July 2025, 23:30 UTC is already 2 July in London (BST), still 1 July in New York.
        ("Europe/London", datetime(2025, 7, 1, 23, 30, tzinfo=UTC), True),
        ("America/New_York", datetime(2025, 7, 1, 23, 30, tzinfo=UTC), False),
        # One minute before midnight in London: still 1 July there, so due today, not overdue.
        ("Europe/London", datetime(2025, 7, 1, 22, 59, tzinfo=UTC), False),
        # In winter London is on UTC: midnight is midnight.
        ("Europe/London", datetime(2025, 12, 2, 0, 0, tzinfo=UTC), True),
        ("Europe/London", datetime(2025, 12, 1, 23, 59, 59, tzinfo=UTC), False),
    ],
)
def test_overdue_is_decided_by_the_local_date(
    database: Database, zone: object, place: str, moment: datetime, overdue: bool
) -> None:
    zone(place)  # type: ignore[operator]
    due = moment.astimezone(UTC).date() if moment.month == 7 else date(2025, 12, 1)
    due = date(2025, 7, 1) if moment.month == 7 else due
    today = today_here(moment)
    with database.transaction() as session:
        project = add_project(session)
        action_id = actions.add_action(session, an_action(project, due_on=due), today)
        record = actions.get_action(session, action_id)
        assert record.is_overdue(today) is overdue
        found = actions.list_actions(session, ActionQuery(today=today, overdue_only=True))
        assert [r.id for r in found] == ([action_id] if overdue else [])
        if not overdue:
            assert record.due_text(today).endswith("due today")


def test_due_text_says_overdue_in_words(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        late = actions.add_action(session, an_action(project, due_on=date(2025, 11, 21)), TODAY)
        done = actions.add_action(
            session, an_action(project, due_on=date(2025, 11, 1), status=ActionStatus.DONE), TODAY
        )
        undated = actions.add_action(session, an_action(project, due_on=None), TODAY)
        records = {r.id: r for r in actions.list_actions(session, ActionQuery(today=TODAY))}
    assert records[late].due_text(TODAY) == "21 November 2025: overdue by 3 days"
    assert not records[done].is_overdue(TODAY)  # done is never overdue
    assert records[done].status_text == "Done on 24 November 2025"
    assert records[undated].due_text(TODAY) == "No date"
    # Open first, by due date, undated last; then the rest.
    assert list(records) == [late, undated, done]


# --- owners ---------------------------------------------------------------------------------------
def test_several_owners_from_the_register_and_staff(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        amira = add_person(session, preferred_name="Amira")
        data = an_action(
            project,
            Owner(participant_id=amira),
            Owner(staff_name="  Priya  "),
            Owner(participant_id=amira),  # twice: once is enough
            Owner(staff_name="priya"),
        )
        record = actions.get_action(session, actions.add_action(session, data, TODAY))
    assert [o.name for o in record.owners] == ["Amira", "Priya (staff)"]
    assert record.owner_names == "Amira, Priya (staff)"


def test_an_action_needs_an_owner_and_what_is_to_be_done(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        with pytest.raises(ValidationError) as caught:
            actions.add_action(
                session,
                ActionData(project_id=project, what="  ", owners=(Owner(staff_name=" "),)),
                TODAY,
            )
    assert problems(caught) == {
        "what": "What is to be done is empty. Please enter what is to be done, such as 'Book "
        "the room for May'.",
        "owners": "Who is doing it: give at least one person from the register or a member of "
        "staff's name, so that everyone knows who is doing it.",
    }


def test_an_owner_who_leaves_stays_and_is_flagged_for_a_new_owner(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        sam = add_person(session, preferred_name="Sam")
        ben = add_person(session, preferred_name="Ben")
        action_id = actions.add_action(
            session, an_action(project, Owner(participant_id=sam)), TODAY
        )
        closed = actions.add_action(
            session,
            an_action(project, Owner(participant_id=sam), status=ActionStatus.DONE),
            TODAY,
        )
        participants.set_status(session, sam, Status.LEFT)
    with database.transaction() as session:
        found = actions.list_actions(session, ActionQuery(today=TODAY, owner_id=sam))
        assert [r.id for r in found] == [action_id, closed]  # still visible
        record = found[0]
        assert record.needs_new_owner and record.owner_names == "Sam (has left)"
        assert not found[1].needs_new_owner  # done: nothing to hand over
        flagged = actions.actions_needing_new_owner(session, TODAY)
        assert [r.id for r in flagged] == [action_id]
        # Editing it keeps Sam until someone else is chosen...
        kept = actions.update_action(
            session, action_id, an_action(project, Owner(participant_id=sam), what="Book it"), TODAY
        )
        assert kept.needs_new_owner
        # ... but Sam cannot be given a new action.
        with pytest.raises(ValidationError) as caught:
            actions.add_action(session, an_action(project, Owner(participant_id=sam)), TODAY)
        assert problems(caught)["owners"] == (
            "Who is doing it: Sam has left the group, so cannot be given an action. Choose "
            "someone else."
        )
        moved = actions.update_action(
            session, action_id, an_action(project, Owner(participant_id=ben)), TODAY
        )
        assert not moved.needs_new_owner and moved.owner_names == "Ben"
        assert actions.actions_needing_new_owner(session, TODAY) == []


# --- status ---------------------------------------------------------------------------------------
def test_dropping_needs_a_reason(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        action_id = actions.add_action(session, an_action(project), TODAY)
        with pytest.raises(ValidationError) as caught:
            actions.set_status(session, action_id, ActionStatus.DROPPED, TODAY, reason="   ")
        assert problems(caught) == {
            "dropped_reason": "Why it was dropped is empty. Please enter why it was dropped, so "
            "the group can see."
        }
        with pytest.raises(ValidationError):
            actions.add_action(session, an_action(project, status=ActionStatus.DROPPED), TODAY)
        record = actions.set_status(
            session, action_id, ActionStatus.DROPPED, TODAY, reason="The venue closed"
        )
        assert record.status_text == "Dropped: The venue closed"
        assert not record.is_open and not record.is_overdue(date(2026, 1, 1))
        # Picked up again: the reason goes, since it no longer applies, but a note keeps it.
        again = actions.set_status(session, action_id, ActionStatus.IN_PROGRESS, TODAY)
        assert again.data.dropped_reason == ""
        assert [(n.noted_on, n.text) for n in again.notes] == [
            (TODAY, "Picked up again. It had been dropped: The venue closed")
        ]


def test_the_database_refuses_a_dropped_action_without_a_reason(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Action(project_id=project, what="x", status=ActionStatus.DROPPED))
        session.flush()


def test_done_records_the_day_and_reopening_clears_it(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        action_id = actions.add_action(session, an_action(project), TODAY)
        done = actions.set_status(session, action_id, ActionStatus.DONE, date(2025, 11, 20))
        assert done.completed_on == date(2025, 11, 20)
        # Saving again later keeps the day it was done.
        same = actions.update_action(session, action_id, done.data, date(2025, 11, 30))
        assert same.completed_on == date(2025, 11, 20)
        reopened = actions.set_status(session, action_id, ActionStatus.IN_PROGRESS, TODAY)
        assert reopened.completed_on is None
        assert [n.text for n in reopened.notes] == [
            "Opened again. It had been marked done on 20 November 2025."
        ]


def test_progress_notes_are_dated_and_in_order(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        action_id = actions.add_action(session, an_action(project), TODAY)
        actions.add_note(session, action_id, date(2025, 11, 20), "Asked the centre")
        actions.add_note(session, action_id, date(2025, 11, 10), "Rang round <3> venues & more")
        with pytest.raises(ValidationError):
            actions.add_note(session, action_id, TODAY, " \n ")
        record = actions.get_action(session, action_id)
    assert [(n.noted_on, n.text) for n in record.notes] == [
        (date(2025, 11, 10), "Rang round <3> venues & more"),
        (date(2025, 11, 20), "Asked the centre"),
    ]


# --- goals and links ------------------------------------------------------------------------------
def test_progress_per_goal_is_worked_out_from_its_actions(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        goal = goals.add_goal(
            session,
            GoalData(
                project_id=project,
                title="Carers find the café welcoming",
                success_looks_like="More carers come back a second time",
                how_we_will_know="Return visits counted each month",
            ),
        )
        empty = goals.add_goal(session, GoalData(project_id=project, title="A second goal"))
        statuses = [
            ActionStatus.DONE,
            ActionStatus.DONE,
            ActionStatus.IN_PROGRESS,
            ActionStatus.NOT_STARTED,
        ]
        for status in statuses:
            actions.add_action(session, an_action(project, goal_id=goal, status=status), TODAY)
        actions.add_action(
            session,
            an_action(project, goal_id=goal, status=ActionStatus.DROPPED, dropped_reason="No"),
            TODAY,
        )
        actions.add_action(session, an_action(project), TODAY)  # serves no goal
        listed = {g.id: g for g in goals.list_goals(session, project)}
    progress = listed[goal].progress
    assert progress == GoalProgress(actions=5, done=2, dropped=1)
    assert (progress.counted, progress.open, progress.percent_done) == (4, 2, 50)
    assert progress.text == "2 of 4 actions done (1 dropped)"
    assert listed[empty].progress.text == "No actions yet"
    assert listed[empty].progress.percent_done is None
    assert GoalProgress(actions=3, done=2).percent_done == 66  # rounded down: 100 is all done
    assert GoalProgress(actions=1, dropped=1).text == "All 1 actions dropped"


def test_a_goal_needs_a_title_and_keeps_its_project(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        other = add_project(session, "Youth panel")
        with pytest.raises(ValidationError) as caught:
            goals.add_goal(session, GoalData(project_id=project, title=""))
        assert list(problems(caught)) == ["title"]
        goal = goals.add_goal(session, GoalData(project_id=project, title="Goal"))
        with pytest.raises(ValidationError):
            goals.update_goal(session, goal, GoalData(project_id=other, title="Goal"))
        updated = goals.update_goal(
            session, goal, GoalData(project_id=project, title="Goal", status=GoalStatus.ACHIEVED)
        )
        assert updated.data.status is GoalStatus.ACHIEVED
        with pytest.raises(NotFound):
            goals.get_goal(session, 999)


def test_links_must_be_in_the_same_project_and_survive_edits(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        other = add_project(session, "Youth panel")
        meeting = add_session(session, project, date(2025, 11, 4))
        elsewhere = add_session(session, other, date(2025, 11, 4))
        decision = Decision(
            project_id=project,
            session_id=meeting,
            decided_on=date(2025, 11, 4),
            what="Open the café on Saturdays",
            method=DecisionMethod.CONSENSUS,
        )
        session.add(decision)
        session.flush()
        goal = goals.add_goal(session, GoalData(project_id=project, title="Welcoming"))
        with pytest.raises(ValidationError) as caught:
            actions.add_action(session, an_action(project, session_id=elsewhere), TODAY)
        assert problems(caught) == {
            "session_id": "Session it came from: that session belongs to another project. "
            "Choose one from this action's project, or leave it empty."
        }
        action_id = actions.add_action(
            session,
            an_action(project, goal_id=goal, session_id=meeting, decision_id=decision.id),
            TODAY,
        )
        record = actions.get_action(session, action_id)
        assert record.decision_text == "4 November 2025: Open the café on Saturdays"
        assert record.session_title == "Planning workshop (4 November 2025)"
        assert record.goal_title == "Welcoming"
        # Edited: what, owners, date and status change; the links stay.
        edited = actions.update_action(
            session,
            action_id,
            an_action(
                project,
                Owner(staff_name="Jo"),
                what="Book the hall",
                goal_id=goal,
                session_id=meeting,
                decision_id=decision.id,
                status=ActionStatus.IN_PROGRESS,
            ),
            TODAY,
        )
        decision.what = "Open the café on Saturdays and Sundays"
        session.flush()
        after = actions.get_action(session, action_id)
    assert (edited.data.goal_id, edited.data.session_id, edited.data.decision_id) == (
        goal,
        meeting,
        decision.id,
    )
    assert after.decision_text == "4 November 2025: Open the café on Saturdays and Sundays"


def test_unknown_action(database: Database) -> None:
    with database.transaction() as session, pytest.raises(NotFound):
        actions.get_action(session, 404)


def test_lists_filter_by_project_owner_and_open(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        panel = add_project(session, "Youth panel")
        amira = add_person(session, preferred_name="Amira")
        mine = actions.add_action(session, an_action(cafe, Owner(participant_id=amira)), TODAY)
        actions.add_action(session, an_action(panel), TODAY)
        finished = actions.add_action(
            session,
            an_action(cafe, Owner(participant_id=amira), status=ActionStatus.DONE),
            TODAY,
        )

        def ids(**query: object) -> list[int]:
            found = actions.list_actions(session, ActionQuery(today=TODAY, **query))  # type: ignore[arg-type]
            return [r.id for r in found]

        assert ids(project_id=cafe) == [mine, finished]
        assert ids(owner_id=amira, open_only=True) == [mine]
        assert len(ids()) == 3
