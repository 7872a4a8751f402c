"""The funder report: services.funder_report on a hand-made data set with known answers, and the
report as a tagged large-print PDF, read back as a reader and a screen reader would (pdftotext,
pdfinfo, pikepdf's structure tree, pdfplumber's font sizes)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pdfplumber
import pikepdf
import pytest
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy.orm import Session

from coprod_desktop.reports.charts import BAR_COLOUR
from coprod_desktop.reports.diversity_pdf import chart_drawings, write_diversity_pdf
from coprod_desktop.reports.document import MARGIN_SIDE_PT, DocumentProblem, PageLayout
from coprod_desktop.reports.funder_report_pdf import (
    ROLES_NOTE,
    payments_drawings,
    people_drawings,
    role_figures,
    write_funder_report_pdf,
)
from coprod_desktop.services import actions, cycle, feedback, payments, stories, themes
from coprod_desktop.services import values_check as values
from coprod_desktop.services.actions import ActionData, Owner
from coprod_desktop.services.cycle import CycleMoveData
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.feedback import FeedbackData
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.funder_report import (
    ALL_PROJECTS,
    NO_ROLE,
    FunderReport,
    funder_report,
    hours_text,
    last_full_quarter,
    report_periods,
)
from coprod_desktop.services.representation import FEWER_THAN_5
from coprod_desktop.services.stories import StoryData
from coprod_desktop.services.values_check import RatingData, ValuesCheckData
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import MonitoringForm, Payment
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    CoproductionLevel,
    CoproductionValue,
    CycleStage,
    ExpenseType,
    FeedbackResponse,
    MonitoringMethod,
    PaymentKind,
    PaymentStatus,
    Role,
    SessionKind,
    StoryConsent,
)
from tests.core.payment_fixtures import (
    add_person,
    add_project,
    add_session,
    approved_fee,
    attended,
    fee,
    paid_fee,
    pay,
)
from tests.core.pdf_checks import chars, elements, embedded_font_names, in_order, pdf_text
from tests.core.test_diversity_outputs import fill

FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
TODAY = date(2026, 4, 20)
CAFE = "Carers' café <b>&"
TRANSPORT = "Transport review"
OLD = "Old project"
SECRET = "INTERNAL-ONLY-SECRET"
TELLER = "Bronwen"  # tells an anonymised story naming herself
NAMED_TELLER = "Dafydd"  # agreed to be named, but a funder report names nobody
NAME_WORD = "Quillon"  # every other person's name starts with this


@dataclass(frozen=True)
class Built:
    cafe: int
    transport: int
    old: int
    people: list[int]  # the 12 at the first workshop
    x: int  # no role recorded; came to the second meeting only
    y: int  # expert by learning; came to the transport meeting only


def _roles(index: int) -> frozenset[Role]:
    """7 with lived experience, 2 carers, 1 both, 1 professional with lived experience,
    1 staff (the 12 at the workshop)."""
    if index < 7:
        return frozenset({Role.LIVED_EXPERIENCE})
    return [
        frozenset({Role.CARER}),
        frozenset({Role.CARER}),
        frozenset({Role.LIVED_EXPERIENCE, Role.CARER}),
        frozenset({Role.PROFESSIONAL, Role.LIVED_EXPERIENCE}),
        frozenset({Role.STAFF}),
    ][index - 7]


def _form(session: Session, person: int, sex: str, ethnic: str, disability: str) -> None:
    session.add(
        MonitoringForm(
            participant_id=person,
            collected_on=date(2025, 5, 1),
            method=MonitoringMethod.ONLINE,
            sex=sex,
            ethnic_group=ethnic,
            disability=disability,
        )
    )


def _expense(
    session: Session, person: int, amount: int, day: date, project: int, status: PaymentStatus
) -> None:
    session.add(
        Payment(
            participant_id=person,
            project_id=project,
            kind=PaymentKind.EXPENSE,
            expense_type=ExpenseType.PUBLIC_TRANSPORT,
            amount_pence=amount,
            incurred_on=day,
            description="Bus fare",
            status=status,
            paid_on=day if status is PaymentStatus.PAID else None,
            created_at=datetime(2025, 6, 1, tzinfo=UTC),
        )
    )
    session.flush()


def build(session: Session) -> Built:
    cafe = add_project(session, CAFE, budget_pence=500_000)
    transport = add_project(session, TRANSPORT)  # no budget
    old = add_project(session, OLD, budget_pence=100_000)  # nothing in the period
    names = [TELLER, NAMED_TELLER] + [f"{NAME_WORD}{i}" for i in range(10)]
    people = [
        add_person(session, preferred_name=name, full_name=f"{name} Jones", roles=_roles(i))
        for i, name in enumerate(names)
    ]
    x = add_person(session, preferred_name=f"{NAME_WORD}X", full_name="", roles=frozenset())
    y = add_person(
        session,
        preferred_name=f"{NAME_WORD}Y",
        full_name="",
        roles=frozenset({Role.EXPERT_BY_LEARNING}),
    )
    absent = add_person(session, preferred_name=f"{NAME_WORD}Absent", full_name="")
    # Monitoring: 10 women and 4 men (fewer than 5); 11 White British and 3 Indian; 6
    # disabled and 8 not.
    for i, person in enumerate([*people, x, y]):
        _form(
            session,
            person,
            "female" if i < 10 else "male",
            "indian" if i in (0, 5, 13) else "white_british",
            "yes_a_lot" if i % 2 and i < 12 else "no_condition",
        )

    # Sessions: three in the period, one before, one after.
    workshop = add_session(
        session, cafe, date(2025, 6, 1), kind=SessionKind.WORKSHOP, prep_minutes=30
    )  # 10:00 to 11:30: 90 minutes, 30 to prepare
    attended(session, workshop, *people)
    from coprod_desktop.services import sessions as session_service

    session_service.invite(session, workshop, [absent])
    session_service.set_attendance(session, workshop, absent, AttendanceStatus.APOLOGIES)
    meeting = add_session(
        session,
        cafe,
        date(2025, 9, 10),
        kind=SessionKind.MEETING,
        start_time=datetime(2025, 1, 1, 10).time(),
        end_time=datetime(2025, 1, 1, 12).time(),
    )  # 120 minutes
    attended(session, meeting, *people[:5], x)
    bus = add_session(
        session,
        transport,
        date(2026, 1, 15),
        kind=SessionKind.MEETING,
        start_time=datetime(2025, 1, 1, 14).time(),
        end_time=datetime(2025, 1, 1, 15).time(),
        prep_minutes=15,
    )  # 60 minutes, 15 to prepare
    attended(session, bus, people[0], people[1], y)
    before = add_session(session, old, date(2025, 3, 1))
    attended(session, before, *people[:4])
    after = add_session(session, cafe, date(2026, 4, 10))
    attended(session, after, *people)

    # Payments.
    paid_fee(session, people[0], 2500, date(2025, 6, 1), project_id=cafe)
    approved_fee(session, people[1], 2500, date(2025, 6, 1), project_id=cafe)
    fee(session, people[2], 3750, date(2025, 9, 10), project_id=cafe)  # draft
    cancelled = fee(session, people[3], 2500, date(2025, 9, 10), project_id=cafe)
    payments.cancel(session, cancelled, "Entered twice")
    mistake = paid_fee(session, people[4], 5000, date(2025, 9, 10), project_id=cafe)
    reversal = payments.reverse(session, mistake, "Wrong person")
    payments.approve(session, [reversal], "Sam Okafor")
    pay(session, reversal)
    paid_fee(session, people[0], 9999, date(2026, 4, 10), project_id=cafe)  # after
    paid_fee(session, people[0], 1000, date(2025, 3, 15), project_id=cafe)  # before
    paid_fee(session, y, 1000, date(2026, 1, 15), project_id=transport)
    paid_fee(session, people[6], 1500, date(2025, 12, 1))  # no project
    paid_fee(session, people[0], 7000, date(2025, 3, 1), project_id=old)  # before
    _expense(session, people[0], 1250, date(2025, 6, 1), cafe, PaymentStatus.PAID)
    _expense(session, people[1], 480, date(2026, 1, 15), transport, PaymentStatus.DRAFT)
    paid_fee(session, people[1], 2000, date(2025, 6, 1), kind=PaymentKind.VOUCHER, project_id=cafe)
    fee(session, people[2], 0, date(2025, 6, 1), kind=PaymentKind.RECOGNITION, project_id=cafe)
    fee(session, y, 0, date(2026, 1, 15), kind=PaymentKind.RECOGNITION, project_id=transport)

    # Actions: completed on the day given to add_action.
    def action(project: int, what: str, status: ActionStatus, day: date, **more: Any) -> None:
        actions.add_action(
            session,
            ActionData(
                project_id=project,
                what=what,
                status=status,
                owners=(Owner(staff_name="Priya"),),
                **more,
            ),
            day,
        )

    action(cafe, "Book the <b>big</b> room", ActionStatus.DONE, date(2025, 7, 1))
    action(cafe, "Print the old leaflet", ActionStatus.DONE, date(2025, 3, 1))  # before
    action(cafe, "Ask the council", ActionStatus.IN_PROGRESS, date(2025, 7, 1))
    action(cafe, "Find a second venue", ActionStatus.NOT_STARTED, date(2025, 7, 1))
    action(
        cafe,
        "Apply to the closed fund",
        ActionStatus.DROPPED,
        date(2025, 7, 1),
        dropped_reason="It closed",
    )
    action(transport, "Map the bus routes", ActionStatus.DONE, date(2026, 2, 1))
    action(transport, "Talk to the bus company", ActionStatus.NOT_STARTED, date(2026, 2, 1))

    # You said, we did.
    def said(project: int, day: date, what: str, kind: FeedbackResponse, response: str) -> None:
        feedback.add_feedback(
            session,
            FeedbackData(
                project_id=project,
                said_on=day,
                what_was_said=what,
                participant_id=people[0],
                response_kind=kind,
                response=response,
            ),
        )

    said(cafe, date(2025, 6, 1), "The room was too cold", FeedbackResponse.WE_DID, "We moved")
    said(cafe, date(2025, 7, 1), "More tea please", FeedbackResponse.NOT_YET, "")
    said(transport, date(2026, 2, 1), "Pay for taxis", FeedbackResponse.COULD_NOT, "No money")
    said(cafe, date(2025, 3, 1), "Old feedback", FeedbackResponse.WE_DID, "Done long ago")

    # Stories.
    bus_theme = themes.add_theme(session, "Transport")
    waiting = themes.add_theme(session, "Waiting times")

    def story(title: str, text: str, consent: StoryConsent, **more: Any) -> None:
        stories.add_story(
            session, StoryData(title=title, text=text, consent=consent, **more), TODAY
        )

    story(
        "The late bus",
        f"{TELLER} waited an hour for the bus.",
        StoryConsent.ANONYMISED,
        told_on=date(2025, 6, 1),
        participant_id=people[0],
        project_id=cafe,
        theme_ids=(bus_theme,),
    )
    story(
        "Kept inside",
        f"{SECRET} words",
        StoryConsent.INTERNAL_ONLY,
        told_on=date(2025, 6, 2),
        participant_id=people[2],
        project_id=cafe,
        theme_ids=(bus_theme,),
    )
    story(
        "Six weeks",
        f"{NAMED_TELLER} waited six weeks for a letter.",
        StoryConsent.WITH_NAME,
        told_on=date(2025, 9, 14),
        participant_id=people[1],
        project_id=cafe,
        theme_ids=(waiting,),
    )
    story(
        "Too early",
        "Told before the period.",
        StoryConsent.ANONYMISED,
        told_on=date(2025, 3, 1),
        project_id=cafe,
        theme_ids=(bus_theme,),
    )
    story(
        "No bus on Sundays",
        "There is no bus on Sundays.",
        StoryConsent.ANONYMISED,
        told_on=date(2026, 1, 15),
        project_id=transport,
        theme_ids=(bus_theme,),
    )

    # The cycle and the values self-check.
    cycle.move_project(session, cafe, CycleMoveData(CycleStage.STORIES, date(2025, 5, 1)), TODAY)
    cycle.move_project(
        session, cafe, CycleMoveData(CycleStage.COLLECTIVE_EVIDENCE, date(2025, 10, 1)), TODAY
    )
    values.add_check(
        session,
        ValuesCheckData(
            project_id=cafe,
            checked_on=date(2026, 3, 3),
            level=CoproductionLevel.INTERMEDIATE,
            lived_experience_count=4,
            staff_count=2,
            ratings=tuple(
                RatingData(v, r) for v, r in zip(CoproductionValue, (3, 4, 4, 2, 5), strict=True)
            ),
        ),
        TODAY,
    )
    return Built(cafe, transport, old, people, x, y)


@pytest.fixture
def built(database: Database) -> Built:
    with database.transaction() as session:
        return build(session)


def report_of(database: Database, project_id: int | None = None) -> FunderReport:
    with database.reading() as session:
        return funder_report(session, FIRST, LAST, project_id, today=TODAY)


# --- the figures -----------------------------------------------------------------------------
def test_sessions_people_and_time_over_all_projects(database: Database, built: Built) -> None:
    report = report_of(database)
    assert report.project_name == ALL_PROJECTS
    assert report.title == f"Funder report: {ALL_PROJECTS}, 1 April 2025 to 31 March 2026"
    assert report.sessions == 3
    assert [(k.kind, k.sessions) for k in report.sessions_by_kind] == [
        (SessionKind.MEETING, 2),
        (SessionKind.WORKSHOP, 1),
    ]
    assert report.people == 14  # 12 at the workshop, one more at each meeting; apologies not
    roles = {r.role: r.people for r in report.roles}
    assert roles == {
        Role.LIVED_EXPERIENCE: 9,
        Role.CARER: 3,
        Role.PROFESSIONAL: 1,
        Role.EXPERT_BY_LEARNING: 1,
        Role.STAFF: 1,
        Role.OTHER: 0,
        None: 1,
    }
    assert report.role(None).label == NO_ROLE
    assert sum(roles.values()) > report.people  # several roles count once in each
    # As printed: 1 to 4 is "fewer than 5" (close to health data in a mental health project).
    printed = {r.role: r.people_text for r in report.roles}
    assert printed == {
        Role.LIVED_EXPERIENCE: "9",
        Role.CARER: FEWER_THAN_5,
        Role.PROFESSIONAL: FEWER_THAN_5,
        Role.EXPERT_BY_LEARNING: FEWER_THAN_5,
        Role.STAFF: FEWER_THAN_5,
        Role.OTHER: "0",
        None: FEWER_THAN_5,
    }
    # 12 x 90 + 6 x 120 + 3 x 60 at sessions; 12 x 30 + 3 x 15 preparing.
    assert (report.session_minutes, report.prep_minutes) == (1980, 405)
    assert report.minutes == 2385
    assert hours_text(report.minutes) == "39 hours 45 minutes"
    assert report.active_projects == ((built.cafe, CAFE), (built.transport, TRANSPORT))


def test_payments_by_kind_against_the_budget(database: Database, built: Built) -> None:
    report = report_of(database)
    fees = report.payment(PaymentKind.FEE)
    # 2,500 paid + 2,500 approved + 3,750 draft + 5,000 and its reversal + 1,000 + 1,500 (no
    # project); the cancelled one and those outside the period are left out.
    assert (fees.payments, fees.amount_pence, fees.unpaid_pence) == (7, 11_250, 6_250)
    expenses = report.payment(PaymentKind.EXPENSE)
    assert (expenses.payments, expenses.amount_pence, expenses.unpaid_pence) == (2, 1_730, 480)
    vouchers = report.payment(PaymentKind.VOUCHER)
    assert (vouchers.payments, vouchers.amount_pence) == (1, 2_000)
    thanks = report.payment(PaymentKind.RECOGNITION)
    assert (thanks.payments, thanks.amount_pence) == (2, 0)
    assert report.money_pence == 14_980
    assert report.no_project_pence == 1_500
    # Money went to people 0, 1, 2, 4 (the reversed fee), 6 (no project) and y.
    assert report.people_paid == 6
    budget = report.budget
    assert budget.budget_pence == 500_000  # the café's; the old project was not active
    assert budget.with_budget == (CAFE,)
    assert budget.without_budget == (TRANSPORT,)
    # The café's money up to the period's end, including 1,000 before it: 13,000.
    assert budget.spent_to_date_pence == 13_000
    assert budget.remaining_pence == 487_000


def test_actions_feedback_stories_and_standings(database: Database, built: Built) -> None:
    report = report_of(database)
    assert (report.actions.completed, report.actions.still_open) == (2, 3)
    assert [a.what for a in report.actions.listed] == [
        "Map the bus routes",
        "Book the <b>big</b> room",
    ]
    assert report.actions.listed[1].completed_on == date(2025, 7, 1)
    assert (report.feedback.responded, report.feedback.waiting) == (2, 1)
    assert [(i.you_said, i.we_did) for i in report.feedback.listed] == [
        ("Pay for taxis.", "We could not, because: No money."),
        ("The room was too cold.", "We did: We moved."),
    ]
    assert [(t.theme, t.stories) for t in report.story_themes] == [
        ("Transport", 2),
        ("Waiting times", 1),
    ]
    shown = [s for t in report.story_themes for s in t.shown]
    assert [s.title for s in shown] == ["No bus on Sundays", "The late bus", "Six weeks"]
    for told in shown:
        assert told.teller is None and told.anonymised
        assert TELLER not in told.text and NAMED_TELLER not in told.text
        assert SECRET not in told.text
    cafe, transport = report.standings
    assert cafe.stage == "Collective evidence (since 1 October 2025)"
    assert cafe.values is not None
    assert cafe.values.average == "3.6" and cafe.values.level == "Intermediate"
    assert not cafe.values.staff_only
    assert cafe.values.ratings[3] == (CoproductionValue.RECIPROCITY.label, 2, "A little")
    assert transport.stage == "Not placed on the cycle yet" and transport.values is None
    assert "the group held 3 sessions" in report.summary
    assert "14 people took part" in report.summary
    assert "39 hours 45 minutes" in report.summary
    assert "£149.80" in report.summary and "£5,000.00" in report.summary


def test_one_project(database: Database, built: Built) -> None:
    report = report_of(database, built.cafe)
    assert report.project_name == CAFE
    assert report.sessions == 2
    assert report.people == 13
    assert (report.session_minutes, report.prep_minutes) == (1800, 360)
    fees = report.payment(PaymentKind.FEE)
    assert (fees.payments, fees.amount_pence, fees.unpaid_pence) == (5, 8_750, 6_250)
    assert report.money_pence == 12_000
    assert report.no_project_pence == 0
    assert report.budget.budget_pence == 500_000
    assert report.budget.spent_to_date_pence == 13_000
    assert (report.actions.completed, report.actions.still_open) == (1, 2)
    assert (report.feedback.responded, report.feedback.waiting) == (1, 1)
    assert [(t.theme, t.stories) for t in report.story_themes] == [
        ("Transport", 1),
        ("Waiting times", 1),
    ]
    assert [s.name for s in report.standings] == [CAFE]
    transport = report_of(database, built.transport)
    assert transport.budget.budget_pence is None
    assert transport.budget.without_budget == (TRANSPORT,)


def test_a_period_with_nothing_in_it(database: Database, built: Built) -> None:
    with database.reading() as session:
        report = funder_report(session, date(2020, 1, 1), date(2020, 3, 31), today=TODAY)
    assert (report.sessions, report.people, report.minutes, report.money_pence) == (0, 0, 0, 0)
    assert report.active_projects == () and report.budget.budget_pence is None
    assert report.story_themes == () and report.standings == ()
    assert "Nobody attended a session in this period." in report.summary


def test_the_period_and_the_project_are_checked(database: Database, built: Built) -> None:
    with database.reading() as session:
        with pytest.raises(ValidationError, match=r"To \(31 March 2025\) is before From"):
            funder_report(session, date(2025, 4, 1), date(2025, 3, 31), today=TODAY)
        with pytest.raises(NotFound, match="no project with the number 999"):
            funder_report(session, FIRST, LAST, 999, today=TODAY)


def test_the_report_is_counted_by_the_database_not_row_by_row(
    database: Database, built: Built
) -> None:
    """Payments are summed by SQL: no Payment object is loaded."""
    with database.reading() as session:
        funder_report(session, FIRST, LAST, today=TODAY)
        loaded = [o for o in session.identity_map.values() if isinstance(o, Payment)]
    assert loaded == []


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 4, 20), (date(2026, 1, 1), date(2026, 3, 31))),
        (date(2026, 1, 1), (date(2025, 10, 1), date(2025, 12, 31))),
        (date(2025, 12, 31), (date(2025, 7, 1), date(2025, 9, 30))),
        (date(2025, 7, 1), (date(2025, 4, 1), date(2025, 6, 30))),
    ],
)
def test_the_last_full_quarter(today: date, expected: tuple[date, date]) -> None:
    assert last_full_quarter(today) == expected


def test_the_periods_offered() -> None:
    labels = [(p.label, p.first, p.last) for p in report_periods(date(2026, 4, 20))]
    assert labels == [
        (
            "Last full quarter: 1 January to 31 March 2026",
            date(2026, 1, 1),
            date(2026, 3, 31),
        ),
        (
            "Last financial year: 1 April 2025 to 31 March 2026",
            date(2025, 4, 1),
            date(2026, 3, 31),
        ),
        (
            "Last tax year (2025-26): 6 April 2025 to 5 April 2026",
            date(2025, 4, 6),
            date(2026, 4, 5),
        ),
        (
            "This tax year so far (2026-27): 6 April to 20 April 2026",
            date(2026, 4, 6),
            date(2026, 4, 20),
        ),
    ]


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 hours"), (45, "45 minutes"), (60, "1 hour"), (61, "1 hour 1 minute"),
     (12630, "210 hours 30 minutes")],
)  # fmt: skip
def test_hours_in_words(minutes: int, text: str) -> None:
    assert hours_text(minutes) == text


# --- the PDF ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Made:
    report: FunderReport
    cafe: FunderReport
    pdf: dict[int, Path]  # all projects, by text size
    cafe_pdf: Path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("funder")
    with pytest.MonkeyPatch.context() as patch:  # font caches go in the test's own folder
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        database = open_database(f"sqlite:///{folder / 'funder.sqlite3'}").database
        try:
            with database.transaction() as session:
                built = build(session)
            report = report_of(database)
            cafe = report_of(database, built.cafe)
        finally:
            database.close()
        pdfs = {}
        for size in (14, 16, 36):
            pdfs[size] = folder / f"funder-{size}.pdf"
            if size == 16:  # the default
                write_funder_report_pdf(report, pdfs[size], organisation="Riverside Network")
            else:
                write_funder_report_pdf(
                    report, pdfs[size], font_size=size, organisation="Riverside Network"
                )
        cafe_pdf = folder / "cafe.pdf"
        write_funder_report_pdf(cafe, cafe_pdf, font_size=20)
        yield Made(report, cafe, pdfs, cafe_pdf)


def pdftotext_lines(path: Path) -> str:
    """The text as pdftotext lays it out, line by line (pdf_checks.pdf_text joins the lines)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the text cannot be read back")
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


