"""Sample meeting details (services/demo_meetings.py) on a sample database of 60 people."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from coprod_desktop.services import agenda, participants, sessions
from coprod_desktop.services.demo_data import add_demo_basics
from coprod_desktop.services.demo_meetings import MeetingsSummary, add_demo_meetings
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import Participant
from coprod_desktop.storage.opening import open_database

TODAY = date(2026, 3, 2)


def _sample(path: Path) -> tuple[Database, MeetingsSummary]:
    database = open_database(f"sqlite:///{path}").database
    with database.transaction() as session:
        add_demo_basics(session, 60, seed=3, today=TODAY)
    with database.transaction() as session:
        summary = add_demo_meetings(session, 3, TODAY)
    return database, summary


def _everything(database: Database) -> list[object]:
    """What the sample meeting details are, in a comparable form."""
    with database.reading() as session:
        found: list[object] = []
        for record in sessions.list_sessions(session):
            items = agenda.agenda_of(session, record.id)
            found.append((record.data.title, record.data.purpose, [i.data for i in items]))
        found.append(
            session.scalars(
                select(Participant.id)
                .where(Participant.consent_named_in_documents)
                .order_by(Participant.id)
            ).all()
        )
    return found


def test_sample_sessions_get_purposes_and_agendas(tmp_path: Path) -> None:
    database, summary = _sample(tmp_path / "demo.sqlite3")
    try:
        with database.reading() as session:
            records = sessions.list_sessions(session)
            agendas = {r.id: agenda.agenda_of(session, r.id) for r in records}
        assert summary.purposes == len(records) == 20
        # Every session says what it is for, in a sentence or two.
        for record in records:
            purpose = record.data.purpose
            assert purpose and purpose.endswith(".")
            assert 1 <= purpose.count(". ") + 1 <= 2, purpose
        with_agenda = [r for r in records if agendas[r.id]]
        assert summary.agendas == len(with_agenda)
        assert summary.items == sum(len(items) for items in agendas.values())
        assert len(with_agenda) >= len(records) * 0.6  # most sessions
        # Every session still to come has one: its meeting pack needs it.
        assert all(agendas[r.id] for r in records if r.data.date >= TODAY)
        for record in with_agenda:
            items = agendas[record.id]
            assert 3 <= len(items) <= 6
            assert [i.position for i in items] == list(range(1, len(items) + 1))
            assert items[0].data.title == "Welcome and access check"
            assert items[0].data.lead == "Chair"
            # The timed items fit in the session.
            assert sum(i.data.minutes or 0 for i in items) <= record.data.minutes
        titles = {i.data.title for items in agendas.values() for i in items}
        assert {"Any other business", "Date of next meeting", "You said, we did"} <= titles
        assert "Actions from last time" in titles
        leads = {i.data.lead for items in agendas.values() for i in items}
        assert "Chair" in leads and "Priya Shah" in leads
    finally:
        database.close()


def test_about_six_in_ten_people_agree_to_be_named(tmp_path: Path) -> None:
    database, summary = _sample(tmp_path / "demo.sqlite3")
    try:
        with database.reading() as session:
            named = session.scalars(
                select(Participant.id).where(Participant.consent_named_in_documents)
            ).all()
            total = session.scalar(select(func.count()).select_from(Participant))
            unrecorded = session.scalar(
                select(func.count())
                .select_from(Participant)
                .where(Participant.consent_named_in_documents, Participant.consent_date.is_(None))
            )
            # Through the service: their records moved on a version.
            versions = [participants.current_version(session, pid) for pid in named]
        assert summary.named_people == len(named)
        assert total == 60
        assert 0.4 <= len(named) / total <= 0.75
        assert unrecorded == 0  # only people whose consent is recorded
        assert all(version >= 2 for version in versions)
    finally:
        database.close()


def test_the_same_seed_gives_the_same_meetings(tmp_path: Path) -> None:
    first, one = _sample(tmp_path / "one.sqlite3")
    second, two = _sample(tmp_path / "two.sqlite3")
    try:
        assert one == two
        assert _everything(first) == _everything(second)
    finally:
        first.close()
        second.close()


def test_no_projects_means_only_people_are_named(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}").database
    try:
        with database.transaction() as session:
            summary = add_demo_meetings(session, 3, TODAY, step=lambda _text: None)
        assert summary == MeetingsSummary()
    finally:
        database.close()
