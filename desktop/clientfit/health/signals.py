"""The raw signals behind the score: a handful of GROUP BY queries over the whole portfolio.

Nothing here loops over messages in Python; each query returns one row per client and is read
straight off the cursor (no model instances). After-hours is judged on the user's wall clock in
SQL (see `clock`). The message query reads only the (client, direction, sent_at, change_request, not_quite)
index, so a million messages cost about as much as a bare COUNT(*) GROUP BY.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from peewee import JOIN, Case, fn

from clientfit.health import clock
from clientfit.health.config import WorkingHours
from clientfit.store.database import db
from clientfit.store.models import (
    Client,
    Consideration,
    Deliverable,
    Invoice,
    Message,
    RevisionRound,
    TimeEntry,
)
from clientfit.store.user_log import CONSIDERED_DAYS


def _julian_day(day: dt.date) -> float:
    """SQLite's julianday() of a date at midnight, computed once here instead of once a row."""
    return (day - dt.date(1970, 1, 1)).days + 2440587.5


def _rows(query) -> list[tuple]:
    """The query's rows as plain tuples straight off the cursor (no per-row model conversion)."""
    return db.execute(query).fetchall()


def _among(query, field, ids: list[int] | None):
    """`query` limited to the clients in `ids` (None = every client)."""
    return query if ids is None else query.where(field.in_(ids))


SHORT_DAYS = 90  # after-hours, intensity, change requests
LONG_DAYS = 365  # payments, profitability, Pareto
GUT_DAYS = CONSIDERED_DAYS  # considerations (store.user_log: one home for the 30 days)


@dataclass(frozen=True)
class Window:
    """The moments a score looks at, as of the end of day `at` in the user's zone (naive UTC)."""

    at: dt.date
    end: dt.datetime  # exclusive: the local midnight after `at`
    short_start: dt.datetime  # the local midnight SHORT_DAYS days earlier
    long_start: dt.datetime
    long_start_day: dt.date
    gut_start_day: dt.date
    zone: ZoneInfo


