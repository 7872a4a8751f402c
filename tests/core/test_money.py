"""Money as whole pence: reading typed amounts, showing them, and paying for part of an hour."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coprod_desktop.money import (
    MAX_PENCE,
    MoneyError,
    decimal_to_pence,
    format_money,
    parse_money,
    pay_for_minutes,
)


@pytest.mark.parametrize(
    ("text", "pence"),
    [
        ("£12.50", 1250),
        ("12.5", 1250),
        ("12", 1200),
        ("1,250.00", 125000),
        (" £ 3 ", 300),
        ("0.05", 5),
        (".75", 75),
        ("£0", 0),
        ("1,000,000.00", MAX_PENCE),
        ("999,999.99", 99999999),
    ],
)
def test_parse_money_accepts_what_people_type(text: str, pence: int) -> None:
    assert parse_money(text) == pence


def test_parse_money_gives_an_int() -> None:
    assert type(parse_money("£12.50")) is int


def test_negative_amount_is_refused_and_says_so() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money("£-3")
    message = str(caught.value)
    assert message.startswith("Amount '£-3' is negative.")
    assert "reverse" in message


def test_text_that_is_not_money_is_refused() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money("abc")
    assert str(caught.value) == (
        "Amount 'abc' is not an amount of money. Write it in pounds, such as 12.50 or £12.50."
    )


def test_fraction_of_a_penny_is_refused() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money("12.505")
    message = str(caught.value)
    assert "'12.505' has more than two digits after the point" in message
    assert "whole pence" in message


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_amount_is_refused(text: str) -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money(text)
    assert str(caught.value) == "Amount is empty. Enter an amount in pounds, such as 12.50."


def test_pound_sign_alone_is_refused() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money("£")
    assert "'£' is not an amount of money" in str(caught.value)


@pytest.mark.parametrize(
    "text", ["1000000.01", "£99,999,999.99", "12,345,678", "12345678901234567890"]
)
def test_huge_amounts_are_refused(text: str) -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money(text)
    assert "is more than £1,000,000. Check the amount." in str(caught.value)


def test_the_message_names_the_field() -> None:
    with pytest.raises(MoneyError) as caught:
        parse_money("ten pounds", what="Hourly rate")
    assert str(caught.value).startswith("Hourly rate 'ten pounds' is not an amount of money.")


@pytest.mark.parametrize("text", ["12.50p", "£12.50.1", "1,25", "12,50", "£ twelve"])
def test_other_malformed_amounts_are_refused(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_money(text)


@pytest.mark.parametrize("text", ["12 50", "1 250", "£12 50", "1 2.50"])
def test_a_space_between_digits_is_refused_not_guessed(text: str) -> None:
    """'12 50' could be £12.50 or £1,250.00: a hundredfold slip, so it is refused."""
    with pytest.raises(MoneyError, match="space between digits"):
        parse_money(text)


def test_money_error_is_a_value_error() -> None:
    assert issubclass(MoneyError, ValueError)


@pytest.mark.parametrize(
    ("pence", "text"),
    [
        (0, "£0.00"),
        (5, "£0.05"),
        (1250, "£12.50"),
        (125000, "£1,250.00"),
        (MAX_PENCE, "£1,000,000.00"),
        (-300, "-£3.00"),
        (-5, "-£0.05"),
        (-123456, "-£1,234.56"),
    ],
)
def test_format_money(pence: int, text: str) -> None:
    assert format_money(pence) == text


@pytest.mark.parametrize("pence", [0, 1, 99, 1250, 125000, 99999999])
def test_format_then_parse_round_trips(pence: int) -> None:
    assert parse_money(format_money(pence)) == pence


@pytest.mark.parametrize(
    ("rate", "minutes", "pence"),
    [
        (2500, 90, 3750),  # 1 h 30 min at £25
        (1150, 50, 958),  # £9.583… down
        (2500, 60, 2500),
        (2500, 1, 42),  # 41.67 up
        (1500, 45, 1125),
        (2750, 90, 4125),
    ],
)
def test_pay_for_minutes(rate: int, minutes: int, pence: int) -> None:
    assert pay_for_minutes(rate, minutes) == pence


def test_an_exact_half_penny_is_rounded_up() -> None:
    # 3 minutes at £11.50 an hour is 1150 x 3 / 60 = 57.5p exactly.
    assert Decimal(1150) * 3 / 60 == Decimal("57.5")
    assert pay_for_minutes(1150, 3) == 58
    # 9 minutes: 172.5p exactly -> 173p (banker's rounding would give 172).
    assert pay_for_minutes(1150, 9) == 173
    # 1 minute at 30p an hour: 0.5p -> 1p.
    assert pay_for_minutes(30, 1) == 1


@pytest.mark.parametrize(
    ("rate", "minutes"), [(2500, 0), (2500, -30), (0, 90), (-2500, 90), (0, 0)]
)
def test_no_time_or_no_rate_pays_nothing(rate: int, minutes: int) -> None:
    assert pay_for_minutes(rate, minutes) == 0


def test_decimal_to_pence_rounds_half_up() -> None:
    assert decimal_to_pence(Decimal("12.345")) == 1235
    assert decimal_to_pence(Decimal("12.5")) == 1250
    with pytest.raises(MoneyError):
        decimal_to_pence(Decimal("NaN"))
