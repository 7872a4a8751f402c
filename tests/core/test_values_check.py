"""The values self-check: the trend on hand-made checks with known averages, checks filled in by
staff alone flagged as such, everything the form can get wrong, and the trend chart with every
figure in its text alternative."""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.reports.charts import TREND_STYLES, chart_svg, values_trend_chart
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.form_checks import ValidationError
from coprod_desktop.services.values_check import (
    SHORT_VALUE_LABELS,
    RatingData,
    ValuesCheckData,
    add_check,
    average_tenths,
    delete_check,
    get_check,
    latest_check,
    latest_checks,
    list_checks,
    trend_of,
    update_check,
    values_trend,
    who_took_part,
)
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import CoproductionLevel, CoproductionValue
from tests.core.payment_fixtures import add_project, add_session

TODAY = date(2026, 5, 10)
V = CoproductionValue
ORDER = list(CoproductionValue)


def rated(*ratings: int, comment: str = "") -> tuple[RatingData, ...]:
    """Ratings for the five values, in their order."""
    return tuple(RatingData(value, r, comment) for value, r in zip(ORDER, ratings, strict=True))


def check_data(
    project_id: int,
    day: date,
    ratings: tuple[RatingData, ...],
    *,
    lived: int = 3,
    staff: int = 2,
    level: CoproductionLevel = CoproductionLevel.INTERMEDIATE,
    **others: object,
) -> ValuesCheckData:
    return ValuesCheckData(
        project_id=project_id,
        checked_on=day,
        level=level,
        lived_experience_count=lived,
        staff_count=staff,
        ratings=ratings,
        **others,  # type: ignore[arg-type]
    )


def add(session: Session, data: ValuesCheckData) -> int:
    return add_check(session, data, today=TODAY)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def _three_checks(session: Session) -> int:
    """Youth panel's checks, entered out of order: known ratings and averages."""
    project = add_project(session, "Youth panel")
    # 3 March: 3, 3, 2, 4, 3 -> 15 / 5 = 3.0
    add(session, check_data(project, date(2026, 3, 3), rated(3, 3, 2, 4, 3)))
    # 3 January, staff only: 2, 3, 2, 3, 2 -> 12 / 5 = 2.4
    add(session, check_data(project, date(2026, 1, 3), rated(2, 3, 2, 3, 2), lived=0, staff=2))
    # 3 May: 4, 4, 3, 5, 4 -> 20 / 5 = 4.0 (with one comment)
    ratings = list(rated(4, 4, 3, 5, 4))
    ratings[0] = RatingData(V.SHARING_POWER, 4, "The group now sets the agenda")
    add(session, check_data(project, date(2026, 5, 3), tuple(ratings), lived=5, staff=1))
    return project


def test_the_trend_on_hand_made_checks_has_the_known_averages(database: Database) -> None:
    with database.transaction() as session:
        project = _three_checks(session)
    with database.reading() as session:
        trend = values_trend(session, project)
    assert trend.project_name == "Youth panel"
    assert trend.dates == (date(2026, 1, 3), date(2026, 3, 3), date(2026, 5, 3))
    assert trend.series == {
        V.SHARING_POWER: (2, 3, 4),
        V.ALL_PERSPECTIVES: (3, 3, 4),
        V.RESPECTING_KNOWLEDGE: (2, 2, 3),
        V.RECIPROCITY: (3, 4, 5),
        V.RELATIONSHIPS: (2, 3, 4),
    }
    assert trend.averages_tenths == (24, 30, 40)
    assert trend.staff_only == (True, False, False)
    assert trend.alt_text == (
        "3 values self-checks for Youth panel, oldest first. Ratings go from 1 (not yet) to 5 "
        "(fully). "
        "Self-check on 3 January 2026 (staff only): Sharing power 2, All perspectives and "
        "skills 3, Respecting knowledge 2, Reciprocity 3, Relationships 2; average 2.4. "
        "Self-check on 3 March 2026: Sharing power 3, All perspectives and skills 3, "
        "Respecting knowledge 2, Reciprocity 4, Relationships 3; average 3.0. "
        "Self-check on 3 May 2026: Sharing power 4, All perspectives and skills 4, "
        "Respecting knowledge 3, Reciprocity 5, Relationships 4; average 4.0."
    )