def test_pdfinfo_shows_the_title_and_that_it_is_tagged(made: Made) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(
        ["pdfinfo", str(made.pdf[16])], capture_output=True, check=True, timeout=60, text=True
    ).stdout
    assert f"Title:           {made.report.title}" in info
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE)


def test_the_structure_tree_has_headings_header_cells_language_and_described_charts(
    made: Made,
) -> None:
    with pikepdf.open(made.pdf[16]) as pdf:
        assert str(pdf.Root.Lang) == "en-GB"
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        found = elements(pdf)
        tags = [str(e.S) for e in found]
        alts = [str(e.get("/Alt", "")) for e in found if str(e.S) == "/Figure"]
    assert tags.count("/H1") == 1
    assert tags.count("/H2") == 10
    assert tags.count("/TH") >= 40 and "/Table" in tags
    assert alts and all(alts)
    joined = " ".join(alts)
    assert "People involved, by role: Person with lived experience 9 people" in joined
    assert "Carer or family member fewer than 5 people, Professional fewer than 5 people" in joined
    assert "Other role 0 people, No role recorded fewer than 5 people." in joined
    people_alt = next(a for a in alts if a.startswith("People involved, by role"))
    assert SMALL.findall(people_alt) == []
    assert "Payments by kind, against the budget: Fees for time £112.50" in joined
    assert "Budget £5,000.00" in joined
    assert "Disabled (Equality Act): share who took part and share expected: Disabled: " in joined


