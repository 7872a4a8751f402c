"""The representation report: who is counted, shares without "prefer not to say", flags on a
hand-made data set with a known answer, and small-number suppression that cannot be undone
from the totals (checked by trying every table consistent with what is shown)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.monitoring_standard import ETHNIC_GROUP, PREFER_NOT_TO_SAY, ethnic_group_of
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.reference_data import Figure, Reference, built_in_reference
from coprod_desktop.services.representation import (
    FEWER_THAN_5,
    NOT_ENOUGH,
    NOT_SHOWN,
    UNDER,
    RepresentationReport,
    SuppressedReport,
    SuppressedTable,
    representation_report,
    suppressed,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.storage.models import MonitoringForm
from coprod_desktop.vocabulary import MonitoringMethod
from tests.core.payment_fixtures import add_person, add_project, add_session, attended

FIRST, LAST = date(2025, 4, 1), date(2026, 3, 31)
HALF_AND_HALF = Reference(
    "Half and half",
    (Figure("sex", "female", 5000, "Made up"), Figure("sex", "male", 5000, "Made up")),
)


def form(session: Session, person: int, day: date = date(2025, 5, 1), **answers: Any) -> None:
    session.add(
        MonitoringForm(
            participant_id=person,
            collected_on=day,
            method=MonitoringMethod.PAPER_FORM,
            **answers,
        )
    )
    session.flush()


def people_at(session: Session, count: int, session_id: int, **answers: Any) -> list[int]:
    made = [add_person(session, preferred_name=f"P{i}") for i in range(count)]
    if made:
        attended(session, session_id, *made)
    for person in made:
        form(session, person, **answers)
    return made


def report_of(
    database: Database, reference: Reference = HALF_AND_HALF, **kw: Any
) -> RepresentationReport:
    with database.reading() as session:
        return representation_report(session, FIRST, LAST, reference, **kw)


# --- the known answer ---------------------------------------------------------------------


def test_12_women_and_28_men_against_half_and_half_flags_women(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        meeting = add_session(session, project, date(2025, 6, 1))
        people_at(session, 12, meeting, sex="female")
        people_at(session, 28, meeting, sex="male")
    report = report_of(database)
    sex = report.question("sex")
    assert report.people == 40
    women, men = sex.category("female"), sex.category("male")
    assert (women.people, men.people) == (12, 28)
    assert women.share == Fraction(3, 10)
    assert women.expected == Fraction(1, 2)
    assert women.ratio == Fraction(3, 5) and women.under
    assert men.ratio == Fraction(7, 5) and not men.under
    row = suppressed(report).table("sex").categories[0]
    assert (row.people_text, row.share_text, row.expected_text, row.ratio_text, row.flag) == (
        "12",
        "30.0%",
        "50.0%",
        "0.60",
        UNDER,
    )
    # No reference figure: no expected share, no ratio, no flag.
    age = suppressed(report).table("age_band")
    assert all(r.expected_text == "" and r.ratio_text == "" and not r.under for r in age.rows)


def test_19_and_21_is_not_flagged_at_0_8_but_is_at_a_higher_threshold(database: Database) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 19, meeting, sex="female")
        people_at(session, 21, meeting, sex="male")
    women = report_of(database).question("sex").category("female")
    assert women.ratio == Fraction(19, 20) and not women.under
    assert report_of(database, threshold_pct=96).question("sex").category("female").under


def test_prefer_not_to_say_and_not_answered_are_apart_and_left_out_of_shares(
    database: Database,
) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 10, meeting, sex="female")
        people_at(session, 10, meeting, sex="male")
        people_at(session, 6, meeting, sex=PREFER_NOT_TO_SAY)
        people_at(session, 5, meeting)  # a form, the question blank
        never = add_person(session, preferred_name="Never asked")
        attended(session, meeting, never)
        for _ in range(4):
            attended(session, meeting, add_person(session))
    report = report_of(database)
    sex = report.question("sex")
    assert (sex.prefer_not_to_say, sex.not_answered, sex.answered, sex.people) == (6, 10, 20, 36)
    assert sex.category("female").share == Fraction(1, 2)
    assert sex.category("female").ratio == 1
    table = suppressed(report).table("sex")
    apart = {r.label: r for r in table.rows if r.apart}
    assert apart["Prefer not to say"].people_text == "6"
    assert apart["Prefer not to say"].share_text == ""
    assert apart["Not answered"].people_text == "10"
    assert table.answered_text == "20 of the 36 people answered (55.6%)."


def test_a_low_response_rate_says_not_enough_answers_and_flags_nothing(database: Database) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 5, meeting, sex="female")
        people_at(session, 15, meeting, sex="male")
        people_at(session, 21, meeting, sex=PREFER_NOT_TO_SAY)
    report = report_of(database)
    assert not report.enough_answers("sex")
    women = report.question("sex").category("female")
    assert women.ratio == Fraction(1, 2) and not women.under
    table = suppressed(report).table("sex")
    assert not table.enough
    assert [r.flag for r in table.categories] == [NOT_ENOUGH, NOT_ENOUGH]
    assert not table.under
    assert "not enough to say" in table.answered_text
    # At 40% the same answers are enough.
    assert report_of(database, min_response_pct=40).question("sex").category("female").under


def test_only_people_who_attended_in_the_period_and_project_are_counted_once(
    database: Database,
) -> None:
    with database.transaction() as session:
        cafe = add_project(session, "Carers' café")
        panel = add_project(session, "Youth panel")
        early = add_session(session, cafe, date(2025, 3, 31))  # before the period
        first = add_session(session, cafe, date(2025, 4, 1))
        second = add_session(session, cafe, date(2026, 3, 31))
        late = add_session(session, cafe, date(2026, 4, 1))
        other = add_session(session, panel, date(2025, 6, 1))
        twice = people_at(session, 5, first, sex="female")
        attended(session, second, *twice)
        people_at(session, 6, early, sex="male")
        people_at(session, 7, late, sex="male")
        people_at(session, 8, other, sex="male")
        invited = [add_person(session) for _ in range(3)]
        from coprod_desktop.services import sessions

        sessions.invite(session, first, invited)  # invited, never attended
    cafe_report = report_of(database, project_id=cafe)
    assert cafe_report.people == 5
    assert cafe_report.project_name == "Carers' café"
    assert cafe_report.question("sex").category("female").people == 5
    assert cafe_report.question("sex").category("male").people == 0
    everyone = report_of(database)
    assert everyone.people == 13 and everyone.project_name == "All projects"
    with pytest.raises(NotFound):
        report_of(database, project_id=999)
    with database.reading() as session, pytest.raises(ValueError, match="ends before"):
        representation_report(session, LAST, FIRST, HALF_AND_HALF)


def test_the_latest_form_counts(database: Database) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people = people_at(session, 6, meeting)
        for person in people:
            form(session, person, date(2025, 9, 1), sex="male")  # a newer form, entered later
            form(session, person, date(2024, 1, 1), sex="female")  # an older one entered last
        form(session, people[0], date(2025, 9, 1), sex="female")  # same day, entered last
    sex = report_of(database).question("sex")
    assert (sex.category("female").people, sex.category("male").people) == (1, 5)


def test_grouped_questions_come_from_the_detailed_answers(database: Database) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 6, meeting, ethnic_group="indian", disability="yes_a_lot")
        people_at(session, 7, meeting, ethnic_group="pakistani", disability="yes_not_at_all")
        people_at(session, 8, meeting, ethnic_group="white_british", disability="no_condition")
    report = report_of(database, built_in_reference())
    assert report.question("ethnic_group_5").category("asian").people == 13
    assert report.question("ethnic_group").category("indian").people == 6
    assert report.question("disabled").category("disabled").people == 6
    assert report.question("disabled").category("not_disabled").people == 15
    assert report.question("ethnic_group_5").category("black").under  # none at all


# --- suppression ------------------------------------------------------------------------


def answered_of(table: SuppressedTable) -> int | None:
    match = re.match(r"([\d,]+) of the", table.answered_text)
    return int(match.group(1).replace(",", "")) if match else None


def shown_range(text: str, people: int) -> range:
    if text == FEWER_THAN_5:
        return range(1, 5)
    if text == NOT_SHOWN:
        return range(5, people + 1)
    assert re.fullmatch(r"[\d,]+", text), text
    return range(int(text.replace(",", "")), int(text.replace(",", "")) + 1)


def no_count_from_1_to_4(shown: SuppressedReport) -> None:
    for table in shown.tables:
        for row in table.rows:
            assert row.people is None or not 1 <= row.people <= 4, (table.question, row)
            assert not re.fullmatch(r"[1-4]", row.people_text)
            if row.suppression != "shown":
                assert row.share_text == row.ratio_text == ""


def consistent_tables(table: SuppressedTable, people: int) -> Iterator[tuple[int, ...]]:
    """Every set of counts a reader could put in the table's cells, given what is shown: each
    cell's range, everyone adds up to the total, the categories to the number who answered."""
    cells = [r for r in table.rows if not r.total]
    ranges = [shown_range(r.people_text, people) for r in cells]
    # The reader also knows the rule: a count hidden to protect another is the smallest shown
    # non-zero one beside it, so it is no bigger than any count still shown there.
    shown_beside = [r.people for r in cells if r.is_category and r.people]
    if shown_beside:
        ranges = [
            range(rng.start, min(rng.stop, min(shown_beside) + 1))
            if cell.is_category and cell.people_text == NOT_SHOWN
            else rng
            for cell, rng in zip(cells, ranges, strict=True)
        ]
    answered = answered_of(table)
    categories = [i for i, r in enumerate(cells) if r.is_category]
    for values in itertools.product(*ranges):
        if sum(values) != people:
            continue
        if answered is not None and sum(values[i] for i in categories) != answered:
            continue
        yield values


