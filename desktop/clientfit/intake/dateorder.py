"""Dates are never guessed: which day/month order a file's numeric dates are read in, and why.

DESIGN.md's rule, in this order:
1. the file's own evidence decides: a first number above 12 (13/10/2026) means day first, a second
   number above 12 (10/13/2026) month first; a file with both is refused;
2. else `--date-order dmy|mdy|ymd` (the Import dialog's choice);
3. else the user's setting (Settings; by default the order of the locale, where it has one: the
   environment's, else the system's on Windows and macOS, which keep it outside the environment);
4. else (no setting and a C/POSIX locale) the file is refused, naming `--date-order`.
A file whose evidence contradicts `--date-order` is refused. The summary says which order was used
and why. A file with no ambiguous date at all (ISO dates, "Mar 3, 2024") needs no order.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import N_, _
from clientfit.intake.base import IntakeError
from clientfit.store.models import Setting
from clientfit.store.settings import get_setting, set_setting

DATE_ORDER = "intake.date_order"  # "dmy" | "mdy" | "ymd"; absent: the locale's
ORDERS = ("dmy", "mdy", "ymd")
ORDER_NAMES = {
    "dmy": N_("day first (DD/MM/YYYY)"),
    "mdy": N_("month first (MM/DD/YYYY)"),
    "ymd": N_("year first (YY/MM/DD)"),
}

# Territories whose usual short date is month first or year first; every other territory writes
# the day first. (The C and POSIX locales name no territory, so they give no order.)
_MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI", "BZ"}
_YEAR_FIRST = {"SE", "LT", "HU", "CN", "JP", "KR", "KP", "TW", "MN", "CA", "ZA", "IR", "BT", "NP"}


class DateOrderError(IntakeError):
    """The file's day/month order cannot be known, or contradicts what the user said."""


def locale_order(environ: Mapping[str, str] | None = None, system: str | None = None) -> str | None:
    """The date order of the user's locale (LC_ALL, else LC_TIME, else LANG; where none of them is
    set, the system's own locale: Windows and macOS keep it outside the environment), or None
    when the locale names no territory (C, POSIX, and Linux with nothing set, which is C)."""
    env = os.environ if environ is None else environ
    name = next((env[k] for k in ("LC_ALL", "LC_TIME", "LANG") if env.get(k)), "")
    if not name:
        name = system_locale_name() if system is None else system
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base in ("", "C", "POSIX"):
        return None
    # sv_SE, zh_Hans_CN, es_419: the territory is the last part of two letters or three digits
    territory = next(
        (
            part.upper()
            for part in reversed(base.split("_")[1:])
            if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit())
        ),
        None,
    )
    if territory is None:
        return None
    if territory in _MONTH_FIRST:
        return "mdy"
    if territory in _YEAR_FIRST:
        return "ymd"
    return "dmy"


def system_locale_name() -> str:
    """The user's locale as the system keeps it where the environment does not say: Windows' user
    locale ("sv-SE"), macOS's AppleLocale ("sv_SE"); "" elsewhere (a Unix without LANG is C)."""
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            return buffer.value
    elif sys.platform == "darwin":
        import plistlib

        path = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"
        try:
            with path.open("rb") as handle:
                value = plistlib.load(handle).get("AppleLocale", "")
        except (OSError, ValueError, plistlib.InvalidFileException):
            return ""
        return value if isinstance(value, str) else ""
    return ""


def setting_order() -> tuple[str | None, str]:
    """(order, where it came from: "setting" | "locale" | "") - the user's setting, else the
    locale's default."""
    value = get_setting(DATE_ORDER)
    if value in ORDERS:
        return value, "setting"
    found = locale_order()
    return (found, "locale") if found else (None, "")


def save_date_order(order: str | None) -> None:
    """The user's date order setting; None removes it (the locale's order applies again)."""
    if order is None:
        Setting.delete().where(Setting.key == DATE_ORDER).execute()
    elif order in ORDERS:
        set_setting(DATE_ORDER, order)
    else:
        raise ValueError(order)


def order_name(order: str) -> str:
    return _(ORDER_NAMES[order])


@dataclass
class Evidence:
    """What a file's numeric dates say about their order: the first value of each kind, by line."""

    day_first: tuple[int, str] | None = None  # (line, text) of a value only day-first can read
    month_first: tuple[int, str] | None = None
    year_last: tuple[int, str] | None = None  # a 4-digit year at the end: not year first
    ambiguous: tuple[int, str] | None = None  # the first value two orders read differently

    def see(self, line: int, text: str, first: int, second: int, year_digits: int) -> None:
        if first > 12 and second <= 12:
            self.day_first = self.day_first or (line, text)
        elif second > 12 and first <= 12:
            self.month_first = self.month_first or (line, text)
        elif first != second and first <= 12 and second <= 12:
            self.ambiguous = self.ambiguous or (line, text)
        if year_digits == 4:
            self.year_last = self.year_last or (line, text)


