"""parse_date: the date formats people type in the UK, and messages for the ones it cannot read."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_desktop.services.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01", date(2026, 3, 1)),
        ("2026-3-1", date(2026, 3, 1)),
        ("2026-12-31", date(2026, 12, 31)),
        ("  2026-03-01  ", date(2026, 3, 1)),
    ],
)
def test_iso_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/03/2026", date(2026, 3, 1)),  # day first: 1 March, not 3 January
        ("1/3/2026", date(2026, 3, 1)),
        ("24/11/2026", date(2026, 11, 24)),
        ("24.11.2026", date(2026, 11, 24)),
        ("24-11-2026", date(2026, 11, 24)),
        (" 24/11/2026\n", date(2026, 11, 24)),
    ],
)
def test_uk_day_month_year_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_leap_day() -> None:
    assert parse_date("29/02/2028") == date(2028, 2, 29)
    assert parse_date("2028-02-29") == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text", ["31/02/2026", "29/02/2026", "2026-02-30", "31/04/2026", "00/01/2026"]
)
def test_impossible_dates_give_a_plain_message(text: str) -> None:
    with pytest.raises(ValueError, match="no such day") as caught:
        parse_date(text)
    assert str(caught.value) == (
        f"Date '{text}' is not a real date (there is no such day). Check the day and month."
    )
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_american_month_first_date_is_not_silently_swapped() -> None:
    # 11/24/2026 would be 24 November in the US; in the UK it is month 24, which does not exist.
    with pytest.raises(ValueError, match="not a real date"):
        parse_date("11/24/2026")


@pytest.mark.parametrize(
    "text",
    ["", "tomorrow", "24 November 2026", "24/11/26", "2026/11/24", "24/11", "2026-11", "1/1/20266"],
)
def test_unreadable_dates_say_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_date(text)
    assert str(caught.value) == (
        f"Date '{text}' is not a date this app can read. Write it as day/month/year "
        "(01/03/2026) or year-month-day (2026-03-01)."
    )


def test_message_names_what_the_date_is_for() -> None:
    with pytest.raises(ValueError) as caught:
        parse_date("soon", what="Date consent was given")
    assert str(caught.value).startswith("Date consent was given 'soon' is not a date")
    with pytest.raises(ValueError) as caught:
        parse_date("31/02/2026", what="Date consent was given")
    assert str(caught.value).startswith("Date consent was given '31/02/2026' is not a real date")
