"""The summary per roster row: each client's counts and money, aggregated in the database.

One query with a GROUP BY per related table (no per-client Python), read by the roster, the CSV
export and `clientfit-cli clients`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, Case, fn

from clientfit.store.models import (
    Client,
    Contact,
    Invoice,
    Message,
    Need,
    OffboardingPlan,
    Payment,
    TimeEntry,
    from_minor,
)

# A partly paid invoice whose export did not say how much was paid: neither wholly owed nor paid,
# so it is left out of what is outstanding (its total still counts as invoiced).
UNKNOWN_PART = (Invoice.status == "partial") & Invoice.amount_paid.is_null()


def _unknown_sum():
    return fn.SUM(Case(None, [(UNKNOWN_PART, Invoice.total_minor)], 0))


@dataclass(frozen=True)
class Money:
    """A client's invoices in one currency."""

    invoiced: Decimal
    paid: Decimal
    unknown: Decimal = Decimal("0.00")  # partly paid invoices, paid amount unknown (UNKNOWN_PART)

    @property
    def outstanding(self) -> Decimal:
        return self.invoiced - self.paid - self.unknown


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    status: str
    needs: list[str]
    contacts: int
    messages: int
    hours: float
    invoiced: Decimal
    paid: Decimal
    outstanding: Decimal
    currency: str
    last_contact: dt.date | None
    ended_on: dt.date | None = None
    # invoices in currencies other than the client's own: never added to the figures above
    other_currencies: dict[str, Money] = field(default_factory=dict)
    ending: bool = False  # an offboarding plan runs: shown as the status "ending"


def _per_client(model, alias: str, *columns, where=None):
    """A subquery with one row per client that has rows in `model`: `cid` and `columns`."""
    query = model.select(model.client.alias("cid"), *columns)
    if where is not None:
        query = query.where(where)
    return query.group_by(model.client).alias(alias)


def client_summaries(
    *, client_ids: Iterable[int] | None = None, include_archived: bool = True
) -> list[ClientSummary]:
    """One row per client with its counts and money, aggregated in the database (GROUP BY)."""
    contacts = _per_client(Contact, "ct", fn.COUNT(Contact.id).alias("n"))
    messages = _per_client(
        Message, "mg", fn.COUNT(Message.id).alias("n"), fn.MAX(Message.sent_at).alias("last")
    )
    hours = _per_client(TimeEntry, "te", fn.SUM(TimeEntry.seconds).alias("s"))
    # money per client and currency; the roster's figures are the client's own currency's
    invoiced = (
        Invoice.select(
            Invoice.client.alias("cid"),
            Invoice.currency.alias("cur"),
            fn.SUM(Invoice.total_minor).alias("t"),
            _unknown_sum().alias("u"),
        )
        .group_by(Invoice.client, Invoice.currency)
        .alias("iv")
    )
    paid = (
        Payment.select(
            Invoice.client.alias("cid"),
            Invoice.currency.alias("cur"),
            fn.SUM(Payment.amount_minor).alias("p"),
        )
        .join(Invoice)
        .group_by(Invoice.client, Invoice.currency)
        .alias("pm")
    )
    ending = _per_client(OffboardingPlan, "op", where=OffboardingPlan.status == "running")
    query = (
        Client.select(
            Client.id,
            Client.name,
            Client.status,
            Client.currency,
            Client.ended_on,
            fn.COALESCE(contacts.c.n, 0).alias("contacts"),
            fn.COALESCE(messages.c.n, 0).alias("messages"),
            messages.c.last.alias("last_contact"),
            fn.COALESCE(hours.c.s, 0).alias("seconds"),
            fn.COALESCE(invoiced.c.t, 0).alias("invoiced"),
            fn.COALESCE(paid.c.p, 0).alias("paid"),
            fn.COALESCE(invoiced.c.u, 0).alias("unknown"),
            ending.c.cid.is_null(False).alias("ending"),
        )
        .join(contacts, JOIN.LEFT_OUTER, on=(contacts.c.cid == Client.id))
        .switch(Client)
        .join(messages, JOIN.LEFT_OUTER, on=(messages.c.cid == Client.id))
        .switch(Client)
        .join(hours, JOIN.LEFT_OUTER, on=(hours.c.cid == Client.id))
        .switch(Client)
        .join(
            invoiced,
            JOIN.LEFT_OUTER,
            on=((invoiced.c.cid == Client.id) & (invoiced.c.cur == Client.currency)),
        )
        .switch(Client)
        .join(
            paid, JOIN.LEFT_OUTER, on=((paid.c.cid == Client.id) & (paid.c.cur == Client.currency))
        )
        .switch(Client)
        .join(ending, JOIN.LEFT_OUTER, on=(ending.c.cid == Client.id))
        .order_by(Client.name_key)
    )
    if client_ids is not None:
        query = query.where(Client.id.in_(list(client_ids)))
    if not include_archived:
        query = query.where(Client.status == "active")
    needs: dict[int, list[str]] = {}
    need_q = Need.select(Need.client, Need.name).order_by(Need.id)
    if client_ids is not None:
        need_q = need_q.where(Need.client.in_(list(client_ids)))
    for cid, name in need_q.tuples():
        needs.setdefault(cid, []).append(name)
    others = _other_currencies(client_ids)
    out = []
    for row in query.dicts():
        last = row["last_contact"]
        if isinstance(last, str):
            last = dt.datetime.fromisoformat(last)
        out.append(
            ClientSummary(
                id=row["id"],
                name=row["name"],
                status=row["status"],
                needs=needs.get(row["id"], []),
                contacts=row["contacts"],
                messages=row["messages"],
                hours=round(row["seconds"] / 3600, 2),
                invoiced=from_minor(row["invoiced"]),
                paid=from_minor(row["paid"]),
                outstanding=from_minor(row["invoiced"] - row["paid"] - row["unknown"]),
                currency=row["currency"],
                last_contact=last.date() if last else None,
                ended_on=row["ended_on"],
                other_currencies=others.get(row["id"], {}),
                ending=bool(row["ending"]),
            )
        )
    return out


def _other_currencies(client_ids: Iterable[int] | None) -> dict[int, dict[str, Money]]:
    """client id -> {currency: Money} of its invoices in currencies other than its own."""
    other = Invoice.currency != Client.currency
    inv = (
        Invoice.select(
            Invoice.client, Invoice.currency, fn.SUM(Invoice.total_minor), _unknown_sum()
        )
        .join(Client)
        .where(other)
        .group_by(Invoice.client, Invoice.currency)
    )
    pay = (
        Payment.select(Invoice.client, Invoice.currency, fn.SUM(Payment.amount_minor))
        .join(Invoice)
        .join(Client)
        .where(other)
        .group_by(Invoice.client, Invoice.currency)
    )
    if client_ids is not None:
        ids = list(client_ids)
        inv, pay = inv.where(Invoice.client.in_(ids)), pay.where(Invoice.client.in_(ids))
    paid = {(cid, cur): p for cid, cur, p in pay.tuples()}
    out: dict[int, dict[str, Money]] = {}
    for cid, cur, total, unknown in inv.tuples():
        out.setdefault(cid, {})[cur] = Money(
            from_minor(total), from_minor(paid.get((cid, cur), 0)), from_minor(unknown)
        )
    return out
