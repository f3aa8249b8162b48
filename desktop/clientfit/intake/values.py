"""Reading the values exports write the way their users' locales write them.

Amounts like "20 160,0", "1,234.50", "SEK 1 250,00" or "(300.00)"; currencies like "Swedish Krona -
SEK"; dates as ISO, day/month or month/day (the order from the whole file, never guessed), "Mar 3, 2024";
clock times in 24 h or AM/PM; durations as "1:30:00" or "1.5". Each parser raises ValueError with a
message fit for a rejection.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from clientfit.i18n import _
from clientfit.intake.dateorder import Evidence, decide
from clientfit.store.clients import MAX_NOTE

MAX_AMOUNT = Decimal(10) ** 12  # a trillion: beyond any freelancer's invoice, and SQLite's range
FIRST_YEAR, LAST_YEAR = 1990, 2100
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CODE = re.compile(r"\b([A-Z]{3})\b")
_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "CHF": "CHF"}


def parse_amount(text: str) -> Decimal | None:
    """A money amount written in any common locale; None for an empty cell."""
    raw = (text or "").strip()
    if not raw:
        return None
    negative = (
        raw.startswith("-") or raw.endswith("-") or (raw.startswith("(") and raw.endswith(")"))
    )
    core = re.sub(r"[^\d.,\s\u00a0\u202f\u2009']", "", raw)
    core = _SPACES.sub("", core)
    if not core or not any(ch.isdigit() for ch in core):
        raise ValueError(_("“{text}” is not an amount").format(text=raw[:40]))
    last_dot, last_comma = core.rfind("."), core.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_sep = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        tail = core[core.rfind(sep) + 1 :]
        decimal_sep = sep if (core.count(sep) == 1 and len(tail) != 3) else None
    else:
        decimal_sep = None
    thousands = {".", ","} - ({decimal_sep} if decimal_sep else set())
    for sep in thousands:
        core = core.replace(sep, "")
    if decimal_sep == ",":
        core = core.replace(",", ".")
    try:
        value = Decimal(core)
    except InvalidOperation:
        raise ValueError(_("“{text}” is not an amount").format(text=raw[:40])) from None
    if value >= MAX_AMOUNT:
        raise ValueError(_("“{text}” is not a plausible amount").format(text=raw[:40]))
    return -value if negative else value


def parse_currency(text: str) -> str | None:
    """ "Swedish Krona - SEK", "SEK", "$" -> an ISO code; None when the text does not say."""
    raw = (text or "").strip()
    if not raw:
        return None
    if " - " in raw:
        raw = raw.rsplit(" - ", 1)[1].strip()
    codes = _CODE.findall(raw.upper())
    if codes:
        return codes[-1]
    for symbol, code in _SYMBOLS.items():
        if symbol in raw:
            return code
    return None


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january", "januari"),
            ("feb", "february", "februari"),
            ("mar", "march", "mars"),
            ("apr", "april"),
            ("may", "maj"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august", "augusti"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})\b")
_WORDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")  # Mar 3, 2024
_WORDY_DMY = re.compile(r"^(\d{1,2})\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})")  # 3 Mar 2024


class DateReader:
    """Dates in the date columns of one file. The day/month order of "03/04/2024" is never guessed:
    `learn` gathers the file's evidence, `settle` decides by DESIGN.md's rule (`intake.dateorder`)
    or refuses the file. Before that, a value is read only when it shows its own order (13/04)."""

    def __init__(self, order: str | None = None):
        self.order = order  # "dmy" | "mdy" | "ymd" | None (not known)
        self.evidence = Evidence()
        self.why = ""  # for the summary: which order, and why

    def learn(self, values: Iterable[str | tuple[int, str]]) -> DateReader:
        """Look at every value (or (line, value)) of the file's date columns."""
        for item in values:
            line, value = item if isinstance(item, tuple) else (0, item)
            text = (value or "").strip()
            m = _NUMERIC.match(text)
            if m:
                self.evidence.see(line, text, int(m.group(1)), int(m.group(3)), len(m.group(4)))
        if self.order is None and bool(self.evidence.day_first) != bool(self.evidence.month_first):
            self.order = "dmy" if self.evidence.day_first else "mdy"
        return self

    def settle(self, path: object, asked: str | None, how: str = "cli") -> str:
        """Decide the order (DateOrderError when it cannot be known); returns why, or ""."""
        self.order, self.why = decide(self.evidence, path, asked, how)
        return self.why

    def __call__(self, text: str) -> dt.date:
        day = self._parse(text)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError(_("“{text}” is not a plausible date").format(text=text.strip()[:40]))
        return day

    def _parse(self, text: str) -> dt.date:
        raw = (text or "").strip()
        unknown = False
        try:
            if m := _ISO.match(raw):
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if m := _NUMERIC.match(raw):
                a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
                order = self.order or ("dmy" if a > 12 or a == b else "mdy" if b > 12 else None)
                if order is None:
                    unknown = True
                    raise ValueError(raw)
                if order == "ymd":
                    a, year = year, a  # yy/mm/dd: the last number is the day
                year += 2000 if year < 100 else 0
                if order == "mdy":
                    a, b = b, a
                return dt.date(year, b, a)
            if m := _WORDY.match(raw):
                month = _MONTHS.get(m.group(1).lower())
                if month:
                    return dt.date(int(m.group(3)), month, int(m.group(2)))
            if m := _WORDY_DMY.match(raw):
                month = _MONTHS.get(m.group(2).lower())
                if month:
                    return dt.date(int(m.group(3)), month, int(m.group(1)))
        except ValueError:
            if unknown:
                raise ValueError(
                    _("the day/month order of “{text}” is not known").format(text=raw[:40])
                ) from None
        raise ValueError(_("“{text}” is not a date").format(text=raw[:40]))


