"""The user's working days: which weekdays they work and the dates they are off.

The plan's last working day and handover fall on these days. The settings are the ones the health
factors use for after-hours contact (`health.work_days`, `health.days_off`), read here so that the
offboarding layer need not import its sibling `health`.
"""

from __future__ import annotations

import datetime as dt

from clientfit.store.settings import get_setting

KEY_WORK_DAYS = "health.work_days"  # list of weekday numbers, Monday = 0
KEY_DAYS_OFF = "health.days_off"  # list of "YYYY-MM-DD"
DEFAULT_WORK_DAYS = (0, 1, 2, 3, 4)


def work_days() -> tuple[int, ...]:
    days = get_setting(KEY_WORK_DAYS, list(DEFAULT_WORK_DAYS))
    if not isinstance(days, list) or not days:
        return DEFAULT_WORK_DAYS
    if not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        return DEFAULT_WORK_DAYS
    return tuple(sorted(set(days)))


def days_off() -> frozenset[dt.date]:
    out = set()
    for text in get_setting(KEY_DAYS_OFF, []) or []:
        try:
            out.add(dt.date.fromisoformat(text))
        except (TypeError, ValueError):
            continue
    return frozenset(out)


class WorkingDays:
    """Working-day arithmetic with the settings read once (a plan asks several times)."""

    def __init__(self, days: tuple[int, ...] | None = None, off: frozenset[dt.date] | None = None):
        self.days = work_days() if days is None else days
        self.off = days_off() if off is None else off

    def works(self, day: dt.date) -> bool:
        return day.weekday() in self.days and day not in self.off

    def on_or_before(self, day: dt.date) -> dt.date:
        """The working day on or before `day` (a notice ends on a working day, never later)."""
        for n in range(400):
            candidate = day - dt.timedelta(days=n)
            if self.works(candidate):
                return candidate
        return day

    def on_or_after(self, day: dt.date) -> dt.date:
        """The working day on or after `day` (a handover is never on a weekend)."""
        for n in range(400):
            candidate = day + dt.timedelta(days=n)
            if self.works(candidate):
                return candidate
        return day