def assert_nothing_can_be_worked_out(table: SuppressedTable, people: int) -> None:
    cells = [r for r in table.rows if not r.total]
    solutions = list(consistent_tables(table, people))
    truth = tuple(r.people if r.people is not None else None for r in cells)  # shown ones are fixed
    assert solutions, "the true table must be among them"
    for index, row in enumerate(cells):
        if row.people is None:
            possible = {s[index] for s in solutions}
            assert len(possible) >= 2, (table.question, row.label, possible)
        else:
            assert truth[index] == row.people


@pytest.fixture
def small_numbers(database: Database) -> RepresentationReport:
    """30 people: some answers given by 1 to 4 people, with totals that would give them away."""
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        # carer: 1 yes, 27 no, 2 not answered: "yes" is 28 - 27 unless more is hidden.
        people_at(session, 1, meeting, carer="yes", sex="female", ethnic_group="indian",
                  age_band="18_24", religion="sikh")  # fmt: skip
        people_at(session, 25, meeting, carer="no", sex="male", ethnic_group="white_british",
                  age_band="25_34", religion="none")  # fmt: skip
        people_at(session, 2, meeting, carer="no", sex="male", ethnic_group="pakistani",
                  age_band="35_44", religion="muslim")  # fmt: skip
        people_at(session, 2, meeting, sex="female", ethnic_group="african",
                  age_band="35_44", religion=PREFER_NOT_TO_SAY)  # fmt: skip
    return report_of(database, built_in_reference())


