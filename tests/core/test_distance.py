"""Miles typed by people become whole tenths of a mile, or a message saying what to type."""

from __future__ import annotations

import pytest

from coprod_desktop.distance import DistanceError, parse_miles


@pytest.mark.parametrize(
    ("typed", "tenths"),
    [
        ("12.5", 125),
        ("12", 120),
        (" 3.0 ", 30),
        ("0.1", 1),
        ("12.5 miles", 125),
        ("99999.9", 999999),
        ("١٢", 120),  # Arabic-Indic digits, as some keyboards type them,
    ],
)
def test_distances_people_type_are_read_in_tenths(typed: str, tenths: int) -> None:
    assert parse_miles(typed) == tenths


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "Miles is empty"),
        ("   ", "Miles is empty"),
        ("0", "Miles is 0"),
        ("0.0", "Miles is 0"),
        ("-3", "is not a distance"),
        ("12.55", "at most one digit after the point"),
        ("twelve", "is not a distance"),
        ("100000", "is not a distance"),
        ("=cmd|' /C calc'!A0", "is not a distance"),
    ],
)
def test_anything_else_is_refused_in_plain_english(typed: str, says: str) -> None:
    with pytest.raises(DistanceError, match=says):
        parse_miles(typed)
