"""A calendar entry as plain data: the one definition the offboarding plan makes (its meeting)
and intake's .ics writer writes. It lives below both, so neither imports its sibling.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CalendarEvent:
    """A meeting (start as naive UTC datetime) or a key date (start as a date: all day)."""

    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None = None
    duration: dt.timedelta | None = None  # used when there is no end; default one hour
    description: str = ""
    location: str = ""
    uid: str | None = None
