"""Where each project stands in the cycle of co-production, and how it got there.

The cycle (C4PC, seed 000): lived experience -> stories shared -> a collective body of evidence
-> strategic co-production -> co-produced outputs and services -> evaluation -> back to lived
experience. A project's place on it is a history of dated moves; the current stage is simply
the latest move (by date, then by the order the moves were entered), so the history and the
current stage can never disagree. A move dated in the past (written up late) slots into the
history at its date.

This is not the project's ``stage`` (co-design, co-decision, ...), which is the *kind* of
co-production; screens call this one the "cycle stage".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import CycleMove, Project
from coprod_desktop.vocabulary import CycleStage

CYCLE_LABELS = {
    "project_id": "Project",
    "stage": "Cycle stage",
    "moved_on": "Date moved",
    "note": "Note",
}

# The stages in the order a project goes round; after evaluation it starts again.
CYCLE_ORDER: tuple[CycleStage, ...] = tuple(CycleStage)

# One line on each stage, for the move dialog and the command line.
STAGE_EXPLANATIONS: dict[CycleStage, str] = {
    CycleStage.LIVED_EXPERIENCE: "People's own experience of services and of life.",
    CycleStage.STORIES: "People share their stories in a safe, welcoming setting.",
    CycleStage.COLLECTIVE_EVIDENCE: "Many stories together become a body of evidence.",
    CycleStage.STRATEGIC: "A smaller group uses the evidence to plan and decide together.",
    CycleStage.OUTPUTS: "Services, policies, research and other work made together.",
    CycleStage.EVALUATION: "Everyone looks together at what worked and what did not.",
}

NOT_PLACED = "Not placed on the cycle yet"


@dataclass(frozen=True)
class CycleMoveData:
    stage: CycleStage
    moved_on: date
    note: str = ""


@dataclass(frozen=True)
class CycleMoveRecord:
    id: int
    project_id: int
    stage: CycleStage
    moved_on: date
    note: str
    previous_stage: CycleStage | None  # where it was just before this move (None: first move)

    @property
    def from_text(self) -> str:
        """'From Stories shared', or 'First placed on the cycle' for the first move."""
        if self.previous_stage is None:
            return "First placed on the cycle"
        return f"From {self.previous_stage.label}"


def next_stage(stage: CycleStage) -> CycleStage:
    """The stage after ``stage``; after evaluation comes lived experience again."""
    return CYCLE_ORDER[(CYCLE_ORDER.index(stage) + 1) % len(CYCLE_ORDER)]


def describe_current(record: CycleMoveRecord | None) -> str:
    """'Collective evidence (since 3 May 2026)', or 'Not placed on the cycle yet'."""
    if record is None:
        return NOT_PLACED
    return f"{record.stage.label} (since {long_date(record.moved_on)})"


def _ordered(session: Session, project_ids: set[int] | None = None) -> list[CycleMove]:
    """Moves oldest first: by date, then in the order entered (same-day moves stay in order)."""
    query = select(CycleMove).order_by(CycleMove.project_id, CycleMove.moved_on, CycleMove.id)
    if project_ids is not None:
        query = query.where(CycleMove.project_id.in_(project_ids))
    return list(session.scalars(query))


def _histories(moves: list[CycleMove]) -> dict[int, list[CycleMoveRecord]]:
    """Each project's moves as records, oldest first, each knowing the stage before it."""
    found: dict[int, list[CycleMoveRecord]] = {}
    for move in moves:
        history = found.setdefault(move.project_id, [])
        history.append(
            CycleMoveRecord(
                id=move.id,
                project_id=move.project_id,
                stage=move.stage,
                moved_on=move.moved_on,
                note=move.note,
                previous_stage=history[-1].stage if history else None,
            )
        )
    return found


def _project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"There is no project with the number {project_id}.")
    return project


def cycle_history(session: Session, project_id: int) -> list[CycleMoveRecord]:
    """A project's moves, oldest first (same-day moves in the order they were entered)."""
    _project(session, project_id)
    return _histories(_ordered(session, {project_id})).get(project_id, [])


