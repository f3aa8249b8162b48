"""What the Today list reads and keeps: overdue invoices, each client's last contact, the bands as
they were seen day by day, and the user's done/snoozed marks.

Each reading is one aggregate query over the whole portfolio (no per-client Python loop), so the
list and the tray's count stay quick at 10,000 clients (benchmarks/RESULTS.md). `core.today` turns
these rows into the list; the marks are the user's own decisions (`today_mark`, with a reason);
the band marks are derived data (`band_mark`, see ARCHITECTURE.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from peewee import DatabaseError

from clientfit.store.database import db
from clientfit.store.derived_models import BandMark
from clientfit.store.engines import driver_errors
from clientfit.store.models import TodayMark
from clientfit.store.raw_values import as_day as _day
from clientfit.store.raw_values import as_moment as _moment

log = logging.getLogger(__name__)

MAX_REASON = 1000  # characters of a snooze or done reason


class OverdueInvoice(NamedTuple):
    id: int
    client_id: int
    client_name: str
    number: str
    due_on: dt.date
    outstanding_minor: int
    currency: str


@dataclass(frozen=True)
class LastContact:
    client_id: int
    client_name: str
    every_days: int
    last_utc: dt.datetime | None  # the newest message, note or past meeting; None: none yet
    created_utc: dt.datetime


@dataclass(frozen=True)
class BandChange:
    client_id: int
    client_name: str
    band: str  # the band now
    since: dt.date  # the day it was first seen in it
    before: str  # the band it was in a week before `at`


@dataclass(frozen=True)
class Mark:
    key: str
    state: str  # done | snoozed
    until: dt.date | None
    reason: str
    marked_on: dt.date


# Raw SQL (its place is store/): these run on every refresh of the Today list, and at 10,000
# clients peewee's building of the query costs more than SQLite's answering it.
_OVERDUE = (
    "SELECT i.id, i.client_id, c.name, i.number, i.due_on, o.owed, i.currency "
    "FROM open_invoice o JOIN invoice i ON i.id = o.invoice_id "
    "JOIN client c ON c.id = i.client_id "
    "WHERE o.due_on < ? AND i.status != 'disputed' "
    "AND NOT (i.status = 'partial' AND i.amount_paid IS NULL)"
)


MAP_BYTES = 256 * 1024 * 1024


def read_mapped() -> None:
    """Let this thread's connection read the file through SQLite's memory map (pages shared with
    the operating system's cache) rather than copy each page into its own cache first. For the
    Today list read on a worker thread, whose connection is new each time and starts cold: at
    10,000 clients that is ~7 ms of the ~40 ms. This connection only, and a plain SQLite file
    only: PostgreSQL and an encrypted file (whose pages must be decrypted) read as before."""
    from clientfit.store.database import sqlite_db
    from clientfit.store.engines import is_postgres

    if is_postgres() or sqlite_db.cipher_key is not None:
        return
    db.execute_sql(f"PRAGMA mmap_size = {MAP_BYTES}")


def overdue_invoices(today: dt.date) -> list[tuple]:
    """Invoices past their due day with money still owed (of every client, archived ones too:
    money is owed after the work ended). A disputed invoice waits for its dispute, and a partly
    paid one whose paid part is unknown is not counted as owed (as `summaries.UNKNOWN_PART`).
    The rows as read, in OverdueInvoice's order (thousands of them, on every refresh): the due
    day is text on SQLite, a date on PostgreSQL (`raw_values.as_day`)."""
    return db.execute_sql(_OVERDUE, (today.isoformat(),)).fetchall()


# The newest of a client's messages (either way), notes and meetings that took place, as one value:
# the largest of four indexed maxima (a union both engines read; SQLite's many-argument MAX has no
# like on PostgreSQL). Only read for the clients listed.
_NEWEST_CONTACT = (
    "(SELECT MAX(m.t) FROM ("
    "SELECT MAX(sent_at) AS t FROM message WHERE client_id = c.id AND direction = 'in' "
    "UNION ALL SELECT MAX(sent_at) FROM message WHERE client_id = c.id AND direction = 'out' "
    "UNION ALL SELECT MAX(created_at) FROM note WHERE client_id = c.id "
    "UNION ALL SELECT MAX(meeting_at) FROM offboarding_plan "
    "WHERE client_id = c.id AND meeting_at <= ?) AS m)"
)
_DUE_CONTACTS = (
    f"SELECT c.id, c.name, c.keep_in_touch_days, c.created_at, {_NEWEST_CONTACT} "
    "FROM client c WHERE c.keep_in_touch_days > 0 AND c.status = 'active' "
    "AND c.id NOT IN (SELECT client_id FROM offboarding_plan WHERE status = 'running') "
    "AND ({quiet})"
)
# No contact since the cutoff of this interval (each an index seek, no maximum needed), and some
# contact before it - or, with none at all, a client created before it.
_QUIET_SINCE = (
    "(c.keep_in_touch_days = ? "
    "AND NOT EXISTS (SELECT 1 FROM message WHERE client_id = c.id AND direction = 'in' "
    "AND sent_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM message WHERE client_id = c.id AND direction = 'out' "
    "AND sent_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM note WHERE client_id = c.id AND created_at >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM offboarding_plan WHERE client_id = c.id "
    "AND meeting_at >= ? AND meeting_at <= ?) "
    f"AND (c.created_at < ? OR {_NEWEST_CONTACT} IS NOT NULL))"
)


def due_contacts(now_utc: dt.datetime, cutoff: Callable[[int], dt.datetime]) -> list[LastContact]:
    """Active clients to get in touch with: those whose newest contact (a message either way, a
    note, a meeting that has taken place by `now_utc`) - or, with none yet, whose creation - is
    before `cutoff(interval)`, the first moment (naive UTC) that would still count for their
    keep-in-touch interval. Only those rows are read, not every client with an interval; a client
    that is being ended (a plan runs) is left out."""
    intervals = [
        every
        for (every,) in db.execute_sql(
            "SELECT DISTINCT keep_in_touch_days FROM client WHERE keep_in_touch_days > 0"
        )
    ]
    if not intervals:
        return []
    now = _moment_text(now_utc)
    params: list = [now]
    for every in intervals:
        cut = _moment_text(cutoff(every))
        params += [every, cut, cut, cut, cut, now, cut, now]
    sql = _DUE_CONTACTS.format(quiet=" OR ".join([_QUIET_SINCE] * len(intervals)))
    return [
        LastContact(cid, name, every, _moment(newest), _moment(created))
        for cid, name, every, created, newest in db.execute_sql(sql, params)
    ]


def _moment_text(moment: dt.datetime) -> str:
    """A naive UTC moment as the store keeps it (compared as text on SQLite)."""
    return moment.replace(microsecond=0).isoformat(sep=" ")


def band_changes(at: dt.date, days: int = 7) -> list[BandChange]:
    """Clients (not archived) whose band as of `at` differs from their band `days` before it,
    from the band marks: the newest mark on or before each day."""
    then = at - dt.timedelta(days=days)
    # `now`: a mark inside the week with none after it up to `at` (read from the day index, no
    # pass over every client); `old`: the newest mark on or before `then`. 19 -> 12 ms at 10,000
    # clients with a mark each inside the week (benchmarks/RESULTS.md, stop 14).
    sql = (
        "SELECT c.id, c.name, now.band, now.day, old.band FROM band_mark now "
        "JOIN band_mark old ON old.client_id = now.client_id AND old.day = "
        "(SELECT MAX(day) FROM band_mark WHERE client_id = now.client_id AND day <= ?) "
        "JOIN client c ON c.id = now.client_id "
        "WHERE now.day > ? AND now.day <= ? AND now.band != old.band "
        "AND c.status != 'archived' AND NOT EXISTS (SELECT 1 FROM band_mark later "
        "WHERE later.client_id = now.client_id AND later.day > now.day AND later.day <= ?)"
    )
    then_, at_ = then.isoformat(), at.isoformat()
    return [
        BandChange(cid, name, band, _day(day), before)
        for cid, name, band, day, before in db.execute_sql(sql, (then_, then_, at_, at_))
    ]


def record_bands(day: dt.date, bands: Iterable[tuple[int, str, int | None]]) -> int:
    """Remember each client's band on `day` - a row only where it differs from the newest one
    before - and return the number of rows written. Derived data: when the file cannot be
    written now (read-only, the app's integrity check holding writes), nothing is kept."""
    latest = {
        cid: band
        for cid, band in db.execute_sql(
            "SELECT m.client_id, m.band FROM band_mark m WHERE m.day = "
            "(SELECT MAX(day) FROM band_mark WHERE client_id = m.client_id AND day <= ?)",
            (day,),
        )
    }
    rows = [(cid, day, band, score) for cid, band, score in bands if latest.get(cid) != band]
    if not rows:
        return 0
    try:
        with db.atomic():
            alive = {cid for (cid,) in db.execute_sql("SELECT id FROM client")}
            kept = [r for r in rows if r[0] in alive]
            if kept:  # one upsert both engines understand (the pair client, day is unique)
                BandMark.insert_many(
                    kept, fields=[BandMark.client, BandMark.day, BandMark.band, BandMark.score]
                ).on_conflict(
                    conflict_target=[BandMark.client, BandMark.day],
                    preserve=[BandMark.band, BandMark.score],
                ).execute()
    except (DatabaseError, *driver_errors("DatabaseError")) as exc:
        log.info("bands not kept (%s)", exc)
        return 0
    return len(rows)


def marks() -> dict[str, Mark]:
    """Every done/snoozed mark, by item key."""
    query = TodayMark.select(
        TodayMark.key, TodayMark.state, TodayMark.until, TodayMark.reason, TodayMark.marked_on
    ).tuples()
    return {
        key: Mark(key, state, _day(until) if until else None, reason, _day(on))
        for key, state, until, reason, on in query
    }


def save_mark(
    key: str, client_id: int, state: str, on: dt.date, until: dt.date | None, reason: str
) -> None:
    """Store (or replace) the mark of one item."""
    if state not in ("done", "snoozed"):
        raise ValueError(f"not a Today state: {state!r}")
    if len(reason) > MAX_REASON:  # never cut: the caller checks first (core.today.check_reason)
        raise ValueError(f"a Today reason of {len(reason)} characters (at most {MAX_REASON})")
    values = {
        TodayMark.client: client_id,
        TodayMark.state: state,
        TodayMark.until: until,
        TodayMark.reason: reason,  # core.today.check_reason refuses a longer one
        TodayMark.marked_on: on,
    }
    TodayMark.insert(key=key, **{f.name: v for f, v in values.items()}).on_conflict(
        conflict_target=[TodayMark.key], update=values
    ).execute()


def clear_mark(key: str) -> bool:
    """Forget an item's mark (it is due again); False when it had none."""
    return bool(TodayMark.delete().where(TodayMark.key == key).execute())
