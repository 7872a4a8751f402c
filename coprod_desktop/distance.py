"""Miles as typed ('12.5') and as stored: whole tenths of a mile (125), so mileage is
worked out in integers like money."""

from __future__ import annotations

import re

# At most 99,999.9 miles: anything longer is a typing slip, not a journey.
_MILES = re.compile(r"^(\d{1,5})(?:\.(\d))?$")


class DistanceError(ValueError):
    """Text that is not a distance; the message says what to type instead."""


def parse_miles(text: str) -> int:
    """'12.5', '12', '12.5 miles' -> tenths of a mile; anything else is refused."""
    value = text.strip().removesuffix("miles").strip()
    if not value:
        raise DistanceError("Miles is empty. Enter the miles travelled, such as 12.5.")
    match = _MILES.match(value)
    if match is None:
        raise DistanceError(
            f"Miles '{text.strip()}' is not a distance. Write the miles travelled with at "
            "most one digit after the point, such as 12 or 12.5."
        )
    tenths = int(match.group(1)) * 10 + int(match.group(2) or "0")
    if tenths == 0:
        raise DistanceError("Miles is 0. Enter the miles travelled, such as 12.5.")
    return tenths
