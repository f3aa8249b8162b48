"""Calendar files (.ics) for a meeting or a key date, through `icalendar`.

`write_ics(path, events)` is what the offboarding plan calls to put the face-to-face meeting and
the notice dates in the user's calendar. Moments are naive UTC like everything stored (an aware
datetime is converted); a plain `date` is an all-day event. Each event's UID is derived from its
title and start, so exporting the same plan again updates the calendar entry instead of doubling it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from icalendar import Calendar, Event

from clientfit import __version__
from clientfit.common.calendar_event import CalendarEvent
from clientfit.fileio import atomic_write
from clientfit.i18n import _

DEFAULT_DURATION = dt.timedelta(hours=1)
__all__ = ["CalendarEvent", "write_ics"]


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.replace(tzinfo=dt.timezone.utc, microsecond=0)


def _event(ev: CalendarEvent, stamp: dt.datetime) -> Event:
    out = Event()
    out.add("summary", ev.title)
    if isinstance(ev.start, dt.datetime):
        start = _utc(ev.start)
        if isinstance(ev.end, dt.datetime):
            end = _utc(ev.end)
        else:
            end = start + (ev.duration or DEFAULT_DURATION)
        if end <= start:
            raise ValueError(_("The event “{title}” ends before it starts.").format(title=ev.title))
    else:
        start = ev.start
        end = (
            ev.end if isinstance(ev.end, dt.date) and not isinstance(ev.end, dt.datetime) else None
        )
        end = end or start + (
            ev.duration if ev.duration and ev.duration.days else dt.timedelta(days=1)
        )
        if end <= start:
            raise ValueError(_("The event “{title}” ends before it starts.").format(title=ev.title))
    out.add("dtstart", start)
    out.add("dtend", end)
    out.add("dtstamp", stamp)
    seed = f"{ev.title}|{start.isoformat()}".encode()
    out.add("uid", ev.uid or f"{hashlib.sha1(seed).hexdigest()[:24]}@clientfit")
    if ev.description:
        out.add("description", ev.description)
    if ev.location:
        out.add("location", ev.location)
    return out


def write_ics(
    path: Path | str, events: Iterable[CalendarEvent | Mapping], name: str = "Clientfit"
) -> Path:
    """Write the events (CalendarEvent objects or mappings with the same keys) as one .ics file."""
    cal = Calendar()
    cal.add("prodid", f"-//Clientfit {__version__}//clientfit//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    count = 0
    for ev in events:
        item = ev if isinstance(ev, CalendarEvent) else CalendarEvent(**dict(ev))
        cal.add_component(_event(item, stamp))
        count += 1
    if not count:
        raise ValueError(_("There are no events to write."))
    path = Path(path)
    with atomic_write(path, "wb") as fh:
        fh.write(cal.to_ical())
    return path
