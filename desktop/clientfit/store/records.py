"""A client's records as plain rows for the detail tabs: messages, time entries, invoices.

Paged (limit/offset) so a client with 50,000 messages opens instantly; the database sorts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from clientfit.store.models import (
    Deliverable,
    Invoice,
    Message,
    Payment,
    RevisionRound,
    TimeEntry,
    from_minor,
)
from clientfit.store.summaries import UNKNOWN_PART


@dataclass(frozen=True)
class MessageRow:
    id: int
    sent_at: dt.datetime  # UTC
    direction: str
    subject: str
    change_request: bool
    urgent: bool
    not_quite: bool = False
    excerpt: str = ""


@dataclass(frozen=True)
class TimeRow:
    id: int
    started_at: dt.datetime  # UTC
    hours: float
    project: str
    description: str
    billable: bool


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    issued_on: dt.date
    due_on: dt.date
    total: Decimal
    paid: Decimal
    currency: str
    last_paid_on: dt.date | None
    state: str = "open"  # Invoice.status as the export gave it: open | partial | disputed
    # False for a partly paid invoice whose export did not say how much was paid (amount_paid NULL)
    paid_known: bool = True

    @property
    def outstanding(self) -> Decimal:
        """What is still owed, as far as it is known: a partly paid invoice of unknown paid amount
        is not counted as wholly outstanding, so it counts 0 here, as in the roster's sums
        (`store.summaries.UNKNOWN_PART`), until its payments are recorded in full."""
        if not self.paid_known and self.paid < self.total:
            return Decimal("0.00")
        return self.total - self.paid

    def status(self, today: dt.date) -> str:
        """paid | disputed | partial (paid in part; `paid` says how much, `paid_known` whether
        that is all that was paid) | overdue | open."""
        if self.paid >= self.total:
            return "paid"
        if self.state in ("disputed", "partial"):
            return self.state
        return "overdue" if self.due_on < today else "open"


@dataclass(frozen=True)
class DeliverableRow:
    id: int
    title: str
    due_on: dt.date | None
    delivered_on: dt.date | None
    amount: Decimal | None
    invoice_number: str | None
    paid: bool
    revisions: int
    paid_mark: bool | None = None  # the user's own word, which wins over the invoice


def messages_of(client_id: int, limit: int = 1000, offset: int = 0) -> list[MessageRow]:
    columns = (Message.id, Message.sent_at, Message.direction, Message.subject)
    flags = (Message.change_request, Message.urgent, Message.not_quite, Message.excerpt)
    rows = _newest_first(Message, Message.sent_at, (*columns, *flags), client_id, limit, offset)
    return [MessageRow(*row) for row in rows]


def time_entries_of(client_id: int, limit: int = 1000, offset: int = 0) -> list[TimeRow]:
    t = TimeEntry
    columns = (t.id, t.started_at, t.seconds, t.project, t.description, t.billable)
    rows = _newest_first(t, t.started_at, columns, client_id, limit, offset)
    return [TimeRow(i, s, round(sec / 3600, 2), p, d, b) for i, s, sec, p, d, b in rows]


def _newest_first(model, moment, columns, client_id: int, limit: int, offset: int):
    """One page of a client's records, newest first, as tuples (the database sorts and pages)."""
    query = model.select(*columns).where(model.client == client_id)
    return query.order_by(moment.desc()).limit(limit).offset(offset).tuples()


def invoices_of(client_id: int) -> list[InvoiceRow]:
    return invoices_by_client([client_id]).get(client_id, [])


def invoices_by_client(client_ids: list[int]) -> dict[int, list[InvoiceRow]]:
    """Each client's invoices (newest first), for several clients in one query (the Today
    list reads those of every running plan at once)."""
    paid = fn.COALESCE(fn.SUM(Payment.amount_minor), 0)
    query = (
        Invoice.select(
            Invoice.id,
            Invoice.number,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.total_minor,
            paid.alias("paid"),
            Invoice.currency,
            fn.MAX(Payment.paid_on).alias("last"),
            Invoice.status,
            UNKNOWN_PART.alias("unknown"),
            Invoice.client,
        )
        .join(Payment, JOIN.LEFT_OUTER)
        .where(Invoice.client.in_(list(client_ids)))
        .group_by(Invoice.id)
        .order_by(Invoice.issued_on.desc(), Invoice.id.desc())
    )
    out: dict[int, list[InvoiceRow]] = {}
    for row in query.tuples():
        i, number, issued, due, total, paid_minor, currency, last, state, unknown, cid = row
        if isinstance(last, str):
            last = dt.date.fromisoformat(last)
        out.setdefault(cid, []).append(
            InvoiceRow(
                i,
                number,
                issued,
                due,
                from_minor(total),
                from_minor(paid_minor),
                currency,
                last,
                state or "open",
                not unknown,
            )
        )
    return out


def deliverables_of(client_id: int) -> list[DeliverableRow]:
    """The client's deliverables, due first (undated last), with invoice, paid and rounds - the
    one reading of them (the client view's tab, the offboarding checklist and plan).

    Paid is the user's own word when given (paid in advance, settled in kind), else whether the
    deliverable's invoice is paid in full."""
    paid_sub = (  # payments summed per invoice of this client only, not of the whole database
        Payment.select(Payment.invoice, fn.SUM(Payment.amount_minor).alias("p"))
        .join(Invoice)
        .where(Invoice.client == client_id)
        .group_by(Payment.invoice)
        .alias("ps")
    )
    rounds = (
        RevisionRound.select(RevisionRound.deliverable, fn.COUNT(RevisionRound.id).alias("n"))
        .group_by(RevisionRound.deliverable)
        .alias("rr")
    )
    query = (
        Deliverable.select(
            Deliverable.id,
            Deliverable.title,
            Deliverable.due_on,
            Deliverable.delivered_on,
            Deliverable.amount_minor,
            Deliverable.paid,
            Invoice.number,
            Invoice.total_minor,
            fn.COALESCE(paid_sub.c.p, 0),
            fn.COALESCE(rounds.c.n, 0),
        )
        .join(Invoice, JOIN.LEFT_OUTER)
        .join(paid_sub, JOIN.LEFT_OUTER, on=(paid_sub.c.invoice_id == Invoice.id))
        .switch(Deliverable)
        .join(rounds, JOIN.LEFT_OUTER, on=(rounds.c.deliverable_id == Deliverable.id))
        .where(Deliverable.client == client_id)
        .order_by(Deliverable.due_on.is_null(), Deliverable.due_on, Deliverable.id)
    )
    out = []
    for i, title, due, delivered, amount, marked, number, total, paid_minor, n in query.tuples():
        paid = number is not None and paid_minor >= (total or 0)
        out.append(
            DeliverableRow(
                id=i,
                title=title,
                due_on=due,
                delivered_on=delivered,
                amount=from_minor(amount) if amount is not None else None,
                invoice_number=number,
                paid=paid if marked is None else bool(marked),
                revisions=n,
                paid_mark=None if marked is None else bool(marked),
            )
        )
    return out