def current_stage(session: Session, project_id: int) -> CycleMoveRecord | None:
    """The project's latest move, or None when it has not been placed on the cycle."""
    history = cycle_history(session, project_id)
    return history[-1] if history else None


def current_stages(session: Session, as_of: date | None = None) -> dict[int, CycleMoveRecord]:
    """Every placed project's latest move, by project number, in one query (for lists and
    funders' reports). Projects not placed on the cycle are left out. With ``as_of``, where
    each project stood at the end of that day (a report for a past period says where the
    projects were then, not where they are now)."""
    moves = _ordered(session)
    if as_of is not None:
        moves = [move for move in moves if move.moved_on <= as_of]
    return {pid: history[-1] for pid, history in _histories(moves).items()}


def get_move(session: Session, move_id: int) -> CycleMoveRecord:
    move = session.get(CycleMove, move_id)
    if move is None:
        raise NotFound(f"There is no move with the number {move_id} in any project's history.")
    for record in cycle_history(session, move.project_id):
        if record.id == move_id:
            return record
    raise NotFound(f"There is no move with the number {move_id} in any project's history.")


def validate_move(
    session: Session, project_id: int, data: CycleMoveData, today: date | None = None
) -> CycleMoveData:
    """``data`` tidied, or ValidationError listing every problem.

    A move to the stage the project was already at on that day is refused (it would not be a
    move), and so is one that would make the next move in the history a move to where it
    already was.
    """
    today = today or today_here()
    check = Checker(CYCLE_LABELS)
    note = check.multi_line("note", data.note, limits.CYCLE_NOTE_MAX)
    if not isinstance(data.stage, CycleStage):
        stages = ", ".join(s.label for s in CYCLE_ORDER)
        check.add("stage", f"Cycle stage: choose one of {stages}.")
    if data.moved_on > today:
        check.add(
            "moved_on",
            f"Date moved ({long_date(data.moved_on)}) is in the future. Record a move once it "
            f"has happened, on {long_date(today)} or before.",
        )
    project = session.get(Project, project_id)
    if project is None:
        check.add(
            "project_id",
            f"Project: there is no project with the number {project_id}. Choose one of the "
            "projects in the list.",
        )
    elif isinstance(data.stage, CycleStage):
        history = cycle_history(session, project_id)
        # Where the new move goes: after every move dated the same day or earlier.
        before = [m for m in history if m.moved_on <= data.moved_on]
        after = [m for m in history if m.moved_on > data.moved_on]
        if before and before[-1].stage is data.stage:
            if not after:
                check.add(
                    "stage",
                    f"Cycle stage: {project.name} is already at {describe_current(before[-1])}. "
                    "Choose the stage it has moved to.",
                )
            else:
                check.add(
                    "stage",
                    f"Cycle stage: on {long_date(data.moved_on)} {project.name} was already at "
                    f"{data.stage.label} (since {long_date(before[-1].moved_on)}). Choose the "
                    "stage it moved to then.",
                )
        elif after and after[0].stage is data.stage:
            check.add(
                "stage",
                f"Cycle stage: {project.name} moved to {data.stage.label} on "
                f"{long_date(after[0].moved_on)}, after the date given. To change the date of "
                "that move, remove it and record it again.",
            )
    check.raise_if_any()
    return replace(data, note=note)


def move_project(
    session: Session, project_id: int, data: CycleMoveData, today: date | None = None
) -> int:
    """Record that the project moved to a stage on a date; returns the move's number.

    ``today`` is this computer's date (dates.today_here() when not given): a move cannot be
    dated after it.
    """
    clean = validate_move(session, project_id, data, today)
    move = CycleMove(
        project_id=project_id, stage=clean.stage, moved_on=clean.moved_on, note=clean.note
    )
    session.add(move)
    session.flush()
    return move.id


def delete_move(session: Session, move_id: int) -> CycleMoveRecord:
    """Remove a move recorded by mistake; returns it as it was. The project is then at the
    stage of its latest remaining move."""
    record = get_move(session, move_id)
    move = session.get(CycleMove, move_id)
    session.delete(move)
    session.flush()
    return record
