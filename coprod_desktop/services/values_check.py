"""The values self-check: a project's group rating together, from time to time, how well it
lives the values of co-production (domain.md), and the level it thinks it has reached.

Who took part is counted in two groups, people with lived experience (and carers) and staff
(and professionals), so that a check filled in by staff alone is visible as such everywhere it
is shown. Averages are kept in tenths (integer arithmetic, halves rounded up), so the same check
always shows the same figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from coprod_desktop import limits
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.storage.models import Project, ProjectSession, ValuesCheck, ValuesRating
from coprod_desktop.storage.types import utc_now
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue

LOWEST, HIGHEST = 1, 5
# More people than any group meets with; stops a typing slip (an extra 0) going unnoticed.
MAX_PEOPLE = 10_000

# What each end of the scale means, and a word for every point, for forms and printouts.
RATING_WORDS: dict[int, str] = {
    1: "Not yet",
    2: "A little",
    3: "Partly",
    4: "Mostly",
    5: "Fully",
}

# Short names for the values, for chart legends and one-line summaries.
SHORT_VALUE_LABELS: dict[CoproductionValue, str] = {
    CoproductionValue.SHARING_POWER: "Sharing power",
    CoproductionValue.ALL_PERSPECTIVES: "All perspectives and skills",
    CoproductionValue.RESPECTING_KNOWLEDGE: "Respecting knowledge",
    CoproductionValue.RECIPROCITY: "Reciprocity",
    CoproductionValue.RELATIONSHIPS: "Relationships",
}

# The levels (SCIE, seed 002), each in one line.
LEVEL_EXPLANATIONS: dict[CoproductionLevel, str] = {
    CoproductionLevel.DESCRIPTIVE: "Co-production happens, but it is not yet recognised.",
    CoproductionLevel.INTERMEDIATE: (
        "More recognition and respect: for example, people who use services help recruit staff."
    ),
    CoproductionLevel.TRANSFORMATIVE: (
        "New relationships: people who use services are recognised as experts."
    ),
}


def rating_field(value: CoproductionValue) -> str:
    """The form field of a value's rating (where its problems are shown)."""
    return f"rating_{value.value}"


def comments_field(value: CoproductionValue) -> str:
    return f"comments_{value.value}"


VALUES_LABELS: dict[str, str] = {
    "project_id": "Project",
    "checked_on": "Date of the check",
    "session_id": "Session",
    "lived_experience_count": "People with lived experience",
    "staff_count": "Staff and professionals",
    "level": "Level reached",
    "ratings": "Ratings",
    "comments": "Overall comments",
    **{rating_field(v): v.label for v in CoproductionValue},
    **{
        comments_field(v): f"Comments on {SHORT_VALUE_LABELS[v].lower()}" for v in CoproductionValue
    },
}


@dataclass(frozen=True)
class RatingData:
    value: CoproductionValue
    rating: int  # 1 (not yet) to 5 (fully)
    comments: str = ""


@dataclass(frozen=True)
class ValuesCheckData:
    project_id: int
    checked_on: date
    level: CoproductionLevel
    lived_experience_count: int  # people with lived experience, and carers
    staff_count: int  # staff and professionals
    # One rating for each value. As read back: in the order of CoproductionValue.
    ratings: tuple[RatingData, ...]
    session_id: int | None = None
    comments: str = ""

    def rating_of(self, value: CoproductionValue) -> RatingData | None:
        return next((r for r in self.ratings if r.value is value), None)


def tenths_text(tenths: int) -> str:
    """24 -> '2.4'."""
    return f"{tenths // 10}.{tenths % 10}"


def average_tenths(ratings: Sequence[int]) -> int:
    """The mean times ten, to the nearest whole number, halves rounded up (0 for none)."""
    if not ratings:
        return 0
    count = len(ratings)
    return (20 * sum(ratings) + count) // (2 * count)


def who_took_part(lived_experience: int, staff: int) -> str:
    """'3 people with lived experience and 2 staff', or, with no one with lived experience,
    'Staff only (2 staff): no one with lived experience took part'."""
    staff_text = "1 staff member" if staff == 1 else f"{staff:,} staff"
    if lived_experience == 0:
        return f"Staff only ({staff_text}): no one with lived experience took part"
    people = (
        "1 person with lived experience"
        if lived_experience == 1
        else f"{lived_experience:,} people with lived experience"
    )
    if staff == 0:
        return f"{people} (no staff)"
    return f"{people} and {staff_text}"