def test_the_text_reads_in_order_with_the_figures(made: Made) -> None:
    text = pdf_text(made.pdf[16])
    headings = [
        f"Funder report: {ALL_PROJECTS}",
        "Summary",
        "Sessions",
        "People involved",
        "Time people gave",
        "Payments and budget",
        "Who took part: diversity",
        "Actions",
        "You said, we did",
        "Stories, by theme",
        "Where each project stands",
    ]
    assert in_order(text, *headings)
    for words in (
        "Period: 1 April 2025 to 31 March 2026",
        "From: Riverside Network",
        "Made on: 20 April 2026",
        "The group held 3 sessions in this period.",
        "14 people attended at least one session.",
        "Person with lived experience 9",
        f"Carer or family member {FEWER_THAN_5}",
        "Other role 0",
        f"No role recorded {FEWER_THAN_5}",
        "Everyone, each counted once 14",
        "39 hours 45 minutes",
        "Fees for time 7 £112.50 £62.50",
        "Total 10 £149.80 £67.30",
        "People were also thanked 2 times without money",
        "£15.00 of these payments belong to no project.",
        "No budget is set for: Transport review.",
        "£130.00 of it was spent or owed, leaving £4,870.00.",
        "Compared with: England and Wales, Census 2021",
        "2 actions were completed in this period.",
        "3 actions are still open today (20 April 2026).",
        "Book the <b>big</b> room (Carers' café <b>&). Done on 1 July 2025.",
        "You said: Pay for taxis. We could not, because: No money.",
        "Transport 2",
        "[name removed] waited an hour for the bus.",
        # The table of projects: pdftotext reads its cells line by line across the row.
        "3 March 2026. Intermediate.",
        "Reciprocity 2, Relationships 5. 4 people with lived experience and 2 staff.",
        "Transport review Not placed on the cycle yet",
    ):
        assert words in text, words


