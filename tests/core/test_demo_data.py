"""Sample people for trying the app: repeatable, valid, diverse, and safe to contact by mistake."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from coprod_desktop.cli import main
from coprod_desktop.services import (
    participant_search,
    participants,
    payments,
    policy,
    projects,
    sessions,
)
from coprod_desktop.services.demo_data import (
    DemoSummary,
    add_demo_data,
    add_demo_people,
    generate_people,
)
from coprod_desktop.services.demo_projects import STAFF, planned_sizes
from coprod_desktop.services.participant_types import (
    ParticipantData,
    ParticipantQuery,
    SortKey,
    StatusFilter,
)
from coprod_desktop.services.payment_search import PaymentQuery, search_payments
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.services.statements import statement_for
from coprod_desktop.services.validation import validate_participant
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.opening import open_database
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import (
    AttendanceStatus,
    ExpenseType,
    PaymentBasis,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    PaymentStatus,
    SessionKind,
    Status,
)

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def five_hundred() -> list[tuple[ParticipantData, Status]]:
    return list(generate_people(500, seed=2026, today=TODAY))


def scripts(text: str) -> set[str]:
    """The writing systems of the letters in ``text`` ("LATIN", "ARABIC", "CJK", ...)."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_same_seed_gives_the_same_people() -> None:
    first = list(generate_people(50, seed=7, today=TODAY))
    second = list(generate_people(50, seed=7, today=TODAY))
    assert first == second
    assert len(first) == 50


def test_different_seeds_give_different_people() -> None:
    first = [data.preferred_name for data, _ in generate_people(50, seed=1, today=TODAY)]
    second = [data.preferred_name for data, _ in generate_people(50, seed=2, today=TODAY)]
    assert first != second


def test_count_of_zero_gives_no_one() -> None:
    assert list(generate_people(0, seed=1, today=TODAY)) == []