def _at(where: tuple[int, str]) -> str:
    return _("line {n}: {value}").format(n=where[0], value=where[1])


def decide(
    evidence: Evidence, path: object, asked: str | None, how: str = "cli"
) -> tuple[str | None, str]:
    """(order, why) for a file, or DateOrderError. `asked` is what the user said: --date-order
    (`how` "cli") or the Import dialog's Dates choice (`how` "dialog"); the messages say which."""
    cli = how == "cli"
    if asked == "ymd" and not evidence.year_last:  # yy/mm/dd: a first number above 12 is a year
        return "ymd", _said(asked, cli)
    if evidence.day_first and evidence.month_first:
        raise DateOrderError(
            _(
                "{path}: its dates are written in two orders ({a} can only be day first, {b} only "
                "month first); nothing was imported. Export the file again with one date format."
            ).format(path=path, a=_at(evidence.day_first), b=_at(evidence.month_first))
        )
    told = evidence.day_first or evidence.month_first
    if told:
        order = "dmy" if evidence.day_first else "mdy"
        if asked and asked != order:
            text = (
                _(
                    "{path}: its dates are {found} ({at}), but --date-order says {asked}; nothing "
                    "was imported. Leave out --date-order, or check the file."
                )
                if cli
                else _(
                    "{path}: its dates are {found} ({at}), but Dates says {asked_name}; nothing "
                    "was imported. Choose “As the file shows”, or check the file."
                )
            )
            raise DateOrderError(
                text.format(
                    path=path,
                    found=order_name(order),
                    at=_at(told),
                    asked=asked,
                    asked_name=order_name(asked),
                )
            )
        return order, _("Dates read {order}, as the file shows ({at}).").format(
            order=order_name(order), at=_at(told)
        )
    if not evidence.ambiguous:
        return None, ""
    if asked == "ymd" and evidence.year_last:
        raise DateOrderError(
            _(
                "{path}: its dates end with the year ({at}), so they are not year first; nothing "
                "was imported. Say day first (dmy) or month first (mdy)."
            ).format(path=path, at=_at(evidence.year_last))
        )
    if asked:
        return asked, _said(asked, cli)
    order, source = setting_order()
    if order == "ymd" and evidence.year_last:
        # the setting cannot read these dates: the user must say, and is told which order failed
        whose = (
            _("your date order setting") if source == "setting" else _("your locale’s date order")
        )
        text = (
            _(
                "{path}: its dates could be day first or month first ({at}: no day above 12 "
                "anywhere in the file), and {whose} ({order}) cannot read dates that end with the "
                "year; nothing was imported. Say which with --date-order dmy|mdy, or choose a date "
                "order in Settings."
            )
            if cli
            else _(
                "{path}: its dates could be day first or month first ({at}: no day above 12 "
                "anywhere in the file), and {whose} ({order}) cannot read dates that end with the "
                "year; nothing was imported. Choose the order under Dates, or set a date order in "
                "Settings."
            )
        )
        raise DateOrderError(
            text.format(path=path, at=_at(evidence.ambiguous), whose=whose, order=_("year first"))
        )
    if order:
        why = (
            _("Dates read {order}, as your date order setting says (the file does not show it).")
            if source == "setting"
            else _("Dates read {order}, as your locale writes them (the file does not show it).")
        )
        return order, why.format(order=order_name(order))
    text = (
        _(
            "{path}: its dates could be day first or month first ({at}: no day above 12 anywhere "
            "in the file), and no date order is set; nothing was imported. Say which with "
            "--date-order dmy|mdy|ymd, or choose a date order in Settings."
        )
        if cli
        else _(
            "{path}: its dates could be day first or month first ({at}: no day above 12 anywhere "
            "in the file), and no date order is set; nothing was imported. Choose the order "
            "under Dates, or set a date order in Settings."
        )
    )
    raise DateOrderError(text.format(path=path, at=_at(evidence.ambiguous)))


def _said(asked: str, cli: bool) -> str:
    text = (
        _("Dates read {order}, as --date-order {asked} says.")
        if cli
        else _("Dates read {order}, as you chose under Dates.")
    )
    return text.format(order=order_name(asked), asked=asked)
