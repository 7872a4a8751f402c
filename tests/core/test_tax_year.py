"""UK tax years (6 April to 5 April) and the Monday-to-Sunday weeks used for earnings limits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coprod_desktop.tax_year import TaxYear, month_of, week_of


@pytest.mark.parametrize(
    ("day", "start_year"),
    [
        (date(2025, 4, 5), 2024),
        (date(2025, 4, 6), 2025),
        (date(2025, 1, 1), 2024),
        (date(2025, 12, 31), 2025),
        (date(2026, 4, 5), 2025),
        (date(2026, 4, 6), 2026),
        (date(2024, 2, 29), 2023),
    ],
)
def test_tax_year_of_a_day(day: date, start_year: int) -> None:
    assert TaxYear.of(day) == TaxYear(start_year)


def test_5_and_6_april_are_in_different_tax_years() -> None:
    assert TaxYear.of(date(2025, 4, 5)).label == "2024-25"
    assert TaxYear.of(date(2025, 4, 6)).label == "2025-26"


@pytest.mark.parametrize(
    ("start_year", "label"), [(2025, "2025-26"), (1999, "1999-00"), (2009, "2009-10")]
)
def test_labels(start_year: int, label: str) -> None:
    assert TaxYear(start_year).label == label
    assert str(TaxYear(start_year)) == label


@pytest.mark.parametrize("text", ["2025-26", "2025/26", "2025-2026", " 2025 - 26 ", "2025 / 2026"])
def test_parse_accepts_the_usual_spellings(text: str) -> None:
    assert TaxYear.parse(text) == TaxYear(2025)


def test_parse_across_a_century() -> None:
    assert TaxYear.parse("1999-00") == TaxYear(1999)
    assert TaxYear.parse("1999-2000") == TaxYear(1999)


@pytest.mark.parametrize("text", ["2025", "25-26", "last year", "", "2025-6", "2025--26"])
def test_parse_refuses_text_that_is_not_a_tax_year(text: str) -> None:
    with pytest.raises(ValueError, match="is not a tax year") as caught:
        TaxYear.parse(text)
    assert str(caught.value) == (
        f"'{text}' is not a tax year. Write it like 2025-26 (6 April 2025 to 5 April 2026)."
    )


@pytest.mark.parametrize("text", ["2025-27", "2025-2027", "2025-25", "2025/24"])
def test_parse_refuses_years_that_do_not_follow_on(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        TaxYear.parse(text)
    assert str(caught.value) == (
        f"'{text}' is not a tax year: the second year must follow the first, as in 2025-26."
    )


def test_first_and_last_day() -> None:
    year = TaxYear(2025)
    assert year.first_day == date(2025, 4, 6)
    assert year.last_day == date(2026, 4, 5)
    assert TaxYear.of(year.first_day) == year
    assert TaxYear.of(year.last_day) == year
    assert TaxYear.of(year.last_day + timedelta(days=1)) == TaxYear(2026)
    assert TaxYear.of(year.first_day - timedelta(days=1)) == TaxYear(2024)


def test_in() -> None:
    year = TaxYear(2025)
    assert date(2025, 4, 6) in year
    assert date(2026, 4, 5) in year
    assert date(2026, 1, 1) in year
    assert date(2025, 4, 5) not in year
    assert date(2026, 4, 6) not in year
    assert "2025-26" not in year
    assert None not in year


def test_tax_years_sort_by_start_year() -> None:
    assert sorted([TaxYear(2026), TaxYear(2024), TaxYear(2025)]) == [
        TaxYear(2024),
        TaxYear(2025),
        TaxYear(2026),
    ]


@pytest.mark.parametrize(
    "day",
    [date(2025, 11, 3) + timedelta(days=n) for n in range(7)],
)
def test_week_of_runs_monday_to_sunday(day: date) -> None:
    # 3 November 2025 is a Monday.
    assert week_of(day) == (date(2025, 11, 3), date(2025, 11, 9))


def test_week_of_the_next_monday_starts_a_new_week() -> None:
    monday, sunday = week_of(date(2025, 11, 10))
    assert (monday, sunday) == (date(2025, 11, 10), date(2025, 11, 16))
    assert monday.weekday() == 0
    assert sunday.weekday() == 6


def test_a_week_can_span_a_tax_year_end() -> None:
    # 5 April 2026 is a Sunday, 6 April 2026 a Monday.
    assert week_of(date(2026, 4, 5)) == (date(2026, 3, 30), date(2026, 4, 5))
    assert week_of(date(2026, 4, 6)) == (date(2026, 4, 6), date(2026, 4, 12))
    # 5 April 2025 is a Saturday: its week runs into the next tax year.
    assert week_of(date(2025, 4, 5)) == (date(2025, 3, 31), date(2025, 4, 6))


@pytest.mark.parametrize(
    ("day", "starts_on", "first", "last"),
    [
        (date(2025, 11, 3), 1, date(2025, 11, 1), date(2025, 11, 30)),
        (date(2025, 12, 31), 1, date(2025, 12, 1), date(2025, 12, 31)),
        (date(2025, 11, 14), 15, date(2025, 10, 15), date(2025, 11, 14)),
        (date(2025, 11, 15), 15, date(2025, 11, 15), date(2025, 12, 14)),
        (date(2026, 1, 2), 5, date(2025, 12, 5), date(2026, 1, 4)),  # across the new year
        # Universal Credit: a period from the 31st starts on the last day of shorter months.
        (date(2025, 3, 1), 31, date(2025, 2, 28), date(2025, 3, 30)),
        (date(2025, 3, 31), 31, date(2025, 3, 31), date(2025, 4, 29)),
        (date(2024, 2, 29), 30, date(2024, 2, 29), date(2024, 3, 29)),  # leap year
    ],
)
def test_months_that_start_on_any_day(day: date, starts_on: int, first: date, last: date) -> None:
    assert month_of(day, starts_on) == (first, last)


@pytest.mark.parametrize("starts_on", [0, 32, -1])
def test_a_month_cannot_start_on_a_day_that_does_not_exist(starts_on: int) -> None:
    with pytest.raises(ValueError, match="1 to 31"):
        month_of(date(2025, 11, 3), starts_on)