def test_every_generated_person_passes_validation_unchanged(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    for data, _ in five_hundred:
        # Already tidy: validation changes nothing, so what is shown is what is stored.
        assert validate_participant(data, today=TODAY) == data


def test_consent_dates_are_in_the_past_two_years(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    dates = [data.consent_date for data, _ in five_hundred if data.consent_date is not None]
    assert len(dates) > 300
    assert all(TODAY - timedelta(days=730) <= d <= TODAY for d in dates)


def test_non_latin_scripts_are_present(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    seen: Counter[str] = Counter()
    for data, _ in five_hundred:
        for script in scripts(data.preferred_name + data.full_name):
            seen[script] += 1
    assert seen["LATIN"] > 250
    right_to_left = {"ARABIC", "HEBREW"} & set(seen)
    assert right_to_left, seen
    non_latin = set(seen) - {"LATIN"}
    assert len(non_latin) >= 5, seen
    assert {"ARABIC", "CJK", "CYRILLIC", "GREEK"} <= non_latin, seen


def test_accented_latin_names_are_present(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    accented = [
        data.preferred_name
        for data, _ in five_hundred
        if scripts(data.preferred_name) == {"LATIN"} and not data.preferred_name.isascii()
    ]
    assert len(accented) >= 5


def test_contact_details_use_ranges_kept_for_fiction(
    five_hundred: list[tuple[ParticipantData, Status]],
) -> None:
    fictional_phones = ("07700 900", "020 7946 0", "0161 496 0", "0113 496 0", "0121 496 0")
    for data, _ in five_hundred:
        assert data.email == "" or data.email.endswith("@example.org")
        assert data.phone == "" or data.phone.startswith(fictional_phones), data.phone


def test_statuses_are_mixed(five_hundred: list[tuple[ParticipantData, Status]]) -> None:
    statuses = Counter(status for _, status in five_hundred)
    assert set(statuses) == {Status.ACTIVE, Status.PAUSED, Status.LEFT}
    assert statuses[Status.ACTIVE] > statuses[Status.PAUSED] > 0
    assert statuses[Status.LEFT] > 0


def test_roles_and_access_needs_vary(five_hundred: list[tuple[ParticipantData, Status]]) -> None:
    assert all(data.roles for data, _ in five_hundred)
    assert len({role for data, _ in five_hundred for role in data.roles}) >= 4
    with_needs = [data for data, _ in five_hundred if data.access_needs]
    assert 50 < len(with_needs) < 450


def test_add_demo_people_adds_the_generated_people(database: Database) -> None:
    progress: list[int] = []
    with database.transaction() as session:
        added = add_demo_people(session, 60, seed=11, progress=progress.append)
    assert added == 60
    assert progress == [60]
    expected = list(generate_people(60, seed=11))
    query = ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
    with database.reading() as session:
        assert participant_search.count_all(session) == 60
        ids = participant_search.search_ids(session, query)
        records = [participants.get_participant(session, i) for i in ids]
    assert [r.status for r in records] == [status for _, status in expected]
    # Consent dates depend on today's date; everything else must be exactly as generated.
    assert [replace(r.data, consent_date=None) for r in records] == [
        replace(data, consent_date=None) for data, _ in expected
    ]


def test_add_demo_people_adds_to_an_existing_register(database: Database) -> None:
    with database.transaction() as session:
        add_demo_people(session, 10, seed=1)
    with database.transaction() as session:
        assert add_demo_people(session, 15, seed=2) == 15
    with database.reading() as session:
        assert participant_search.count_all(session) == 25
        current = participant_search.search_ids(session, ParticipantQuery())
        left = participant_search.search_ids(session, ParticipantQuery(status=StatusFilter.LEFT))
    assert len(current) + len(left) == 25


# --- projects, sessions, registers and payments ---------------------------------------------------
def _snapshot(database: Database) -> dict[str, Any]:
    """Everything the sample data holds beyond the people, by content (no timestamps of when
    it was made: ``created_at`` and ``updated_at`` are left out)."""
    with database.reading() as session:
        project_list = [(p.id, p.data) for p in projects.list_projects(session)]
        session_list = sessions.list_sessions(session)
        return {
            "projects": project_list,
            "sessions": [(s.id, s.data, s.project_name) for s in session_list],
            "registers": {s.id: sessions.register(session, s.id) for s in session_list},
            "payments": search_payments(session, PaymentQuery()),
            "rates": [r.data for r in policy.list_rates(session)],
            "limits": [
                (r.id, r.data.weekly_limit_pence, r.data.tax_year_limit_pence, r.data.limit_note)
                for r in (
                    participants.get_participant(session, i)
                    for i in participant_search.search_ids(
                        session, ParticipantQuery(status=StatusFilter.ALL, sort=SortKey.ID)
                    )
                )
            ],
        }


def _demo_database(path: Path, people: int, seed: int) -> tuple[Database, DemoSummary]:
    database = open_database(f"sqlite:///{path}").database
    with database.transaction() as session:
        summary = add_demo_data(session, people, seed, today=TODAY)
    return database, summary


@pytest.fixture(scope="module")
def eighty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    database, summary = _demo_database(tmp_path_factory.mktemp("demo") / "d.sqlite3", 80, 2026)
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def eighty_payments(eighty: tuple[Database, DemoSummary]) -> list[PaymentRecord]:
    with eighty[0].reading() as session:
        return search_payments(session, PaymentQuery())


def test_sizes_follow_the_number_of_people() -> None:
    assert planned_sizes(60) == (4, 20)
    assert planned_sizes(1) == (4, 6)
    projects_for_many, sessions_for_many = planned_sizes(50_000)
    assert sessions_for_many <= 300 and projects_for_many <= 30
    assert planned_sizes(0) == (0, 0)


def test_same_seed_gives_the_same_projects_sessions_and_payments(tmp_path: Path) -> None:
    first, summary = _demo_database(tmp_path / "a.sqlite3", 40, 7)
    second, _ = _demo_database(tmp_path / "b.sqlite3", 40, 7)
    other, _ = _demo_database(tmp_path / "c.sqlite3", 40, 8)
    try:
        snapshot = _snapshot(first)
        assert snapshot["payments"] and snapshot["registers"]
        assert summary.projects.sessions == len(snapshot["sessions"])
        assert snapshot == _snapshot(second)
        assert snapshot["payments"] != _snapshot(other)["payments"]
    finally:
        for database in (first, second, other):
            database.close()


def test_every_payment_status_and_kind_is_present(
    eighty: tuple[Database, DemoSummary], eighty_payments: list[PaymentRecord]
) -> None:
    assert {p.status for p in eighty_payments} == set(PaymentStatus)
    assert {p.kind for p in eighty_payments} == set(PaymentKind)
    assert {p.expense_type for p in eighty_payments if p.kind is PaymentKind.EXPENSE} >= {
        ExpenseType.MILEAGE,
        ExpenseType.PUBLIC_TRANSPORT,
        ExpenseType.CARE,
        ExpenseType.SUBSISTENCE,
    }
    assert {p.paid_method for p in eighty_payments if p.status is PaymentStatus.PAID} >= {
        PaymentMethod.BANK_TRANSFER,
        PaymentMethod.CASH,
        PaymentMethod.VOUCHER,
    }
    reversals = [p for p in eighty_payments if p.reverses_id is not None]
    assert len(reversals) == 1
    summary = eighty[1].projects
    assert sum(summary.payments.values()) == len(eighty_payments)
    assert summary.payments == Counter(p.status for p in eighty_payments)
    assert summary.reversals == 1


def test_every_generated_payment_obeys_the_rules(
    eighty: tuple[Database, DemoSummary], eighty_payments: list[PaymentRecord]
) -> None:
    by_id = {p.id: p for p in eighty_payments}
    with eighty[0].reading() as session:
        preference = {
            p.participant_id: participants.get_participant(session, p.participant_id)
            for p in eighty_payments
        }
        subsistence_cap = {
            p.id: policy.require_rates(session, p.incurred_on).data.subsistence_cap_pence
            for p in eighty_payments
            if p.expense_type is ExpenseType.SUBSISTENCE
        }
    for p in eighty_payments:
        wants = preference[p.participant_id].data.payment_preference
        if p.status in (PaymentStatus.APPROVED, PaymentStatus.PAID):
            assert p.approved_by in STAFF and p.approved_at is not None, p
            assert p.approved_at.date() >= p.incurred_on
            assert p.approved_at.date() <= TODAY
        else:
            assert not p.approved_by and p.approved_at is None, p
        if p.status is PaymentStatus.PAID:
            assert p.paid_on is not None and p.paid_method is not None, p
            assert p.incurred_on <= p.paid_on <= TODAY
            assert p.approved_at is not None and p.paid_on >= p.approved_at.date()
            if p.paid_method is PaymentMethod.BANK_TRANSFER:
                assert p.paid_reference, p
            if p.kind is PaymentKind.VOUCHER:
                assert p.paid_method is PaymentMethod.VOUCHER
                assert p.voucher_provider == "Love2Shop" and p.voucher_reference, p
            if wants is PaymentPreference.CASH and p.kind is not PaymentKind.RECOGNITION:
                assert p.paid_method is PaymentMethod.CASH, p
        else:
            assert p.paid_on is None and p.paid_method is None, p
        if p.status is PaymentStatus.CANCELLED:
            assert p.cancelled_reason, p
        else:
            assert not p.cancelled_reason, p
        if p.kind is PaymentKind.RECOGNITION:
            assert p.amount_pence == 0
        elif p.reverses_id is None:
            assert p.amount_pence > 0, p
        else:
            original = by_id[p.reverses_id]
            assert original.status is PaymentStatus.PAID
            assert p.amount_pence == -original.amount_pence
        if p.kind is PaymentKind.VOUCHER:
            assert wants is PaymentPreference.VOUCHER
        if p.kind is PaymentKind.FEE and p.reverses_id is None:
            assert wants not in (
                PaymentPreference.VOUCHER,
                PaymentPreference.DECLINES,
                PaymentPreference.EXPENSES_ONLY,
            )
        if p.expense_type is ExpenseType.CARE:
            assert p.receipt_reference, p
        if p.expense_type is ExpenseType.SUBSISTENCE:
            assert 0 < p.amount_pence <= subsistence_cap[p.id]
        assert p.session_id is not None and p.project_name, p


def test_fees_use_the_rates_in_force_on_the_day(eighty_payments: list[PaymentRecord]) -> None:
    old = ("£25.00 an hour", "half-day rate £75.00", "full-day rate £150.00")
    new = ("£27.50 an hour", "half-day rate £82.50", "full-day rate £165.00")
    fees = [p for p in eighty_payments if p.kind is PaymentKind.FEE and p.reverses_id is None]
    before = [p for p in fees if p.incurred_on < date(2025, 12, 16)]
    after = [p for p in fees if p.incurred_on >= date(2025, 12, 16)]
    assert before and after
    assert all(any(rate in p.description for rate in old) for p in before)
    assert all(any(rate in p.description for rate in new) for p in after)
    assert not any(rate in p.description for p in before for rate in new)


def test_the_sample_rate_change_says_it_is_sample_data(
    eighty: tuple[Database, DemoSummary],
) -> None:
    with eighty[0].reading() as session:
        rates = policy.list_rates(session)
    assert [r.data.effective_from for r in rates] == [date(2025, 12, 16), date(2024, 4, 6)]
    newest = rates[0].data
    assert (newest.hourly_pence, newest.half_day_pence, newest.full_day_pence) == (
        2750,
        8250,
        16500,
    )
    assert "SAMPLE DATA" in newest.source
    assert rates[0].used_by_payments and rates[1].used_by_payments


def test_sessions_are_varied_and_cross_tax_years(eighty: tuple[Database, DemoSummary]) -> None:
    with eighty[0].reading() as session:
        listed = sessions.list_sessions(session)
        registers = {s.id: sessions.register(session, s.id) for s in listed}
        statuses = {
            line.participant_id: participants.get_participant(session, line.participant_id).status
            for lines in registers.values()
            for line in lines
        }
    assert {s.data.kind for s in listed} == set(SessionKind)
    assert {s.data.payment_basis for s in listed} == set(PaymentBasis)
    assert len({TaxYear.of(s.data.date) for s in listed}) >= 2
    past = [s for s in listed if s.data.date < TODAY]
    assert TODAY - timedelta(days=560) <= min(s.data.date for s in past)
    assert any(s.data.date > TODAY for s in listed)  # some still to come
    assert any(s.data.online for s in listed) and any(not s.data.online for s in listed)
    assert any(s.data.access_support for s in listed)
    assert any(s.data.prep_minutes for s in listed)
    assert all(0 < len(lines) <= 25 for lines in registers.values())
    # Only people who are active or paused are invited.
    assert set(statuses.values()) <= {Status.ACTIVE, Status.PAUSED}
    marks = Counter(line.status for s in past for line in registers[s.id] if s.data.date < TODAY)
    assert marks[AttendanceStatus.ATTENDED] > marks[AttendanceStatus.APOLOGIES] > 0
    assert marks[AttendanceStatus.DID_NOT_ATTEND] > 0
    assert marks[AttendanceStatus.INVITED] == 0
    upcoming = [line for s in listed if s.data.date > TODAY for line in registers[s.id]]
    assert upcoming and {line.status for line in upcoming} == {AttendanceStatus.INVITED}


def test_some_people_have_earnings_limits(eighty: tuple[Database, DemoSummary]) -> None:
    with eighty[0].reading() as session:
        records = [
            participants.get_participant(session, i)
            for i in participant_search.search_ids(
                session, ParticipantQuery(status=StatusFilter.ALL)
            )
        ]
    limited = [r for r in records if r.data.limit_note]
    assert 1 <= len(limited) <= 8
    assert any(
        r.data.weekly_limit_pence == 19550 and "ESA permitted work" in r.data.limit_note
        for r in limited
    )
    assert eighty[1].projects.limits_set == len(limited)


def test_a_statement_can_be_made_for_a_busy_person(
    eighty: tuple[Database, DemoSummary], eighty_payments: list[PaymentRecord]
) -> None:
    def counts_on(p: PaymentRecord) -> date:
        # Paid: the day paid; agreed but not paid yet: the date of the work.
        return p.paid_on if p.status is PaymentStatus.PAID and p.paid_on else p.incurred_on

    listed = [
        p for p in eighty_payments if p.status in (PaymentStatus.APPROVED, PaymentStatus.PAID)
    ]
    per_person_year = Counter((p.participant_id, TaxYear.of(counts_on(p))) for p in listed)
    (person, year), _ = per_person_year.most_common(1)[0]
    with eighty[0].reading() as session:
        statement = statement_for(session, person, year)
    theirs = [p for p in listed if p.participant_id == person and counts_on(p) in year]
    # A reversal not settled yet is listed but not counted.
    counted = [p for p in theirs if p.status is PaymentStatus.PAID or p.reverses_id is None]
    assert len(statement.lines) == len(theirs) >= 3
    assert statement.total_pence == sum(p.amount_pence for p in counted)
    assert statement.income_pence == statement.fees_pence + statement.vouchers_pence
    assert statement.thank_yous == sum(
        1 for p in counted if p.kind is PaymentKind.RECOGNITION and p.reverses_id is None
    )
    assert all(line.counts_on in year for line in statement.lines)
    assert statement.not_yet_paid_pence >= 0


def test_progress_is_still_reported_and_sizes_match(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path}/p.sqlite3").database
    progress: list[int] = []
    steps: list[str] = []
    try:
        with database.transaction() as session:
            summary = add_demo_data(session, 60, 3, progress.append, today=TODAY, step=steps.append)
        assert progress == [60]
        assert steps  # told what comes after the people
        assert (summary.people, summary.projects.projects, summary.projects.sessions) == (
            60,
            4,
            20,
        )
    finally:
        database.close()


def test_it_is_all_or_nothing(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = payments.mark_paid

    def failing(*args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        if calls[0] == 20:
            raise RuntimeError("the disk is full")
        real(*args, **kwargs)

    monkeypatch.setattr(payments, "mark_paid", failing)  # as the sample data calls it
    with pytest.raises(RuntimeError), database.transaction() as session:
        add_demo_data(session, 60, 1, today=TODAY)
    with database.reading() as session:
        assert participant_search.count_all(session) == 0
        assert projects.list_projects(session) == []
        assert search_payments(session, PaymentQuery()) == []
        assert len(policy.list_rates(session)) == 1


def test_adding_to_an_existing_register_uses_only_the_new_people(database: Database) -> None:
    with database.transaction() as session:
        add_demo_data(session, 30, 1, today=TODAY)
    with database.reading() as session:
        first_payments = {p.id for p in search_payments(session, PaymentQuery())}
    with database.transaction() as session:
        again = add_demo_data(session, 30, 2, today=TODAY)
    assert again.projects.rate_change is None  # the policy already changes on that day
    with database.reading() as session:
        new = [p for p in search_payments(session, PaymentQuery()) if p.id not in first_payments]
        assert len(policy.list_rates(session)) == 2
    assert new and all(p.participant_id > 30 for p in new)


def test_the_command_prints_a_summary_and_refuses_a_register_with_people(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    assert main(["--db", url, "demo-data", "--people", "40", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert "Added 40 sample people" in out
    assert "projects" in out and "sessions" in out
    for status in PaymentStatus:
        assert status.label.lower() in out
    assert main(["--db", url, "demo-data", "--people", "5"]) == 2
    assert "already has 40 people" in capsys.readouterr().err
    real = f"sqlite:///{tmp_path}/real.sqlite3"
    assert main(["--db", real, "participants", "add", "--name", "Real Person"]) == 0
    assert main(["--db", real, "demo-data", "--people", "5"]) == 2
    assert "Adding made-up people would mix them with real ones" in capsys.readouterr().err
    database = open_database(real).database
    with database.reading() as session:
        assert participant_search.count_all(session) == 1
        assert projects.list_projects(session) == []
        assert search_payments(session, PaymentQuery()) == []
    database.close()


def test_action_plans_decisions_and_feedback_show_every_state(
    eighty: tuple[Database, DemoSummary],
) -> None:
    from coprod_desktop.services import actions, decisions, feedback, goals
    from coprod_desktop.vocabulary import ActionStatus, FeedbackResponse

    database, summary = eighty
    with database.reading() as session:
        every = actions.list_actions(session, actions.ActionQuery(today=TODAY))
        overdue = [a for a in every if a.is_overdue(TODAY)]
        flagged = actions.actions_needing_new_owner(session, TODAY)
        logged = decisions.list_decisions(session)
        said = feedback.list_feedback(session)
        goal_list = goals.list_goals(session)
    plans = summary.plans
    assert (plans.actions, plans.overdue, plans.decisions, plans.feedback) == (
        len(every),
        len(overdue),
        len(logged),
        len(said),
    )
    assert overdue and len(flagged) == plans.needing_new_owner == 1
    assert {a.data.status for a in every} == set(ActionStatus)
    assert all(a.data.dropped_reason for a in every if a.data.status is ActionStatus.DROPPED)
    assert any(a.data.decision_id for a in every) and any(a.notes for a in every)
    assert any(len(a.owners) > 1 for a in every)  # a person and a member of staff
    assert all(d.people for d in logged)  # who took part: the people who came
    assert {f.data.response_kind for f in said} == set(FeedbackResponse)
    assert any(f.said_by == "Anonymous" for f in said) and any(f.data.action_id for f in said)
    assert all(g.progress.actions for g in goal_list)


def test_most_people_have_monitoring_answers_skewed_from_the_population(
    eighty: tuple[Database, DemoSummary],
) -> None:
    from sqlalchemy import func, select

    from coprod_desktop.monitoring_standard import BY_CODE, PREFER_NOT_TO_SAY, valid_answer
    from coprod_desktop.storage.models import MonitoringAccessLog, MonitoringForm

    database, summary = eighty
    made = summary.monitoring
    assert made.people_with_answers + made.never_asked == summary.people == 80
    assert 0 < made.never_asked < made.people_with_answers  # most, not all, were asked
    with database.reading() as session:
        forms = list(session.scalars(select(MonitoringForm)))
        logged = session.scalar(select(func.count()).select_from(MonitoringAccessLog))
        answers = [(q, getattr(f, q)) for f in forms for q in BY_CODE]
        owners = [f.participant_id for f in forms]
        sexes = [f.sex for f in forms]
        ages = [f.age_band for f in forms]
    assert len(forms) == made.forms == logged  # each recording is in the access log
    assert len(set(owners)) == made.people_with_answers
    assert made.forms > made.people_with_answers  # some have an older form, replaced
    assert all(valid_answer(BY_CODE[q], code) for q, code in answers)
    assert sum(1 for _, code in answers if code == PREFER_NOT_TO_SAY) == made.prefer_not_to_say > 0
    # Skewed as small groups often are: more women than men, few young people.
    assert sexes.count("female") > sexes.count("male")
    assert ages.count("18_24") < ages.count("55_64")
