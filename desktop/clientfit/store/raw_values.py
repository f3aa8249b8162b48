"""Values read by raw SQL, the same whichever engine answered: SQLite hands back dates and moments
as ISO text, PostgreSQL as `date` and `datetime` objects."""

from __future__ import annotations

import datetime as dt


def as_day(value) -> dt.date:
    """A day column (or the day part of a moment's text) as a date."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def as_moment(value) -> dt.datetime | None:
    """A moment column as a datetime (None stays None)."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