def test_nobody_is_named_and_internal_stories_never_appear(made: Made) -> None:
    for path in (*made.pdf.values(), made.cafe_pdf):
        text = pdf_text(path)
        assert SECRET not in text
        assert "Kept inside" not in text
        assert TELLER not in text and NAMED_TELLER not in text
        assert NAME_WORD not in text
        assert "Too early" not in text  # told before the period


SMALL = re.compile(r"(?<![\d.,£:])[1-4](?![\d.,%:])")


def small_counts_in(text: str) -> list[str]:
    """Lone numbers 1 to 4 on a line (not in dates, money, percentages or the fixed wording)."""
    found = []
    for line in text.splitlines():
        if re.search(r"Page \d+ of \d+|from 1 to 4|\d{4}", line):
            continue
        found += SMALL.findall(line)
    return found


def test_small_numbers_are_suppressed_in_the_diversity_section(made: Made) -> None:
    text = pdftotext_lines(made.pdf[14])
    start = text.index("Who took part: diversity")
    found = re.search(r"^Actions$", text[start:], re.MULTILINE)
    assert found is not None
    diversity = text[start : start + found.start()]
    assert FEWER_THAN_5 in diversity  # 4 men
    assert "Indian" not in diversity  # the 19 groups are left to the diversity report
    sex = made.report.diversity.table("sex")
    assert [r.people_text for r in sex.categories] == ["not shown", FEWER_THAN_5]
    assert small_counts_in(diversity) == []
    tables = {t.question: t for t in made.report.diversity.tables}
    for table in tables.values():
        for row in table.rows:
            assert row.people is None or not 1 <= row.people <= 4


