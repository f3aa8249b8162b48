"""The contract review checklist and the payment guard, built from the client's records.

"Review the contract line by line; without one, gather every document that defined the scope,
initial e-mails included. Deliver what was paid for. If the client may not pay what it owes, wait
until it has paid before announcing." Each of those becomes an item; the items are derived afresh
from the data every time (a new invoice shows up at once), and only the tick marks and the user's
own loose ends are stored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from clientfit.common.numbers import money_text
from clientfit.i18n import gettext_for, ngettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.views import Amount, OpenInvoice, PaymentGuard
from clientfit.store.contracts import ContractInfo, contract_of
from clientfit.store.models import Client, Message
from clientfit.store.records import DeliverableRow, InvoiceRow, deliverables_of, invoices_of

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|sv|fw|fwd|vb|aw|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def thread_key(subject: str) -> str:
    """The thread a subject belongs to: reply and forward prefixes (Re:, SV:, Fwd:, VB:) removed."""
    return " ".join(_REPLY_PREFIX.sub("", subject or "").split()).casefold()


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


def open_invoices(
    client_id: int, today: dt.date, invoices: list[InvoiceRow] | None = None
) -> list[OpenInvoice]:
    """Invoices not fully paid, oldest due first (the store sums the payments per invoice);
    `invoices` are the client's rows when the caller has read them already."""
    if invoices is None:
        invoices = invoices_of(client_id)
    rows = sorted((r for r in invoices if r.outstanding > 0), key=lambda r: (r.due_on, r.number))
    return [OpenInvoice(**vars(r), as_of=today) for r in rows]


def payment_arrived(
    client_id: int, started_on: dt.date, invoices: list[InvoiceRow] | None = None
) -> dt.date | None:
    """The day the money the plan waited for came in: the last payment of the invoices that were
    already overdue when the plan started and are paid in full now (None if there were none)."""
    days = [
        r.last_paid_on
        for r in (invoices_of(client_id) if invoices is None else invoices)
        if r.outstanding <= 0
        and r.due_on < started_on
        and r.last_paid_on
        and r.last_paid_on >= started_on
    ]
    return max(days) if days else None


def payment_guard(
    invoices: list[OpenInvoice],
    today: dt.date,
    lang: str,
    *,
    override: str | None = None,
    latest: dt.date | None = None,
) -> PaymentGuard:
    """Payment first: while invoices are overdue or disputed the plan waits for the money (unless
    the user overrides it with a reason, or a latest announce date has come); invoices not yet due
    suggest announcing the day after the last falls due."""
    _ = gettext_for(lang)
    ngettext = ngettext_for(lang)
    if not invoices:
        return PaymentGuard(False, [], [], None, None, None, [], override, latest)
    waiting = [inv.number for inv in invoices if inv.overdue or inv.disputed]
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
    disputed = [inv.number for inv in invoices if inv.disputed]
    if disputed:
        warning += " " + _("Disputed: {numbers}.").format(numbers=", ".join(disputed))
    if waiting and override:
        suggested = None
        suggestion = _("Going ahead before payment: {reason}").format(reason=override)
    elif waiting and latest:
        suggested = None
        suggestion = ngettext(
            "Payment first: the decision is announced when {numbers} is paid, and on {day} at "
            "the latest. Chase the money now: send a payment reminder.",
            "Payment first: the decision is announced when {numbers} are paid, and on {day} at "
            "the latest. Chase the money now: send a payment reminder.",
            len(waiting),
        ).format(numbers=", ".join(waiting), day=latest.isoformat())
    elif waiting:
        # An overdue invoice gives no date to wait for: chase it, announce once it is paid.
        suggested = None
        suggestion = ngettext(
            "Payment first: the decision is announced when {numbers} is paid. Chase the money "
            "now: send a payment reminder.",
            "Payment first: the decision is announced when {numbers} are paid. Chase the money "
            "now: send a payment reminder.",
            len(waiting),
        ).format(numbers=", ".join(waiting))
    else:
        last_due = max(inv.due_on for inv in invoices)
        suggested = last_due + dt.timedelta(days=1)
        suggestion = _(
            "Consider announcing only after payment: wait until the open invoices are paid "
            "(the last falls due on {day}) before you tell the client."
        ).format(day=last_due.isoformat())
    return PaymentGuard(
        True, invoices, amounts, warning, suggestion, suggested, waiting, override, latest
    )


@dataclass(frozen=True)
class WorkState:
    """One deliverable as the plan weighs it: is it paid, is it delivered, on which invoice."""

    id: int
    title: str
    due_on: dt.date | None
    delivered_on: dt.date | None
    paid: bool
    invoice: str | None


def work_states(client_id: int) -> list[WorkState]:
    return [
        WorkState(r.id, r.title, r.due_on, r.delivered_on, r.paid, r.invoice_number)
        for r in deliverables_of(client_id)
    ]


