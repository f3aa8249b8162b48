"""Dates, numbers and money as the app's language writes them, in one place for the UI.

Numbers and money are `common/numbers.py`'s (the packet's, the health details' and the CLI's
grammar), in the language the app speaks (`i18n.current_language`): Swedish 1 234,50 SEK, English
1,234.50 SEK - so the app and the packet never show one amount two ways. Dates likewise are
`common/dates.py`'s: 26 Nov 2026 / 26 nov. 2026, as the packet's tables and the checklist write
them (never the two-digit year of a US short date, nor ISO beside a written month).
`ui/translations.py` sets the language at start.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from clientfit.common.dates import day_text, month_text
from clientfit.common.numbers import money_text, number_text
from clientfit.i18n import current_language


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def format_day(value: dt.date | None) -> str:
    """2 Sep 2026 / 2 sep. 2026: the one date style of the app, the packet and the checklist."""
    return day_text(value, current_language())


def format_month(key: str) -> str:
    """A "YYYY-MM" month key (snapshots, trends) as Jan 2026 / jan. 2026; other text unchanged."""
    try:
        year, month = (int(part) for part in key.split("-"))
        return month_text(year, month, current_language())
    except ValueError:
        return key


def format_moment(value: dt.datetime | None) -> str:
    """A stored UTC moment in the user's time zone."""
    if value is None:
        return "–"
    from clientfit.common.zone import utc_to_local  # zoneinfo: not before the first paint

    return format_local_moment(utc_to_local(value))


def format_local_moment(local: dt.datetime) -> str:
    """A moment already in local time (a backup's, a file's): 6 Dec 2026 09:30."""
    return f"{format_day(local.date())} {local:%H:%M}"


def format_money(amount: Decimal | float | int, currency: str) -> str:
    """An amount and its currency code as the packet writes it in the app's language."""
    return money_text(amount, currency, current_language())


def format_number(value: float, decimals: int = 1) -> str:
    """A number as the packet writes it in the app's language (12,000.5 / 12 000,5)."""
    return number_text(value, decimals, current_language())


_UNIT_SLASH = re.compile(r"(?<=\w)/(?=\w)")


def keep_units_together(text: str) -> str:
    """Text for a word-wrapped label with "SEK/h" or "kr/tim" never split at the slash (Qt may
    break a line after "/"): word joiners around it, invisible when drawn."""
    return _UNIT_SLASH.sub("\u2060/\u2060", text)


# Date editors show the same style as the text around them (26 Nov 2026 / 26 nov. 2026: Qt's
# short month names in the app's QLocale are common/dates.py's), not ISO beside written months.
DAY_EDIT_FORMAT = "d MMM yyyy"
MOMENT_EDIT_FORMAT = "d MMM yyyy HH:mm"
