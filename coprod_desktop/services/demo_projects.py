"""Made-up projects, sessions, registers and payments to go with the sample people.

``coprod demo-data`` adds them after the people, all through the services (so every rule the app
applies to real records applies here too), in the caller's transaction. The same seed and the
same "today" always give the same projects, sessions, attendance and payments.

What a new user sees: a few projects at different stages; sessions of every kind spread over
the last eighteen months (so they cross tax years) and a few still to come; registers where most
people came, some sent apologies and a few did not turn up; and payments in every state — old
ones paid (by bank transfer, cash, Love2Shop voucher or to a charity, as each person prefers),
recent ones approved, the latest still drafts, some cancelled with a reason, and one reversal.
People who decline payment or can only have expenses get a recorded thank-you instead of a fee.
A mid-history rise in the rates (10% from 16 December 2025, as NIHR did) shows how old payments
keep the rates they were worked out with. A few people have earnings limits to watch.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from coprod_desktop.services import (
    earnings_limits,
    participants,
    payment_generation,
    payment_search,
    payments,
    policy,
    projects,
)
from coprod_desktop.services import sessions as sessions_service
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.participant_types import ParticipantData
from coprod_desktop.services.payments import ExpenseClaim, NewPayment
from coprod_desktop.services.projects import ProjectData
from coprod_desktop.services.sessions import SessionData
from coprod_desktop.vocabulary import (
    AccessNeed,
    AttendanceStatus,
    ExpenseType,
    PaymentBasis,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    PaymentStatus,
    ProjectStage,
    Role,
    SessionKind,
    Status,
    Vehicle,
)

# --- sizes --------------------------------------------------------------------------------------
MAX_SESSIONS = 300  # enough to look busy; keeps --people 50,000 well under a minute
MAX_PROJECTS = 30
MAX_REGISTER = 25
HISTORY_DAYS = 540  # about eighteen months, so sessions cross at least one 6 April
RATE_CHANGE_DAY = date(2025, 12, 16)
STAFF = ("Priya Shah", "Tom Evans", "Grace Okafor", "Siân Roberts")


def planned_sizes(people: int) -> tuple[int, int]:
    """(projects, sessions) for a register of ``people``: about one session per three people
    (20 for 60 people), at least 6 and at most 300; about five sessions a project."""
    if people <= 0:
        return 0, 0
    sessions = max(6, min(MAX_SESSIONS, round(people / 3)))
    return max(4, min(MAX_PROJECTS, sessions // 5)), sessions


# --- what the projects and sessions are like ------------------------------------------------------
@dataclass(frozen=True)
class ProjectTemplate:
    name: str
    description: str
    stage: ProjectStage
    budget_pounds: int
    kinds: tuple[SessionKind, ...]  # the kinds of session it has besides meetings and workshops
    topics: tuple[str, ...]  # workshop and meeting subjects


_M, _W, _P, _T, _E = (
    SessionKind.MEETING,
    SessionKind.WORKSHOP,
    SessionKind.INTERVIEW_PANEL,
    SessionKind.TRAINING,
    SessionKind.EVENT,
)

PROJECT_TEMPLATES = (
    ProjectTemplate(
        "Redesign of the carers' café",
        "Carers and staff redesign the weekly carers' café together: when and where it meets, "
        "what it offers, and how carers who cannot leave the person they care for can join in.",
        ProjectStage.CO_DESIGN,
        6000,
        (_T, _E),
        ("Journey mapping: a carer's week", "What makes a good café morning", "Menu and space"),
    ),
    ProjectTemplate(
        "Mental health crisis pathway review",
        "People who have used crisis services, their families and clinicians review what "
        "happens from the first call for help to follow-up, and agree changes with the trust.",
        ProjectStage.CO_DECISION,
        12500,
        (_P, _T),
        ("The first phone call", "Waiting in A&E", "After the crisis: follow-up"),
    ),
    ProjectTemplate(
        "Young carers' voice panel",
        "A panel of young carers (with a parent or guardian's consent) advises the council on "
        "support in schools and colleges, and helps run the young carers' festival.",
        ProjectStage.CO_DELIVERY,
        4000,
        (_E, _T),
        ("School and college support", "Planning the festival", "Respite breaks"),
    ),
    ProjectTemplate(
        "Community transport co-evaluation",
        "Passengers, drivers and volunteers evaluate the dial-a-ride service together: they "
        "choose the questions, carry out interviews and write the report's recommendations.",
        ProjectStage.CO_EVALUATION,
        5500,
        (_T, _E),
        ("Choosing the questions", "Making sense of the interviews", "Writing recommendations"),
    ),
    ProjectTemplate(
        "Hospital discharge information rewrite",
        "Patients and carers rewrite the leaflets and letters people get when they leave "
        "hospital, including easy read and translated versions.",
        ProjectStage.CO_DELIVERY,
        3500,
        (_E,),
        ("Reading group: the current leaflet", "Easy read draft", "Testing the new letters"),
    ),
    ProjectTemplate(
        "Recruiting the head of adult social care",
        "Experts by experience sit on the stakeholder panel and the final interview panel for "
        "the new head of adult social care.",
        ProjectStage.CO_DECISION,
        3000,
        (_P, _T),
        ("What we want from the new head", "Writing the panel questions"),
    ),
    ProjectTemplate(
        "Peer support group relaunch",
        "Members relaunch the peer support group after the pandemic: training peer "
        "facilitators, finding venues and planning the first year's sessions.",
        ProjectStage.CO_DELIVERY,
        4500,
        (_T, _E),
        ("Ground rules and safety", "Finding venues", "The first year's programme"),
    ),
    ProjectTemplate(
        "Dementia-friendly libraries",
        "People living with dementia and their carers work with library staff to make "
        "branches easier to visit: signs, quiet times and memory cafés.",
        ProjectStage.CO_DESIGN,
        5000,
        (_E,),
        ("Walking the building", "Signs and wayfinding", "Memory café plans"),
    ),
    ProjectTemplate(
        "Food bank access audit",
        "Food bank users and volunteers audit how easy it is to get a referral and reach the "
        "food bank, and agree what to change first.",
        ProjectStage.CO_EVALUATION,
        2500,
        (_T,),
        ("Getting a referral", "Opening hours and travel", "Agreeing priorities"),
    ),
    ProjectTemplate(
        "Maternity voices partnership",
        "Parents, midwives and doctors listen to families' experiences of maternity care and "
        "agree a yearly work plan with the hospital.",
        ProjectStage.CO_DESIGN,
        7000,
        (_E, _P),
        ("Listening event feedback", "Birth choices", "Work plan for the year"),
    ),
    ProjectTemplate(
        "Learning disability health checks campaign",
        "Self-advocates design and deliver a campaign so more people with a learning "
        "disability have their annual health check.",
        ProjectStage.CO_DELIVERY,
        6500,
        (_T, _E),
        ("Why health checks matter", "Making the easy read poster", "Filming the video"),
    ),
    ProjectTemplate(
        "Housing repairs complaints review",
        "Tenants review a year of repairs complaints with the housing team and decide which "
        "changes to the repairs service to make first.",
        ProjectStage.CO_DECISION,
        4000,
        (_P,),
        ("Reading the complaints", "What good looks like", "Choosing the changes"),
    ),
)
AREAS = (
    "Bradford",
    "Leicester",
    "Cardiff",
    "Glasgow South",
    "Belfast",
    "Tower Hamlets",
    "Salford",
    "Plymouth",
    "Wolverhampton",
    "Newcastle",
)
PLACES = (
    "Carers' Centre, Room 2",
    "Central Library, Meeting Room 1",
    "St Mary's Community Hall",
    "Town Hall, Committee Room 3",
    "Mosque community room, Stoney Lane",
    "The Bridge Community Centre",
    "Hospital education centre, Seminar Room B",
    "Canal Side Hub",
)
ONLINE_PLACE = "Zoom (link sent by email)"
TRAINING_TITLES = (
    "Training: chairing and taking part in meetings",
    "Training: safeguarding basics",
    "Training: interviewing skills",
    "Training: reading data and reports",
)
EVENT_TITLES = ("Launch event", "Community open day", "Celebration and sharing event")
PANEL_TITLES = (
    "Interview panel: peer support worker",
    "Interview panel: service manager",
    "Interview panel: project coordinator",
)
# Access support arranged because someone on the register needs it.
SUPPORT_FOR_NEED = {
    AccessNeed.BSL_INTERPRETER: "BSL interpreter booked",
    AccessNeed.HEARING_LOOP: "Hearing loop tested",
    AccessNeed.EASY_READ: "Easy read papers sent a week before",
    AccessNeed.LARGE_PRINT: "Large-print papers",
    AccessNeed.STEP_FREE: "Step-free entrance; accessible toilet on the same floor",
    AccessNeed.QUIET_SPACE: "Quiet room available",
}
ONLINE_SUPPORT = ("Live captions switched on", "Papers sent by email two days before")
CANCEL_REASONS = (
    "Marked as attended by mistake: they sent apologies",
    "Duplicate: the finance team had already paid this as a one-off claim",
    "They asked for this session to be unpaid (volunteering this time)",
)
EXPENSE_CANCEL_REASON = "Claimed twice: the same journey is on an earlier claim"
REVERSAL_REASON = "Paid in error: they had to leave before the session began (register corrected)"
CHARITIES = ("Carers Trust", "Mind", "the local food bank", "Age UK")
THANK_YOUS = (
    "Thank-you letter sent",
    "Certificate of contribution given",
    "Reference written for their job application",
)
CARE_PROVIDERS = ("Helping Hands", "Crossroads Care", "a registered childminder")
FARES = (
    (280, "Bus fare there and back"),
    (450, "Bus fares there and back (two buses)"),
    (560, "Tram there and back"),
    (780, "Off-peak train there and back"),
    (1240, "Train there and back"),
    (1650, "Taxi home (no step-free bus)"),
)
LIMITS = (
    ("weekly", 19550, "ESA permitted work"),
    ("monthly", 41100, "Universal Credit work allowance; claim started on the 15th"),
    ("year", 100000, "Wants involvement income under the £1,000 trading allowance"),
    ("weekly", 19600, "Carer's Allowance earnings limit"),
    ("weekly", 19550, "ESA permitted work (higher limit)"),
    ("year", 150000, "Agreed with their work coach: no more than £1,500 a year"),
)


@dataclass(frozen=True)
class DemoPerson:
    id: int
    data: ParticipantData
    status: Status


@dataclass
class ProjectsSummary:
    projects: int = 0
    sessions: int = 0
    upcoming_sessions: int = 0
    register_places: int = 0
    attendance: Counter[AttendanceStatus] = field(default_factory=Counter)
    payments: Counter[PaymentStatus] = field(default_factory=Counter)
    kinds: Counter[PaymentKind] = field(default_factory=Counter)
    reversals: int = 0
    limits_set: int = 0
    limit_warnings: int = 0
    rate_change: date | None = None


@dataclass
class _PlannedSession:
    id: int
    data: SessionData
    invited: list[DemoPerson]
    attended: list[DemoPerson] = field(default_factory=list)


# --- the rate change ----------------------------------------------------------------------------
def _rate_change_day(today: date) -> date:
    """16 December 2025 if that is inside the sample history; otherwise its middle."""
    first = today - timedelta(days=HISTORY_DAYS)
    if first < RATE_CHANGE_DAY < today:
        return RATE_CHANGE_DAY
    return today - timedelta(days=HISTORY_DAYS // 2)


def add_rate_change(session: Session, today: date) -> date | None:
    """A 10% rise from a day inside the history, unless the policy already changes on or after
    it (added to an existing database, the policy there is left alone). Returns its date."""
    day = _rate_change_day(today)
    current = policy.rates_in_force(session, day)
    if current is None or any(r.data.effective_from >= day for r in policy.list_rates(session)):
        return None
    old = current.data

    def rise(pence: int) -> int:
        return (pence * 11 + 5) // 10  # 10% more, to the nearest penny

    policy.add_rates(
        session,
        replace(
            old,
            effective_from=day,
            hourly_pence=rise(old.hourly_pence),
            half_day_pence=rise(old.half_day_pence),
            full_day_pence=rise(old.full_day_pence),
            prep_hourly_pence=rise(old.prep_hourly_pence),
            source=(
                f"SAMPLE DATA added by 'coprod demo-data', not a real policy: the rates before "
                f"raised by 10% from {long_date(day)} (as NIHR raised its public "
                "involvement rates on 16 December 2025). Mileage and the food-and-drink limit "
                "are unchanged."
            ),
        ),
    )
    return day


# --- the generator ------------------------------------------------------------------------------
class _Generator:
    def __init__(
        self,
        session: Session,
        people: Sequence[DemoPerson],
        rng: random.Random,
        today: date,
        step: Callable[[str], None] | None,
    ) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.step = step or (lambda _text: None)
        self.people = list(people)
        self.eligible = [p for p in people if p.status in (Status.ACTIVE, Status.PAUSED)]
        self.by_id = {p.id: p for p in people}
        self.summary = ProjectsSummary()
        self.cancelled: list[int] = []
        self.receipt_number = 0

    # projects and sessions ----------------------------------------------------------------------
    def project_data(self, index: int, count: int) -> tuple[ProjectData, ProjectTemplate]:
        rng = self.rng
        template = PROJECT_TEMPLATES[index % len(PROJECT_TEMPLATES)]
        round_number = index // len(PROJECT_TEMPLATES)
        name = template.name
        if round_number:
            name = f"{name} ({AREAS[(index + round_number) % len(AREAS)]})"
        # Staggered starts: the first project began about eighteen months ago, the last recently.
        latest_start = 60
        spread = HISTORY_DAYS - latest_start
        start_ago = HISTORY_DAYS - (index * spread) // max(count - 1, 1) - rng.randint(0, 20)
        start_ago = max(latest_start, min(HISTORY_DAYS, start_ago))
        start = self.today - timedelta(days=start_ago)
        end = start + timedelta(days=rng.randint(180, 420))
        budget = max(1000, template.budget_pounds + rng.randint(-10, 10) * 100) * 100
        data = ProjectData(
            name=name,
            description=template.description,
            start_date=start,
            end_date=end if rng.random() < 0.85 else None,
            budget_pence=budget if rng.random() < 0.9 else None,
            stage=template.stage,
        )
        return data, template

    def session_kinds(self, template: ProjectTemplate, count: int) -> list[SessionKind]:
        """Kick-off meeting first; the project's special kinds; meetings and workshops between;
        an event last if it has one."""
        kinds: list[SessionKind] = [_M]
        specials = list(template.kinds)
        event_last = _E in specials and count >= 3
        if event_last:
            specials.remove(_E)
        middle = count - 1 - (1 if event_last else 0)
        body: list[SessionKind] = specials[:middle]
        while len(body) < middle:
            body.append(_W if len(body) % 2 == 0 else _M)
        # Training comes early; panels and the rest in between.
        body.sort(key=lambda k: 0 if k is _T else 1)
        kinds += body
        if event_last:
            kinds.append(_E)
        return kinds[:count]

    def session_dates(self, project: ProjectData, count: int) -> tuple[list[date], int]:
        """Dates in order, on weekdays (events may be on a Saturday); how many are upcoming."""
        assert project.start_date is not None
        end = project.end_date or self.today + timedelta(days=120)
        upcoming = 1 if count >= 3 and end > self.today + timedelta(days=14) else 0
        last_past = min(end, self.today - timedelta(days=1))
        span = max((last_past - project.start_date).days, 1)
        past = count - upcoming
        offsets = sorted(self.rng.sample(range(span + 1), past) if span + 1 >= past else [0] * past)
        if offsets:
            offsets[0] = min(offsets[0], self.rng.randint(3, 14))  # kick-off soon after the start
        days = [
            self.weekday(min(project.start_date + timedelta(days=o), last_past)) for o in offsets
        ]
        if upcoming:
            soon = self.today + timedelta(days=self.rng.randint(5, 40))
            days.append(self.weekday(min(soon, end)))
        return days, upcoming

    @staticmethod
    def weekday(day: date) -> date:
        """A working day: not at a weekend, nor between Christmas and New Year."""
        if (day.month, day.day) >= (12, 23) or (day.month, day.day) <= (1, 2):
            day = date(day.year - (day.month == 1), 12, 22)  # the last meeting before the break
        shift = {5: -1, 6: -2}.get(day.weekday(), 0)  # to the Friday before
        return day + timedelta(days=shift)

    def session_shape(
        self, kind: SessionKind, template: ProjectTemplate, number: int
    ) -> tuple[str, time, time, PaymentBasis, int, bool]:
        """(title, start, end, payment basis, preparation minutes, online)."""
        rng = self.rng
        topic = template.topics[number % len(template.topics)]
        if kind is _M:
            title = (
                "Kick-off meeting"
                if number == 0
                else rng.choice(
                    ("Steering group meeting", f"Meeting: {topic}", "Progress check-in")
                )
            )
            start = rng.choice((time(10, 0), time(13, 30), time(18, 0)))
            length = rng.choice((90, 120, 120))
            prep = rng.choice((0, 0, 30))
            return title, start, _plus(start, length), PaymentBasis.HOURLY, prep, rng.random() < 0.4
        if kind is _W:
            start = rng.choice((time(10, 0), time(13, 0)))
            prep = rng.choice((0, 60))
            return (
                f"Workshop: {topic}",
                start,
                _plus(start, 180),
                PaymentBasis.HALF_DAY,
                prep,
                False,
            )
        if kind is _P:
            title = rng.choice(PANEL_TITLES)
            return title, time(9, 30), time(16, 30), PaymentBasis.FULL_DAY, 120, False
        if kind is _T:
            title = rng.choice(TRAINING_TITLES)
            if rng.random() < 0.5:
                return title, time(10, 0), time(13, 0), PaymentBasis.HALF_DAY, 0, False
            return title, time(13, 0), time(15, 30), PaymentBasis.HOURLY, 0, rng.random() < 0.5
        title = rng.choice(EVENT_TITLES)
        start = rng.choice((time(11, 0), time(17, 30)))
        return title, start, _plus(start, 180), PaymentBasis.HOURLY, 30, False

    def register_size(self, kind: SessionKind, core: int) -> int:
        """How many of the project's regular group are invited (events invite others too)."""
        rng = self.rng
        if kind is _P:
            wanted = rng.randint(3, 5)
        elif kind is _T:
            wanted = rng.randint(6, 12)
        elif kind is _E:
            wanted = core
        else:
            wanted = max(4, round(core * rng.uniform(0.6, 1.0)))
        return min(core, wanted, MAX_REGISTER)

    def add_projects(self, project_count: int, session_count: int) -> list[_PlannedSession]:
        planned: list[_PlannedSession] = []
        shares = [session_count // project_count] * project_count
        for i in range(session_count % project_count):
            shares[i] += 1
        for index in range(project_count):
            data, template = self.project_data(index, project_count)
            project_id = projects.add_project(self.session, data)
            self.summary.projects += 1
            core = self.rng.sample(
                self.eligible, k=min(len(self.eligible), self.rng.randint(10, MAX_REGISTER))
            )
            kinds = self.session_kinds(template, shares[index])
            days, upcoming = self.session_dates(data, len(kinds))
            for number, (kind, day) in enumerate(zip(kinds, days, strict=True)):
                is_upcoming = number >= len(kinds) - upcoming
                planned_session = self.add_session(project_id, template, core, kind, day, number)
                if planned_session is None:
                    continue
                if is_upcoming:
                    self.summary.upcoming_sessions += 1
                else:
                    self.mark_attendance(planned_session)
                    planned.append(planned_session)
        return planned

    def add_session(
        self,
        project_id: int,
        template: ProjectTemplate,
        core: list[DemoPerson],
        kind: SessionKind,
        day: date,
        number: int,
    ) -> _PlannedSession | None:
        rng = self.rng
        title, start, end, basis, prep, online = self.session_shape(kind, template, number)
        if kind is _E and day.weekday() == 4 and rng.random() < 0.5:
            day += timedelta(days=1)  # a Saturday event
        invited = rng.sample(core, k=self.register_size(kind, len(core)))
        if kind is _E and len(invited) < MAX_REGISTER:  # events reach beyond the usual group
            core_ids = {p.id for p in core}
            wanted = min(MAX_REGISTER - len(invited), 6)
            sample = rng.sample(self.eligible, k=min(len(self.eligible), wanted + len(core)))
            invited += [p for p in sample if p.id not in core_ids][:wanted]
        hybrid = online and rng.random() < 0.3
        needs = {need for person in invited for need in person.data.access_needs}
        if online and not hybrid:
            needs -= {AccessNeed.HEARING_LOOP, AccessNeed.STEP_FREE, AccessNeed.QUIET_SPACE}
        # What was arranged for the people invited (BSL first: it has to be booked ahead).
        support = [text for need, text in SUPPORT_FOR_NEED.items() if need in needs]
        support = support[:1] + rng.sample(
            support[1:], k=min(max(len(support) - 1, 0), rng.randint(0, 2))
        )
        if online:
            support.append(rng.choice(ONLINE_SUPPORT))
        data = SessionData(
            project_id=project_id,
            title=title,
            kind=kind,
            date=day,
            start_time=start,
            end_time=end,
            place="" if online and not hybrid else rng.choice(PLACES),
            online=online,
            access_support="\n".join(support),
            payment_basis=basis,
            prep_minutes=prep,
        )
        session_id = sessions_service.add_session(self.session, data)
        self.summary.sessions += 1
        invited.sort(key=lambda p: p.id)
        self.summary.register_places += sessions_service.invite(
            self.session, session_id, [p.id for p in invited]
        )
        return _PlannedSession(session_id, data, invited)

    def mark_attendance(self, planned: _PlannedSession) -> None:
        rng = self.rng
        came: list[DemoPerson] = []
        minutes = planned.data.minutes
        for person in planned.invited:
            paused = person.status is Status.PAUSED
            status = rng.choices(
                (
                    AttendanceStatus.ATTENDED,
                    AttendanceStatus.APOLOGIES,
                    AttendanceStatus.DID_NOT_ATTEND,
                ),
                weights=(45, 40, 15) if paused else (82, 11, 7),
            )[0]
            session_minutes = prep_minutes = None
            if status is AttendanceStatus.ATTENDED:
                came.append(person)
                if minutes > 90 and rng.random() < 0.08:
                    session_minutes = minutes - rng.choice((30, 45, 60))  # left early
                if planned.data.prep_minutes and rng.random() < 0.15:
                    prep_minutes = 0  # did not manage the reading
            sessions_service.set_attendance(
                self.session,
                planned.id,
                person.id,
                status,
                session_minutes=session_minutes,
                prep_minutes=prep_minutes,
            )
            self.summary.attendance[status] += 1
        planned.attended = came

    # earnings limits ----------------------------------------------------------------------------
    def set_limits(self, planned: list[_PlannedSession]) -> None:
        """A few frequent attendees who are paid in money or vouchers ask us to watch a limit."""
        paid_kinds = (None, PaymentPreference.BANK_TRANSFER, PaymentPreference.CASH)
        counts = Counter(p.id for s in planned for p in s.attended)
        candidates = [
            self.by_id[pid]
            for pid, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            if self.by_id[pid].data.payment_preference in (*paid_kinds, PaymentPreference.VOUCHER)
        ]
        wanted = min(len(candidates), 3 + len(self.people) // 10_000, 8)
        chosen = sorted(self.rng.sample(candidates[: wanted * 3], k=wanted), key=lambda p: p.id)
        for number, person in enumerate(chosen):
            period, pence, note = LIMITS[number % len(LIMITS)]
            record = participants.get_participant(self.session, person.id)
            new = replace(
                record.data,
                weekly_limit_pence=pence if period == "weekly" else None,
                monthly_limit_pence=pence if period == "monthly" else None,
                limit_month_starts=15 if period == "monthly" else None,
                tax_year_limit_pence=pence if period == "year" else None,
                limit_note=note,
            )
            participants.update_participant(self.session, person.id, new, today=self.today)
            self.summary.limits_set += 1

    # payments -----------------------------------------------------------------------------------
    def stages(self, planned: list[_PlannedSession]) -> dict[int, PaymentStatus]:
        """How far each past session's payments have gone: the last fortnight's (and at least
        the latest session's) are drafts; the month before (and at least the next one) approved;
        older ones paid."""
        newest_first = sorted(planned, key=lambda s: (s.data.date, s.id), reverse=True)
        stage: dict[int, PaymentStatus] = {}
        drafts = approved = 0
        for planned_session in newest_first:
            age = (self.today - planned_session.data.date).days
            if age <= 14 or drafts == 0:
                stage[planned_session.id] = PaymentStatus.DRAFT
                drafts += 1
            elif age <= 42 or approved == 0:
                stage[planned_session.id] = PaymentStatus.APPROVED
                approved += 1
            else:
                stage[planned_session.id] = PaymentStatus.PAID
        return stage

    def expenses(self, planned: _PlannedSession) -> list[int]:
        rng = self.rng
        data = planned.data
        ids: list[int] = []
        in_person = bool(data.place)
        for person in planned.attended:
            claims: list[ExpenseClaim] = []
            base = ExpenseClaim(person.id, ExpenseType.OTHER, data.date, session_id=planned.id)
            if in_person and rng.random() < 0.35:
                if rng.random() < 0.4:
                    vehicle = rng.choices(
                        (Vehicle.CAR, Vehicle.BICYCLE, Vehicle.MOTORCYCLE), weights=(85, 10, 5)
                    )[0]
                    claims.append(
                        replace(
                            base,
                            expense_type=ExpenseType.MILEAGE,
                            vehicle=vehicle,
                            tenth_miles=rng.randint(20, 300),
                        )
                    )
                else:
                    fare, what = rng.choice(FARES)
                    claims.append(
                        replace(
                            base,
                            expense_type=ExpenseType.PUBLIC_TRANSPORT,
                            amount_pence=fare,
                            description=what,
                            receipt_reference=rng.choice(("Tickets attached to the claim", "")),
                        )
                    )
            if Role.CARER in person.data.roles and rng.random() < 0.3:
                hours = -(-(data.minutes + 60) // 60)  # the session and travel, in whole hours
                self.receipt_number += 1
                provider = rng.choice(CARE_PROVIDERS)
                claims.append(
                    replace(
                        base,
                        expense_type=ExpenseType.CARE,
                        amount_pence=hours * rng.choice((1500, 1650, 1800)),
                        receipt_reference=f"Receipt CR-{self.receipt_number:04d} ({provider})",
                        description=f"Replacement care, {hours} hours",
                    )
                )
            if data.minutes >= 180 and in_person and rng.random() < 0.15:
                claims.append(
                    replace(
                        base,
                        expense_type=ExpenseType.SUBSISTENCE,
                        amount_pence=rng.randint(7, 19) * 50,  # £3.50 to £9.50: under the £10 cap
                        description="Lunch (none was provided)",
                    )
                )
            ids += [payments.add_expense(self.session, claim) for claim in claims]
        return ids

    def approve_moment(self, day: date) -> datetime:
        moment = datetime.combine(
            day + timedelta(days=self.rng.randint(1, 8)),
            time(self.rng.randint(9, 16), self.rng.choice((0, 15, 30, 45))),
            tzinfo=UTC,
        )
        latest = datetime.combine(self.today, time(9, 0), tzinfo=UTC)
        return min(moment, latest)

    def payments_for(self, planned: _PlannedSession, stage: PaymentStatus) -> None:
        rng = self.rng
        ids = payment_generation.create_session_payments(self.session, planned.id)
        ids += self.expenses(planned)
        if stage is PaymentStatus.DRAFT or not ids:
            return
        approved_at = self.approve_moment(planned.data.date)
        records = [payments.get_payment(self.session, payment_id) for payment_id in ids]
        # Now and then someone was marked as attending by mistake: all their claims go.
        mistaken = {r.participant_id for r in records if rng.random() < 0.01}
        keep: list[int] = []
        for record in records:
            if record.participant_id in mistaken:
                self.cancel(record.id, CANCEL_REASONS[0], approved_at)
            elif record.kind is not PaymentKind.RECOGNITION and rng.random() < 0.025:
                reason = (
                    EXPENSE_CANCEL_REASON
                    if record.kind is PaymentKind.EXPENSE
                    else rng.choice(CANCEL_REASONS[1:])
                )
                self.cancel(record.id, reason, approved_at)
            else:
                keep.append(record.id)
        for participant_id in sorted(mistaken):
            sessions_service.set_attendance(
                self.session, planned.id, participant_id, AttendanceStatus.APOLOGIES
            )
        keep = self.respect_limits(planned, keep, approved_at)
        payments.approve(self.session, keep, rng.choice(STAFF), now=approved_at)
        if stage is PaymentStatus.PAID:
            paid_on = min(
                approved_at.date() + timedelta(days=rng.randint(2, 14)),
                self.today - timedelta(days=1),
            )
            for payment_id in keep:
                self.pay(payment_id, max(paid_on, approved_at.date()))

    def cancel(self, payment_id: int, reason: str, when: datetime) -> None:
        payments.cancel(self.session, payment_id, reason, now=when)
        self.cancelled.append(payment_id)

    def respect_limits(self, planned: _PlannedSession, ids: list[int], when: datetime) -> list[int]:
        """Before approving, check the limits people asked us to watch. Anyone who would go
        over chose a thank-you instead this time (the app only warns; this is their choice)."""
        warnings = earnings_limits.check_approval(self.session, ids)
        over = {w.participant_id: w for w in warnings}
        if not over:
            return ids
        self.summary.limit_warnings += len(warnings)
        keep: list[int] = []
        for payment_id in ids:
            record = payments.get_payment(self.session, payment_id)
            warning = over.get(record.participant_id)
            if warning is None or not record.counts_as_income:
                keep.append(payment_id)
                continue
            self.cancel(
                payment_id,
                f"Would have taken them over the limit they asked us to watch for "
                f"{warning.period} ({warning.note}); they chose a thank-you instead",
                when,
            )
            keep.append(
                payments.add_payment(
                    self.session,
                    NewPayment(
                        participant_id=record.participant_id,
                        kind=PaymentKind.RECOGNITION,
                        amount_pence=0,
                        incurred_on=record.incurred_on,
                        description=f"{planned.data.title}: thank-you instead of a fee "
                        "(earnings limit)",
                        session_id=planned.id,
                        minutes=record.minutes,
                    ),
                )
            )
        return keep

    def pay(self, payment_id: int, paid_on: date) -> None:
        rng = self.rng
        record = payments.get_payment(self.session, payment_id)
        preference = self.by_id[record.participant_id].data.payment_preference
        reference = f"CPD{paid_on:%y%m%d}{payment_id:05d}"
        if record.kind is PaymentKind.RECOGNITION:
            payments.mark_paid(
                self.session, payment_id, paid_on, PaymentMethod.OTHER, rng.choice(THANK_YOUS)
            )
        elif record.kind is PaymentKind.VOUCHER:
            number = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
            payments.mark_paid(
                self.session,
                payment_id,
                paid_on,
                PaymentMethod.VOUCHER,
                voucher_provider="Love2Shop",
                voucher_reference=number,
            )
        elif preference is PaymentPreference.CASH:
            self.receipt_number += 1
            payments.mark_paid(
                self.session,
                payment_id,
                paid_on,
                PaymentMethod.CASH,
                f"Signed cash receipt {self.receipt_number:04d}",
            )
        elif preference is PaymentPreference.CHARITY and record.kind is PaymentKind.FEE:
            payments.mark_paid(
                self.session,
                payment_id,
                paid_on,
                PaymentMethod.CHARITY,
                f"Donated to {rng.choice(CHARITIES)}, ref {reference}",
            )
        else:
            payments.mark_paid(
                self.session, payment_id, paid_on, PaymentMethod.BANK_TRANSFER, reference
            )

    def add_reversal(self, planned: list[_PlannedSession], stage: dict[int, PaymentStatus]) -> None:
        """One paid fee put right: they had left before the session began."""
        paid_sessions = [s for s in planned if stage[s.id] is PaymentStatus.PAID]
        for planned_session in self.rng.sample(paid_sessions, k=len(paid_sessions)):
            found = [
                r
                for r in payment_search.search_payments(
                    self.session,
                    payment_search.PaymentQuery(
                        status=PaymentStatus.PAID, project_id=planned_session.data.project_id
                    ),
                )
                if r.session_id == planned_session.id
                and r.kind is PaymentKind.FEE
                and r.paid_method is PaymentMethod.BANK_TRANSFER
            ]
            if not found:
                continue
            original = min(found, key=lambda r: r.id)
            reversal_id = payments.reverse(self.session, original.id, REVERSAL_REASON)
            sessions_service.set_attendance(
                self.session,
                planned_session.id,
                original.participant_id,
                AttendanceStatus.DID_NOT_ATTEND,
            )
            assert original.paid_on is not None
            returned = min(original.paid_on + timedelta(days=21), self.today - timedelta(days=1))
            when = datetime.combine(returned, time(11, 0), tzinfo=UTC)
            payments.approve(self.session, [reversal_id], self.rng.choice(STAFF), now=when)
            payments.mark_paid(
                self.session,
                reversal_id,
                returned,
                PaymentMethod.BANK_TRANSFER,
                f"Returned by them, ref {original.paid_reference}",
            )
            self.summary.reversals += 1
            return

    def ensure_a_cancellation(self) -> None:
        if self.cancelled:
            return
        drafts = payment_search.search_payments(
            self.session, payment_search.PaymentQuery(status=PaymentStatus.DRAFT)
        )
        fees = [r for r in drafts if r.kind is PaymentKind.FEE and r.reverses_id is None]
        if fees:
            when = datetime.combine(self.today, time(9, 0), tzinfo=UTC)
            self.cancel(min(fees, key=lambda r: r.id).id, CANCEL_REASONS[1], when)

    def run(self, project_count: int, session_count: int) -> ProjectsSummary:
        self.step("Adding sample projects, sessions and registers")
        self.summary.rate_change = add_rate_change(self.session, self.today)
        planned = self.add_projects(project_count, session_count)
        self.set_limits(planned)
        self.step("Working out sample payments")
        stage = self.stages(planned)
        for planned_session in sorted(planned, key=lambda s: (s.data.date, s.id)):
            self.payments_for(planned_session, stage[planned_session.id])
        if planned:
            self.add_reversal(planned, stage)
            self.ensure_a_cancellation()
        for record in payment_search.search_payments(self.session, payment_search.PaymentQuery()):
            self.summary.payments[record.status] += 1
            self.summary.kinds[record.kind] += 1
        return self.summary


def _plus(start: time, minutes: int) -> time:
    total = start.hour * 60 + start.minute + minutes
    return time(total // 60, total % 60)


def add_demo_projects(
    session: Session,
    people: Sequence[DemoPerson],
    seed: int | None = None,
    today: date | None = None,
    step: Callable[[str], None] | None = None,
) -> ProjectsSummary:
    """Sample projects, sessions, registers and payments for ``people`` (already added).

    Only active and paused people are invited. Sizes follow ``planned_sizes(len(people))``.
    """
    project_count, session_count = planned_sizes(len(people))
    if not project_count:
        return ProjectsSummary()
    rng = random.Random(f"coprod-demo-projects:{seed}") if seed is not None else random.Random()
    generator = _Generator(session, people, rng, today or date.today(), step)
    return generator.run(project_count, session_count)