def test_the_role_chart_draws_no_bar_for_a_small_count(made: Made) -> None:
    labels, values, texts = role_figures(made.report)
    assert labels[-1] == NO_ROLE
    assert values == [9, None, None, None, None, 0, None]
    assert texts[:3] == ["9 people", f"{FEWER_THAN_5} people", f"{FEWER_THAN_5} people"]
    assert texts[5] == "0 people"
    # No bar but the lived experience one: the length of a bar would give a small count away.
    (drawing,) = people_drawings(made.report, 16)
    bars = [
        shape
        for shape in drawing.contents
        if isinstance(shape, Rect) and shape.fillColor == HexColor(BAR_COLOUR)
    ]
    assert len(bars) == 1


def people_section(path: Path) -> str:
    """The 'People involved' section as read back, without its fixed note or page numbers."""
    text = pdf_text(path)
    section = text[text.index("People involved") : text.index("Time people gave")]
    section = section.replace(" ".join(ROLES_NOTE.split()), "")
    return re.sub(r"Page \d+ of \d+", "", section)


@pytest.mark.parametrize("size", [14, 16, 36])
def test_no_role_count_from_1_to_4_is_printed(made: Made, size: int) -> None:
    section = people_section(made.pdf[size])
    assert "fewer than 5" in " ".join(ROLES_NOTE.split())
    assert f"Professional {FEWER_THAN_5}" in section  # the table
    assert f"{FEWER_THAN_5} people" in section  # the chart
    assert "14 people attended" in section  # the total is kept
    assert SMALL.findall(section.replace("14 people attended", "")) == [], section


