"""Reference populations a group keeps: imported from a CSV file or typed in, and chosen per
project. The 2021 census for England and Wales (reference_data.built_in_reference) is always
there and is what a project uses until it chooses another.

The figures go through one validator, reference_data.parse_reference_csv, whether they come
from a file or a form: figures typed in are written out as the rows of a file first, so both
ways accept and refuse exactly the same things.

Each figure keeps its own source and date, as the file gave them (one file often brings
figures from several census tables); the reference also keeps them all together, joined with
"; ", with the latest date, to show in lists.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coprod_desktop.services import reference_data
from coprod_desktop.services.dates import today_here
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.services.form_checks import Checker, FieldProblem
from coprod_desktop.services.reference_data import (
    BUILT_IN_NAME,
    HEADER,
    NOT_ANSWERED,
    REFERENCE_QUESTIONS,
    Figure,
    Reference,
    ReferenceProblem,
)
from coprod_desktop.storage.models import (
    Project,
    ProjectReference,
    ReferenceFigure,
    ReferencePopulation,
)
from coprod_desktop.storage.types import utc_now

NAME_MAX = 200  # the columns' lengths (storage/models/monitoring.py)
AREA_MAX = 200
SOURCE_MAX = 2000
BUILT_IN_WORD = "builtin"  # how the command line names the census

REFERENCE_LABELS = {
    "name": "Name",
    "area": "Area",
    "source": "Source",
    "published_on": "Date of the figures",
    "figures": "Figures",
}


class ReferenceInUse(ServiceError):
    """A reference population a project uses cannot be deleted (nothing changed)."""


@dataclass(frozen=True)
class ReferenceSummary:
    id: int | None  # None for the built-in census
    name: str
    area: str
    source: str
    published_on: date | None
    figure_count: int

    @property
    def is_built_in(self) -> bool:
        return self.id is None


@dataclass(frozen=True)
class ProjectUse:
    project_id: int
    project_name: str


# --- checking -------------------------------------------------------------------------------


def _check_details(
    session: Session, check: Checker, name: str, area: str, *, except_id: int | None = None
) -> tuple[str, str]:
    """Tidy and check a reference's name and area; problems go into ``check``."""
    clean_name = check.single_line("name", name, NAME_MAX)
    check.required("name", clean_name, "a name people will recognise, such as 'Leeds 2021'")
    clean_area = check.single_line("area", area, AREA_MAX)
    if not clean_name:
        return clean_name, clean_area
    # Compared without regard to capitals, so a list never shows two that look the same.
    wanted = clean_name.casefold()
    if wanted in (BUILT_IN_NAME.casefold(), BUILT_IN_WORD):
        check.add(
            "name",
            f"Name '{clean_name}' is the name of the built-in census figures. Please choose "
            "another name, such as your area and the year.",
        )
        return clean_name, clean_area
    for population_id, existing in session.execute(
        select(ReferencePopulation.id, ReferencePopulation.name)
    ):
        if population_id != except_id and existing.casefold() == wanted:
            check.add(
                "name",
                f"Name '{clean_name}' is already used by reference {population_id}. Please "
                "choose another name, or delete that reference first.",
            )
            break
    return clean_name, clean_area