@dataclass(frozen=True)
class ValuesCheckRecord:
    id: int
    data: ValuesCheckData
    project_name: str
    session_title: str  # "Title (date)", or "" when it was not done at a session
    created_at: datetime
    updated_at: datetime

    @property
    def staff_only(self) -> bool:
        """Filled in by staff alone: no one with lived experience took part."""
        return self.data.lived_experience_count == 0

    @property
    def average_tenths(self) -> int:
        return average_tenths([r.rating for r in self.data.ratings])

    @property
    def average_text(self) -> str:
        return tenths_text(self.average_tenths)

    @property
    def who_text(self) -> str:
        return who_took_part(self.data.lived_experience_count, self.data.staff_count)

    @property
    def ratings_text(self) -> str:
        """'Sharing power 2, All perspectives and skills 3, ...' in the values' order."""
        return ", ".join(f"{SHORT_VALUE_LABELS[r.value]} {r.rating}" for r in self.data.ratings)


def _session_title(row: ProjectSession) -> str:
    return f"{row.title} ({long_date(row.date)})"


def validate_check(
    session: Session, data: ValuesCheckData, today: date | None = None
) -> ValuesCheckData:
    """``data`` tidied (ratings in the values' order), or ValidationError listing every
    problem. ``today`` is this computer's date: a check cannot be dated after it."""
    today = today or today_here()
    check = Checker(VALUES_LABELS)
    comments = check.multi_line("comments", data.comments, limits.VALUES_COMMENT_MAX)
    project = session.get(Project, data.project_id)
    if project is None:
        check.add(
            "project_id",
            f"Project: there is no project with the number {data.project_id}. Choose one of "
            "the projects in the list.",
        )
    if data.checked_on > today:
        check.add(
            "checked_on",
            f"Date of the check ({long_date(data.checked_on)}) is in the future. Give the day "
            f"the group did the check, {long_date(today)} or before.",
        )
    if data.session_id is not None:
        found = session.get(ProjectSession, data.session_id)
        if found is None:
            check.add(
                "session_id", f"Session: there is no session with the number {data.session_id}."
            )
        elif project is not None and found.project_id != project.id:
            check.add(
                "session_id",
                f"Session: that session belongs to another project: {found.project.name}. "
                f"Choose a session of {project.name}, or leave it empty.",
            )
    if not isinstance(data.level, CoproductionLevel):
        levels = ", ".join(level.label for level in CoproductionLevel)
        check.add("level", f"Level reached: choose one of {levels}.")
    for field, count in (
        ("lived_experience_count", data.lived_experience_count),
        ("staff_count", data.staff_count),
    ):
        if count < 0:
            check.add(field, f"{check.label(field)} is {count}. Give a number from 0 up.")
        elif count > MAX_PEOPLE:
            check.add(
                field,
                f"{check.label(field)} is {count:,}, more than the {MAX_PEOPLE:,} this app "
                "allows. Check the number.",
            )
    if data.lived_experience_count == 0 and data.staff_count == 0:
        check.add(
            "lived_experience_count",
            "People with lived experience and staff are both 0. Give how many of each took "
            "part in the check (at least one person).",
        )
    ratings = _check_ratings(check, data.ratings)
    check.raise_if_any()
    return replace(data, comments=comments, ratings=ratings)


