"""The funder report: what a group did over a period (of one project, or all), summed up for
the people who fund it.

Everything is counted by the database (GROUP BY, COUNT DISTINCT, SUM), so a year of 100,000
payments costs a handful of queries, never 100,000 rows read into Python. What is counted:

* Sessions: every session dated in the period, by kind.
* People involved: everyone who *attended* at least one of those sessions, once each. By role,
  a person with several roles counts once in each (so the roles add up to more than the
  total); someone with no role recorded is counted under "No role recorded". A role's count
  from 1 to 4 is said "fewer than 5" (RoleCount.people_text), as the diversity figures are:
  in a mental health project "2 people with lived experience" is close to health data.
* Hours contributed: for every attendance, the minutes at the session plus the preparation
  minutes agreed, in whole minutes. Everyone who attended is counted, staff included.
* Payments: every payment dated (the day of the session or expense) in the period that is not
  cancelled, by kind: fees, expenses and vouchers in pence, thank-yous (no money) counted.
  Reversals count with their negative amounts, so a payment put right nets to nothing. Drafts
  and approved payments count too: they are owed. Set against the budget: the project's, or for
  all projects the sum of the budgets set for the projects active in the period.
* Diversity: services.representation (the same people and the same small-number suppression
  as the diversity report; nothing is worked out again here).
* Actions: completed (done, with a completion date in the period) and still open today.
* "You said, we did": what was said in the period and has a response, never who said it.
* Stories by theme: only stories whose teller agreed they may be shared, anonymised
  (services.stories decides which; internal-only stories never leave it).
* Where each project stands in the cycle of co-production, and its latest values self-check.

A project counts as active in the period when it had a session, a payment or a completed
action in it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from coprod_desktop.money import format_money
from coprod_desktop.services import references
from coprod_desktop.services.cycle import current_stages, describe_current
from coprod_desktop.services.dates import MONTHS, long_date
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import response_text
from coprod_desktop.services.form_checks import Checker
from coprod_desktop.services.representation import (
    FEWER_THAN_5,
    SMALLEST_SHOWN,
    SuppressedReport,
    representation_report,
    suppressed,
)
from coprod_desktop.services.stories import SharedStory, shareable_evidence, stories_for_output
from coprod_desktop.services.values_check import RATING_WORDS, latest_checks
from coprod_desktop.storage.models import (
    Action,
    FeedbackItem,
    ParticipantRole,
    Payment,
    Project,
    ProjectSession,
    SessionAttendance,
)
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    FeedbackResponse,
    PaymentKind,
    PaymentStatus,
    Role,
    SessionKind,
)

ALL_PROJECTS = "All projects"
PERIOD_LABELS = {"date_from": "From", "date_to": "To", "project_id": "Project"}
MONEY_KINDS = (PaymentKind.FEE, PaymentKind.EXPENSE, PaymentKind.VOUCHER)
# The report sums up; these lists are the most recent few, with a count of the rest.
COMPLETED_LISTED = 15
FEEDBACK_LISTED = 15
STORIES_PER_THEME = 2
NO_THEME = "Not filed under a theme"
NO_CHECK = "No values self-check yet"
NO_ROLE = "No role recorded"
OPEN_STATUSES = (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
UNPAID_STATUSES = (PaymentStatus.DRAFT, PaymentStatus.APPROVED)


# --- what the report holds -----------------------------------------------------------------


@dataclass(frozen=True)
class KindCount:
    """Sessions of one kind."""

    kind: SessionKind
    label: str
    sessions: int


@dataclass(frozen=True)
class RoleCount:
    role: Role | None  # None: no role recorded
    label: str
    people: int  # the true count: print people_text, never this

    @property
    def small(self) -> bool:
        """From 1 to 4 people: too few to print (0 may be printed)."""
        return 0 < self.people < SMALLEST_SHOWN

    @property
    def people_text(self) -> str:
        """The count as a document prints it: "fewer than 5" for 1 to 4, else "12", "1,234"."""
        return FEWER_THAN_5 if self.small else f"{self.people:,}"


@dataclass(frozen=True)
class PaymentTotal:
    """Payments of one kind dated in the period, not cancelled."""

    kind: PaymentKind
    label: str
    payments: int  # how many (reversals included)
    amount_pence: int  # 0 for thank-yous
    unpaid_pence: int  # of which draft or approved: owed, not yet paid


@dataclass(frozen=True)
class BudgetFigures:
    """What the payments are set against. A budget is for a project's whole life."""

    budget_pence: int | None  # the project's; for all projects the sum of those set (None: none)
    with_budget: tuple[str, ...]  # names of the projects whose budgets are summed
    without_budget: tuple[str, ...]  # names of the projects with no budget set
    spent_to_date_pence: int  # money paid or owed by those projects up to the period's end

    @property
    def remaining_pence(self) -> int | None:
        return None if self.budget_pence is None else self.budget_pence - self.spent_to_date_pence


