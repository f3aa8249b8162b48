"""Each client's year in figures: what the what-if adds up and takes away.

One pass of GROUP BY queries (aggregates in the database, index seeks per client) gives, per
client, over the 365 days ending on `at` (DESIGN.md's money-and-hours window, used here for every
figure so the what-if speaks of one year): revenue invoiced (per currency, paid or not), hours
logged and billable hours, messages from the client and how many arrived outside working hours,
revision rounds requested, and, as of `at`, the money overdue with its days-late weight.

A record belongs to the window by the moment it starts (a time entry begun the evening before the
window's first day is not in it; an invoice by its issue date), as in the health signals. Each
client's figures depend on its own records only, so leaving a client out never changes another's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN, Case, fn

from clientfit.common.zone import user_zone
from clientfit.health import clock, config, signals
from clientfit.store import models as m
from clientfit.store.database import db

Money = dict[str, int]  # minor units per currency code; never summed across codes


@dataclass(slots=True)
class ClientFigures:
    """One client's year. Money in minor units per currency; time in seconds."""

    client_id: int
    name: str
    currency: str  # the client's own currency: its hours count towards this currency's rate
    revenue: Money = field(default_factory=dict)
    seconds: int = 0  # every hour logged (the Pareto view's "time")
    billed_seconds: int = 0  # the billable ones
    messages: int = 0  # messages from the client
    after_hours: int = 0  # of those, outside the user's working hours
    rounds: int = 0  # revision rounds requested
    overdue: Money = field(default_factory=dict)  # owed and past due, as of `at`
    overdue_weighted: dict[str, float] = field(default_factory=dict)  # minor units x days late

    @property
    def active(self) -> bool:
        """Whether anything happened with this client in the year (or it still owes money)."""
        return bool(self.revenue or self.seconds or self.messages or self.rounds or self.overdue)


@dataclass(frozen=True)
class YearWindow:
    """The 365 days ending on `at`: `first`..`at` as days, `start`..`end` as naive UTC moments."""

    first: dt.date
    at: dt.date
    start: dt.datetime
    end: dt.datetime  # exclusive: the local midnight after `at`


def year_window(at: dt.date) -> YearWindow:
    w = signals.window_for(at, user_zone())
    return YearWindow(w.long_start_day, at, w.long_start, w.end)


def _julian_day(day: dt.date) -> float:
    """SQLite's julianday() of a date at midnight."""
    return (day - dt.date(1970, 1, 1)).days + 2440587.5


def _rows(query) -> list[tuple]:
    return db.execute(query).fetchall()


def _among(query, column, ids: list[int] | None):
    return query if ids is None else query.where(column.in_(ids))


def _chunks(ids: list[int] | None, size: int = 500):
    """The ids in slices below SQLite's parameter limit (one slice of None = every client)."""
    if ids is None:
        yield None
        return
    for k in range(0, len(ids), size):
        yield ids[k : k + size]


def gather_figures(at: dt.date, ids: list[int] | None = None) -> dict[int, ClientFigures]:
    """Every client's figures (or those in `ids`) for the year ending on `at`, in name order."""
    w = year_window(at)
    out: dict[int, ClientFigures] = {}
    for part in _chunks(ids):
        query = m.Client.select(m.Client.id, m.Client.name, m.Client.currency).order_by(
            m.Client.name_key
        )
        for cid, name, currency in _rows(_among(query, m.Client.id, part)):
            out[cid] = ClientFigures(cid, name, currency)
        _messages(w, part, out)
        _hours(w, part, out)
        _revenue(w, part, out)
        _overdue(w, part, out)
        _rounds(w, part, out)
    return out


