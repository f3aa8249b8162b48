"""The raw signals behind the score: one GROUP BY query per kind of evidence, over the whole portfolio.

Nothing here loops over messages in Python. After-hours is judged in the user's time zone inside
SQL: the daylight-saving transitions in the window are found with zoneinfo (a few hundred offset
look-ups, not one per message) and a single CASE expression shifts each naive-UTC `sent_at` by the
offset in force at that moment before `strftime` reads its weekday and clock time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from peewee import JOIN, Case, Expression, fn

from clientfit.health.config import WorkingHours
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

SHORT_DAYS = 90  # after-hours, intensity, change requests
LONG_DAYS = 365  # payments, profitability, Pareto
GUT_DAYS = 30  # considerations


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


def _offset_minutes(moment: dt.datetime, zone: ZoneInfo) -> int:
    aware = moment.replace(tzinfo=dt.timezone.utc).astimezone(zone)
    return int(aware.utcoffset().total_seconds() // 60)


def offset_segments(
    start: dt.datetime, end: dt.datetime, zone: ZoneInfo
) -> list[tuple[dt.datetime, int]]:
    """[(from this UTC moment, offset in minutes)] covering [start, end); the first entry is `start`.

    Steps hour by hour through the window and narrows each change down to the minute, so zones
    that shift on the half hour are placed exactly.
    """
    segments = [(start, _offset_minutes(start, zone))]
    hour = dt.timedelta(hours=1)
    t = start
    while t < end:
        nxt = min(t + hour, end)
        off = _offset_minutes(nxt, zone)
        if off != segments[-1][1]:
            lo, hi = t, nxt  # offset(lo) is the old one, offset(hi) the new one
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if _offset_minutes(mid, zone) == segments[-1][1]:
                    lo = mid
                else:
                    hi = mid
            segments.append((hi, off))
        t = nxt
    return segments


def local_time(field, segments: list[tuple[dt.datetime, int]]):
    """SQL: `field` (naive UTC) shifted into local time by the offset in force at that moment."""
    base = f"{segments[0][1]:+d} minutes"
    if len(segments) == 1:
        return fn.datetime(field, base)
    cases = [(field >= since, f"{off:+d} minutes") for since, off in reversed(segments[1:])]
    return fn.datetime(field, Case(None, cases, base))


def _working(local, hours: WorkingHours) -> Expression:
    weekdays = [str((d + 1) % 7) for d in hours.days]  # SQLite's %w: Sunday = 0
    clock = fn.strftime("%H:%M", local)
    if hours.start < hours.end:
        in_hours = (clock >= hours.start) & (clock < hours.end)
    else:  # a shift across midnight
        in_hours = (clock >= hours.start) | (clock < hours.end)
    working = fn.strftime("%w", local).in_(weekdays or ["-"]) & in_hours
    if hours.days_off:
        working &= fn.date(local).not_in(list(hours.days_off))
    return working


@dataclass
class MessageSignals:
    inbound: int = 0  # messages from the client in the short window
    after_hours: int = 0
    asks_change: int = 0


def message_signals(w: Window, hours: WorkingHours) -> dict[int, MessageSignals]:
    """Per client, over the short window: inbound messages, how many after hours, how many ask for changes."""
    segments = offset_segments(w.short_start, w.end, w.zone)
    local = local_time(Message.sent_at, segments)
    after = Case(None, [(_working(local, hours), 0)], 1)
    query = (
        Message.select(
            Message.client,
            fn.COUNT(Message.id),
            fn.SUM(after),
            fn.SUM(Message.asks_change),
        )
        .where(
            (Message.direction == "in")
            & (Message.sent_at >= w.short_start)
            & (Message.sent_at < w.end)
        )
        .group_by(Message.client)
    )
    return {cid: MessageSignals(n, a or 0, c or 0) for cid, n, a, c in query.tuples()}


def inbound_long(w: Window) -> dict[int, int]:
    """Messages from each client over the long window (the Pareto view's "trouble")."""
    query = (
        Message.select(Message.client, fn.COUNT(Message.id))
        .where(
            (Message.direction == "in")
            & (Message.sent_at >= w.long_start)
            & (Message.sent_at < w.end)
        )
        .group_by(Message.client)
    )
    return dict(query.tuples())


@dataclass
class HourSignals:
    short_billable_s: int = 0
    long_s: int = 0
    tenure_days: int = 0  # days from the client's first logged hours to `at`


def hour_signals(w: Window) -> dict[int, HourSignals]:
    """Seconds worked per client: billable in the short window, everything in the long one."""
    short = Case(
        None, [((TimeEntry.started_at >= w.short_start) & TimeEntry.billable, TimeEntry.seconds)], 0
    )
    query = (
        TimeEntry.select(
            TimeEntry.client,
            fn.SUM(short),
            fn.SUM(TimeEntry.seconds),
        )
        .where((TimeEntry.started_at >= w.long_start) & (TimeEntry.started_at < w.end))
        .group_by(TimeEntry.client)
    )
    out = {cid: HourSignals(s or 0, t or 0) for cid, s, t in query.tuples()}
    first = (
        TimeEntry.select(TimeEntry.client, fn.MIN(TimeEntry.started_at))
        .where(TimeEntry.started_at < w.end)
        .group_by(TimeEntry.client)
    )
    for cid, started in first.tuples():
        if cid in out and started:
            out[cid].tenure_days = (w.at - dt.date.fromisoformat(str(started)[:10])).days
    return out


@dataclass
class MoneySignals:
    paid_on_due: int = 0  # minor units paid (by `at`) on invoices due in the long window
    late_weighted: float = 0.0  # sum(amount * days late) of those payments
    overdue: int = 0  # minor units overdue and unpaid as of `at`
    overdue_weighted: float = 0.0  # sum(outstanding * days overdue)
    overdue_invoices: int = 0
    open_not_due: int = 0  # minor units invoiced, not yet due, not yet paid
    invoices: int = 0  # invoices issued by `at`
    received: int = 0  # payments received in the long window (revenue)


def money_signals(w: Window) -> dict[int, MoneySignals]:
    """Per client: lateness of payments (amount-weighted), what is overdue now, revenue received."""
    out: dict[int, MoneySignals] = {}
    at = w.at
    days_late = fn.MAX(0, fn.julianday(Payment.paid_on) - fn.julianday(Invoice.due_on))
    paid = (
        Payment.select(
            Invoice.client,
            fn.SUM(Payment.amount_minor),
            fn.SUM(Payment.amount_minor * days_late),
        )
        .join(Invoice)
        .where(
            (Invoice.due_on >= w.long_start_day) & (Invoice.due_on <= at) & (Payment.paid_on <= at)
        )
        .group_by(Invoice.client)
    )
    for cid, amount, weighted in paid.tuples():
        out.setdefault(cid, MoneySignals()).paid_on_due = amount or 0
        out[cid].late_weighted = float(weighted or 0)

    paid_by_at = (
        Payment.select(Payment.invoice, fn.SUM(Payment.amount_minor).alias("paid"))
        .where(Payment.paid_on <= at)
        .group_by(Payment.invoice)
        .alias("pb")
    )
    outstanding = fn.MAX(0, Invoice.total_minor - fn.COALESCE(paid_by_at.c.paid, 0))
    overdue_days = fn.julianday(at) - fn.julianday(Invoice.due_on)
    is_overdue = (Invoice.due_on < at) & (outstanding > 0)
    invoices = (
        Invoice.select(
            Invoice.client,
            fn.COUNT(Invoice.id),
            fn.SUM(Case(None, [(is_overdue, outstanding)], 0)),
            fn.SUM(Case(None, [(is_overdue, outstanding * overdue_days)], 0)),
            fn.SUM(Case(None, [(is_overdue, 1)], 0)),
            fn.SUM(Case(None, [(Invoice.due_on >= at, outstanding)], 0)),
        )
        .join(paid_by_at, JOIN.LEFT_OUTER, on=(paid_by_at.c.invoice_id == Invoice.id))
        .where(Invoice.issued_on <= at)
        .group_by(Invoice.client)
    )
    for cid, n, overdue, weighted, count, not_due in invoices.tuples():
        m = out.setdefault(cid, MoneySignals())
        m.invoices = n
        m.overdue = overdue or 0
        m.overdue_weighted = float(weighted or 0)
        m.overdue_invoices = count or 0
        m.open_not_due = not_due or 0

    for cid, amount in received(w).items():
        out.setdefault(cid, MoneySignals()).received = amount
    return out


def received(w: Window) -> dict[int, int]:
    """Payments received per client over the long window (minor units): the revenue."""
    query = (
        Payment.select(Invoice.client, fn.SUM(Payment.amount_minor))
        .join(Invoice)
        .where((Payment.paid_on >= w.long_start_day) & (Payment.paid_on <= w.at))
        .group_by(Invoice.client)
    )
    return {cid: amount or 0 for cid, amount in query.tuples()}


def revision_signals(w: Window) -> dict[int, tuple[int, int]]:
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
    return {cid: (n, r or 0) for cid, n, r in query.tuples()}


def gut_signals(w: Window) -> dict[int, int]:
    """Per client: how often the user considered ending it in the last GUT_DAYS days."""
    query = (
        Consideration.select(Consideration.client, fn.COUNT(Consideration.id))
        .where(
            (Consideration.considered_on >= w.gut_start_day) & (Consideration.considered_on <= w.at)
        )
        .group_by(Consideration.client)
    )
    return dict(query.tuples())


def clients(client_id: int | None = None) -> list[tuple[int, str, str, int | None]]:
    """(id, name, currency, gut) of every client, or of one."""
    query = Client.select(Client.id, Client.name, Client.currency, Client.gut).order_by(
        Client.name_key
    )
    if client_id is not None:
        query = query.where(Client.id == client_id)
    return list(query.tuples())