@dataclass(frozen=True)
class CompletedAction:
    what: str
    project_name: str
    completed_on: date


@dataclass(frozen=True)
class ActionFigures:
    completed: int  # done, with a completion date in the period
    still_open: int  # not started or in progress today
    listed: tuple[CompletedAction, ...]  # the most recent completed, up to COMPLETED_LISTED

    @property
    def not_listed(self) -> int:
        return self.completed - len(self.listed)


@dataclass(frozen=True)
class YouSaidWeDid:
    said_on: date
    project_name: str
    you_said: str  # what was said, on one line; never who said it
    we_did: str  # services.feedback.response_text: "We did: …", "In progress: …"


@dataclass(frozen=True)
class FeedbackFigures:
    responded: int  # said in the period, with a response
    waiting: int  # said in the period, no response yet
    listed: tuple[YouSaidWeDid, ...]  # the most recent responded, up to FEEDBACK_LISTED

    @property
    def not_listed(self) -> int:
        return self.responded - len(self.listed)


@dataclass(frozen=True)
class ThemeStories:
    """The stories of one theme that may be shared, anonymised (never internal-only ones)."""

    theme: str
    stories: int  # how many in the period
    shown: tuple[SharedStory, ...]  # the most recent, up to STORIES_PER_THEME; no names

    @property
    def not_shown(self) -> int:
        return self.stories - len(self.shown)


@dataclass(frozen=True)
class ValuesShown:
    """A project's latest values self-check, in words."""

    checked_on: date
    level: str
    average: str  # "3.4" (out of 5)
    staff_only: bool
    who: str  # who took part, in words
    ratings: tuple[tuple[str, int, str], ...]  # (value, rating 1 to 5, the rating in words)
    ratings_text: str  # "Sharing power 2, All perspectives and skills 3, ..." (short names)


@dataclass(frozen=True)
class ProjectStanding:
    """Where a project stands in the cycle of co-production, and its latest self-check."""

    project_id: int
    name: str
    stage: str  # services.cycle.describe_current: "Stories shared (since 3 May 2026)"
    values: ValuesShown | None


@dataclass(frozen=True)
class FunderReport:
    date_from: date
    date_to: date
    project_id: int | None
    project_name: str  # ALL_PROJECTS when project_id is None
    today: date
    sessions: int
    sessions_by_kind: tuple[KindCount, ...]  # kinds with at least one session
    people: int  # unique people who attended
    roles: tuple[RoleCount, ...]  # every role, then "No role recorded" when there are such
    session_minutes: int
    prep_minutes: int
    payments: tuple[PaymentTotal, ...]  # one per kind, in the vocabulary's order
    people_paid: int  # unique people with a money payment (not cancelled) in the period
    no_project_pence: int  # money in the totals that belongs to no project (all projects only)
    budget: BudgetFigures
    diversity: SuppressedReport
    actions: ActionFigures
    feedback: FeedbackFigures
    story_themes: tuple[ThemeStories, ...]  # most stories first
    standings: tuple[ProjectStanding, ...]  # the active projects, by name
    active_projects: tuple[tuple[int, str], ...]  # (id, name), by name
    summary: str

    @property
    def minutes(self) -> int:
        return self.session_minutes + self.prep_minutes

    @property
    def money_pence(self) -> int:
        """Fees, expenses and vouchers together."""
        return sum(p.amount_pence for p in self.payments if p.kind in MONEY_KINDS)

    @property
    def period_text(self) -> str:
        return f"{long_date(self.date_from)} to {long_date(self.date_to)}"

    @property
    def title(self) -> str:
        return f"Funder report: {self.project_name}, {self.period_text}"

    def payment(self, kind: PaymentKind) -> PaymentTotal:
        for total in self.payments:
            if total.kind is kind:
                return total
        raise KeyError(kind)

    def role(self, role: Role | None) -> RoleCount:
        for count in self.roles:
            if count.role == role:
                return count
        raise KeyError(role)


