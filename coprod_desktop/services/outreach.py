"""Outreach plans: from a gap in the representation report to reaching the people missing.

Seed 001 suggests persona templates to understand groups who are not yet involved. A plan is
started for one category of one question (say, ethnic group "Black"), for a project or for all
projects: a persona (who they are, their aspirations, needs, strengths, the barriers to taking
part, the places and organisations they trust) and outreach actions, which are ordinary actions
from the action plans, linked to the plan. The representation figures at the start are kept on
the plan, so a later report can say whether they changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.services import actions
from coprod_desktop.services.actions import ActionData, ActionQuery, ActionRecord
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.reference_data import (
    BUILT_IN_NAME,
    REFERENCE_QUESTIONS,
    bp_to_percent,
    ratio_text,
)
from coprod_desktop.storage.models import (
    Action,
    OutreachAction,
    OutreachPlan,
    Project,
    ReferencePopulation,
)
from coprod_desktop.storage.types import utc_now

OUTREACH_LABELS = {
    "project_id": "Project",
    "question": "Question",
    "category": "Group",
    "title": "Name of the plan",
    "who_they_are": "Who they are",
    "aspirations": "Their aspirations",
    "needs": "Their needs",
    "strengths": "Their strengths",
    "barriers": "Barriers to taking part",
    "trusted_places": "Places and organisations they trust",
    "started_on": "Started on",
}
PERSONA_FIELDS = (
    "who_they_are",
    "aspirations",
    "needs",
    "strengths",
    "barriers",
    "trusted_places",
)


@dataclass(frozen=True)
class StartingFigures:
    """The representation report's figures for the group when the plan started."""

    share_bp: int | None = None  # their share of people who answered, hundredths of a per cent
    expected_bp: int | None = None  # the reference population's share
    ratio: Fraction | None = None  # share / expected

    @property
    def text(self) -> str:
        if self.share_bp is None:
            return "There were not enough answers to say how well this group was represented."
        words = f"{bp_to_percent(self.share_bp)}% of the people who answered"
        if self.expected_bp is not None:
            words += f", against {bp_to_percent(self.expected_bp)}% expected"
        if self.ratio is not None:
            words += f" (a representation ratio of {ratio_text(self.ratio)})"
        return words + "."


@dataclass(frozen=True)
class OutreachData:
    question: str
    category: str
    title: str
    started_on: date
    project_id: int | None = None  # None: all projects
    population_id: int | None = None  # None: the built-in census
    who_they_are: str = ""
    aspirations: str = ""
    needs: str = ""
    strengths: str = ""
    barriers: str = ""
    trusted_places: str = ""
    at_start: StartingFigures = StartingFigures()


@dataclass(frozen=True)
class OutreachRecord:
    id: int
    data: OutreachData
    project_name: str  # "All projects" when none
    group_label: str  # "Ethnic group: Black, Black British, Black Welsh, Caribbean or African"
    reference_name: str
    actions: tuple[ActionRecord, ...]
    created_at: datetime
    updated_at: datetime


def _group_label(question: str, category: str) -> str:
    asked = REFERENCE_QUESTIONS[question]
    return f"{asked.short}: {asked.answer(category).label}"


def validate_outreach(session: Session, data: OutreachData) -> OutreachData:
    check = Checker(OUTREACH_LABELS)
    title = check.single_line("title", data.title, 300)
    check.required("title", title, "a short name, such as 'Reaching young carers'")
    texts = {
        name: check.multi_line(name, getattr(data, name), limits.DESCRIPTION_MAX)
        for name in PERSONA_FIELDS
    }
    question = REFERENCE_QUESTIONS.get(data.question)
    if question is None:
        check.add("question", f"Question: '{data.question}' is not one of the questions asked.")
    elif data.category not in question.codes:
        check.add("category", f"Group: '{data.category}' is not an answer to {question.short}.")
    if data.project_id is not None and session.get(Project, data.project_id) is None:
        check.add("project_id", "Project: choose one of the projects in the list.")
    if (
        data.population_id is not None
        and session.get(ReferencePopulation, data.population_id) is None
    ):
        check.add("category", "Reference population: there is no such reference population.")
    check.raise_if_any()
    return replace(
        data,
        title=title,
        who_they_are=texts["who_they_are"],
        aspirations=texts["aspirations"],
        needs=texts["needs"],
        strengths=texts["strengths"],
        barriers=texts["barriers"],
        trusted_places=texts["trusted_places"],
    )


def _columns(data: OutreachData) -> dict[str, object]:
    ratio = data.at_start.ratio
    return {
        "project_id": data.project_id,
        "question": data.question,
        "category": data.category,
        "population_id": data.population_id,
        "title": data.title,
        "started_on": data.started_on,
        "share_at_start_bp": data.at_start.share_bp,
        "expected_share_bp": data.at_start.expected_bp,
        # Hundredths, rounded half up: the ratio as the report printed it.
        "ratio_at_start": None if ratio is None else int(ratio * 100 + Fraction(1, 2)),
        **{name: getattr(data, name) for name in PERSONA_FIELDS},
    }