def _deliverable_item(row: DeliverableRow, lang: str) -> DerivedItem:
    _ = gettext_for(lang)
    did, title, due, delivered = row.id, row.title, row.due_on, row.delivered_on
    number, paid = row.invoice_number, row.paid
    due_text = due.isoformat() if due else _("no due date")
    if paid and delivered:
        state, action = "paid_delivered", False
        text = _("{title}: paid and delivered").format(title=title)
        if number:
            detail = _("Invoice {number} paid; delivered {day}.").format(
                number=number, day=delivered.isoformat()
            )
        else:
            detail = _("Paid; delivered {day}.").format(day=delivered.isoformat())
    elif paid:
        state, action = "paid_undelivered", True
        text = _("{title}: paid but not delivered - deliver it first").format(title=title)
        if number:
            detail = _("Invoice {number} paid; due {due}.").format(number=number, due=due_text)
        else:
            detail = _("Paid; due {due}.").format(due=due_text)
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


def contract_notice_text(contract: ContractInfo, lang: str) -> str | None:
    """The clause as the checklist cites it: "§ 9: 30 days' written notice"."""
    ngettext = ngettext_for(lang)
    if contract.notice_days is None:
        return None
    text = ngettext(
        "{n} day's written notice", "{n} days' written notice", contract.notice_days
    ).format(n=contract.notice_days)
    return f"{contract.clause}: {text}" if contract.clause else text


def _contract_items(contract: ContractInfo, lang: str) -> list[DerivedItem]:
    _ = gettext_for(lang)
    detail = [_("Check that you have met every obligation in it, and note any loose ends.")]
    cited = contract_notice_text(contract, lang)
    if cited:
        detail.append(_("Notice: {clause}.").format(clause=cited))
    if contract.termination:
        detail.append(_("Termination: {terms}").format(terms=contract.termination))
    if contract.ends_on:
        detail.append(_("The contract ends on {day}.").format(day=contract.ends_on.isoformat()))
    if contract.renews_on and contract.notice_days:
        # the clause's days count back from the renewal: later notice does not stop it
        deadline = contract.renews_on - dt.timedelta(days=contract.notice_days)
        detail.append(
            _("It renews on {day}: give notice by {deadline} to stop the renewal.").format(
                day=contract.renews_on.isoformat(), deadline=deadline.isoformat()
            )
        )
    elif contract.renews_on:
        detail.append(
            _("It renews on {day}: give notice before then.").format(
                day=contract.renews_on.isoformat()
            )
        )
    return [
        DerivedItem(
            "contract",
            None,
            "on_file",
            _("Review the contract line by line: {path}").format(path=contract.file_name),
            " ".join(detail),
            False,
        )
    ]


def first_threads(
    client_id: int, limit: int = defaults.FIRST_EMAILS
) -> list[tuple[int, dt.datetime, str]]:
    """The client's first e-mail threads (one per thread, in the order they began), each named by
    its newest subject: (id of the thread's newest inbound message, when it began, subject)."""
    threads: dict[str, list] = {}
    query = (
        Message.select(Message.id, Message.sent_at, Message.subject)
        .where((Message.client == client_id) & (Message.direction == "in"))
        .order_by(Message.sent_at, Message.id)
    )
    for mid, sent_at, subject in query.tuples().iterator():
        if isinstance(sent_at, str):
            sent_at = dt.datetime.fromisoformat(sent_at)
        key = thread_key(subject)
        if key in threads:
            threads[key][0], threads[key][2] = mid, subject  # the newest subject names it
        elif len(threads) < limit:
            threads[key] = [mid, sent_at, subject]
    return [tuple(t) for t in threads.values()]  # type: ignore[misc]


def derive_items(client: Client, invoices: list[OpenInvoice], lang: str) -> list[DerivedItem]:
    """The checklist items the data calls for, in reading order: contract, deliverables, invoices."""
    _ = gettext_for(lang)
    ngettext = ngettext_for(lang)
    items: list[DerivedItem] = []
    contract = contract_of(client.id)
    if contract is not None and contract.on_file:
        items += _contract_items(contract, lang)
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
        for mid, began, subject in first_threads(client.id):
            items.append(
                DerivedItem(
                    "first_email",
                    mid,
                    "gather",
                    _("First e-mail: “{subject}”").format(subject=subject or _("(no subject)")),
                    _("Began {day}; it shows what was expected at the start.").format(
                        day=began.date().isoformat()
                    ),
                    False,
                )
            )
    items.extend(_deliverable_item(row, lang) for row in deliverables_of(client.id))
    for inv in invoices:
        money = money_text(inv.outstanding, inv.currency, lang)
        if inv.overdue:
            detail = ngettext(
                "Due {due}; {n} day overdue.", "Due {due}; {n} days overdue.", inv.days_overdue
            ).format(due=inv.due_on.isoformat(), n=inv.days_overdue)
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