def _utc(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    local = dt.datetime(day.year, day.month, day.day, tzinfo=zone)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def window_for(at: dt.date, zone: ZoneInfo) -> Window:
    end_day = at + dt.timedelta(days=1)
    return Window(
        at=at,
        end=_utc(end_day, zone),
        short_start=_utc(end_day - dt.timedelta(days=SHORT_DAYS), zone),
        long_start=_utc(end_day - dt.timedelta(days=LONG_DAYS), zone),
        long_start_day=end_day - dt.timedelta(days=LONG_DAYS),
        gut_start_day=end_day - dt.timedelta(days=GUT_DAYS),
        zone=zone,
    )


@dataclass
class MessageSignals:
    inbound: int = 0  # messages from the client in the short window
    after_hours: int = 0
    asks_change: int = 0  # of those, change requests or "not quite" feedback
    inbound_long: int = 0  # messages from the client in the long window
    inbound_days: int = 0  # days from the first inbound message of the short window to `at`


def message_signals_short(
    w: Window, hours: WorkingHours, ids: list[int] | None = None
) -> dict[int, MessageSignals]:
    """Per client, over the short window: inbound messages, after hours, change requests."""
    outside = clock.outside_working_hours(Message.sent_at, hours, w.short_start, w.end, w.zone)
    query = (
        Client.select(
            Client.id,
            fn.COUNT(Message.id),
            fn.SUM(outside),
            fn.SUM(Message.change_request | Message.not_quite),
            fn.MIN(Message.sent_at),
        )
        .join(Message, on=_inbound(w.short_start, w.end))
        .group_by(Client.id)
    )
    query = _among(query, Client.id, ids)
    return {
        cid: MessageSignals(n, a or 0, c or 0, 0, _days_since(first, w.at))
        for cid, n, a, c, first in _rows(query)
    }


def _days_since(moment, at: dt.date) -> int:
    """Whole days from a stored moment (naive UTC, as text or datetime) to the day `at`."""
    return (at - dt.date.fromisoformat(str(moment)[:10])).days if moment else 0


def message_signals(
    w: Window, hours: WorkingHours, ids: list[int] | None = None
) -> dict[int, MessageSignals]:
    """Per client: inbound messages in both windows; after hours and change requests in the short one.

    Two index-only passes (short window with the wall-clock test, long window a bare count) are
    faster than one pass with conditional sums over the long window.
    """
    return merge_inbound_long(message_signals_short(w, hours, ids), inbound_long(w, ids))


def merge_inbound_long(
    out: dict[int, MessageSignals], long: dict[int, int]
) -> dict[int, MessageSignals]:
    for cid, n in long.items():
        out.setdefault(cid, MessageSignals()).inbound_long = n
    return out


def inbound_long(w: Window, ids: list[int] | None = None) -> dict[int, int]:
    """Messages from each client over the long window (the Pareto view's "trouble")."""
    query = (
        Client.select(Client.id, fn.COUNT(Message.id))
        .join(Message, on=_inbound(w.long_start, w.end))
        .group_by(Client.id)
    )
    return dict(_rows(_among(query, Client.id, ids)))


def _inbound(start: dt.datetime, end: dt.datetime):
    """Join condition: the client's inbound messages in [start, end).

    Driving the message queries from the client table makes SQLite seek each client's range in
    the (client, direction, sent_at, change_request, not_quite) index, index-only, whether or not ANALYZE has
    ever run; grouped over the message table alone it needs statistics to find that plan.
    """
    return (
        (Message.client == Client.id)
        & (Message.direction == "in")
        & (Message.sent_at >= start)
        & (Message.sent_at < end)
    )


@dataclass
class HourSignals:
    short_billable_s: int = 0
    long_s: int = 0  # every hour logged in the long window: the same window as revenue
    tenure_days: int = 0  # days from the client's first logged hours to `at`


def hour_signals(w: Window, ids: list[int] | None = None) -> dict[int, HourSignals]:
    """Seconds worked per client: billable in the short window, everything in the long one.

    The effective rate divides what was invoiced in the long window by every hour logged in that
    same window (DESIGN.md): work not yet invoiced lowers the rate, as it should.
    """
    before_end = TimeEntry.started_at < w.end
    short = (TimeEntry.started_at >= w.short_start) & before_end & TimeEntry.billable
    long = (TimeEntry.started_at >= w.long_start) & before_end
    query = (
        TimeEntry.select(
            TimeEntry.client,
            fn.SUM(Case(None, [(short, TimeEntry.seconds)], 0)),
            fn.SUM(Case(None, [(long, TimeEntry.seconds)], 0)),
            fn.MIN(TimeEntry.started_at),
        )
        .where(before_end)
        .group_by(TimeEntry.client)
    )
    out = {}
    for cid, s, t, first in _rows(_among(query, TimeEntry.client, ids)):
        if t:
            out[cid] = HourSignals(s or 0, t, _days_since(first, w.at))
    return out


def first_records(w: Window, ids: list[int] | None = None) -> dict[int, int]:
    """Per client, the date (ordinal) of its first message, hours or invoice before `w.end`:
    a client younger than the evidence rules' minimum age is not judged yet.

    Each client seeks the start of its own range in the three indexes (correlated MINs).
    """
    day = w.at.isoformat()

    def first_message(direction: str):  # one seek per direction in the message index
        return Message.select(fn.MIN(Message.sent_at)).where(
            (Message.client == Client.id)
            & (Message.direction == direction)
            & (Message.sent_at < w.end)
        )

    first_hours = TimeEntry.select(fn.MIN(TimeEntry.started_at)).where(
        (TimeEntry.client == Client.id) & (TimeEntry.started_at < w.end)
    )
    first_invoice = Invoice.select(fn.MIN(Invoice.issued_on)).where(
        (Invoice.client == Client.id) & (Invoice.issued_on <= day)
    )
    query = _among(
        Client.select(
            Client.id, first_message("in"), first_message("out"), first_hours, first_invoice
        ),
        Client.id,
        ids,
    )
    out = {}
    for cid, *firsts in _rows(query):
        days = [dt.date.fromisoformat(str(v)[:10]) for v in firsts if v]
        if days:
            out[cid] = min(days).toordinal()
    return out


def revision_signals(w: Window, ids: list[int] | None = None) -> dict[int, tuple[int, int]]:
    """Per client: (deliverables active in the long window, revision rounds logged on them by `at`)."""
    rounds = (
        RevisionRound.select(RevisionRound.deliverable, fn.COUNT(RevisionRound.id).alias("n"))
        .where(RevisionRound.requested_on <= w.at)
        .group_by(RevisionRound.deliverable)
        .alias("rr")
    )
    query = (
        Deliverable.select(
            Deliverable.client, fn.COUNT(Deliverable.id), fn.SUM(fn.COALESCE(rounds.c.n, 0))
        )
        .join(rounds, JOIN.LEFT_OUTER, on=(rounds.c.deliverable_id == Deliverable.id))
        .where(Deliverable.delivered_on.is_null() | (Deliverable.delivered_on >= w.long_start_day))
        .group_by(Deliverable.client)
    )
    return {cid: (n, r or 0) for cid, n, r in _rows(_among(query, Deliverable.client, ids))}


def gut_signals(w: Window, ids: list[int] | None = None) -> dict[int, int]:
    """Per client: how often the user considered ending it in the last GUT_DAYS days."""
    query = (
        Consideration.select(Consideration.client, fn.COUNT(Consideration.id))
        .where(
            (Consideration.considered_on >= w.gut_start_day) & (Consideration.considered_on <= w.at)
        )
        .group_by(Consideration.client)
    )
    return dict(_rows(_among(query, Consideration.client, ids)))


def clients(before: dt.datetime | None = None) -> list[tuple[int, str, str, int | None]]:
    """(id, name, currency, gut) of every client, in name order.

    With `before`, the gut rating counts only for clients added before that moment: the rating
    is what the user feels now, not what they felt before the client was in Clientfit.
    """
    gut = Client.gut if before is None else Case(None, [(Client.created_at < before, Client.gut)])
    query = Client.select(Client.id, Client.name, Client.currency, gut).order_by(Client.name_key)
    return _rows(query)