# --- words ---------------------------------------------------------------------------------


def count_text(count: int, one: str, many: str | None = None) -> str:
    """count_text(1, "session") -> "1 session"; count_text(2, "person", "people") -> "2 people"."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def hours_text(minutes: int) -> str:
    """12630 -> "210 hours 30 minutes"; 60 -> "1 hour"; 45 -> "45 minutes"; 0 -> "0 hours"."""
    hours, rest = divmod(max(minutes, 0), 60)
    parts = []
    if hours or not rest:
        parts.append(count_text(hours, "hour"))
    if rest:
        parts.append(count_text(rest, "minute"))
    return " ".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _sentence(text: str) -> str:
    line = _one_line(text)
    return line if not line or line.endswith((".", "!", "?", "…")) else line + "."


def summary_text(report: FunderReport) -> str:
    """The report in a short paragraph, in plain English."""
    who = "the group" if report.project_id is None else report.project_name
    lines = [f"From {report.period_text}, {who} held {count_text(report.sessions, 'session')}."]
    if report.people:
        lines.append(
            f"{count_text(report.people, 'person', 'people')} took part. Together they gave "
            f"{hours_text(report.minutes)} of their time, including time to prepare."
        )
    else:
        lines.append("Nobody attended a session in this period.")
    money = report.money_pence
    thanks = report.payment(PaymentKind.RECOGNITION).payments
    paid = f"Payments for time, expenses and vouchers came to {format_money(money)}"
    if report.budget.budget_pence is not None:
        paid += f", against a budget of {format_money(report.budget.budget_pence)}"
    lines.append(paid + ".")
    if thanks:
        lines.append(f"People were also thanked without money {count_text(thanks, 'time')}.")
    actions = report.actions
    lines.append(
        f"The group completed {count_text(actions.completed, 'action')}, and "
        f"{count_text(actions.still_open, 'action')} "
        f"{'is' if actions.still_open == 1 else 'are'} still open."
    )
    if report.feedback.responded:
        lines.append(
            "It responded to "
            f"{count_text(report.feedback.responded, 'thing', 'things')} people said."
        )
    return " ".join(lines)


# --- periods people report on -------------------------------------------------------------


@dataclass(frozen=True)
class ReportPeriod:
    label: str  # "Last full quarter: 1 January to 31 March 2026"
    first: date
    last: date


def _span(first: date, last: date) -> str:
    """'1 January to 31 March 2026', or '1 April 2025 to 31 March 2026' across years."""
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} to {long_date(last)}"
    return f"{long_date(first)} to {long_date(last)}"


def last_full_quarter(today: date) -> tuple[date, date]:
    """The last complete quarter before ``today``: January to March, April to June, July to
    September or October to December (the quarters of the UK financial year, which starts on
    1 April)."""
    start_month = 3 * ((today.month - 1) // 3) + 1  # the quarter today is in
    this_quarter = date(today.year, start_month, 1)
    last = this_quarter - timedelta(days=1)
    return date(last.year, last.month - 2, 1), last


def report_periods(today: date) -> list[ReportPeriod]:
    """The periods a funder usually asks about, most asked for first."""
    quarter = last_full_quarter(today)
    year_start = date(today.year if today.month >= 4 else today.year - 1, 4, 1)
    financial = (date(year_start.year - 1, 4, 1), year_start - timedelta(days=1))
    tax = TaxYear.of(today)
    last_tax = TaxYear(tax.start_year - 1)
    return [
        ReportPeriod(f"Last full quarter: {_span(*quarter)}", *quarter),
        ReportPeriod(f"Last financial year: {_span(*financial)}", *financial),
        ReportPeriod(
            f"Last tax year ({last_tax.label}): {_span(last_tax.first_day, last_tax.last_day)}",
            last_tax.first_day,
            last_tax.last_day,
        ),
        ReportPeriod(
            f"This tax year so far ({tax.label}): {_span(tax.first_day, today)}",
            tax.first_day,
            today,
        ),
    ]


# --- counting ------------------------------------------------------------------------------


def check_period(date_from: date, date_to: date) -> None:
    """A ValidationError (in plain English) when the period ends before it starts."""
    if date_to < date_from:
        check = Checker(PERIOD_LABELS)
        check.add(
            "date_to",
            f"To ({long_date(date_to)}) is before From ({long_date(date_from)}). Choose a "
            "'to' date on or after the 'from' date.",
        )
        check.raise_if_any()


def _in_period_sessions(date_from: date, date_to: date, project_id: int | None) -> Select[Any]:
    query = select(ProjectSession.id).where(
        ProjectSession.date >= date_from, ProjectSession.date <= date_to
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    return query


def _sessions_by_kind(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> tuple[KindCount, ...]:
    query = (
        select(ProjectSession.kind, func.count())
        .where(ProjectSession.date >= date_from, ProjectSession.date <= date_to)
        .group_by(ProjectSession.kind)
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    counts = {SessionKind(kind): int(n) for kind, n in session.execute(query)}
    return tuple(KindCount(k, k.label, counts[k]) for k in SessionKind if counts.get(k))


def _attended(date_from: date, date_to: date, project_id: int | None) -> Select[Any]:
    """The participant of every attendance at a session in the period (repeats included)."""
    query = (
        select(SessionAttendance.participant_id)
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .where(
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            ProjectSession.date >= date_from,
            ProjectSession.date <= date_to,
        )
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    return query


def _people_and_time(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> tuple[int, int, int]:
    """(unique people who attended, session minutes, preparation minutes)."""
    query = (
        select(
            func.count(distinct(SessionAttendance.participant_id)),
            func.coalesce(func.sum(SessionAttendance.session_minutes), 0),
            func.coalesce(func.sum(SessionAttendance.prep_minutes), 0),
        )
        .join(ProjectSession, ProjectSession.id == SessionAttendance.session_id)
        .where(
            SessionAttendance.status == AttendanceStatus.ATTENDED,
            ProjectSession.date >= date_from,
            ProjectSession.date <= date_to,
        )
    )
    if project_id is not None:
        query = query.where(ProjectSession.project_id == project_id)
    people, session_minutes, prep_minutes = session.execute(query).one()
    return int(people), int(session_minutes), int(prep_minutes)


def _roles(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> tuple[RoleCount, ...]:
    """Unique attendees by role, in one pass: the outer join counts the people with no role
    recorded under a role of NULL."""
    attendees = _attended(date_from, date_to, project_id).distinct().subquery()
    rows = session.execute(
        select(ParticipantRole.role, func.count(distinct(attendees.c.participant_id)))
        .select_from(attendees)
        .outerjoin(ParticipantRole, ParticipantRole.participant_id == attendees.c.participant_id)
        .group_by(ParticipantRole.role)
    ).all()
    counts: dict[Role | None, int] = {
        (Role(role) if role is not None else None): int(n) for role, n in rows
    }
    found = [RoleCount(r, r.label, counts.get(r, 0)) for r in Role]
    if counts.get(None):
        found.append(RoleCount(None, NO_ROLE, counts[None]))
    return tuple(found)


Query = TypeVar("Query", bound="Select[*tuple[Any, ...]]")


def _payment_filter(query: Query, date_from: date, date_to: date, project_id: int | None) -> Query:
    query = query.where(
        Payment.incurred_on >= date_from,
        Payment.incurred_on <= date_to,
        Payment.status != PaymentStatus.CANCELLED,
    )
    if project_id is not None:
        query = query.where(Payment.project_id == project_id)
    return query


def _payments(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> tuple[tuple[PaymentTotal, ...], int, int]:
    """(a total for each kind, unique people paid money, money belonging to no project).

    Two passes over the period's payments: one grouped (by kind, status and whether the
    payment belongs to a project), one counting the different people paid."""
    no_project = Payment.project_id.is_(None)
    query = _payment_filter(
        select(
            Payment.kind,
            Payment.status,
            no_project,
            func.count(),
            func.coalesce(func.sum(Payment.amount_pence), 0),
        ).group_by(Payment.kind, Payment.status, no_project),
        date_from,
        date_to,
        project_id,
    )
    counts: dict[PaymentKind, int] = dict.fromkeys(PaymentKind, 0)
    amounts: dict[PaymentKind, int] = dict.fromkeys(PaymentKind, 0)
    unpaid: dict[PaymentKind, int] = dict.fromkeys(PaymentKind, 0)
    outside = 0
    for kind, status, without_project, number, amount in session.execute(query):
        kind = PaymentKind(kind)
        counts[kind] += int(number)
        amounts[kind] += int(amount)
        if PaymentStatus(status) in UNPAID_STATUSES:
            unpaid[kind] += int(amount)
        if without_project and kind in MONEY_KINDS:
            outside += int(amount)
    totals = tuple(PaymentTotal(k, k.label, counts[k], amounts[k], unpaid[k]) for k in PaymentKind)
    people_paid = session.scalar(
        _payment_filter(
            select(func.count(distinct(Payment.participant_id))).where(
                Payment.kind.in_([k.value for k in MONEY_KINDS])
            ),
            date_from,
            date_to,
            project_id,
        )
    )
    return totals, int(people_paid or 0), outside


def _active_projects(
    session: Session, date_from: date, date_to: date
) -> tuple[tuple[int, str], ...]:
    """Projects with a session, a payment or a completed action in the period, by name."""
    with_sessions = select(ProjectSession.project_id).where(
        ProjectSession.date >= date_from, ProjectSession.date <= date_to
    )
    with_payments = _payment_filter(
        select(Payment.project_id).where(Payment.project_id.is_not(None)),
        date_from,
        date_to,
        None,
    )
    with_actions = select(Action.project_id).where(
        Action.status == ActionStatus.DONE,
        Action.completed_on >= date_from,
        Action.completed_on <= date_to,
    )
    active = with_sessions.union(with_payments, with_actions).subquery()
    rows = session.execute(
        select(Project.id, Project.name)
        .where(Project.id.in_(select(active.c[0])))
        .order_by(Project.name, Project.id)
    ).all()
    return tuple((int(i), str(n)) for i, n in rows)


def _budget(session: Session, date_to: date, project_ids: list[int]) -> BudgetFigures:
    rows = session.execute(
        select(Project.id, Project.name, Project.budget_pence)
        .where(Project.id.in_(project_ids))
        .order_by(Project.name, Project.id)
    ).all()
    with_budget = [(i, n, b) for i, n, b in rows if b is not None]
    without = tuple(n for _i, n, b in rows if b is None)
    spent = 0
    if with_budget:
        spent = int(
            session.scalar(
                select(func.coalesce(func.sum(Payment.amount_pence), 0)).where(
                    Payment.project_id.in_([i for i, _n, _b in with_budget]),
                    Payment.kind.in_([k.value for k in MONEY_KINDS]),
                    Payment.status != PaymentStatus.CANCELLED,
                    Payment.incurred_on <= date_to,
                )
            )
            or 0
        )
    return BudgetFigures(
        budget_pence=sum(b for _i, _n, b in with_budget) if with_budget else None,
        with_budget=tuple(n for _i, n, _b in with_budget),
        without_budget=without,
        spent_to_date_pence=spent,
    )


def _actions(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> ActionFigures:
    completed_filter = (
        Action.status == ActionStatus.DONE,
        Action.completed_on >= date_from,
        Action.completed_on <= date_to,
    )
    scope = () if project_id is None else (Action.project_id == project_id,)
    completed = session.scalar(select(func.count()).where(*completed_filter, *scope))
    still_open = session.scalar(
        select(func.count()).where(Action.status.in_([s.value for s in OPEN_STATUSES]), *scope)
    )
    rows = session.execute(
        select(Action.what, Project.name, Action.completed_on)
        .join(Project, Project.id == Action.project_id)
        .where(*completed_filter, *scope)
        .order_by(Action.completed_on.desc(), Action.id.desc())
        .limit(COMPLETED_LISTED)
    ).all()
    # Every row has a completion date: the query asks for one in the period.
    listed = tuple(CompletedAction(_one_line(w), n, d or date_to) for w, n, d in rows)
    return ActionFigures(int(completed or 0), int(still_open or 0), listed)


def _feedback(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> FeedbackFigures:
    scope = [FeedbackItem.said_on >= date_from, FeedbackItem.said_on <= date_to]
    if project_id is not None:
        scope.append(FeedbackItem.project_id == project_id)
    not_yet = FeedbackItem.response_kind == FeedbackResponse.NOT_YET
    counts = dict(
        session.execute(select(not_yet, func.count()).where(*scope).group_by(not_yet)).all()
    )
    rows = session.execute(
        select(
            FeedbackItem.said_on,
            Project.name,
            FeedbackItem.what_was_said,
            FeedbackItem.response_kind,
            FeedbackItem.response,
        )
        .join(Project, Project.id == FeedbackItem.project_id)
        .where(*scope, ~not_yet)
        .order_by(FeedbackItem.said_on.desc(), FeedbackItem.id.desc())
        .limit(FEEDBACK_LISTED)
    ).all()
    listed = tuple(
        YouSaidWeDid(day, name, _sentence(said), response_text(FeedbackResponse(kind), text))
        for day, name, said, kind, text in rows
    )
    return FeedbackFigures(
        responded=int(counts.get(False, 0)), waiting=int(counts.get(True, 0)), listed=listed
    )


def _stories(
    session: Session, date_from: date, date_to: date, project_id: int | None
) -> tuple[ThemeStories, ...]:
    """Shareable stories by theme, anonymised: services.stories decides what may leave the app
    (never an internal-only story) and takes names out (allow_names=False: a funder report
    names nobody). A story under two themes is shown under the first only, but counted under
    both."""
    counts = shareable_evidence(session, date_from, date_to, project_id)
    stories = stories_for_output(
        session, date_from=date_from, date_to=date_to, project_id=project_id, allow_names=False
    )
    newest_first = list(reversed(stories))
    shown_already: set[int] = set()
    found = []
    for theme, count in counts:
        mine = [s for s in newest_first if theme in s.themes and s.id not in shown_already]
        shown = tuple(mine[:STORIES_PER_THEME])
        shown_already.update(s.id for s in shown)
        found.append(ThemeStories(theme, count, shown))
    unfiled = [s for s in newest_first if not s.themes]
    if unfiled:
        found.append(ThemeStories(NO_THEME, len(unfiled), tuple(unfiled[:STORIES_PER_THEME])))
    return tuple(found)


def _standings(
    session: Session, projects: tuple[tuple[int, str], ...], as_of: date
) -> tuple[ProjectStanding, ...]:
    """Where each project stood at the end of the period: a funder reads everything in the
    report as part of the period, so later moves and checks are left for the next one."""
    stages = current_stages(session, as_of)
    checks = latest_checks(session, as_of)
    found = []
    for project_id, name in projects:
        record = checks.get(project_id)
        values = None
        if record is not None:
            values = ValuesShown(
                checked_on=record.data.checked_on,
                level=record.data.level.label,
                average=record.average_text,
                staff_only=record.staff_only,
                who=record.who_text,
                ratings=tuple(
                    (r.value.label, r.rating, RATING_WORDS[r.rating]) for r in record.data.ratings
                ),
                ratings_text=record.ratings_text,
            )
        found.append(
            ProjectStanding(project_id, name, describe_current(stages.get(project_id)), values)
        )
    return tuple(found)


def funder_report(
    session: Session,
    date_from: date,
    date_to: date,
    project_id: int | None = None,
    *,
    today: date,
) -> FunderReport:
    """The funder report for ``date_from`` to ``date_to`` (both included), of one project or
    of all. Raises ValidationError when the period ends before it starts and NotFound for a
    project that does not exist. ``today`` is the day it is made: the report says "made on"
    that day, and which actions are still open on it (not started or in progress now)."""
    check_period(date_from, date_to)
    project_name = ALL_PROJECTS
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound(f"There is no project with the number {project_id}.")
        project_name = project.name
    sessions = session.scalar(
        select(func.count()).select_from(
            _in_period_sessions(date_from, date_to, project_id).subquery()
        )
    )
    people, session_minutes, prep_minutes = _people_and_time(
        session, date_from, date_to, project_id
    )
    payments, people_paid, no_project = _payments(session, date_from, date_to, project_id)
    if project_id is None:
        active = _active_projects(session, date_from, date_to)
    else:
        active = ((project_id, project_name),)
    reference = references.reference_for_project(session, project_id)
    diversity = suppressed(
        representation_report(session, date_from, date_to, reference, project_id=project_id)
    )
    report = FunderReport(
        date_from=date_from,
        date_to=date_to,
        project_id=project_id,
        project_name=project_name,
        today=today,
        sessions=int(sessions or 0),
        sessions_by_kind=_sessions_by_kind(session, date_from, date_to, project_id),
        people=people,
        roles=_roles(session, date_from, date_to, project_id),
        session_minutes=session_minutes,
        prep_minutes=prep_minutes,
        payments=payments,
        people_paid=people_paid,
        no_project_pence=no_project,
        budget=_budget(session, date_to, [i for i, _n in active]),
        diversity=diversity,
        actions=_actions(session, date_from, date_to, project_id),
        feedback=_feedback(session, date_from, date_to, project_id),
        story_themes=_stories(session, date_from, date_to, project_id),
        standings=_standings(session, active, min(date_to, today)),
        active_projects=active,
        summary="",
    )
    return _with_summary(report)


def _with_summary(report: FunderReport) -> FunderReport:
    return replace(report, summary=summary_text(report))
