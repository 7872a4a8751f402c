"""Where each project stands in the cycle: the history in order (same-day and back-dated moves
too), the current stage, the moves refused and why, and going round again after evaluation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.services import cycle
from coprod_desktop.services.cycle import (
    CYCLE_ORDER,
    NOT_PLACED,
    CycleMoveData,
    CycleMoveRecord,
    current_stage,
    current_stages,
    cycle_history,
    delete_move,
    describe_current,
    move_project,
    next_stage,
)
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import CycleStage
from tests.core.payment_fixtures import add_project

TODAY = date(2026, 5, 10)
S = CycleStage


def move(session: Session, project_id: int, stage: CycleStage, day: date, note: str = "") -> int:
    return move_project(session, project_id, CycleMoveData(stage, day, note), today=TODAY)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def stages(history: list[CycleMoveRecord]) -> list[tuple[CycleStage, CycleStage | None]]:
    return [(m.stage, m.previous_stage) for m in history]


def test_the_history_is_oldest_first_with_same_day_moves_in_the_order_entered(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session)
        other = add_project(session, "Youth panel")
        # Entered out of date order: the history sorts by date, then by entry.
        late = move(session, project, S.STRATEGIC, date(2026, 4, 20), "Steering group formed")
        first = move(session, project, S.LIVED_EXPERIENCE, date(2026, 1, 5))
        same_day_a = move(session, project, S.STORIES, date(2026, 2, 2), "Morning workshop")
        same_day_b = move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 2, 2), "Afternoon")
        move(session, other, S.OUTPUTS, date(2026, 3, 3))
    with database.reading() as session:
        history = cycle_history(session, project)
        assert [m.id for m in history] == [first, same_day_a, same_day_b, late]
        assert stages(history) == [
            (S.LIVED_EXPERIENCE, None),
            (S.STORIES, S.LIVED_EXPERIENCE),
            (S.COLLECTIVE_EVIDENCE, S.STORIES),
            (S.STRATEGIC, S.COLLECTIVE_EVIDENCE),
        ]
        assert [m.note for m in history] == [
            "",
            "Morning workshop",
            "Afternoon",
            "Steering group formed",
        ]
        assert history[0].from_text == "First placed on the cycle"
        assert history[1].from_text == "From Lived experience"
        # Another project's moves stay its own.
        assert stages(cycle_history(session, other)) == [(S.OUTPUTS, None)]


def test_a_back_dated_move_slots_into_the_history_and_the_current_stage_follows_dates(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session)
        move(session, project, S.STORIES, date(2026, 1, 10))
        move(session, project, S.STRATEGIC, date(2026, 4, 1))
        # Written up late: the evidence stage was reached in February.
        back_dated = move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 2, 14), "Late")
    with database.reading() as session:
        history = cycle_history(session, project)
        assert stages(history) == [
            (S.STORIES, None),
            (S.COLLECTIVE_EVIDENCE, S.STORIES),
            (S.STRATEGIC, S.COLLECTIVE_EVIDENCE),
        ]
        assert history[1].id == back_dated
        # The latest by date is current, although it was not the last entered.
        current = current_stage(session, project)
        assert current is not None
        assert current.stage is S.STRATEGIC
        assert describe_current(current) == "Strategic co-production (since 1 April 2026)"


def test_current_stages_gives_every_placed_project_at_once(database: Database) -> None:
    with database.transaction() as session:
        cafe = add_project(session)
        youth = add_project(session, "Youth panel")
        unplaced = add_project(session, "Walking group")
        move(session, cafe, S.STORIES, date(2026, 1, 10))
        move(session, cafe, S.COLLECTIVE_EVIDENCE, date(2026, 3, 1))
        move(session, youth, S.EVALUATION, date(2026, 2, 1))
    with database.reading() as session:
        found = current_stages(session)
        assert set(found) == {cafe, youth}
        assert (found[cafe].stage, found[cafe].previous_stage) == (
            S.COLLECTIVE_EVIDENCE,
            S.STORIES,
        )
        assert found[youth].stage is S.EVALUATION
        assert current_stage(session, unplaced) is None
        assert cycle_history(session, unplaced) == []
        # Where they stood at the end of a past day (a report for an earlier period).
        then = current_stages(session, as_of=date(2026, 2, 28))
        assert {pid: r.stage for pid, r in then.items()} == {
            cafe: S.STORIES,
            youth: S.EVALUATION,
        }
        assert current_stages(session, as_of=date(2026, 1, 9)) == {}
    assert describe_current(None) == NOT_PLACED == "Not placed on the cycle yet"


def test_moving_to_the_stage_it_is_already_at_is_refused(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session, "Youth panel")
        move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 5, 3))
        with pytest.raises(ValidationError) as error:
            move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 5, 9))
        assert problems(error) == {
            "stage": "Cycle stage: Youth panel is already at Collective evidence (since 3 May "
            "2026). Choose the stage it has moved to."
        }
        assert len(cycle_history(session, project)) == 1


def test_a_back_dated_move_that_would_not_be_a_move_is_refused(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session, "Youth panel")
        move(session, project, S.STORIES, date(2026, 1, 10))
        move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 3, 1))
        # Where it already was on that day.
        with pytest.raises(ValidationError) as error:
            move(session, project, S.STORIES, date(2026, 2, 1))
        assert problems(error) == {
            "stage": "Cycle stage: on 1 February 2026 Youth panel was already at Stories shared "
            "(since 10 January 2026). Choose the stage it moved to then."
        }
        # Where it went next: that later move would no longer be a move.
        with pytest.raises(ValidationError) as error:
            move(session, project, S.COLLECTIVE_EVIDENCE, date(2026, 2, 1))
        assert problems(error) == {
            "stage": "Cycle stage: Youth panel moved to Collective evidence on 1 March 2026, "
            "after the date given. To change the date of that move, remove it and record it "
            "again."
        }
        assert len(cycle_history(session, project)) == 2


def test_a_move_in_the_future_an_unknown_project_and_a_long_note_are_refused(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session)
        with pytest.raises(ValidationError) as error:
            move(session, project, S.STORIES, date(2026, 5, 11), "x" * 2001)
        assert problems(error) == {
            "moved_on": "Date moved (11 May 2026) is in the future. Record a move once it has "
            "happened, on 10 May 2026 or before.",
            "note": "Note is 2,001 characters long, but can be at most 2,000. Please shorten it.",
        }
        with pytest.raises(ValidationError) as error:
            move(session, 999, S.STORIES, date(2026, 5, 1))
        assert problems(error) == {
            "project_id": "Project: there is no project with the number 999. Choose one of the "
            "projects in the list."
        }
        # Today itself is fine, and the note is tidied.
        moved = move(session, project, S.STORIES, TODAY, "  Stories week  \r\n")
        assert cycle.get_move(session, moved).note == "Stories week"
        with pytest.raises(NotFound, match="no project with the number 999"):
            cycle_history(session, 999)


def test_a_move_recorded_by_mistake_can_be_removed(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        move(session, project, S.STORIES, date(2026, 1, 10))
        mistake = move(session, project, S.OUTPUTS, date(2026, 2, 1))
    with database.transaction() as session:
        removed = delete_move(session, mistake)
        assert (removed.stage, removed.moved_on) == (S.OUTPUTS, date(2026, 2, 1))
    with database.reading() as session:
        current = current_stage(session, project)
        assert current is not None and current.stage is S.STORIES
        with pytest.raises(NotFound, match="no move with the number"):
            delete_move(session, mistake)


def test_next_stage_goes_round_the_cycle_and_after_evaluation_comes_lived_experience() -> None:
    assert CYCLE_ORDER == (
        S.LIVED_EXPERIENCE,
        S.STORIES,
        S.COLLECTIVE_EVIDENCE,
        S.STRATEGIC,
        S.OUTPUTS,
        S.EVALUATION,
    )
    assert [next_stage(s) for s in CYCLE_ORDER] == [*CYCLE_ORDER[1:], S.LIVED_EXPERIENCE]
    assert next_stage(S.EVALUATION) is S.LIVED_EXPERIENCE
    # All the way round comes back to the start.
    stage = S.STORIES
    for _ in CYCLE_ORDER:
        stage = next_stage(stage)
    assert stage is S.STORIES