def _messages(w: YearWindow, ids, out: dict[int, ClientFigures]) -> None:
    """Messages from each client in the year, and how many fell outside working hours (the
    user's wall clock, in SQL: `health.clock`)."""
    zone = user_zone()
    outside = clock.outside_working_hours(
        m.Message.sent_at, config.working_hours(), w.start, w.end, zone
    )
    inbound = (
        (m.Message.client == m.Client.id)
        & (m.Message.direction == "in")
        & (m.Message.sent_at >= w.start)
        & (m.Message.sent_at < w.end)
    )
    query = (
        m.Client.select(m.Client.id, fn.COUNT(m.Message.id), fn.SUM(outside))
        .join(m.Message, on=inbound)
        .group_by(m.Client.id)
    )
    for cid, n, late in _rows(_among(query, m.Client.id, ids)):
        if cid in out:
            out[cid].messages, out[cid].after_hours = n, late or 0


def _hours(w: YearWindow, ids, out: dict[int, ClientFigures]) -> None:
    query = (
        m.TimeEntry.select(
            m.TimeEntry.client,
            fn.SUM(m.TimeEntry.seconds),
            fn.SUM(Case(None, [(m.TimeEntry.billable, m.TimeEntry.seconds)], 0)),
        )
        .where((m.TimeEntry.started_at >= w.start) & (m.TimeEntry.started_at < w.end))
        .group_by(m.TimeEntry.client)
    )
    for cid, total, billed in _rows(_among(query, m.TimeEntry.client, ids)):
        if cid in out:
            out[cid].seconds, out[cid].billed_seconds = total or 0, billed or 0


def _revenue(w: YearWindow, ids, out: dict[int, ClientFigures]) -> None:
    """Invoiced in the year, paid or not (DESIGN.md's revenue), per client and currency."""
    query = (
        m.Invoice.select(m.Invoice.client, m.Invoice.currency, fn.SUM(m.Invoice.total_minor))
        .where((m.Invoice.issued_on >= w.first) & (m.Invoice.issued_on <= w.at))
        .group_by(m.Invoice.client, m.Invoice.currency)
    )
    for cid, currency, total in _rows(_among(query, m.Invoice.client, ids)):
        if cid in out and total:
            out[cid].revenue[currency] = total


def _overdue(w: YearWindow, ids, out: dict[int, ClientFigures]) -> None:
    """What each client owes past its due date as of `at`, and that amount times its days late.

    Counted invoice by invoice (an overpaid invoice owes nothing; it does not net against
    another), whatever year the invoice was issued in: an old debt is still owed.
    """
    paid = (
        m.Payment.select(m.Payment.invoice, fn.SUM(m.Payment.amount_minor).alias("amount"))
        .where(m.Payment.paid_on <= w.at)
        .group_by(m.Payment.invoice)
        .alias("paid")
    )
    owed = m.Invoice.total_minor - fn.COALESCE(paid.c.amount, 0)
    days = _julian_day(w.at) - fn.julianday(m.Invoice.due_on)  # a constant, not a call a row
    query = (
        m.Invoice.select(m.Invoice.client, m.Invoice.currency, fn.SUM(owed), fn.SUM(owed * days))
        .join(paid, on=(paid.c.invoice_id == m.Invoice.id), join_type=JOIN.LEFT_OUTER)
        .where((m.Invoice.issued_on <= w.at) & (m.Invoice.due_on < w.at) & (owed > 0))
        .group_by(m.Invoice.client, m.Invoice.currency)
    )
    for cid, currency, amount, weighted in _rows(_among(query, m.Invoice.client, ids)):
        if cid in out and amount:
            out[cid].overdue[currency] = amount
            out[cid].overdue_weighted[currency] = float(weighted or 0)


def _rounds(w: YearWindow, ids, out: dict[int, ClientFigures]) -> None:
    query = (
        m.RevisionRound.select(m.Deliverable.client, fn.COUNT(m.RevisionRound.id))
        .join(m.Deliverable)
        .where((m.RevisionRound.requested_on >= w.first) & (m.RevisionRound.requested_on <= w.at))
        .group_by(m.Deliverable.client)
    )
    for cid, n in _rows(_among(query, m.Deliverable.client, ids)):
        if cid in out:
            out[cid].rounds = n
