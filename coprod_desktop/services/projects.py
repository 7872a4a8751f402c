"""Projects: pieces of co-produced work, with a budget for paying people's time."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop import limits
from coprod_desktop.money import MAX_PENCE, format_money
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import Project
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import ProjectStage

PROJECT_LABELS = {
    "name": "Project name",
    "description": "Description",
    "start_date": "Start date",
    "end_date": "End date",
    "budget_pence": "Budget for involvement payments",
    "stage": "Stage",
}


@dataclass(frozen=True)
class ProjectData:
    name: str
    description: str = ""
    start_date: date | None = None
    end_date: date | None = None
    budget_pence: int | None = None
    stage: ProjectStage = ProjectStage.CO_DESIGN


@dataclass(frozen=True)
class ProjectRecord:
    id: int
    data: ProjectData
    created_at: datetime
    updated_at: datetime

    @property
    def budget_text(self) -> str:
        budget = self.data.budget_pence
        return "No budget set" if budget is None else format_money(budget)


def validate_project(data: ProjectData) -> ProjectData:
    check = Checker(PROJECT_LABELS)
    name = check.single_line("name", data.name, limits.PROJECT_NAME_MAX)
    check.required("name", name, "a short name people will recognise, such as 'Carers' café'")
    description = check.multi_line("description", data.description, limits.DESCRIPTION_MAX)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        check.add(
            "end_date",
            f"End date ({long_date(data.end_date)}) is before the start date "
            f"({long_date(data.start_date)}). Check both dates.",
        )
    if data.budget_pence is not None and not 0 <= data.budget_pence <= MAX_PENCE:
        check.add(
            "budget_pence",
            "Budget for involvement payments must be between £0 and £1,000,000, or left empty.",
        )
    check.raise_if_any()
    return replace(data, name=name, description=description)


def _to_record(project: Project) -> ProjectRecord:
    return ProjectRecord(
        id=project.id,
        data=ProjectData(
            name=project.name,
            description=project.description,
            start_date=project.start_date,
            end_date=project.end_date,
            budget_pence=project.budget_pence,
            stage=project.stage,
        ),
        created_at=project.created_at,
        updated_at=project.updated_at,
    )


def _load(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound(f"There is no project with the number {project_id}.")
    return project


def add_project(session: Session, data: ProjectData) -> int:
    clean = validate_project(data)
    now = utc_now()
    project = Project(created_at=now, updated_at=now, **vars(clean))
    session.add(project)
    session.flush()
    return project.id


def update_project(session: Session, project_id: int, data: ProjectData) -> ProjectRecord:
    clean = validate_project(data)
    project = _load(session, project_id)
    for field, value in vars(clean).items():
        setattr(project, field, value)
    project.updated_at = utc_now()
    session.flush()
    return _to_record(project)


def get_project(session: Session, project_id: int) -> ProjectRecord:
    return _to_record(_load(session, project_id))


def list_projects(session: Session) -> list[ProjectRecord]:
    """Newest first (by start date, then those without one), then by name."""
    projects = session.scalars(
        select(Project).order_by(
            Project.start_date.is_(None), Project.start_date.desc(), Project.name
        )
    )
    return [_to_record(p) for p in projects]
