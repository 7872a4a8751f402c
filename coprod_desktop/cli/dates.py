"""How ``coprod`` reads dates, times, amounts, tax years and record numbers typed as options.

Like option_types.py, each function here turns text into a value or raises
``argparse.ArgumentTypeError`` with a message saying what is allowed, which argparse prints
under the command's usage (exit code 2, nothing changed).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, time
from typing import Any

from coprod_desktop.cli.option_types import CLEAR, NONE
from coprod_desktop.distance import DistanceError, parse_miles
from coprod_desktop.money import MoneyError, parse_money
from coprod_desktop.services.dates import long_date as services_long_date
from coprod_desktop.services.dates import parse_date
from coprod_desktop.tax_year import TaxYear

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def _named(parse: Callable[[str], Any], name: str) -> Callable[[str], Any]:
    parse.__name__ = name  # argparse names the type in some of its own messages
    return parse


def date_arg(what: str) -> Callable[[str], date]:
    """YYYY-MM-DD or DD/MM/YYYY."""

    def parse(text: str) -> date:
        try:
            return parse_date(text, what)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return _named(parse, "date")


def time_arg(what: str) -> Callable[[str], time]:
    """HH:MM on the 24-hour clock (9:30 and 09.30 are fine too)."""

    def parse(text: str) -> time:
        match = _TIME.match(text.strip())
        hour, minute = (int(g) for g in match.groups()) if match else (-1, -1)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise argparse.ArgumentTypeError(
                f"{what} '{text}' is not a time. Write it as hours:minutes on the 24-hour "
                "clock, such as 09:30 or 14:00."
            )
        return time(hour, minute)

    return _named(parse, "time")


def money_arg(what: str, *, clearable: bool = False) -> Callable[[str], Any]:
    """An amount in pounds (12.50, £12.50, 1,250); with ``clearable``, also "none" (CLEAR)."""

    def parse(text: str) -> Any:
        if clearable and text.strip().casefold() == NONE:
            return CLEAR
        try:
            return parse_money(text, what)
        except MoneyError as error:
            hint = " Give 'none' to clear it." if clearable else ""
            raise argparse.ArgumentTypeError(f"{error}{hint}") from None

    return _named(parse, "amount")


def tax_year_arg(text: str) -> TaxYear:
    try:
        return TaxYear.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def number_arg(what: str) -> Callable[[str], int]:
    """A record's number (a payment, a project, a session, a person), from 1 up."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what} number (e.g. 12)") from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what} number (they start at 1)")
        return value

    return _named(parse, "number")


def minutes_arg(what: str) -> Callable[[str], int]:
    """A whole number of minutes, 0 or more."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{what} '{text}' is not a whole number of minutes (e.g. 90 for an hour and a "
                "half)."
            ) from None
        if value < 0:
            raise argparse.ArgumentTypeError(f"{what} '{text}' is negative. Use 0 or more.")
        return value

    return _named(parse, "minutes")


def miles_arg(text: str) -> int:
    """Miles to the nearest tenth ('12.5') -> tenths of a mile (125), as payments store them."""
    try:
        return parse_miles(text)
    except DistanceError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def long_date(day: date) -> str:
    """date(2025, 11, 5) -> '5 November 2025', as dates are written in messages."""
    return services_long_date(day)
