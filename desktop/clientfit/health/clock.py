"""The user's wall clock inside SQL: is a naive-UTC moment inside working hours?

No per-message Python. The daylight-saving transitions inside the window are found with zoneinfo
(an hourly walk over the window, narrowed to the minute), and one CASE expression adds the offset
in force at each stored moment to its Unix time. The working week is a 10,080-byte mask, one byte
per minute of the week (Sunday 00:00 first), so the test is a single `substr` on a blob - cheaper
than `strftime` and exact for any HH:MM working hours, night shifts included. Days off (holidays)
become UTC intervals compared with the raw column.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from zoneinfo import ZoneInfo

from peewee import Case, Expression, Value, fn

from clientfit.health.config import WorkingHours

MINUTES_PER_WEEK = 7 * 24 * 60
_EPOCH_TO_SUNDAY = 4 * 86400  # 1970-01-01 was a Thursday: shift so that Sunday 00:00 is minute 0


def offset_minutes(moment: dt.datetime, zone: ZoneInfo) -> int:
    """The zone's UTC offset, in minutes, at a naive-UTC moment."""
    aware = moment.replace(tzinfo=dt.timezone.utc).astimezone(zone)
    return int(aware.utcoffset().total_seconds() // 60)


def offset_segments(
    start: dt.datetime, end: dt.datetime, zone: ZoneInfo
) -> list[tuple[dt.datetime, int]]:
    """[(from this UTC moment, offset in minutes)] covering [start, end); the first entry is `start`.

    Steps hour by hour through the window and narrows each change down to the minute, so zones
    that shift on the half hour are placed exactly.
    """
    segments = [(start, offset_minutes(start, zone))]
    hour = dt.timedelta(hours=1)
    t = start
    while t < end:
        nxt = min(t + hour, end)
        off = offset_minutes(nxt, zone)
        if off != segments[-1][1]:
            lo, hi = t, nxt  # offset(lo) is the old one, offset(hi) the new one
            while hi - lo > dt.timedelta(minutes=1):
                mid = (lo + (hi - lo) / 2).replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if offset_minutes(mid, zone) == segments[-1][1]:
                    lo = mid
                else:
                    hi = mid
            segments.append((hi, off))
        t = nxt
    return segments


def _unix(field):
    if sqlite3.sqlite_version_info >= (3, 38, 0):
        return fn.unixepoch(field)
    return fn.strftime("%s", field)  # older SQLite: the same number, as text


def local_seconds(field, segments: list[tuple[dt.datetime, int]]):
    """SQL: `field` (naive UTC text) as Unix seconds shifted to local wall-clock time."""
    base = segments[0][1] * 60
    if len(segments) == 1:
        return _unix(field) + base
    cases = [(field >= since, off * 60) for since, off in reversed(segments[1:])]
    return _unix(field) + Case(None, cases, base)


def working_mask(hours: WorkingHours) -> bytes:
    """One byte per minute of the week (Sunday 00:00 first): 1 = working time."""
    start = int(hours.start[:2]) * 60 + int(hours.start[3:])
    end = int(hours.end[:2]) * 60 + int(hours.end[3:])
    mask = bytearray(MINUTES_PER_WEEK)
    for weekday in hours.days:  # Monday = 0
        day = (weekday + 1) % 7 * 1440
        if start < end:
            mask[day + start : day + end] = b"\x01" * (end - start)
        else:  # a shift across midnight belongs to the day it starts on
            mask[day + start : day + 1440] = b"\x01" * (1440 - start)
            nxt = (day + 1440) % MINUTES_PER_WEEK
            mask[nxt : nxt + end] = b"\x01" * end
    return bytes(mask)


def days_off_utc(
    hours: WorkingHours, start: dt.datetime, end: dt.datetime, zone: ZoneInfo
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The user's days off that touch [start, end), as naive-UTC [from, to) intervals."""
    out = []
    for text in hours.days_off:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            continue
        lo = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
        hi = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        lo = lo.astimezone(dt.timezone.utc).replace(tzinfo=None)
        hi = hi.astimezone(dt.timezone.utc).replace(tzinfo=None)
        if hi > start and lo < end:
            out.append((lo, hi))
    return out


def outside_working_hours(
    field, hours: WorkingHours, start: dt.datetime, end: dt.datetime, zone: ZoneInfo
):
    """SQL: 1 when the naive-UTC moment `field` falls outside the user's working time, else 0."""
    segments = offset_segments(start, end, zone)
    # (peewee spells `%` as GLOB, so the modulo is written as a plain expression)
    week_seconds = Expression(
        local_seconds(field, segments) + _EPOCH_TO_SUNDAY, "%", MINUTES_PER_WEEK * 60
    )
    minute = week_seconds / 60
    outside = fn.substr(Value(working_mask(hours)), minute + 1, 1) == Value(b"\x00")
    off = days_off_utc(hours, start, end, zone)
    if not off:
        return outside
    on_day_off = None
    for lo, hi in off:
        cond = (field >= lo) & (field < hi)
        on_day_off = cond if on_day_off is None else on_day_off | cond
    return Case(None, [(on_day_off, Value(True))], outside)  # a boolean on either engine
