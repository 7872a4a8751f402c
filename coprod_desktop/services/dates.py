"""Dates as people type them: ISO (2026-03-01) or the UK's day/month/year (01/03/2026), and the
day a stored moment fell on here."""

from __future__ import annotations

import re
from datetime import date, datetime

_UK = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


# English month names, not strftime's %B: that follows the computer's locale, which Qt sets
# from the system on Linux, so a French desktop would print "6 avril 2025" in English text.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """6 April 2025 (no leading zero, the way people write dates), the same on every computer."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def local_day(moment: datetime) -> date:
    """The day ``moment`` (stored in UTC) fell on in this computer's time zone.

    Whenever a stored moment is shown or filtered as a date, it is this day: an approval at
    00:30 on 1 July in London (23:30 UTC on 30 June) is on 1 July, as the person saw it.
    """
    return moment.astimezone().date()


def today_here(now: datetime | None = None) -> date:
    """Today's date on this computer's clock (or the local day of ``now``, for tests): what
    decides whether an action is overdue. The database's time zone plays no part."""
    return (now or datetime.now().astimezone()).astimezone().date()


def parse_date(text: str, what: str = "Date") -> date:
    """Read a date or raise ValueError with a message saying how to write it."""
    value = text.strip()
    iso = _ISO.match(value)
    uk = _UK.match(value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif uk:
        day, month, year = (int(g) for g in uk.groups())
    else:
        raise ValueError(
            f"{what} '{text}' is not a date this app can read. Write it as day/month/year "
            "(01/03/2026) or year-month-day (2026-03-01)."
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            f"{what} '{text}' is not a real date (there is no such day). Check the day and month."
        ) from None