def test_no_role_count_from_1_to_4_in_one_projects_report(made: Made) -> None:
    section = people_section(made.cafe_pdf)
    assert made.cafe.role(Role.CARER).people == 3
    assert f"Carer or family member {FEWER_THAN_5}" in section
    assert SMALL.findall(section.replace("13 people attended", "")) == [], section


# --- charts fit the page at every text size ---------------------------------------------------
@dataclass(frozen=True)
class Small:
    """A project with small groups: charts with "not shown (fewer than 5 people)" in them."""

    report: FunderReport
    funder_pdf: Path  # at 36 point
    diversity_pdf: Path  # at 36 point


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Small]:
    folder = tmp_path_factory.mktemp("funder-small")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        database = open_database(f"sqlite:///{folder / 'small.sqlite3'}").database
        try:
            with database.transaction() as session:
                project = fill(session)
            report = report_of(database, project)
        finally:
            database.close()
        funder_pdf, diversity_pdf = folder / "funder-36.pdf", folder / "diversity-36.pdf"
        write_funder_report_pdf(report, funder_pdf, font_size=36)
        write_diversity_pdf(report.diversity, diversity_pdf, font_size=36, made_on=TODAY)
        yield Small(report, funder_pdf, diversity_pdf)


def strings_in(drawing: Drawing) -> Iterator[String]:
    for shape in drawing.contents:
        if isinstance(shape, String):
            yield shape
        elif isinstance(shape, Group):
            yield from strings_in(shape)