def _check_ratings(check: Checker, given: tuple[RatingData, ...]) -> tuple[RatingData, ...]:
    """Every value rated exactly once, from 1 to 5; returned in the values' order."""
    seen: dict[CoproductionValue, RatingData] = {}
    for rating in given:
        if not isinstance(rating.value, CoproductionValue):
            check.add("ratings", f"Ratings: '{rating.value}' is not one of the values.")
            continue
        field = rating_field(rating.value)
        label = rating.value.label
        if rating.value in seen:
            check.add(field, f"{label} is rated more than once. Give it one rating.")
            continue
        if not LOWEST <= rating.rating <= HIGHEST:
            check.add(
                field,
                f"{label}: the rating is {rating.rating}, but it must be from {LOWEST} "
                f"({RATING_WORDS[LOWEST].lower()}) to {HIGHEST} ({RATING_WORDS[HIGHEST].lower()}).",
            )
        text = check.multi_line(
            comments_field(rating.value), rating.comments, limits.VALUES_COMMENT_MAX
        )
        seen[rating.value] = replace(rating, comments=text)
    for value in CoproductionValue:
        if value not in seen and not check.has(rating_field(value)):
            check.add(
                rating_field(value),
                f"{value.label} has no rating. Choose from {LOWEST} "
                f"({RATING_WORDS[LOWEST].lower()}) to {HIGHEST} ({RATING_WORDS[HIGHEST].lower()}).",
            )
    return tuple(seen[v] for v in CoproductionValue if v in seen)


def _records(session: Session, checks: list[ValuesCheck]) -> list[ValuesCheckRecord]:
    if not checks:
        return []
    names = dict(
        session.execute(
            select(Project.id, Project.name).where(Project.id.in_({c.project_id for c in checks}))
        ).all()
    )
    session_ids = {c.session_id for c in checks if c.session_id is not None}
    titles = (
        {
            row.id: _session_title(row)
            for row in session.scalars(
                select(ProjectSession).where(ProjectSession.id.in_(session_ids))
            )
        }
        if session_ids
        else {}
    )
    order = {value: index for index, value in enumerate(CoproductionValue)}
    records = []
    for row in checks:
        ratings = sorted(row.ratings, key=lambda r: order[r.value])
        records.append(
            ValuesCheckRecord(
                id=row.id,
                data=ValuesCheckData(
                    project_id=row.project_id,
                    checked_on=row.checked_on,
                    level=row.level,
                    lived_experience_count=row.lived_experience_count,
                    staff_count=row.staff_count,
                    ratings=tuple(RatingData(r.value, r.rating, r.comments) for r in ratings),
                    session_id=row.session_id,
                    comments=row.comments,
                ),
                project_name=names.get(row.project_id, ""),
                session_title=titles.get(row.session_id, "") if row.session_id is not None else "",
                created_at=row.created_at,
                updated_at=row.updated_at,
            )
        )
    return records


def _load(session: Session, check_id: int) -> ValuesCheck:
    row = session.get(ValuesCheck, check_id)
    if row is None:
        raise NotFound(f"There is no values self-check with the number {check_id}.")
    return row


def _set_ratings(row: ValuesCheck, ratings: tuple[RatingData, ...]) -> None:
    """Change ratings in place: deleting a row and inserting the same value again in one flush
    would collide on the primary key."""
    have = {r.value: r for r in row.ratings}
    wanted = {r.value for r in ratings}
    row.ratings = [r for r in row.ratings if r.value in wanted]
    for rating in ratings:
        existing = have.get(rating.value)
        if existing is None:
            row.ratings.append(
                ValuesRating(value=rating.value, rating=rating.rating, comments=rating.comments)
            )
        else:
            existing.rating = rating.rating
            existing.comments = rating.comments


def add_check(session: Session, data: ValuesCheckData, today: date | None = None) -> int:
    clean = validate_check(session, data, today)
    now = utc_now()
    row = ValuesCheck(
        project_id=clean.project_id,
        session_id=clean.session_id,
        checked_on=clean.checked_on,
        level=clean.level,
        lived_experience_count=clean.lived_experience_count,
        staff_count=clean.staff_count,
        comments=clean.comments,
        created_at=now,
        updated_at=now,
    )
    _set_ratings(row, clean.ratings)
    session.add(row)
    session.flush()
    return row.id


def update_check(
    session: Session, check_id: int, data: ValuesCheckData, today: date | None = None
) -> ValuesCheckRecord:
    clean = validate_check(session, data, today)
    row = _load(session, check_id)
    row.project_id = clean.project_id
    row.session_id = clean.session_id
    row.checked_on = clean.checked_on
    row.level = clean.level
    row.lived_experience_count = clean.lived_experience_count
    row.staff_count = clean.staff_count
    row.comments = clean.comments
    _set_ratings(row, clean.ratings)
    row.updated_at = utc_now()
    session.flush()
    return get_check(session, check_id)


