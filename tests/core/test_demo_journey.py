"""Sample cycle history and values self-checks: valid, in order, within each project's life,
slowly improving, with a staff-only check to see, and the same for the same seed."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from sqlalchemy.orm import Session

from coprod_desktop.services import cycle, projects, values_check
from coprod_desktop.services.cycle import next_stage
from coprod_desktop.services.demo_data import add_demo_basics
from coprod_desktop.services.demo_journey import JourneySummary, add_demo_journey
from coprod_desktop.storage.opening import open_database

TODAY = date(2026, 11, 24)


def _journey(url: str, seed: int | None = 3) -> tuple[JourneySummary, list[object]]:
    """Demo data for 60 people with ``seed``, then the journey; what it made, as plain values."""
    database = open_database(url).database
    try:
        steps: list[str] = []
        with database.transaction() as session:
            add_demo_basics(session, 60, seed=3, today=TODAY)
            summary = add_demo_journey(session, seed, TODAY, steps.append)
        assert steps == ["Adding sample cycle history and values self-checks"]
        with database.reading() as session:
            return summary, _everything(session)
    finally:
        database.close()


def _everything(session: Session) -> list[object]:
    made: list[object] = []
    for project in projects.list_projects(session):
        made.append(
            [(m.stage, m.moved_on, m.note) for m in cycle.cycle_history(session, project.id)]
        )
        made.append([(c.data, c.staff_only) for c in values_check.list_checks(session, project.id)])
    return made


def test_every_project_moves_round_the_cycle_in_order_within_its_life(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/journey.sqlite3"
    summary, _ = _journey(url)
    database = open_database(url).database
    try:
        with database.reading() as session:
            every = projects.list_projects(session)
            assert every
            moves = checks = staff_only = 0
            counts: set[int] = set()
            for project in every:
                start = project.data.start_date
                assert start is not None and start <= TODAY
                history = cycle.cycle_history(session, project.id)
                assert 1 <= len(history) <= 5
                counts.add(len(history))
                days = [m.moved_on for m in history]
                assert days == sorted(days) and len(set(days)) == len(days)
                assert start <= days[0] and days[-1] <= TODAY
                for before, after in pairwise(history):
                    assert after.stage is next_stage(before.stage)
                    assert after.previous_stage is before.stage
                moves += len(history)

                found = values_check.list_checks(session, project.id)
                assert 0 <= len(found) <= 4
                check_days = [c.data.checked_on for c in found]
                assert check_days == sorted(check_days)
                assert all(start <= d <= TODAY for d in check_days)
                for check in found:
                    assert len(check.data.ratings) == 5
                    assert all(1 <= r.rating <= 5 for r in check.data.ratings)
                    assert check.data.lived_experience_count + check.data.staff_count >= 1
                    if check.data.session_id is not None:
                        assert "(" in check.session_title  # a session of this project
                # Slowly improving: never worse overall from one check to the next.
                averages = [c.average_tenths for c in found]
                assert averages == sorted(averages)
                checks += len(found)
                staff_only += sum(c.staff_only for c in found)
            assert len(counts) > 1, "every project has the same number of moves"
    finally:
        database.close()
    assert summary == JourneySummary(moves=moves, checks=checks, staff_only_checks=staff_only)
    assert summary.staff_only_checks >= 1
    assert summary.checks > summary.staff_only_checks


def test_the_same_seed_gives_the_same_journey(tmp_path: object) -> None:
    first = _journey(f"sqlite:///{tmp_path}/one.sqlite3")
    again = _journey(f"sqlite:///{tmp_path}/two.sqlite3")
    assert first == again
    other = _journey(f"sqlite:///{tmp_path}/three.sqlite3", seed=4)
    assert other[1] != first[1]
