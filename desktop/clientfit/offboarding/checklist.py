"""The contract review checklist and the payment guard, built from the client's records.

"Review the contract line by line; without one, gather every document that defined the scope,
initial e-mails included. Deliver what was paid for. If the client may not pay what it owes, wait
until it has paid before announcing." Each of those becomes an item; the items are derived afresh
from the data every time (a new invoice shows up at once), and only the tick marks and the user's
own loose ends are stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from clientfit.common.numbers import money_text
from clientfit.i18n import gettext_for, ngettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.views import Amount, OpenInvoice, PaymentGuard
from clientfit.store.models import Client, Deliverable, Invoice, Message, Payment
from clientfit.store.records import invoices_of


@dataclass(frozen=True)
class DerivedItem:
    kind: str
    ref_id: int | None
    state: str
    text: str
    detail: str
    needs_action: bool

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.ref_id or 0}"


def open_invoices(client_id: int, today: dt.date) -> list[OpenInvoice]:
    """Invoices not fully paid, oldest due first (the store sums the payments per invoice)."""
    rows = sorted(
        (r for r in invoices_of(client_id) if r.outstanding > 0), key=lambda r: (r.due_on, r.number)
    )
    return [
        OpenInvoice(
            id=r.id,
            number=r.number,
            issued_on=r.issued_on,
            due_on=r.due_on,
            total=r.total,
            paid=r.paid,
            outstanding=r.outstanding,
            currency=r.currency,
            overdue=r.due_on < today,
            days_overdue=max(0, (today - r.due_on).days),
        )
        for r in rows
    ]


def payment_guard(invoices: list[OpenInvoice], today: dt.date, lang: str) -> PaymentGuard:
    """Warn while invoices are open and suggest announcing after payment: the day after the last
    one falls due, or (with overdue invoices, which give no date) once they have been chased."""
    _ = gettext_for(lang)
    ngettext = ngettext_for(lang)
    if not invoices:
        return PaymentGuard(False, [], [], None, None, None)
    totals: dict[str, Decimal] = {}
    for inv in invoices:
        totals[inv.currency] = totals.get(inv.currency, Decimal("0.00")) + inv.outstanding
    amounts = [Amount(c, a) for c, a in totals.items()]
    money = ", ".join(money_text(a.amount, a.currency, lang) for a in amounts)
    numbers = ", ".join(inv.number for inv in invoices)
    overdue = sum(1 for inv in invoices if inv.overdue)
    if len(invoices) == 1:
        warning = _("Invoice {numbers} is open: {money} outstanding.").format(
            numbers=numbers, money=money
        )
    else:
        warning = _("{n} invoices are open ({numbers}): {money} outstanding.").format(
            n=len(invoices), numbers=numbers, money=money
        )
    if overdue and len(invoices) == 1:
        warning += " " + _("It is overdue.")
    elif overdue:
        warning += " " + ngettext(
            "{n} of them is overdue.", "{n} of them are overdue.", overdue
        ).format(n=overdue)
    if overdue:
        # An overdue invoice gives no date to wait for: chase it, announce once it is paid.
        suggested = None
        suggestion = _(
            "Consider announcing only after payment: chase the overdue invoices first and tell "
            "the client once they are paid."
        )
    else:
        last_due = max(inv.due_on for inv in invoices)
        suggested = last_due + dt.timedelta(days=1)
        suggestion = _(
            "Consider announcing only after payment: wait until the open invoices are paid "
            "(the last falls due on {day}) before you tell the client."
        ).format(day=last_due.isoformat())
    return PaymentGuard(True, invoices, amounts, warning, suggestion, suggested)


def _deliverables(client_id: int) -> list[tuple]:
    paid_sub = (  # payments summed per invoice of this client only, not of the whole database
        Payment.select(Payment.invoice, fn.SUM(Payment.amount_minor).alias("p"))
        .join(Invoice)
        .where(Invoice.client == client_id)
        .group_by(Payment.invoice)
        .alias("ps")
    )
    query = (
        Deliverable.select(
            Deliverable.id,
            Deliverable.title,
            Deliverable.due_on,
            Deliverable.delivered_on,
            Invoice.number,
            Invoice.total_minor,
            fn.COALESCE(paid_sub.c.p, 0),
        )
        .join(Invoice, JOIN.LEFT_OUTER)
        .join(paid_sub, JOIN.LEFT_OUTER, on=(paid_sub.c.invoice_id == Invoice.id))
        .where(Deliverable.client == client_id)
        .order_by(Deliverable.due_on.is_null(), Deliverable.due_on, Deliverable.id)
    )
    return list(query.tuples())


def _deliverable_item(row: tuple, lang: str) -> DerivedItem:
    _ = gettext_for(lang)
    did, title, due, delivered, number, total, paid_minor = row
    paid = number is not None and paid_minor >= (total or 0)
    due_text = due.isoformat() if due else _("no due date")
    if paid and delivered:
        state, action = "paid_delivered", False
        text = _("{title}: paid and delivered").format(title=title)
        detail = _("Invoice {number} paid; delivered {day}.").format(
            number=number, day=delivered.isoformat()
        )
    elif paid:
        state, action = "paid_undelivered", True
        text = _("{title}: paid but not delivered - deliver it first").format(title=title)
        detail = _("Invoice {number} paid; due {due}.").format(number=number, due=due_text)
    elif delivered:
        state, action = "delivered_unpaid", True
        text = _("{title}: delivered but not paid").format(title=title)
        if number:
            detail = _("Delivered {day}; invoice {number} is open.").format(
                day=delivered.isoformat(), number=number
            )
        else:
            detail = _("Delivered {day}; not invoiced yet.").format(day=delivered.isoformat())
    else:
        state, action = "open", True
        text = _("{title}: neither delivered nor paid - agree whether to finish or drop it").format(
            title=title
        )
        detail = _("Due {due}.").format(due=due_text)
    return DerivedItem("deliverable", did, state, text, detail, action)


def derive_items(client: Client, invoices: list[OpenInvoice], lang: str) -> list[DerivedItem]:
    """The checklist items the data calls for, in reading order: contract, deliverables, invoices."""
    _ = gettext_for(lang)
    items: list[DerivedItem] = []
    if client.contract_path:
        items.append(
            DerivedItem(
                "contract",
                None,
                "on_file",
                _("Review the contract line by line: {path}").format(path=client.contract_path),
                _("Check that you have met every obligation in it, and note any loose ends."),
                False,
            )
        )
    else:
        items.append(
            DerivedItem(
                "scope",
                None,
                "gather",
                _("No contract on file: gather every document that defined the scope"),
                _("Quotes, briefs and proposals, and the client's first e-mails (below)."),
                False,
            )
        )
        first = (
            Message.select(Message.id, Message.sent_at, Message.subject)
            .where((Message.client == client.id) & (Message.direction == "in"))
            .order_by(Message.sent_at, Message.id)
            .limit(defaults.FIRST_EMAILS)
        )
        for mid, sent_at, subject in first.tuples():
            day = (
                sent_at if isinstance(sent_at, dt.datetime) else dt.datetime.fromisoformat(sent_at)
            )
            items.append(
                DerivedItem(
                    "first_email",
                    mid,
                    "gather",
                    _("First e-mail: “{subject}”").format(subject=subject or _("(no subject)")),
                    _("Received {day}; it shows what was expected at the start.").format(
                        day=day.date().isoformat()
                    ),
                    False,
                )
            )
    items.extend(_deliverable_item(row, lang) for row in _deliverables(client.id))
    for inv in invoices:
        money = money_text(inv.outstanding, inv.currency, lang)
        if inv.overdue:
            detail = _("Due {due}; {n} days overdue.").format(
                due=inv.due_on.isoformat(), n=inv.days_overdue
            )
        else:
            detail = _("Due {due}.").format(due=inv.due_on.isoformat())
        items.append(
            DerivedItem(
                "invoice",
                inv.id,
                "overdue" if inv.overdue else "open",
                _("Invoice {number}: {money} open").format(number=inv.number, money=money),
                detail,
                True,
            )
        )
    return items