def get_check(session: Session, check_id: int) -> ValuesCheckRecord:
    return _records(session, [_load(session, check_id)])[0]


def delete_check(session: Session, check_id: int) -> None:
    session.delete(_load(session, check_id))
    session.flush()


def _query() -> Select[ValuesCheck]:
    return (
        select(ValuesCheck)
        .options(selectinload(ValuesCheck.ratings))
        .order_by(ValuesCheck.project_id, ValuesCheck.checked_on, ValuesCheck.id)
    )


def list_checks(session: Session, project_id: int) -> list[ValuesCheckRecord]:
    """A project's checks, oldest first (same-day checks in the order entered)."""
    if session.get(Project, project_id) is None:
        raise NotFound(f"There is no project with the number {project_id}.")
    rows = session.scalars(_query().where(ValuesCheck.project_id == project_id))
    return _records(session, list(rows))


def latest_check(session: Session, project_id: int) -> ValuesCheckRecord | None:
    checks = list_checks(session, project_id)
    return checks[-1] if checks else None


def latest_checks(session: Session, as_of: date | None = None) -> dict[int, ValuesCheckRecord]:
    """Each project's latest check, by project number (projects with none left out); with
    ``as_of``, the latest made on or before that day."""
    query = _query()
    if as_of is not None:
        query = query.where(ValuesCheck.checked_on <= as_of)
    latest: dict[int, ValuesCheck] = {}
    for row in session.scalars(query):
        latest[row.project_id] = row  # oldest first, so the last one wins
    return {r.data.project_id: r for r in _records(session, list(latest.values()))}


# --- the trend over time ----------------------------------------------------------------------
@dataclass(frozen=True)
class ValuesTrend:
    """A project's checks side by side, oldest first, for a chart and its text alternative."""

    project_name: str
    dates: tuple[date, ...]
    series: dict[CoproductionValue, tuple[int, ...]]  # each value's rating at every check
    averages_tenths: tuple[int, ...]
    staff_only: tuple[bool, ...]
    alt_text: str

    @property
    def title(self) -> str:
        if not self.project_name:
            return "Values self-checks"
        return f"Values self-checks: {self.project_name}"


def check_summary(record: ValuesCheckRecord) -> str:
    """'Self-check on 3 March 2026 (staff only): Sharing power 2, ...; average 2.4'."""
    staff = " (staff only)" if record.staff_only else ""
    return (
        f"Self-check on {long_date(record.data.checked_on)}{staff}: {record.ratings_text}; "
        f"average {record.average_text}"
    )


def trend_of(checks: Sequence[ValuesCheckRecord], project_name: str = "") -> ValuesTrend:
    """The trend of ``checks`` (put in date order here), every figure also in words."""
    ordered = sorted(checks, key=lambda c: (c.data.checked_on, c.id))
    series = {
        value: tuple(
            rating.rating for c in ordered if (rating := c.data.rating_of(value)) is not None
        )
        for value in CoproductionValue
    }
    who = f" for {project_name}" if project_name else ""
    if ordered:
        scale = (
            f"Ratings go from {LOWEST} ({RATING_WORDS[LOWEST].lower()}) to {HIGHEST} "
            f"({RATING_WORDS[HIGHEST].lower()})."
        )
        checks_text = ". ".join(check_summary(c) for c in ordered)
        count = "1 values self-check" if len(ordered) == 1 else f"{len(ordered)} values self-checks"
        alt = f"{count}{who}, oldest first. {scale} {checks_text}."
    else:
        alt = f"No values self-checks{who} yet."
    return ValuesTrend(
        project_name=project_name,
        dates=tuple(c.data.checked_on for c in ordered),
        series=series,
        averages_tenths=tuple(c.average_tenths for c in ordered),
        staff_only=tuple(c.staff_only for c in ordered),
        alt_text=alt,
    )


def values_trend(session: Session, project_id: int) -> ValuesTrend:
    checks = list_checks(session, project_id)
    project = session.get(Project, project_id)
    return trend_of(checks, project.name if project is not None else "")
