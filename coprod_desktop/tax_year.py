"""UK tax years, which run from 6 April to 5 April and are written like 2025-26, and the
other periods earnings limits are counted in: Monday-to-Sunday weeks, and months that may
start on any day (a Universal Credit assessment period starts on the day of the claim)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_LABEL = re.compile(r"^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$")


@dataclass(frozen=True, order=True)
class TaxYear:
    start_year: int  # the tax year 2025-26 starts on 6 April 2025

    @property
    def first_day(self) -> date:
        return date(self.start_year, 4, 6)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 4, 5)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first_day <= day <= self.last_day

    def __str__(self) -> str:
        return self.label

    @classmethod
    def of(cls, day: date) -> TaxYear:
        return cls(day.year if day >= date(day.year, 4, 6) else day.year - 1)

    @classmethod
    def parse(cls, text: str) -> TaxYear:
        """'2025-26' (or 2025/26, 2025-2026) -> TaxYear(2025); a plain message otherwise."""
        match = _LABEL.match(text.strip())
        if match is None:
            raise ValueError(
                f"'{text}' is not a tax year. Write it like 2025-26 (6 April 2025 to 5 April 2026)."
            )
        start, end = int(match.group(1)), match.group(2)
        expected_end = start + 1
        if int(end) not in (expected_end, expected_end % 100):
            raise ValueError(
                f"'{text}' is not a tax year: the second year must follow the first, "
                f"as in {start}-{expected_end % 100:02d}."
            )
        return cls(start)


def week_of(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week holding ``day`` (how weekly earnings limits are counted)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _day_in(year: int, month: int, day: int) -> date:
    """Day ``day`` of the month, or its last day if the month is shorter (31 -> 28 February),
    as Universal Credit moves an assessment period that starts on the 29th to 31st."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_of(day: date, starts_on: int = 1) -> tuple[date, date]:
    """The month holding ``day`` when months start on day ``starts_on`` (1 to 31): the first
    and last day. month_of(date(2025, 11, 3), 15) is 15 October to 14 November 2025."""
    if not 1 <= starts_on <= 31:
        raise ValueError(f"a month starts on a day from 1 to 31, not {starts_on}")
    first = _day_in(day.year, day.month, starts_on)
    if first > day:
        year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
        first = _day_in(year, month, starts_on)
    year, month = (first.year + 1, 1) if first.month == 12 else (first.year, first.month + 1)
    return first, _day_in(year, month, starts_on) - timedelta(days=1)