def test_no_count_from_1_to_4_is_shown_and_none_can_be_worked_out(
    small_numbers: RepresentationReport,
) -> None:
    shown = suppressed(small_numbers)
    no_count_from_1_to_4(shown)
    checked = 0
    for code in ("sex", "carer", "age_band", "religion", "disabled", "gender_identity"):
        table = shown.table(code)
        if not table.hidden:
            assert_nothing_can_be_worked_out(table, small_numbers.people)
            checked += 1
    assert checked >= 4
    carer = shown.table("carer")
    texts = {r.label: r.people_text for r in carer.rows}
    assert texts["Yes"] == FEWER_THAN_5
    assert NOT_SHOWN in texts.values()  # a second count hidden to protect it


def test_the_ethnic_group_tables_cannot_be_played_against_each_other(
    small_numbers: RepresentationReport,
) -> None:
    shown = suppressed(small_numbers)
    five, nineteen = shown.table("ethnic_group_5"), shown.table("ethnic_group")
    assert not five.hidden and not nineteen.hidden
    people = small_numbers.people
    groups = [r for r in five.rows if r.is_category]
    leaves = [r for r in nineteen.rows if r.is_category]
    apart = [r for r in nineteen.rows if r.apart]
    assert [r.people_text for r in apart] == [r.people_text for r in five.rows if r.apart]
    variables = [*groups, *leaves, *apart]
    ranges = [shown_range(r.people_text, people) for r in variables]
    answered = answered_of(five)
    assert answered == answered_of(nineteen)
    group_of_leaf = [ethnic_group_of(r.category) for r in leaves]
    group_index = {r.category: i for i, r in enumerate(groups)}
    free = [i for i, r in enumerate(ranges) if len(r) > 1]
    assert len(free) <= 7  # small enough to try every combination
    possible: dict[int, set[int]] = {i: set() for i in free}
    fixed = [r.start for r in ranges]
    for values in itertools.product(*(ranges[i] for i in free)):
        cells = list(fixed)
        for i, v in zip(free, values, strict=True):
            cells[i] = v
        g, leaf, ap = cells[: len(groups)], cells[len(groups) : -2], cells[-2:]
        if sum(g) + sum(ap) != people or (answered is not None and sum(g) != answered):
            continue
        sums = [0] * len(groups)
        for value, group in zip(leaf, group_of_leaf, strict=True):
            sums[group_index[group]] += value
        if sums != g:
            continue
        for i in free:
            possible[i].add(cells[i])
    for i in free:
        assert len(possible[i]) >= 2, (variables[i].label, possible[i])
    assert {r.label: r.people_text for r in leaves}["Indian"] == FEWER_THAN_5
    assert ETHNIC_GROUP.answer("indian").group == "asian"


