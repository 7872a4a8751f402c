"""How ``coprod`` reads option values: choices, dates, consent scopes and person numbers.

Each turns text into a value or raises ``argparse.ArgumentTypeError`` with a message that says
what is allowed, which argparse prints under the command's usage.
"""

from __future__ import annotations

import argparse
from typing import Any, TypeVar

from coprod_desktop.services.dates import parse_date
from coprod_desktop.vocabulary import Choice

C = TypeVar("C", bound=Choice)
CONSENT_SCOPES = {
    "contact": "consent_contact",
    "photos": "consent_photos",
    "sharing": "consent_share_anonymised",
}
NONE = "none"  # "--payment none", "--role none": clear the field when editing


class _Clear:
    """Given as an option's value ("none"): empty the field. Distinct from None, which argparse
    uses for an option that was not given at all (leave the field as it is)."""

    def __repr__(self) -> str:
        return "CLEAR"


CLEAR = _Clear()


def choice_type(enum_class: type[C], *, clearable: bool = True) -> Any:
    """One of ``enum_class``'s choices; with ``clearable``, also "none" (CLEAR).

    Filters are not clearable: to not filter, leave the option out.
    """

    def parse(text: str) -> C | _Clear:
        if clearable and text.strip().casefold() == NONE:
            return CLEAR
        try:
            return enum_class.parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = enum_class.__name__.lower()
    return parse


def date_type(text: str) -> Any:
    if text.strip().casefold() == NONE:
        return CLEAR
    try:
        return parse_date(text, "Consent date")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def scope_type(text: str) -> str | _Clear:
    value = text.strip().casefold()
    if value == NONE:
        return CLEAR
    if value not in CONSENT_SCOPES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not something consent can cover: use contact, photos or sharing"
        )
    return value


def id_type(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a person's number (e.g. 12)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a person's number (they start at 1)")
    return value