def _rows_from_form(
    figures: Sequence[tuple[str, str, str]], source: str, published_on: date | None
) -> str:
    """Figures typed in, as the CSV file that would hold them (so they meet the same checks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    day = published_on.isoformat() if published_on else ""
    for question, category, percent in figures:
        writer.writerow([question.strip(), category.strip(), percent.strip(), source, day])
    return out.getvalue()


_LINE = re.compile(r"^Line (\d+):")


def _as_rows(problem: str) -> str:
    """'Line 3: ...' in a file is the second figure typed in: 'Row 2: ...'."""
    if problem == "There are no figures after the header row.":
        return "There are no figures. Please enter at least one question, category and percent."
    return _LINE.sub(lambda m: f"Row {int(m.group(1)) - 1}:", problem)


# --- storing --------------------------------------------------------------------------------


def _store_figures(population: ReferencePopulation, parsed: Reference, source: str) -> None:
    population.source = source
    population.published_on = parsed.published_on
    population.figures = [
        ReferenceFigure(
            question=f.question,
            category=f.category,
            share_bp=f.share_bp,
            source=f.source,
            published_on=f.published_on,
        )
        for f in parsed.figures
    ]


def _save_new(session: Session, name: str, area: str, parsed: Reference, source: str) -> int:
    population = ReferencePopulation(name=name, area=area, created_at=utc_now())
    _store_figures(population, parsed, source)
    session.add(population)
    session.flush()
    return population.id


def _load(session: Session, population_id: int) -> ReferencePopulation:
    population = session.get(ReferencePopulation, population_id)
    if population is None:
        raise NotFound(
            f"There is no reference population with the number {population_id}. "
            "'coprod references list' shows them."
        )
    return population


def _sort_key(figure: Figure) -> tuple[int, int]:
    # Stored rows have no order of their own: show them in the order of the questions and
    # their answers (as the form asks them), "not answered" last.
    questions = list(REFERENCE_QUESTIONS)
    codes = (*REFERENCE_QUESTIONS[figure.question].codes, NOT_ANSWERED)
    question_at = questions.index(figure.question) if figure.question in questions else 999
    category_at = codes.index(figure.category) if figure.category in codes else 999
    return question_at, category_at


def _to_reference(population: ReferencePopulation) -> Reference:
    figures = sorted(
        (
            Figure(
                question=row.question,
                category=row.category,
                share_bp=row.share_bp,
                source=row.source,
                published_on=row.published_on,
            )
            for row in population.figures
            if row.question in REFERENCE_QUESTIONS
        ),
        key=_sort_key,
    )
    return Reference(
        name=population.name,
        figures=tuple(figures),
        area=population.area,
        source=population.source,
        published_on=population.published_on,
        population_id=population.id,
    )


# --- the public functions --------------------------------------------------------------------


def list_references(session: Session) -> list[ReferenceSummary]:
    """The built-in census first, then the group's own by name."""
    census = reference_data.built_in_reference()
    summaries = [
        ReferenceSummary(
            None, census.name, census.area, census.source, census.published_on, len(census.figures)
        )
    ]
    counts = (
        select(ReferenceFigure.population_id, func.count().label("n"))
        .group_by(ReferenceFigure.population_id)
        .subquery()
    )
    rows = session.execute(
        select(ReferencePopulation, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.population_id == ReferencePopulation.id)
        .order_by(func.lower(ReferencePopulation.name), ReferencePopulation.id)
    )
    for population, count in rows:
        summaries.append(
            ReferenceSummary(
                population.id,
                population.name,
                population.area,
                population.source,
                population.published_on,
                int(count),
            )
        )
    return summaries


def import_reference_csv(session: Session, text: str, name: str, area: str = "") -> int:
    """Store figures read from a file in the documented format (docs/monitoring.md).

    Every problem, with the name's and the file's together, is reported at once in a
    ReferenceProblem, and nothing is stored."""
    check = Checker(REFERENCE_LABELS)
    clean_name, clean_area = _check_details(session, check, name, area)
    problems = [p.message for p in check.problems]
    try:
        parsed = reference_data.parse_reference_csv(text, clean_name, clean_area)
    except ReferenceProblem as error:
        problems += error.problems
    if problems:
        raise ReferenceProblem(problems)
    return _save_new(session, clean_name, clean_area, parsed, parsed.source)


def add_reference_by_hand(
    session: Session,
    name: str,
    area: str,
    source: str,
    published_on: date | None,
    figures: Sequence[tuple[str, str, str]],
) -> int:
    """Store figures typed in: (question code, category code, percent as typed) each.

    They are checked exactly as a file's rows are; problems come back as a ValidationError,
    the figures' ones under "figures" and numbered by row (the first figure is row 1)."""
    check = Checker(REFERENCE_LABELS)
    clean_name, clean_area = _check_details(session, check, name, area)
    clean_source = check.single_line("source", source, SOURCE_MAX)
    if published_on is not None and not 1800 < published_on.year <= today_here().year + 1:
        check.add(
            "published_on",
            f"Date of the figures ({published_on.isoformat()}) cannot be right. Check the year.",
        )
    try:
        parsed = reference_data.parse_reference_csv(
            _rows_from_form(figures, clean_source, published_on), clean_name, clean_area
        )
    except ReferenceProblem as error:
        for problem in error.problems:
            check.problems.append(FieldProblem("figures", _as_rows(problem), "Figures"))
    check.raise_if_any()
    return _save_new(session, clean_name, clean_area, parsed, clean_source)