def test_fewer_than_5_people_shows_no_figures(database: Database) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 3, meeting, sex="female")
    shown = suppressed(report_of(database))
    assert shown.hidden and shown.people_text == FEWER_THAN_5
    assert all(t.hidden and not t.rows for t in shown.tables)


def test_one_per_category_cannot_be_protected_so_the_question_is_not_shown(
    database: Database,
) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 26, meeting, sex="female")  # religion not answered
        # Four people, one of each: the number who answered is "fewer than 5" and the four
        # categories add up to at least 4, so each must be 1 whatever else is hidden.
        for answer in ("christian", "buddhist", "hindu", "jewish"):
            people_at(session, 1, meeting, sex="male", religion=answer)
    shown = suppressed(report_of(database))
    no_count_from_1_to_4(shown)
    religion = shown.table("religion")
    assert religion.hidden and not religion.rows
    assert "could identify someone" in religion.answered_text
    sex = shown.table("sex")
    assert not sex.hidden
    assert_nothing_can_be_worked_out(sex, 30)


def test_a_flag_beside_a_hidden_count_is_shown_only_when_it_gives_nothing_away(
    database: Database,
) -> None:
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 2, meeting, sex="female")
        people_at(session, 38, meeting, sex="male")
    shown = suppressed(report_of(database))
    women = shown.table("sex").categories[0]
    assert women.people_text == FEWER_THAN_5
    # Any of 1 to 4 (and the hidden men's count alongside) is far below half: flagged anyway.
    assert women.flag == UNDER and women.ratio_text == "" and women.share_text == ""
    assert_nothing_can_be_worked_out(shown.table("sex"), 40)


def test_a_count_hidden_to_protect_another_cannot_be_bounded_by_the_rule(
    database: Database,
) -> None:
    """2, 5 and 5 people of three ages: hiding the 2 and one 5 is not enough, since the 5 left
    shown says the hidden one is at most 5 (the rule hides the smallest), so exactly 5."""
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 2, meeting, age_band="18_24")
        people_at(session, 5, meeting, age_band="25_34")
        people_at(session, 5, meeting, age_band="35_44")
    report = report_of(database, built_in_reference())
    table = suppressed(report).table("age_band")
    assert_nothing_can_be_worked_out(table, report.people)


def test_a_few_who_prefer_not_to_say_do_not_cost_the_whole_question(
    database: Database,
) -> None:
    """10 women, 7 men and 3 who prefer not to say, nobody unanswered: the 3 is protected by
    hiding the number who answered and the smaller part of it, not by dropping the table."""
    with database.transaction() as session:
        meeting = add_session(session, add_project(session), date(2025, 6, 1))
        people_at(session, 10, meeting, sex="female")
        people_at(session, 7, meeting, sex="male")
        people_at(session, 3, meeting, sex=PREFER_NOT_TO_SAY)
    report = report_of(database, built_in_reference())
    table = suppressed(report).table("sex")
    assert not table.hidden
    texts = {r.label: r.people_text for r in table.rows}
    assert texts["Female"] == "10" and texts["Prefer not to say"] == FEWER_THAN_5
    assert_nothing_can_be_worked_out(table, report.people)
