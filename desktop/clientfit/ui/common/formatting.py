"""Dates, numbers and money as the user's locale writes them (QLocale), in one place.

Swedish: 2026-11-26 and 1 234,50 kr. English: 26 Nov 2026 and 1,234.50 SEK (as the packet writes
them; never the two-digit year of a US short date). The "C" locale (bare test machines) falls back
to ISO dates and a plain number with the currency code. `ui/translations.py` sets the default
QLocale at start from the chosen language.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from clientfit.common.numbers import money_text
from clientfit.common.zone import utc_to_local

_SYMBOLS = {"SEK": "kr", "NOK": "kr", "DKK": "kr", "EUR": "€", "USD": "$", "GBP": "£"}


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def format_day(value: dt.date | None) -> str:
    if value is None:
        return "–"
    locale = _locale()
    if _is_c(locale) or locale.language() == QLocale.Language.Swedish:
        return value.isoformat()
    return locale.toString(value, "d MMM yyyy")


def format_moment(value: dt.datetime | None) -> str:
    """A stored UTC moment in the user's time zone."""
    if value is None:
        return "–"
    local = utc_to_local(value)
    return f"{format_day(local.date())} {local:%H:%M}"


def format_money(amount: Decimal | float | int, currency: str) -> str:
    """Swedish as QLocale writes a currency (1 234,50 kr), else as the packet does (1,234.50 SEK)."""
    locale = _locale()
    if locale.language() == QLocale.Language.Swedish:
        return locale.toCurrencyString(float(amount), _SYMBOLS.get(currency, currency))
    return money_text(amount, currency, "en")


def format_number(value: float, decimals: int = 1) -> str:
    locale = _locale()
    if _is_c(locale):
        return f"{value:.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


_UNIT_SLASH = re.compile(r"(?<=\w)/(?=\w)")


def keep_units_together(text: str) -> str:
    """Text for a word-wrapped label with "SEK/h" or "kr/tim" never split at the slash (Qt may
    break a line after "/"): word joiners around it, invisible when drawn."""
    return _UNIT_SLASH.sub("\u2060/\u2060", text)