def right_edge(text: String) -> float:
    width = float(stringWidth(text.text, text.fontName, text.fontSize))
    anchor = getattr(text, "textAnchor", "start")
    return float(text.x) + {"start": width, "middle": width / 2}.get(anchor, 0.0)


@pytest.mark.parametrize("size", range(14, 37))
def test_every_chart_is_as_wide_as_the_text_at_every_size(
    made: Made, small: Small, size: int
) -> None:
    """The diversity charts (shared with the diversity report) and the report's own, with
    "not shown (fewer than 5 people)" and "fewer than 5 people" in them."""
    drawings = [
        *people_drawings(made.report, size),
        *payments_drawings(made.report, size),
        *(d for t in small.report.diversity.tables for d in chart_drawings(t, size)),
    ]
    long_labels = [d for d in drawings if "(fewer than 5 people)" in d.alt_text]
    assert long_labels and any("fewer than 5 people" in d.alt_text for d in drawings)
    room = PageLayout(size).content_width
    for drawing in drawings:
        assert drawing.width <= room + 0.01, (drawing.chart_title, drawing.width, room)
        for text in strings_in(drawing):
            assert right_edge(text) <= drawing.width + 0.01, (text.text, size)
            assert text.fontSize >= size


def characters_past_the_margin(path: Path) -> list[tuple[int, str]]:
    found = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            limit = page.width - MARGIN_SIDE_PT + 0.5
            found += [(number, c["text"]) for c in page.chars if c["x1"] > limit]
    return found


