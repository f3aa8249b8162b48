"""When a message was sent, from whatever the mail file offers, as naive UTC.

The Date header first, obsolete zone names included: RFC 5322's EST…PDT, GMT and UT, and the
CET/CEST (and their neighbours) that European mail programs still write, which the standard
library would read as UTC. A message without a usable Date takes the newest Received header's
time, else the mbox "From " separator's, else a Maildir file name's delivery time; the record says
which (`MessageRecord.dated_by`) so the import summary can count them.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from clientfit.intake.base import plausible

# Zone abbreviations the standard library does not know, as numeric offsets.
EXTRA_ZONES = {
    "CET": "+0100",
    "CEST": "+0200",
    "MET": "+0100",
    "MEST": "+0200",
    "MEZ": "+0100",
    "MESZ": "+0200",
    "EET": "+0200",
    "EEST": "+0300",
    "WET": "+0000",
    "WEST": "+0100",
    "BST": "+0100",
}
_TRAILING_ZONE = re.compile(r"\s([A-Za-z]{3,4})\s*(\([^()]*\))?\s*$")
_MONTHS3 = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_FROM_LINE_DATE = re.compile(rb"^From \S+\s+(.*)$")
_MAILDIR_TIME = re.compile(r"^(\d{9,11})\.")


def to_utc(value: str | None) -> dt.datetime | None:
    """A Date header as naive UTC; a date with no zone ("-0000" or none) is taken as UTC."""
    if not value:
        return None
    text = str(value).strip()
    m = _TRAILING_ZONE.search(text)
    if m and m.group(1).upper() in EXTRA_ZONES:
        text = text[: m.start()] + " " + EXTRA_ZONES[m.group(1).upper()]
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    moment = moment.replace(microsecond=0)
    return moment if plausible(moment) else None


def newest_received(values: list[str]) -> dt.datetime | None:
    """The latest time among Received headers ("…; Tue, 4 Mar 2024 09:12:00 +0100")."""
    times = [to_utc(v.rpartition(";")[2]) for v in values if ";" in v]
    times = [t for t in times if t is not None]
    return max(times) if times else None


def from_line_date(from_line: bytes) -> dt.datetime | None:
    """The date on an mbox "From " separator (asctime, maybe with a zone before the year, or an
    RFC 5322 date)."""
    m = _FROM_LINE_DATE.match(from_line.strip())
    if not m:
        return None
    text = m.group(1).decode("ascii", "replace")
    if "," in text:  # an RFC 5322 date ("Fri, 26 Nov 2004 21:40:36 +0000"), as some tools write
        return to_utc(text)
    parts = text.split()
    try:
        year = int(parts[-1])
        clock = next(p for p in parts if p.count(":") == 2)
        month = next(p for p in parts if p[:3].lower() in _MONTHS3)
        day = int(next(p for p in parts[parts.index(month) + 1 :] if p.isdigit()))
        h, mi, s = (int(x) for x in clock.split(":"))
        moment = dt.datetime(year, _MONTHS3[month[:3].lower()], day, h, mi, s)
    except (ValueError, StopIteration, IndexError):
        return None
    return moment if plausible(moment) else None


def maildir_name_date(name: str) -> dt.datetime | None:
    """A Maildir file name's delivery time ("1709543520.M12P34.host:2,S"), as naive UTC."""
    m = _MAILDIR_TIME.match(name.rsplit("/", 1)[-1])
    if not m:
        return None
    moment = dt.datetime.fromtimestamp(int(m.group(1)), dt.timezone.utc).replace(tzinfo=None)
    return moment if plausible(moment) else None
