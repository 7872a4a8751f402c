"""Money as whole pence: reading what people type, showing amounts, paying for time.

Floating-point pounds cannot hold 0.10 exactly, and a rounding slip in someone's payment can
matter to their benefits, so every amount in the app is an ``int`` of pence. ``Decimal`` is
used only to read text and to work out a payment for part of an hour.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_MONEY = re.compile(r"^£?\s*(\d{1,9}(?:,\d{3})*|\d+)?(?:\.(\d{1,2}))?$")
MAX_PENCE = 100_000_000  # £1,000,000: anything above is a typing slip


class MoneyError(ValueError):
    """Text that is not an amount of money; the message says how to write one."""


def parse_money(text: str, what: str = "Amount") -> int:
    """'£12.50', '12.5', '12', '1,250.00' -> pence. Negative, fractional-penny or non-money
    text is refused with a message saying what is wrong."""
    value = text.strip()
    # A space after the pound sign is harmless; one between digits is not: "12 50" may mean
    # £12.50 or £1,250, so it is refused rather than guessed.
    value = re.sub(r"^£\s+", "£", value)
    if not value:
        raise MoneyError(f"{what} is empty. Enter an amount in pounds, such as 12.50.")
    if re.search(r"\d\s+\d", value):
        raise MoneyError(
            f"{what} '{text.strip()}' has a space between digits. Write it with a point for "
            "the pence, such as 12.50."
        )
    if "-" in value:
        raise MoneyError(
            f"{what} '{text.strip()}' is negative. Enter the amount without a minus sign; "
            "to take money back, cancel or reverse the payment instead."
        )
    match = _MONEY.match(value)
    if match is None or (match.group(1) is None and match.group(2) is None):
        if re.match(r"^£?\d*\.\d{3,}$", value):
            raise MoneyError(
                f"{what} '{text.strip()}' has more than two digits after the point. "
                "Money is counted in whole pence, such as 12.50."
            )
        raise MoneyError(
            f"{what} '{text.strip()}' is not an amount of money. Write it in pounds, such as "
            "12.50 or £12.50."
        )
    pounds = int((match.group(1) or "0").replace(",", ""))
    pence = int((match.group(2) or "0").ljust(2, "0"))
    total = pounds * 100 + pence
    if total > MAX_PENCE:
        raise MoneyError(f"{what} '{text.strip()}' is more than £1,000,000. Check the amount.")
    return total


def format_money(pence: int) -> str:
    """1250 -> '£12.50'; -300 -> '-£3.00'."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


def pay_for_minutes(rate_pence_per_hour: int, minutes: int) -> int:
    """What ``minutes`` of time earns at an hourly rate, to the nearest penny.

    The rule, stated for the user guide: time is counted in whole minutes, the amount is
    rate x minutes / 60, and an exact half penny is rounded up (in the person's favour).
    For example 90 minutes at £25.00 an hour is £37.50; 50 minutes at £11.50 is £9.58.
    """
    if minutes <= 0 or rate_pence_per_hour <= 0:
        return 0
    exact = Decimal(rate_pence_per_hour) * Decimal(minutes) / Decimal(60)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def decimal_to_pence(value: Decimal) -> int:
    """For values already known to be money (e.g. read from a spreadsheet)."""
    if not value.is_finite():
        raise MoneyError(f"'{value}' is not an amount of money")
    try:
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except InvalidOperation as error:
        raise MoneyError(f"'{value}' is not an amount of money") from error