def test_averages_round_halves_up_in_whole_numbers() -> None:
    assert average_tenths([1, 2, 2, 2, 2]) == 18  # 1.8 exactly
    assert average_tenths([1, 2]) == 15  # 1.5
    assert average_tenths([1, 1, 2]) == 13  # 1.333... -> 1.3
    assert average_tenths([2, 2, 1]) == 17  # 1.666... -> 1.7
    assert average_tenths([1, 2, 2, 2, 2, 2, 2, 2]) == 19  # 1.875 -> 1.9 (half up)
    assert average_tenths([1] * 39 + [2]) == 10  # 1.025 -> 1.0
    assert average_tenths([1] * 19 + [2]) == 11  # 1.05 -> 1.1 (half up)
    assert average_tenths([]) == 0


def test_a_check_filled_in_by_staff_alone_is_flagged_in_words(database: Database) -> None:
    with database.transaction() as session:
        project = _three_checks(session)
    with database.reading() as session:
        first, second, third = list_checks(session, project)
    assert (first.staff_only, second.staff_only, third.staff_only) == (True, False, False)
    assert first.who_text == "Staff only (2 staff): no one with lived experience took part"
    assert second.who_text == "3 people with lived experience and 2 staff"
    assert third.who_text == "5 people with lived experience and 1 staff member"
    assert who_took_part(1, 0) == "1 person with lived experience (no staff)"
    assert who_took_part(0, 1) == (
        "Staff only (1 staff member): no one with lived experience took part"
    )
    assert (first.average_text, second.average_text, third.average_text) == ("2.4", "3.0", "4.0")
    assert third.data.rating_of(V.SHARING_POWER) == RatingData(
        V.SHARING_POWER, 4, "The group now sets the agenda"
    )


def test_latest_checks_for_each_project_in_one_go(database: Database) -> None:
    with database.transaction() as session:
        youth = _three_checks(session)
        cafe = add_project(session)
        quiet = add_project(session, "Walking group")
        add(session, check_data(cafe, date(2026, 2, 1), rated(1, 1, 1, 1, 1)))
        same_day = add(session, check_data(cafe, date(2026, 2, 1), rated(5, 5, 5, 5, 5)))
    with database.reading() as session:
        latest = latest_checks(session)
        assert set(latest) == {youth, cafe}
        assert latest[youth].data.checked_on == date(2026, 5, 3)
        # Same day: the one entered last.
        assert latest[cafe].id == same_day
        assert latest_check(session, quiet) is None
        found = latest_check(session, cafe)
        assert found is not None and found.id == same_day
        # The latest made by a past day (a report for an earlier period).
        then = latest_checks(session, as_of=date(2026, 4, 30))
        assert set(then) == {youth, cafe}
        assert then[youth].data.checked_on == date(2026, 3, 3)
        assert set(latest_checks(session, as_of=date(2026, 1, 31))) == {youth}


def test_every_value_must_be_rated_once_from_1_to_5(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session)
        given = (
            RatingData(V.SHARING_POWER, 3),
            RatingData(V.SHARING_POWER, 4),  # twice
            RatingData(V.ALL_PERSPECTIVES, 0),  # too low
            RatingData(V.RESPECTING_KNOWLEDGE, 6),  # too high
            RatingData(V.RECIPROCITY, 3, "x" * 2001),  # comments too long
            # relationships: not rated
        )
        with pytest.raises(ValidationError) as error:
            add(session, check_data(project, date(2026, 5, 1), given))
        assert problems(error) == {
            "rating_sharing_power": "Sharing power is rated more than once. Give it one rating.",
            "rating_all_perspectives": "Including all perspectives and skills: the rating is 0, "
            "but it must be from 1 (not yet) to 5 (fully).",
            "rating_respecting_knowledge": "Respecting and valuing everyone's knowledge: the "
            "rating is 6, but it must be from 1 (not yet) to 5 (fully).",
            "comments_reciprocity": "Comments on reciprocity is 2,001 characters long, but can "
            "be at most 2,000. Please shorten it.",
            "rating_relationships": "Building and keeping relationships has no rating. Choose "
            "from 1 (not yet) to 5 (fully).",
        }
        assert list_checks(session, project) == []


