"""The raw signals behind the score: a handful of GROUP BY queries over the whole portfolio.

Nothing here loops over messages in Python; each query returns one row per client and is read
straight off the cursor (no model instances). After-hours is judged on the user's wall clock in
SQL (see `clock`). The message query reads only the (client, direction, sent_at, asks_change)
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
    Payment,
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
    asks_change: int = 0
    inbound_long: int = 0  # messages from the client in the long window


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
            fn.SUM(Message.asks_change),
        )
        .join(Message, on=_inbound(w.short_start, w.end))
        .group_by(Client.id)
    )
    query = _among(query, Client.id, ids)
    return {cid: MessageSignals(n, a or 0, c or 0) for cid, n, a, c in _rows(query)}


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
    the (client, direction, sent_at, asks_change) index, index-only, whether or not ANALYZE has
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
    long_s: int = 0
    tenure_days: int = 0  # days from the client's first logged hours to `at`
    invoiced_s: int = 0  # of long_s, the hours up to the client's latest invoice (billed work)


def hour_signals(
    w: Window, unbilled: bool = True, ids: list[int] | None = None
) -> dict[int, HourSignals]:
    """Seconds worked per client: billable in the short window, everything in the long one, and
    (unless `unbilled` is False) the part done up to the latest invoice (later work is not billed)."""
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
            tenure = (w.at - dt.date.fromisoformat(str(first)[:10])).days
            out[cid] = HourSignals(s or 0, t, tenure, t)
    for cid, later in (unbilled_seconds(w, ids) if unbilled else {}).items():
        if cid in out:
            out[cid].invoiced_s = max(0, out[cid].long_s - (later or 0))
    return out


def unbilled_seconds(w: Window, ids: list[int] | None = None) -> dict[int, int]:
    """Per client, the seconds (in the long window) worked after its latest invoice.

    Driven from the 10,000-odd "latest invoice" rows, each seeking only its client's later
    entries in the time-entry index, rather than joining every entry to its client's invoice.
    """
    last_invoice = _among(
        Invoice.select(Invoice.client, fn.date(fn.MAX(Invoice.issued_on), "+1 day").alias("nxt"))
        .where(Invoice.issued_on <= w.at)
        .group_by(Invoice.client),
        Invoice.client,
        ids,
    ).alias("li")
    query = (
        TimeEntry.select(TimeEntry.client, fn.SUM(TimeEntry.seconds))
        .join(
            last_invoice,
            on=(
                (last_invoice.c.client_id == TimeEntry.client)
                & (TimeEntry.started_at >= last_invoice.c.nxt)
            ),
        )
        .where((TimeEntry.started_at >= w.long_start) & (TimeEntry.started_at < w.end))
        .group_by(TimeEntry.client)
    )
    return dict(_rows(query))


@dataclass
class MoneySignals:
    paid_on_due: int = 0  # minor units paid (by `at`) on invoices due in the long window
    late_weighted: float = 0.0  # sum(amount * days late) of those payments
    overdue: int = 0  # minor units overdue and unpaid as of `at`
    overdue_weighted: float = 0.0  # sum(outstanding * days overdue)
    open_not_due: int = 0  # minor units invoiced, not yet due, not yet paid
    invoices: int = 0  # invoices issued by `at`
    received: int = 0  # payments received in the long window (revenue)


def money_signals(w: Window, ids: list[int] | None = None) -> dict[int, MoneySignals]:
    """Per client: lateness of payments (amount-weighted), what is overdue now, revenue received.

    Two index-only passes, one over invoices and one over payments joined to their invoice.
    What is still owed is "invoiced minus paid" summed per client, and the days it is overdue
    are weighted the same way, which is exact as long as no invoice is overpaid (an overpayment
    nets against another open invoice of the same client).
    """
    at = w.at
    issued = Invoice.issued_on <= at
    past_due = issued & (Invoice.due_on < at)
    not_due = issued & (Invoice.due_on >= at)
    days_overdue = _julian_day(at) - fn.julianday(Invoice.due_on)  # a constant, not a call
    invoices = Invoice.select(
        Invoice.client,
        fn.SUM(Case(None, [(issued, 1)], 0)),
        fn.SUM(Case(None, [(past_due, Invoice.total_minor)], 0)),
        fn.SUM(Case(None, [(past_due, Invoice.total_minor * days_overdue)], 0)),
        fn.SUM(Case(None, [(not_due, Invoice.total_minor)], 0)),
    ).group_by(Invoice.client)
    amount = Payment.amount_minor
    due_in_long = (Invoice.due_on >= w.long_start_day) & (Invoice.due_on <= at)
    # Dates are ISO text, so "late at all" is a string comparison; julianday only for late ones.
    late = due_in_long & (Payment.paid_on > Invoice.due_on)
    days_late = fn.julianday(Payment.paid_on) - fn.julianday(Invoice.due_on)
    payments = (
        Payment.select(
            Invoice.client,
            fn.SUM(Case(None, [(due_in_long, amount)], 0)),
            fn.SUM(Case(None, [(late, amount * days_late)], 0)),
            fn.SUM(Case(None, [(past_due, amount)], 0)),
            fn.SUM(Case(None, [(past_due, amount * days_overdue)], 0)),
            fn.SUM(Case(None, [(not_due, amount)], 0)),
            fn.SUM(Case(None, [(Payment.paid_on >= w.long_start_day, amount)], 0)),
        )
        .join(Invoice)
        .where(Payment.paid_on <= at)
        .group_by(Invoice.client)
    )
    paid = {row[0]: row[1:] for row in _rows(_among(payments, Invoice.client, ids))}
    out = {}
    for cid, n, due_total, due_weighted, not_due_total in _rows(
        _among(invoices, Invoice.client, ids)
    ):
        on_due, late_w, paid_due, paid_due_w, paid_not_due, recv = paid.get(cid, (0,) * 6)
        overdue = max(0, (due_total or 0) - (paid_due or 0))
        out[cid] = MoneySignals(
            paid_on_due=on_due or 0,
            late_weighted=float(late_w or 0),
            overdue=overdue,
            overdue_weighted=max(0.0, float(due_weighted or 0) - float(paid_due_w or 0))
            if overdue
            else 0.0,
            open_not_due=max(0, (not_due_total or 0) - (paid_not_due or 0)),
            invoices=n or 0,
            received=recv or 0,
        )
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
