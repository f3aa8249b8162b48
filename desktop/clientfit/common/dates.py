"""Dates as each language writes them, in one place for the app, the packet and the texts the
offboarding and health layers write (checklist details, record events, evidence).

Two styles, no more: `day_text` for tables, lists and details ("2 Sep 2026" / "2 sep. 2026"), and
`long_day_text` for headings and letters ("2 September 2026" / "2 september 2026"). Before, a
packet page mixed those two with ISO dates from the layers below ("Due 2026-10-02"), and the app
showed a third kind again. ISO dates remain for files and the CLI's JSON, never for reading.
"""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
}  # fmt: skip
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "sv": (
        "jan.", "feb.", "mars", "apr.", "maj", "juni",
        "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
    ),
}  # fmt: skip


def day_text(day: dt.date | None, lang: str = "en", empty: str = "–") -> str:
    """2 Sep 2026 / 2 sep. 2026 (`empty` for no date)."""
    if day is None:
        return empty
    months = _SHORT_MONTHS.get(lang, _SHORT_MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def month_text(year: int, month: int, lang: str = "en") -> str:
    """Jan 2026 / jan. 2026: a month as the short day style writes it (chart axes, headings)."""
    months = _SHORT_MONTHS.get(lang, _SHORT_MONTHS["en"])
    return f"{months[month - 1]} {year}"


def long_day_text(day: dt.date, lang: str = "en") -> str:
    """2 September 2026 / 2 september 2026."""
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"