def test_who_took_part_the_date_the_session_and_the_comments_are_checked(
    database: Database,
) -> None:
    with database.transaction() as session:
        project = add_project(session, "Youth panel")
        other = add_project(session, "Carers' café")
        elsewhere = add_session(session, other, date(2026, 4, 1), title="Café tasting")
        with pytest.raises(ValidationError) as error:
            add(
                session,
                check_data(
                    project,
                    date(2026, 5, 11),
                    rated(3, 3, 3, 3, 3),
                    lived=0,
                    staff=0,
                    session_id=elsewhere,
                    comments="y" * 2001,
                ),
            )
        assert problems(error) == {
            "comments": "Overall comments is 2,001 characters long, but can be at most 2,000. "
            "Please shorten it.",
            "checked_on": "Date of the check (11 May 2026) is in the future. Give the day the "
            "group did the check, 10 May 2026 or before.",
            "session_id": "Session: that session belongs to another project: Carers' café. "
            "Choose a session of Youth panel, or leave it empty.",
            "lived_experience_count": "People with lived experience and staff are both 0. Give "
            "how many of each took part in the check (at least one person).",
        }
        with pytest.raises(ValidationError) as error:
            add(session, check_data(project, TODAY, rated(3, 3, 3, 3, 3), lived=-1, staff=10_001))
        assert problems(error) == {
            "lived_experience_count": "People with lived experience is -1. Give a number from 0 "
            "up.",
            "staff_count": "Staff and professionals is 10,001, more than the 10,000 this app "
            "allows. Check the number.",
        }
        with pytest.raises(ValidationError) as error:
            add(session, check_data(999, TODAY, rated(3, 3, 3, 3, 3)))
        assert list(problems(error)) == ["project_id"]
        with pytest.raises(NotFound):
            list_checks(session, 999)


def test_a_check_is_changed_in_place_and_can_be_deleted(database: Database) -> None:
    with database.transaction() as session:
        project = add_project(session, "Youth panel")
        at = add_session(session, project, date(2026, 4, 1), title="Review meeting")
        check_id = add(session, check_data(project, date(2026, 4, 1), rated(1, 2, 3, 4, 5)))
    with database.transaction() as session:
        # Given in another order: read back in the values' order.
        changed = update_check(
            session,
            check_id,
            check_data(
                project,
                date(2026, 4, 1),
                tuple(reversed(rated(2, 2, 2, 2, 2, comment="Better"))),
                lived=4,
                staff=0,
                session_id=at,
                level=CoproductionLevel.TRANSFORMATIVE,
                comments="Everyone came",
            ),
            today=TODAY,
        )
        assert [r.value for r in changed.data.ratings] == ORDER
        assert [(r.rating, r.comments) for r in changed.data.ratings] == [(2, "Better")] * 5
        assert changed.session_title == "Review meeting (1 April 2026)"
        assert changed.data.level is CoproductionLevel.TRANSFORMATIVE
        assert changed.who_text == "4 people with lived experience (no staff)"
        assert not changed.staff_only
    with database.transaction() as session:
        delete_check(session, check_id)
    with database.reading() as session:
        assert list_checks(session, project) == []
        with pytest.raises(NotFound, match="no values self-check with the number"):
            get_check(session, check_id)


def test_the_trend_chart_says_every_figure_in_its_text_alternative(database: Database) -> None:
    with database.transaction() as session:
        project = _three_checks(session)
    with database.reading() as session:
        trend = values_trend(session, project)
    drawing = values_trend_chart(trend, width=640, font_size=13)
    assert drawing.chart_title == "Values self-checks: Youth panel"
    assert drawing.alt_text == trend.alt_text
    # Every rating of every check, and every average, is in the words.
    for index, day in enumerate(trend.dates):
        part = trend.alt_text.split("Self-check on ")[index + 1]
        assert part.startswith(f"{day.day} {day:%B} {day.year}")
        for value, ratings in trend.series.items():
            assert f"{SHORT_VALUE_LABELS[value]} {ratings[index]}" in part
        average = trend.averages_tenths[index]
        assert f"average {average // 10}.{average % 10}" in part
        assert ("(staff only)" in part) is trend.staff_only[index]
    svg = chart_svg(drawing)
    assert f"<desc>{escape(trend.alt_text)}</desc>" in svg
    # On the picture too: each date, "Staff only" under the first, the scale in words, and a
    # legend naming each value.
    for text in ("3 Jan", "3 Mar", "3 May", "Staff only", "1 Not yet", "5 Fully"):
        assert f">{text}<" in svg, text
    for name in ("Sharing power", "Respecting knowledge", "Relationships"):
        assert f">{name}<" in svg
    assert "Grey band: staff only" in svg


def test_each_line_has_its_own_marker_and_dash_pattern() -> None:
    colours = [c for c, _, _ in TREND_STYLES]
    markers = [m for _, m, _ in TREND_STYLES]
    dashes = [d for _, _, d in TREND_STYLES]
    assert len(set(colours)) == len(set(markers)) == len(set(dashes)) == len(ORDER)


def test_a_project_with_no_checks_yet_says_so() -> None:
    trend = trend_of([], "Walking group")
    assert trend.alt_text == "No values self-checks for Walking group yet."
    drawing = values_trend_chart(trend)
    assert ">No self-checks yet.<" in chart_svg(drawing)