def start_plan(session: Session, data: OutreachData) -> int:
    clean = validate_outreach(session, data)
    now = utc_now()
    plan = OutreachPlan(created_at=now, updated_at=now, **_columns(clean))
    session.add(plan)
    session.flush()
    return plan.id


def update_plan(session: Session, plan_id: int, data: OutreachData) -> OutreachRecord:
    """Change the persona or the title; the group and the starting figures stay as they were,
    since they are what later reports are compared with."""
    plan = _load(session, plan_id)
    clean = validate_outreach(session, data)
    for name in ("title", *PERSONA_FIELDS):
        setattr(plan, name, getattr(clean, name))
    plan.updated_at = utc_now()
    session.flush()
    return get_plan(session, plan_id)


def _load(session: Session, plan_id: int) -> OutreachPlan:
    plan = session.get(OutreachPlan, plan_id)
    if plan is None:
        raise NotFound(f"There is no outreach plan with the number {plan_id}.")
    return plan


def add_outreach_action(session: Session, plan_id: int, action: ActionData, today: date) -> int:
    """A new action for the plan (an ordinary action, shown on the Actions screen too)."""
    _load(session, plan_id)
    action_id = actions.add_action(session, action, today)
    session.add(OutreachAction(plan_id=plan_id, action_id=action_id))
    session.flush()
    return action_id


def link_action(session: Session, plan_id: int, action_id: int) -> None:
    """Count an existing action as part of the plan."""
    _load(session, plan_id)
    if session.get(Action, action_id) is None:
        raise NotFound(f"There is no action with the number {action_id}.")
    if session.get(OutreachAction, (plan_id, action_id)) is None:
        session.add(OutreachAction(plan_id=plan_id, action_id=action_id))
        session.flush()


def unlink_action(session: Session, plan_id: int, action_id: int) -> None:
    session.execute(
        delete(OutreachAction).where(
            OutreachAction.plan_id == plan_id, OutreachAction.action_id == action_id
        )
    )
    session.flush()


def _record(session: Session, plan: OutreachPlan, today: date) -> OutreachRecord:
    project = session.get(Project, plan.project_id) if plan.project_id is not None else None
    population = (
        session.get(ReferencePopulation, plan.population_id)
        if plan.population_id is not None
        else None
    )
    linked = set(
        session.scalars(select(OutreachAction.action_id).where(OutreachAction.plan_id == plan.id))
    )
    plan_actions = (
        tuple(a for a in actions.list_actions(session, ActionQuery(today=today)) if a.id in linked)
        if linked
        else ()
    )
    ratio = None if plan.ratio_at_start is None else Fraction(plan.ratio_at_start, 100)
    data = OutreachData(
        question=plan.question,
        category=plan.category,
        title=plan.title,
        started_on=plan.started_on,
        project_id=plan.project_id,
        population_id=plan.population_id,
        at_start=StartingFigures(plan.share_at_start_bp, plan.expected_share_bp, ratio),
        **{name: getattr(plan, name) for name in PERSONA_FIELDS},
    )
    return OutreachRecord(
        id=plan.id,
        data=data,
        project_name=project.name if project is not None else "All projects",
        group_label=_group_label(plan.question, plan.category),
        reference_name=population.name if population is not None else BUILT_IN_NAME,
        actions=plan_actions,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def get_plan(session: Session, plan_id: int, today: date | None = None) -> OutreachRecord:
    return _record(session, _load(session, plan_id), today or date.today())


def list_plans(
    session: Session, project_id: int | None = None, today: date | None = None
) -> list[OutreachRecord]:
    """Newest first. With a project: that project's plans and those for all projects."""
    query = select(OutreachPlan).order_by(OutreachPlan.started_on.desc(), OutreachPlan.id.desc())
    if project_id is not None:
        query = query.where(
            (OutreachPlan.project_id == project_id) | OutreachPlan.project_id.is_(None)
        )
    return [_record(session, plan, today or date.today()) for plan in session.scalars(query)]


def change_since_start(record: OutreachRecord, ratio_now: Fraction | None) -> str:
    """What a later report says about the plan's group, in words."""
    then = record.data.at_start.ratio
    if then is None or ratio_now is None:
        return "There are not enough answers to compare with the start."
    since = long_date(record.data.started_on)
    figures = f"ratio {ratio_text(then)} then, {ratio_text(ratio_now)} now"
    if ratio_now > then:
        return f"Better represented than on {since}: {figures}."
    if ratio_now < then:
        return f"Less well represented than on {since}: {figures}."
    return f"No change since {since}: ratio {ratio_text(then)}."