def get_reference(session: Session, population_id: int | None) -> Reference:
    """A stored reference population, or the built-in census for None."""
    if population_id is None:
        return reference_data.built_in_reference()
    return _to_reference(_load(session, population_id))


def find_reference(session: Session, wanted: str) -> Reference:
    """A reference by its number, its name (capitals do not matter), or 'builtin'."""
    text = " ".join(wanted.split())
    if text.casefold() in (BUILT_IN_WORD, BUILT_IN_NAME.casefold(), "built-in"):
        return reference_data.built_in_reference()
    if text.isdigit():
        return get_reference(session, int(text))
    for population in session.scalars(select(ReferencePopulation)):
        if population.name.casefold() == text.casefold():
            return _to_reference(population)
    names = ", ".join(s.name for s in list_references(session))
    raise NotFound(f"There is no reference population called '{text}'. There are: {names}.")


def rename_reference(session: Session, population_id: int, name: str, area: str) -> None:
    population = _load(session, population_id)
    check = Checker(REFERENCE_LABELS)
    clean_name, clean_area = _check_details(session, check, name, area, except_id=population_id)
    check.raise_if_any()
    population.name = clean_name
    population.area = clean_area
    session.flush()


def replace_figures(session: Session, population_id: int, text: str) -> None:
    """Put a file's figures in place of a reference's (say, corrected ones); the projects that
    use it keep using it. Nothing changes if the file has any problem."""
    population = _load(session, population_id)
    parsed = reference_data.parse_reference_csv(text, population.name, population.area)
    # The old rows go before the new ones are added: they share primary keys.
    population.figures.clear()
    session.flush()
    _store_figures(population, parsed, parsed.source)
    session.flush()


def projects_using(session: Session, population_id: int) -> list[ProjectUse]:
    rows = session.execute(
        select(Project.id, Project.name)
        .join(ProjectReference, ProjectReference.project_id == Project.id)
        .where(ProjectReference.population_id == population_id)
        .order_by(Project.name, Project.id)
    )
    return [ProjectUse(project_id, name) for project_id, name in rows]


def check_can_delete(session: Session, population_id: int) -> None:
    """Raise ReferenceInUse, saying which projects, if a project is compared with it."""
    population = _load(session, population_id)
    users = projects_using(session, population_id)
    if users:
        # Said rather than cascaded: a project silently going back to the census would change
        # its report without anyone choosing that.
        names = ", ".join(f"{u.project_name} ({u.project_id})" for u in users)
        who = f"the project {names} uses" if len(users) == 1 else f"{len(users)} projects use"
        which = "" if len(users) == 1 else f" ({names})"
        them = "it" if len(users) == 1 else "them"
        raise ReferenceInUse(
            f"'{population.name}' was not deleted: {who} it{which}. Choose another reference "
            f"for {them} first."
        )


def delete_reference(session: Session, population_id: int) -> None:
    """Delete a reference population, unless a project is compared with it."""
    check_can_delete(session, population_id)
    session.delete(_load(session, population_id))
    session.flush()


def choose_for_project(session: Session, project_id: int, population_id: int | None) -> None:
    """Compare the project with this reference population (None: the built-in census)."""
    _check_project(session, project_id)
    if population_id is not None:
        _load(session, population_id)
    session.execute(delete(ProjectReference).where(ProjectReference.project_id == project_id))
    if population_id is not None:
        session.add(ProjectReference(project_id=project_id, population_id=population_id))
    session.flush()


def _check_project(session: Session, project_id: int) -> None:
    if session.get(Project, project_id) is None:
        raise NotFound(f"There is no project with the number {project_id}.")


def chosen_for_project(session: Session, project_id: int) -> int | None:
    """The number of the reference the project chose, or None for the built-in census."""
    _check_project(session, project_id)
    return session.scalar(
        select(ProjectReference.population_id).where(ProjectReference.project_id == project_id)
    )


def reference_for_project(session: Session, project_id: int | None) -> Reference:
    """What a project is compared with: its choice, else the census. For all projects
    (None), the census, since each project may have chosen a different area."""
    if project_id is None:
        return reference_data.built_in_reference()
    return get_reference(session, chosen_for_project(session, project_id))


def export_reference_csv(session: Session, population_id: int | None) -> str:
    """The reference in the documented format; importing it gives the same figures."""
    return reference_data.reference_csv(get_reference(session, population_id))
