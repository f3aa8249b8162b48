"""The values exports write in their users' locales."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfit.intake.values import (
    DateReader,
    parse_amount,
    parse_clock,
    parse_currency,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20 160,0", "20160.0"),
        ("20\u00a0160,50", "20160.50"),
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234", "1234"),
        ("1234.5", "1234.5"),
        ("SEK 12 500,00", "12500.00"),
        ("$1,250.00", "1250.00"),
        ("1 250,00 kr", "1250.00"),
        ("(300.00)", "-300.00"),
        ("-45,5", "-45.5"),
        ("0", "0"),
    ],
)
def test_amounts_in_any_locale(text, value):
    assert parse_amount(text) == Decimal(value)


def test_empty_and_wordy_amounts():
    assert parse_amount("  ") is None
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount("n/a")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Swedish Krona - SEK", "SEK"),
        ("US Dollar - USD", "USD"),
        ("eur", "EUR"),
        ("SEK 1 000,00", "SEK"),
        ("€12", "EUR"),
        ("kr", None),
        ("", None),
    ],
)
def test_currencies(text, code):
    assert parse_currency(text) == code


def test_day_month_order_is_learned_from_the_whole_column():
    assert DateReader().learn(["03/04/2024", "03/15/2024"])("03/04/2024") == dt.date(2024, 3, 4)
    assert DateReader().learn(["03/04/2024", "15/03/2024"])("03/04/2024") == dt.date(2024, 4, 3)
    with pytest.raises(ValueError, match=r"the day/month order of “03\.04\.2024” is not known"):
        DateReader().learn(["03.04.2024"])("03.04.2024")  # never guessed from the separator
    assert DateReader().learn(["13.04.2024"])("13.04.2024") == dt.date(2024, 4, 13)
    assert DateReader("ymd")("26/03/04") == dt.date(2026, 3, 4)
    assert DateReader()("2024-03-04") == dt.date(2024, 3, 4)
    assert DateReader()("Mar 3, 2024") == dt.date(2024, 3, 3)
    assert DateReader()("3 mars 2024") == dt.date(2024, 3, 3)
    with pytest.raises(ValueError, match="not a date"):
        DateReader()("2024-02-30")


def test_clock_times_and_durations():
    assert parse_clock("01:30:00 PM") == dt.time(13, 30)
    assert parse_clock("12:05 AM") == dt.time(0, 5)
    assert parse_clock("09:00") == dt.time(9, 0)
    assert parse_duration("26:15:00") == 26 * 3600 + 900
    assert parse_duration("1,25") == 4500
    with pytest.raises(ValueError):
        parse_clock("25:00")
    with pytest.raises(ValueError):
        parse_duration("1:75")


def test_implausible_amounts_and_dates_are_refused_not_stored():
    with pytest.raises(ValueError, match="not a plausible amount"):
        parse_amount("9" * 40)
    with pytest.raises(ValueError, match="not a plausible date"):
        DateReader()("9999-12-31")
    with pytest.raises(ValueError, match="not a plausible date"):
        DateReader()("01/01/1066")
