"""The health settings: keys, defaults and readers, defined once.

Every default the health factors use (working hours, time zone, target rate, weights)
lives here, so the settings dialog, the CLI and the score agree. Values are stored as JSON through
`store.settings`; a stored value that does not make sense falls back to the default rather than
breaking the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from clientfit.common.zone import (  # the zone has its home in common/ (one zone everywhere)
    TIME_ZONE,
    valid_zone,
)
from clientfit.i18n import N_
from clientfit.store.settings import get_setting

# Setting keys.
WORK_DAYS = "health.work_days"  # list of weekday numbers, Monday = 0
WORK_START = "health.work_start"  # "HH:MM"
WORK_END = "health.work_end"  # "HH:MM"
DAYS_OFF = "health.days_off"  # list of "YYYY-MM-DD" (holidays, vacation)
TARGET_RATE = "health.target_rate"  # major units per hour; None = the portfolio's median
WEIGHTS = "health.weights"  # {factor key: weight}

FACTOR_KEYS = (
    "after_hours",
    "intensity",
    "indecision",
    "late_payment",
    "profitability",
    "pareto",
    "gut",
)
FACTOR_LABELS = {
    "after_hours": N_("After hours"),
    "intensity": N_("Intensity"),
    "indecision": N_("Indecision"),
    "late_payment": N_("Late payment"),
    "profitability": N_("Profitability"),
    "pareto": N_("Time vs. revenue"),
    "gut": N_("Gut feeling"),
}
DEFAULT_WEIGHTS = {
    "after_hours": 1.0,
    "intensity": 1.0,
    "indecision": 1.0,
    "late_payment": 1.5,
    "profitability": 1.5,
    "pareto": 0.5,
    "gut": 1.5,
}
DEFAULT_WORK_DAYS = [0, 1, 2, 3, 4]
DEFAULT_WORK_START = "08:00"
DEFAULT_WORK_END = "18:00"

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class WorkingHours:
    days: tuple[int, ...]  # weekdays worked, Monday = 0
    start: str  # "HH:MM", inclusive
    end: str  # "HH:MM", exclusive
    days_off: tuple[str, ...]  # extra dates off, "YYYY-MM-DD"


def working_hours() -> WorkingHours:
    days = get_setting(WORK_DAYS, DEFAULT_WORK_DAYS)
    if not isinstance(days, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        days = DEFAULT_WORK_DAYS
    start = get_setting(WORK_START, DEFAULT_WORK_START)
    end = get_setting(WORK_END, DEFAULT_WORK_END)
    if not (isinstance(start, str) and _HHMM.match(start)):
        start = DEFAULT_WORK_START
    if not (isinstance(end, str) and _HHMM.match(end)):
        end = DEFAULT_WORK_END
    off = get_setting(DAYS_OFF, [])
    off = tuple(d for d in off if isinstance(d, str)) if isinstance(off, list) else ()
    return WorkingHours(tuple(sorted(set(days))), start, end, off)


def target_rate() -> float | None:
    """The user's target hourly rate in major units, or None for "the portfolio's median"."""
    value = get_setting(TARGET_RATE)
    if isinstance(value, (int, float)) and value > 0:
        return float(value)
    return None


def weights() -> dict[str, float]:
    stored = get_setting(WEIGHTS, {})
    out = dict(DEFAULT_WEIGHTS)
    if isinstance(stored, dict):
        for key, value in stored.items():
            if key in out and isinstance(value, (int, float)) and value >= 0:
                out[key] = float(value)
    return out


@dataclass(frozen=True)
class HealthSettings:
    """Every health setting at once, as the settings dialog edits them."""

    work_days: tuple[int, ...]
    work_start: str
    work_end: str
    days_off: tuple[str, ...]
    time_zone: str | None  # None = the system's zone
    target_rate: float | None  # None = the portfolio's median
    weights: dict[str, float]


def load_settings() -> HealthSettings:
    hours = working_hours()
    zone = get_setting(TIME_ZONE)
    return HealthSettings(
        work_days=hours.days,
        work_start=hours.start,
        work_end=hours.end,
        days_off=hours.days_off,
        time_zone=zone if isinstance(zone, str) and valid_zone(zone) else None,
        target_rate=target_rate(),
        weights=weights(),
    )


def default_settings() -> HealthSettings:
    return HealthSettings(
        work_days=tuple(DEFAULT_WORK_DAYS),
        work_start=DEFAULT_WORK_START,
        work_end=DEFAULT_WORK_END,
        days_off=(),
        time_zone=None,
        target_rate=None,
        weights=dict(DEFAULT_WEIGHTS),
    )


class SettingsError(ValueError):
    """A setting that cannot be saved; the message is meant for the user."""


def save_settings(s: HealthSettings) -> None:
    """Validate and store every health setting in one transaction.

    (The phrases that flag messages are `clientfit.common.phrases`, with their own Settings page.)
    """
    from clientfit.store.settings import set_settings

    if not all(isinstance(d, int) and 0 <= d <= 6 for d in s.work_days):
        raise SettingsError("Working days must be weekdays 0 (Monday) to 6 (Sunday).")
    for value in (s.work_start, s.work_end):
        if not _HHMM.match(value):
            raise SettingsError(f"Not a time of day (HH:MM): {value!r}.")
    if s.work_start == s.work_end:
        raise SettingsError("The working day must start and end at different times.")
    if s.time_zone is not None and not valid_zone(s.time_zone):
        raise SettingsError(f"Unknown time zone: {s.time_zone!r}.")
    if s.target_rate is not None and s.target_rate <= 0:
        raise SettingsError("The target rate must be above zero (or left to the median).")
    if any(k not in DEFAULT_WEIGHTS or not 0 <= v <= 10 for k, v in s.weights.items()):
        raise SettingsError("Weights are between 0 and 10.")
    for day in s.days_off:
        try:
            date.fromisoformat(day)
        except ValueError:
            raise SettingsError(f"Not a date (YYYY-MM-DD): {day!r}.") from None
    set_settings(
        {
            WORK_DAYS: sorted(set(s.work_days)),
            WORK_START: s.work_start,
            WORK_END: s.work_end,
            DAYS_OFF: sorted(set(s.days_off)),
            TIME_ZONE: s.time_zone,
            TARGET_RATE: s.target_rate,
            WEIGHTS: {k: float(v) for k, v in s.weights.items()},
        }
    )
