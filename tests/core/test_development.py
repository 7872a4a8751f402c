"""Each person's development log (services.development) and the sample logs of the demo data
(services.demo_development)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop import limits
from coprod_desktop.services import development, participants
from coprod_desktop.services.demo_data import add_demo_basics
from coprod_desktop.services.demo_development import ENTRIES, add_demo_development
from coprod_desktop.services.development import DevelopmentData
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import (
    DevelopmentEntry,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import AttendanceStatus, DevelopmentKind, Status
from tests.core.payment_fixtures import add_person, add_project

TODAY = date(2025, 11, 24)


def entry(participant_id: int, **changes: object) -> DevelopmentData:
    values: dict[str, object] = {
        "participant_id": participant_id,
        "kind": DevelopmentKind.ROLE,
        "happened_on": date(2025, 6, 2),
        "what": "Chaired the planning meeting",
    }
    values.update(changes)
    return DevelopmentData(**values)  # type: ignore[arg-type]


def problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


# --- adding, reading, changing, deleting -------------------------------------------------------
def test_an_entry_is_added_and_read_back_tidied(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        cafe = add_project(session)
        entry_id = development.add_entry(
            session,
            entry(
                amira,
                what="  Chaired the\nplanning   meeting ",
                details="Half a day.\r\nWith a certificate.  ",
                project_id=cafe,
            ),
            TODAY,
        )
        record = development.get_entry(session, entry_id)
    assert record.id == entry_id
    assert record.data == DevelopmentData(
        participant_id=amira,
        kind=DevelopmentKind.ROLE,
        happened_on=date(2025, 6, 2),
        what="Chaired the planning meeting",  # one line, single spaces
        details="Half a day.\nWith a certificate.",
        project_id=cafe,
    )
    assert record.project_name == "Carers' café"
    assert record.label == "Role taken on, 2 June 2025: Chaired the planning meeting"


def test_the_log_is_newest_first_and_can_be_limited_to_a_period(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        sam = add_person(session, preferred_name="Sam")
        days = [date(2025, 3, 1), date(2025, 9, 1), date(2024, 12, 31), date(2025, 9, 1)]
        ids = [
            development.add_entry(session, entry(amira, happened_on=d, what=f"Thing {n}"), TODAY)
            for n, d in enumerate(days)
        ]
        development.add_entry(session, entry(sam), TODAY)  # someone else's
        every = development.list_entries(session, amira)
        in_2025 = development.list_entries(session, amira, date(2025, 1, 1), date(2025, 12, 31))
        to_march = development.list_entries(session, amira, date_to=date(2025, 3, 1))
    # By day, newest first; on the same day the later-added first.
    assert [r.id for r in every] == [ids[3], ids[1], ids[0], ids[2]]
    assert [r.id for r in in_2025] == [ids[3], ids[1], ids[0]]
    assert [r.id for r in to_march] == [ids[0], ids[2]]  # both ends count


def test_an_entry_is_changed_and_deleted(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        cafe = add_project(session)
        entry_id = development.add_entry(session, entry(amira, project_id=cafe), TODAY)
        changed = development.update_entry(
            session,
            entry_id,
            entry(amira, kind=DevelopmentKind.SKILL, what="Public speaking", project_id=None),
            TODAY,
        )
        assert changed.data.kind is DevelopmentKind.SKILL
        assert changed.data.what == "Public speaking"
        assert changed.project_name == ""
        development.delete_entry(session, entry_id)
        assert development.list_entries(session, amira) == []
        with pytest.raises(NotFound, match="no development log entry with the number"):
            development.get_entry(session, entry_id)
        with pytest.raises(NotFound):
            development.delete_entry(session, entry_id)
        with pytest.raises(NotFound):
            development.update_entry(session, entry_id, entry(amira), TODAY)


def test_someone_who_has_left_can_still_have_entries_added(database: Database) -> None:
    with database.transaction() as session:
        oliver = add_person(session, preferred_name="Oliver")
        participants.set_status(session, oliver, Status.LEFT)
        entry_id = development.add_entry(
            session,
            entry(oliver, kind=DevelopmentKind.REFERENCE, what="Reference for a college place"),
            TODAY,
        )
        assert [r.id for r in development.list_entries(session, oliver)] == [entry_id]


def test_a_deleted_project_leaves_the_entry_without_one(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        cafe = add_project(session)
        entry_id = development.add_entry(session, entry(amira, project_id=cafe), TODAY)
        session.delete(session.get_one(Project, cafe))
        session.flush()
        session.expire_all()
        record = development.get_entry(session, entry_id)
    assert record.data.project_id is None and record.project_name == ""


# --- validation --------------------------------------------------------------------------------
def test_every_problem_is_reported_at_once_in_plain_english(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        with pytest.raises(ValidationError) as error:
            development.add_entry(
                session,
                entry(
                    amira,
                    kind=DevelopmentKind.TRAINING,
                    what="   ",
                    happened_on=TODAY + timedelta(days=1),
                    details="x" * (limits.DESCRIPTION_MAX + 1),
                    project_id=99,
                ),
                TODAY,
            )
        found = problems(error)
        assert found == {
            "what": "What is empty. Please enter the training, such as "
            "'Safeguarding adults training'.",
            "happened_on": "Date (25 November 2025) is after today (24 November 2025). The log "
            "keeps what has already happened: choose today or an earlier day.",
            "details": f"Details is {limits.DESCRIPTION_MAX + 1:,} characters long, but can be "
            f"at most {limits.DESCRIPTION_MAX:,}. Please shorten it.",
            "project_id": "Project: there is no project with the number 99. Choose one from the "
            "list, or leave it empty.",
        }
        assert str(error.value).startswith("Nothing was saved. Please fix 4 things:")
        assert session.scalar(select(func.count()).select_from(DevelopmentEntry)) == 0


def test_today_itself_is_allowed_and_limits_are_the_databases(database: Database) -> None:
    with database.transaction() as session:
        amira = add_person(session)
        development.add_entry(session, entry(amira, happened_on=TODAY), TODAY)
        longest = "w" * limits.DEVELOPMENT_TEXT_MAX
        development.add_entry(session, entry(amira, what=longest), TODAY)
        with pytest.raises(ValidationError) as error:
            development.add_entry(session, entry(amira, what=longest + "w"), TODAY)
        assert problems(error) == {
            "what": f"What is {limits.DEVELOPMENT_TEXT_MAX + 1:,} characters long, but can be "
            f"at most {limits.DEVELOPMENT_TEXT_MAX:,}. Please shorten it."
        }


def test_nobody_with_that_number(database: Database) -> None:
    with database.transaction() as session:
        with pytest.raises(ValidationError) as error:
            development.add_entry(session, entry(42), TODAY)
        assert problems(error) == {
            "participant_id": "Person: there is nobody with the number 42 on the register."
        }
        with pytest.raises(NotFound, match="no one with the number 42"):
            development.list_entries(session, 42)


def test_hostile_text_is_kept_as_typed(database: Database) -> None:
    typed = "<b>&amp; 🌻 نور שלום =SUM(A1)"
    with database.transaction() as session:
        amira = add_person(session, preferred_name=typed)
        entry_id = development.add_entry(session, entry(amira, what=typed), TODAY)
        assert development.get_entry(session, entry_id).data.what == typed


# --- sample data -------------------------------------------------------------------------------
DEMO_TODAY = date(2026, 11, 24)


def test_the_demo_logs_are_for_about_a_third_of_those_who_came(database: Database) -> None:
    with database.transaction() as session:
        add_demo_basics(session, 60, seed=3, today=DEMO_TODAY)
        before = session.scalar(select(func.count()).select_from(DevelopmentEntry))
        steps: list[str] = []
        summary = add_demo_development(session, 3, DEMO_TODAY, steps.append)
        assert steps == ["Adding sample development logs"]
        came = set(
            session.scalars(
                select(SessionAttendance.participant_id)
                .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
                .where(
                    SessionAttendance.status == AttendanceStatus.ATTENDED,
                    ProjectSession.date <= DEMO_TODAY,
                )
            )
        )
        rows = list(session.scalars(select(DevelopmentEntry)))
    assert before == 0
    assert came, "the demo data has people who came to sessions"
    assert summary.entries == len(rows) > 0
    logged = {r.participant_id for r in rows}
    assert summary.people == len(logged) == round(len(came) / 3)
    assert logged <= came
    per_person = [sum(1 for r in rows if r.participant_id == p) for p in logged]
    assert min(per_person) >= 1 and max(per_person) <= 4
    known = {what for kind in ENTRIES.values() for what, _ in kind}
    assert all(r.what in known and r.happened_on <= DEMO_TODAY for r in rows)
    assert {r.kind for r in rows} == set(DevelopmentKind)


def _demo_rows(database: Database, seed: int) -> list[tuple[object, ...]]:
    with database.transaction() as session:
        add_demo_basics(session, 60, seed=3, today=DEMO_TODAY)
        add_demo_development(session, seed, DEMO_TODAY)
        return [
            (r.participant_id, r.kind, r.happened_on, r.what, r.details, r.project_id)
            for r in session.scalars(select(DevelopmentEntry).order_by(DevelopmentEntry.id))
        ]


def test_the_demo_logs_are_the_same_for_the_same_seed(database: Database, tmp_path: Path) -> None:
    first = _demo_rows(database, 3)
    for seed, same in ((3, True), (4, False)):
        other = open_database(f"sqlite:///{tmp_path}/again-{seed}.sqlite3").database
        try:
            assert (_demo_rows(other, seed) == first) is same
        finally:
            other.close()