_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$")


def parse_clock(text: str) -> dt.time:
    """ "13:30", "13:30:05", "01:30:00 PM" -> a time of day."""
    raw = (text or "").strip()
    m = _CLOCK.match(raw)
    if not m:
        raise ValueError(_("“{text}” is not a time of day").format(text=raw[:40]))
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if m.group(4):
        pm = m.group(4).lower().startswith("p")
        if not 1 <= hour <= 12:
            raise ValueError(_("“{text}” is not a time of day").format(text=raw[:40]))
        hour = (hour % 12) + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(_("“{text}” is not a time of day").format(text=raw[:40]))
    return dt.time(hour, minute, second)


def parse_duration(text: str) -> int:
    """ "1:30:00", "01:30", "1.5" or "1,5" (hours) -> seconds."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError(_("the duration is missing"))
    if ":" in raw:
        parts = raw.split(":")
        if len(parts) in (2, 3) and all(p.strip().isdigit() for p in parts):
            h, m, s = (int(p) for p in [*parts, "0"][:3])
            if m < 60 and s < 60:
                return h * 3600 + m * 60 + s
        raise ValueError(_("“{text}” is not a duration").format(text=raw[:40]))
    try:
        hours = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise ValueError(_("“{text}” is not a duration").format(text=raw[:40])) from None
    if not hours.is_finite() or abs(hours) > 10_000:
        raise ValueError(_("“{text}” is not a duration").format(text=raw[:40]))
    return int((hours * 3600).to_integral_value())


def parse_bool(text: str, default: bool = True) -> bool:
    raw = (text or "").strip().lower()
    if raw in {"yes", "y", "true", "1", "ja", "billable", "x"}:
        return True
    if raw in {"no", "n", "false", "0", "nej", "non-billable"}:
        return False
    return default


def imported_note(text: str, then: str) -> str:
    """`text` as an imported note, or ValueError saying it is too long and what happened
    (`then`: "the card was skipped"...): an importer rejects the record, never cuts the note."""
    if len(text) > MAX_NOTE:
        raise ValueError(
            _("the note is too long ({n} characters; at most {max}); {then}").format(
                n=len(text), max=MAX_NOTE, then=then
            )
        )
    return text


def imported_text(text: str, limit: int, what: str) -> str:
    """`text` for a field of at most `limit` characters, or ValueError naming `what` (the field,
    translated): the record is rejected, never stored cut."""
    if len(text) > limit:
        raise ValueError(
            _("{what} is too long ({n} characters; at most {max})").format(
                what=what, n=len(text), max=limit
            )
        )
    return text