def test_at_36_point_no_chart_text_runs_past_the_right_margin(made: Made, small: Small) -> None:
    """Read back as printed: "not shown (fewer than 5 people)" used to run off the page."""
    text = pdf_text(small.funder_pdf)
    assert "not shown (fewer than 5" in text  # wrapped onto lines of its own
    assert "not shown (fewer than 5" in pdf_text(small.diversity_pdf)
    for path in (made.pdf[36], small.funder_pdf, small.diversity_pdf):
        assert characters_past_the_margin(path) == [], path.name


@pytest.mark.parametrize("size", [14, 16, 36])
def test_no_character_is_smaller_than_the_size_asked_for(made: Made, size: int) -> None:
    sizes = [c["size"] for c in chars(made.pdf[size])]
    assert sizes
    assert min(sizes) >= size - 0.01


def test_every_font_is_embedded(made: Made) -> None:
    assert any("Atkinson" in name for name in embedded_font_names(made.pdf[16]))


def test_in_very_large_print_wide_tables_become_blocks(made: Made) -> None:
    with pikepdf.open(made.pdf[36]) as pdf:
        headings = [e for e in elements(pdf) if str(e.S) == "/H3"]
    assert len(headings) > 4  # each kind of payment has a heading of its own
    text = pdf_text(made.pdf[36])
    assert "Fees for time Payments: 7 Amount: £112.50 Not yet paid: £62.50" in text
    assert "Stage in the cycle: Collective evidence (since 1 October 2025)" in text
    assert "Average rating: 3.6 out of 5." in text
    assert "Reciprocity (everyone gets something back): 2, a little" in text


def test_one_projects_report(made: Made) -> None:
    text = pdf_text(made.cafe_pdf)
    assert f"Funder report: {CAFE}" in text
    assert "The budget for Carers' café <b>& is £5,000.00, for the whole project." in text
    assert "(Carers' café <b>&)" not in text  # one project: not repeated on every line


def test_a_text_size_out_of_range_or_a_missing_folder_saves_nothing(
    made: Made, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="too small"):
        write_funder_report_pdf(made.report, tmp_path / "a.pdf", font_size=12)
    with pytest.raises(DocumentProblem, match="does not exist"):
        write_funder_report_pdf(made.report, tmp_path / "nowhere" / "a.pdf")
    assert list(tmp_path.iterdir()) == []
