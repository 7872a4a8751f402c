"""Projects, sessions and attendance registers: services.projects and services.sessions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from coprod_desktop.services import projects, sessions
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.payment_generation import (
    create_session_payments,
    preview_session_payments,
)
from coprod_desktop.services.payments import cancel, reverse
from coprod_desktop.services.projects import ProjectData
from coprod_desktop.services.sessions import AttendanceLine, SessionData
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Payment
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    PaymentBasis,
    ProjectStage,
    SessionKind,
)
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    approve,
    attended,
    pay,
    session_data,
)

DAY = date(2025, 11, 5)


# --- projects ----------------------------------------------------------------------------------
def test_add_and_get_a_project(database: Database) -> None:
    data = ProjectData(
        name="  Carers'   café redesign ",
        description="Redesign the café\r\nwith carers.  ",
        start_date=date(2025, 9, 1),
        end_date=date(2026, 3, 31),
        budget_pence=250000,
        stage=ProjectStage.CO_DELIVERY,
    )
    with database.transaction() as session:
        project_id = projects.add_project(session, data)
    with database.reading() as session:
        record = projects.get_project(session, project_id)
    assert record.id == project_id
    assert record.data == ProjectData(
        name="Carers' café redesign",
        description="Redesign the café\nwith carers.",
        start_date=date(2025, 9, 1),
        end_date=date(2026, 3, 31),
        budget_pence=250000,
        stage=ProjectStage.CO_DELIVERY,
    )
    assert record.budget_text == "£2,500.00"
    assert record.created_at == record.updated_at


def test_a_project_without_budget_says_so(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        record = projects.get_project(session, project_id)
    assert record.data.budget_pence is None
    assert record.budget_text == "No budget set"
    assert record.data.stage is ProjectStage.CO_DESIGN


def test_update_a_project(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, "Old name")
    with database.transaction() as session:
        updated = projects.update_project(
            session, project_id, ProjectData(name="New name", budget_pence=0)
        )
    assert updated.data.name == "New name"
    assert updated.data.budget_pence == 0
    assert updated.budget_text == "£0.00"
    with database.reading() as session:
        assert projects.get_project(session, project_id).data.name == "New name"


def test_update_an_unknown_project(database: Database) -> None:
    with database.transaction() as session, pytest.raises(NotFound) as caught:
        projects.update_project(session, 404, ProjectData(name="Nowhere"))
    assert str(caught.value) == "There is no project with the number 404."


def test_get_an_unknown_project(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound):
        projects.get_project(session, 404)


def test_list_projects_newest_first_then_undated_by_name(database: Database) -> None:
    with database.transaction() as session:
        add_project(session, "Zebra", start_date=date(2024, 1, 1))
        add_project(session, "Undated B")
        add_project(session, "Newest", start_date=date(2025, 6, 1))
        add_project(session, "Undated A")
        add_project(session, "Alpha", start_date=date(2024, 1, 1))
    with database.reading() as session:
        names = [p.data.name for p in projects.list_projects(session)]
    assert names == ["Newest", "Alpha", "Zebra", "Undated A", "Undated B"]


def test_project_name_is_required(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        projects.add_project(session, ProjectData(name="   "))
    [problem] = caught.value.problems
    assert problem.field == "name"
    assert problem.message.startswith("Project name is empty. Please enter a short name")


def test_project_end_before_start_is_refused(database: Database) -> None:
    data = ProjectData(name="Café", start_date=date(2025, 9, 1), end_date=date(2025, 8, 31))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        projects.add_project(session, data)
    [problem] = caught.value.for_field("end_date")
    assert "before the start date" in problem.message
    assert "31 August 2025" in problem.message
    assert "1 September 2025" in problem.message


def test_project_may_start_and_end_on_one_day(database: Database) -> None:
    data = ProjectData(name="Event", start_date=date(2025, 9, 1), end_date=date(2025, 9, 1))
    with database.transaction() as session:
        assert projects.add_project(session, data) > 0


@pytest.mark.parametrize("budget", [-1, -100000, 100_000_001])
def test_project_budget_out_of_range_is_refused(database: Database, budget: int) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        projects.add_project(session, ProjectData(name="Café", budget_pence=budget))
    [problem] = caught.value.for_field("budget_pence")
    assert problem.message == (
        "Budget for involvement payments must be between £0 and £1,000,000, or left empty."
    )


def test_every_project_problem_is_reported_at_once(database: Database) -> None:
    data = ProjectData(
        name="", start_date=date(2025, 9, 2), end_date=date(2025, 9, 1), budget_pence=-5
    )
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        projects.add_project(session, data)
    assert [p.field for p in caught.value.problems] == ["name", "end_date", "budget_pence"]
    assert str(caught.value).startswith("Nothing was saved. Please fix 3 things:")
    with database.reading() as session:
        assert projects.list_projects(session) == []


# --- sessions ----------------------------------------------------------------------------------
def test_session_minutes() -> None:
    data = session_data(1, DAY, start_time=time(10, 0), end_time=time(11, 30))
    assert data.minutes == 90
    assert replace(data, start_time=time(9, 45), end_time=time(16, 15)).minutes == 390
    assert replace(data, start_time=time(12, 0), end_time=time(11, 0)).minutes == 0


def test_add_get_and_update_a_session(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session, "Carers' café")
        session_id = add_session(
            session,
            project_id,
            DAY,
            title="  Menu   tasting ",
            place="",
            online=True,
            payment_basis=PaymentBasis.HALF_DAY,
            prep_minutes=30,
        )
    with database.reading() as session:
        record = sessions.get_session(session, session_id)
    assert record.data.title == "Menu tasting"
    assert record.project_name == "Carers' café"
    assert record.where == "Online"
    assert record.data.payment_basis is PaymentBasis.HALF_DAY
    assert record.data.prep_minutes == 30
    with database.transaction() as session:
        update = sessions.update_session(
            session, session_id, replace(record.data, place="Room 2", kind=SessionKind.TRAINING)
        )
    assert update.record.where == "Online and Room 2"
    assert update.record.data.kind is SessionKind.TRAINING
    assert (update.register_updated, update.message) == (0, "")


def test_list_sessions_most_recent_first_and_by_project(database: Database) -> None:
    with database.transaction() as session:
        first = add_project(session, "First")
        second = add_project(session, "Second")
        early = add_session(session, first, date(2025, 10, 1))
        late = add_session(session, first, date(2025, 12, 1))
        afternoon = add_session(
            session, second, date(2025, 12, 1), start_time=time(14, 0), end_time=time(15, 0)
        )
    with database.reading() as session:
        assert [s.id for s in sessions.list_sessions(session)] == [afternoon, late, early]
        assert [s.id for s in sessions.list_sessions(session, first)] == [late, early]


@pytest.mark.parametrize("end", [time(9, 59), time(10, 0)])
def test_session_must_end_after_it_starts(database: Database, end: time) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        add_session(session, project_id, DAY, start_time=time(10, 0), end_time=end)
    [problem] = caught.value.problems
    assert problem.field == "end_time"
    assert problem.message == (
        f"End time ({end:%H:%M}) is not after the start time (10:00). Sessions run within one day."
    )


def test_session_needs_a_place_or_online(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        add_session(session, project_id, DAY, place="   ", online=False)
    [problem] = caught.value.problems
    assert problem.field == "place"
    assert problem.message == "Place is empty. Enter where it happens, or tick Online."


@pytest.mark.parametrize("prep", [-1, 24 * 60 + 1])
def test_session_prep_minutes_out_of_range(database: Database, prep: int) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        add_session(session, project_id, DAY, prep_minutes=prep)
    [problem] = caught.value.problems
    assert problem.field == "prep_minutes"
    assert "between 0 and 24 hours" in problem.message


@pytest.mark.parametrize("prep", [0, 24 * 60])
def test_session_prep_minutes_at_the_limits(database: Database, prep: int) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY, prep_minutes=prep)
        assert sessions.get_session(session, session_id).data.prep_minutes == prep


def test_session_for_unknown_project(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        sessions.add_session(session, session_data(404, DAY))
    [problem] = caught.value.problems
    assert problem.field == "project_id"
    assert problem.message.startswith("Project is missing.")


def test_session_title_required_and_all_problems_together(database: Database) -> None:
    data = SessionData(
        project_id=404,
        title=" ",
        kind=SessionKind.MEETING,
        date=DAY,
        start_time=time(11, 0),
        end_time=time(10, 0),
        prep_minutes=-5,
    )
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        sessions.add_session(session, data)
    assert sorted(p.field for p in caught.value.problems) == [
        "end_time",
        "place",
        "prep_minutes",
        "project_id",
        "title",
    ]


def test_get_unknown_session(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound) as caught:
        sessions.get_session(session, 77)
    assert str(caught.value) == "There is no session with the number 77."


# --- changing a session once people are on its register or paid -------------------------------
def test_new_times_carry_over_to_the_register_unless_set_for_someone(database: Database) -> None:
    """10:00 to 11:30 corrected to 13:00 with an hour's preparation: everyone still on the old
    90 minutes (and no preparation) gets the new times; time set for one person stays."""
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        cat = add_person(session, preferred_name="Cat")
        dev = add_person(session, preferred_name="Dev")
        attended(session, session_id, amira, ben, cat, dev)
        sessions.set_attendance(
            session, session_id, ben, AttendanceStatus.ATTENDED, session_minutes=60
        )
        sessions.set_attendance(
            session, session_id, cat, AttendanceStatus.ATTENDED, prep_minutes=15
        )
        sessions.set_attendance(
            session, session_id, dev, AttendanceStatus.ATTENDED, session_minutes=45, prep_minutes=30
        )
        record = sessions.get_session(session, session_id)
        update = sessions.update_session(
            session, session_id, replace(record.data, end_time=time(13, 0), prep_minutes=60)
        )
    assert update.record.data.minutes == 180
    assert update.register_updated == 3  # Amira both, Ben his preparation, Cat her time
    assert update.message == "Updated the time of 3 people on the register."
    with database.reading() as session:
        lines = {
            line.name: (line.session_minutes, line.prep_minutes)
            for line in sessions.register(session, session_id)
        }
        preview = preview_session_payments(session, session_id)
    assert lines == {"Amira": (180, 60), "Ben": (60, 60), "Cat": (180, 15), "Dev": (45, 30)}
    # What will be paid is the new length: 3 hours and an hour's preparation at £25 an hour.
    assert {line.name: line.amount_pence for line in preview.lines}["Amira"] == 10000

    with database.transaction() as session:
        record = sessions.get_session(session, session_id)
        update = sessions.update_session(
            session, session_id, replace(record.data, start_time=time(12, 0))
        )
    assert update.message == "Updated the time of 2 people on the register."  # Amira and Cat
    with database.transaction() as session:
        record = sessions.get_session(session, session_id)
        update = sessions.update_session(session, session_id, replace(record.data, title="Menu"))
    assert (update.register_updated, update.message) == (0, "")


def test_new_times_say_who_already_has_a_payment(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        attended(session, session_id, amira)
        create_session_payments(session, session_id)
        attended(session, session_id, ben)
        record = sessions.get_session(session, session_id)
        update = sessions.update_session(
            session, session_id, replace(record.data, end_time=time(12, 0))
        )
    assert (update.register_updated, update.updated_with_payments) == (2, 1)
    assert update.message == (
        "Updated the time of 2 people on the register. 1 of them already has a payment for this "
        "session, worked out on the old times, which this does not change: check it."
    )


def test_project_and_date_stay_while_the_session_has_payments(database: Database) -> None:
    """A session on 5 April 2025 whose payment was paid on 7 April: moving it to another
    project or day would leave the payment counted for the old ones."""
    with database.transaction() as session:
        first = add_project(session, "Carers' café")
        second = add_project(session, "Youth panel")
        session_id = add_session(session, first, date(2025, 4, 5))
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        attended(session, session_id, amira, ben)
        paid_id, draft_id = create_session_payments(session, session_id)
        approve(session, paid_id)
        pay(session, paid_id, date(2025, 4, 7))
        assert sessions.standing_payments(session, session_id) == 2
    moved = replace(session_data(second, date(2025, 4, 7)), title="Planning workshop")
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        sessions.update_session(session, session_id, moved)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        (
            "project_id",
            "Project cannot be changed while this session has 2 payments: they are counted in "
            "the spending of Carers' café. Cancel them first (if paid: reverse them, and mark "
            "the reversal paid once the money is settled), then change the project.",
        ),
        (
            "date",
            "Date cannot be changed while this session has 2 payments: they are dated "
            "5 April 2025, the session's date now. Cancel them first (if paid: reverse them, "
            "and mark the reversal paid once the money is settled), then change the date.",
        ),
    ]
    with database.reading() as session:
        record = sessions.get_session(session, session_id)
    assert (record.data.project_id, record.data.date) == (first, date(2025, 4, 5))

    with database.transaction() as session:
        # Other changes are fine.
        sessions.update_session(session, session_id, replace(record.data, title="Menu tasting"))
        cancel(session, draft_id, "Did not come after all")
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        sessions.update_session(session, session_id, replace(record.data, date=date(2025, 4, 7)))
    assert [p.field for p in caught.value.problems] == ["date"]
    assert "has 1 payment: it is dated 5 April 2025" in str(caught.value)
    assert "Cancel it first (if paid: reverse it, and mark the reversal paid" in str(caught.value)

    # A reversal not settled yet could still be cancelled, leaving the payment standing at the
    # old date: so the session stays put until the reversal is paid.
    with database.transaction() as session:
        reversal_id = reverse(session, paid_id, "Session was on another day")
        assert sessions.standing_payments(session, session_id) == 1
        approve(session, reversal_id)
        assert sessions.standing_payments(session, session_id) == 1
    with database.transaction() as session, pytest.raises(ValidationError):
        sessions.update_session(session, session_id, moved)
    with database.transaction() as session:
        pay(session, reversal_id, date(2025, 4, 20))
        assert sessions.standing_payments(session, session_id) == 0
        update = sessions.update_session(session, session_id, moved)
    assert (update.record.data.project_id, update.record.data.date) == (second, date(2025, 4, 7))

    # Working out the payments again pays both for the session as it is now.
    with database.transaction() as session:
        created = create_session_payments(session, session_id)
        assert len(created) == 2
        again = [session.get_one(Payment, i) for i in created]
        assert {(p.incurred_on, p.project_id) for p in again} == {(date(2025, 4, 7), second)}
        assert sessions.standing_payments(session, session_id) == 2


# --- the register ------------------------------------------------------------------------------
def test_invite_uses_the_session_length_and_its_prep(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(
            session, project_id, DAY, start_time=time(10, 0), end_time=time(12, 15), prep_minutes=45
        )
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        assert sessions.invite(session, session_id, [amira, ben]) == 2
    with database.reading() as session:
        lines = sessions.register(session, session_id)
    assert lines == [
        AttendanceLine(amira, "Amira", AttendanceStatus.INVITED, 135, 45),
        AttendanceLine(ben, "Ben", AttendanceStatus.INVITED, 135, 45),
    ]
    assert lines[0].minutes == 180


def test_invite_twice_is_a_no_op(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        assert sessions.invite(session, session_id, [amira]) == 1
        sessions.set_attendance(
            session, session_id, amira, AttendanceStatus.ATTENDED, session_minutes=60
        )
    with database.transaction() as session:
        assert sessions.invite(session, session_id, [amira]) == 0
        # The same person twice in one call counts once.
        assert sessions.invite(session, session_id, [ben, ben, amira]) == 1
    with database.reading() as session:
        lines = sessions.register(session, session_id)
    assert [(line.name, line.status, line.session_minutes) for line in lines] == [
        ("Amira", AttendanceStatus.ATTENDED, 60),
        ("Ben", AttendanceStatus.INVITED, 90),
    ]


def test_invite_unknown_person_or_session(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
    with database.transaction() as session, pytest.raises(NotFound) as caught:
        sessions.invite(session, session_id, [999])
    assert "no one with the number 999" in str(caught.value)
    with database.transaction() as session, pytest.raises(NotFound):
        sessions.invite(session, 999, [])


def test_set_attendance(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY, prep_minutes=30)
        amira = add_person(session)
        sessions.invite(session, session_id, [amira])
    with database.transaction() as session:
        sessions.set_attendance(session, session_id, amira, AttendanceStatus.ATTENDED)
    with database.reading() as session:
        [line] = sessions.register(session, session_id)
    assert (line.status, line.session_minutes, line.prep_minutes) == (
        AttendanceStatus.ATTENDED,
        90,
        30,
    )
    with database.transaction() as session:
        sessions.set_attendance(
            session,
            session_id,
            amira,
            AttendanceStatus.ATTENDED,
            session_minutes=45,
            prep_minutes=0,
        )
    with database.reading() as session:
        [line] = sessions.register(session, session_id)
    assert (line.session_minutes, line.prep_minutes, line.minutes) == (45, 0, 45)


def test_set_attendance_refuses_impossible_times(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session)
        sessions.invite(session, session_id, [amira])
    with database.transaction() as session, pytest.raises(ServiceError) as caught:
        sessions.set_attendance(
            session, session_id, amira, AttendanceStatus.ATTENDED, session_minutes=-1
        )
    assert str(caught.value) == "Time at the session must be between 0 and 24 hours."
    with database.transaction() as session, pytest.raises(ServiceError) as caught:
        sessions.set_attendance(
            session, session_id, amira, AttendanceStatus.ATTENDED, prep_minutes=1441
        )
    assert str(caught.value) == "Preparation must be between 0 and 24 hours."
    with database.reading() as session:
        [line] = sessions.register(session, session_id)
    assert line.status is AttendanceStatus.INVITED


def test_set_attendance_for_someone_not_invited(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session)
    with database.transaction() as session, pytest.raises(NotFound) as caught:
        sessions.set_attendance(session, session_id, amira, AttendanceStatus.ATTENDED)
    assert str(caught.value) == (
        f"Person number {amira} is not on the register of session {session_id}."
    )


def test_uninvite(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session, preferred_name="Amira")
        ben = add_person(session, preferred_name="Ben")
        sessions.invite(session, session_id, [amira, ben])
    with database.transaction() as session:
        sessions.uninvite(session, session_id, amira)
    with database.reading() as session:
        assert [line.name for line in sessions.register(session, session_id)] == ["Ben"]


def test_uninvite_refused_once_a_payment_exists(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        amira = add_person(session)
        sessions.invite(session, session_id, [amira])
        sessions.set_attendance(session, session_id, amira, AttendanceStatus.ATTENDED)
        [payment_id] = create_session_payments(session, session_id)
    with database.transaction() as session, pytest.raises(ServiceError) as caught:
        sessions.uninvite(session, session_id, amira)
    assert str(caught.value).startswith("They have payments for this session")
    with database.reading() as session:
        assert len(sessions.register(session, session_id)) == 1
    # Once the payment is cancelled they can come off the register.
    with database.transaction() as session:
        cancel(session, payment_id, "Entered against the wrong session")
        sessions.uninvite(session, session_id, amira)
    with database.reading() as session:
        assert sessions.register(session, session_id) == []


def test_register_is_sorted_by_name(database: Database) -> None:
    with database.transaction() as session:
        project_id = add_project(session)
        session_id = add_session(session, project_id, DAY)
        names = ["Zoë", "amir", "Émile", "Bob", "Chloe"]
        ids = [add_person(session, preferred_name=name) for name in names]
        sessions.invite(session, session_id, ids)
    with database.reading() as session:
        lines = sessions.register(session, session_id)
    assert [line.name for line in lines] == ["amir", "Bob", "Chloe", "Émile", "Zoë"]


def test_register_of_unknown_session(database: Database) -> None:
    with database.reading() as session, pytest.raises(NotFound):
        sessions.register(session, 999)


def test_people_who_have_left_cannot_be_invited(database: Database) -> None:
    from coprod_desktop.services import participants, sessions
    from coprod_desktop.services.errors import ServiceError
    from coprod_desktop.vocabulary import Status
    from tests.core.payment_fixtures import add_person, add_project, add_session

    with database.transaction() as session:
        person_id = add_person(session, preferred_name="Gone")
        participants.set_status(session, person_id, Status.LEFT)
        session_id = add_session(session, add_project(session), date(2025, 11, 5))
    with database.transaction() as session, pytest.raises(ServiceError, match="has left"):
        sessions.invite(session, session_id, [person_id])


def test_a_session_that_actions_decisions_or_feedback_came_from_keeps_its_project(
    database: Database,
) -> None:
    from coprod_desktop.services import actions, decisions, feedback
    from coprod_desktop.services.actions import ActionData, Owner
    from coprod_desktop.services.decisions import DecisionData
    from coprod_desktop.services.feedback import FeedbackData
    from coprod_desktop.vocabulary import DecisionMethod

    with database.transaction() as session:
        first = add_project(session, "Carers' café")
        second = add_project(session, "Youth panel")
        session_id = add_session(session, first, DAY)
        record = sessions.get_session(session, session_id)
        decisions.add_decision(
            session,
            DecisionData(first, DAY, "Meet on Tuesdays", DecisionMethod.CONSENT, session_id),
        )
        actions.add_action(
            session,
            ActionData(first, "Book the room", (Owner(staff_name="Jo"),), session_id=session_id),
            DAY,
        )
        feedback.add_feedback(session, FeedbackData(first, DAY, "Too cold", session_id=session_id))
    with database.transaction() as session, pytest.raises(ValidationError) as caught:
        sessions.update_session(session, session_id, replace(record.data, project_id=second))
    assert [(p.field, p.message) for p in caught.value.problems] == [
        (
            "project_id",
            "Project cannot be changed: 1 action, 1 decision, 1 feedback item of Carers' café "
            "came from this session. Add a new session to the other project instead.",
        )
    ]
    with database.transaction() as session:  # anything else can still change
        sessions.update_session(session, session_id, replace(record.data, title="Menu"))
