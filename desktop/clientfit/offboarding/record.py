"""The record a freelancer works from when ending a client: the evidence log (dated facts), the
handover list, the money summary and the client's personal data to return or delete.

Facts, never feelings: every evidence line is a date and something the records show (an invoice
paid 23 days late, five messages after hours on one evening, a revision round, a day the user
considered ending). Texts arrive in the language asked for; the packet prints them as they are.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clientfit.common.numbers import money_text
from clientfit.common.working_days import WorkingDays
from clientfit.common.zone import user_zone, utc_to_local
from clientfit.i18n import gettext_for, ngettext_for
from clientfit.offboarding.checklist import work_states
from clientfit.offboarding.views import (
    DataHeld,
    EvidenceFact,
    FinalInvoiceLine,
    HandoverItem,
    MoneyLine,
)
from clientfit.store.models import (
    Consideration,
    Contact,
    ContactPoint,
    Deliverable,
    Message,
    Note,
    RevisionRound,
    TimeEntry,
    from_minor,
)
from clientfit.store.records import invoices_of
from clientfit.store.settings import get_setting

BURST = 3  # inbound messages outside working hours on one day: a burst worth noting
MAX_BURSTS = 12  # the most recent bursts listed one by one; older ones summed up in one line
EVIDENCE_YEARS = 2  # how far back the evidence log looks


def _hours() -> tuple[dt.time, dt.time]:
    def parse(key: str, default: str) -> dt.time:
        value = get_setting(key, default)
        try:
            return dt.time.fromisoformat(value)
        except (TypeError, ValueError):
            return dt.time.fromisoformat(default)

    return parse("health.work_start", "08:00"), parse("health.work_end", "18:00")


def evidence(client_id: int, today: dt.date, lang: str) -> list[EvidenceFact]:
    """The dated facts, oldest first."""
    _ = gettext_for(lang)
    ngettext = ngettext_for(lang)
    since = today - dt.timedelta(days=365 * EVIDENCE_YEARS)
    facts: list[EvidenceFact] = []
    for inv in invoices_of(client_id):
        if inv.outstanding <= 0 and inv.last_paid_on and inv.last_paid_on > inv.due_on:
            late = (inv.last_paid_on - inv.due_on).days
            if inv.last_paid_on >= since:
                facts.append(
                    EvidenceFact(
                        inv.last_paid_on,
                        "late_payment",
                        ngettext(
                            "Invoice {number} ({money}) paid {n} day late (due {due}).",
                            "Invoice {number} ({money}) paid {n} days late (due {due}).",
                            late,
                        ).format(
                            number=inv.number,
                            money=money_text(inv.total, inv.currency, lang),
                            n=late,
                            due=inv.due_on.isoformat(),
                        ),
                    )
                )
        elif inv.outstanding > 0 and inv.due_on < today:
            facts.append(
                EvidenceFact(
                    inv.due_on,
                    "late_payment",
                    ngettext(
                        "Invoice {number}: {money} unpaid since {due}, {n} day overdue.",
                        "Invoice {number}: {money} unpaid since {due}, {n} days overdue.",
                        (today - inv.due_on).days,
                    ).format(
                        number=inv.number,
                        money=money_text(inv.outstanding, inv.currency, lang),
                        due=inv.due_on.isoformat(),
                        n=(today - inv.due_on).days,
                    ),
                )
            )
    facts += _after_hours(client_id, since, today, lang)
    rounds = (
        RevisionRound.select(RevisionRound.requested_on, Deliverable.title, RevisionRound.note)
        .join(Deliverable)
        .where(
            (Deliverable.client == client_id) & (RevisionRound.requested_on.between(since, today))
        )
        .order_by(RevisionRound.requested_on)
        .tuples()
    )
    per_title: dict[str, int] = {}
    for day, title, _note in rounds:
        per_title[title] = per_title.get(title, 0) + 1
        facts.append(
            EvidenceFact(
                day,
                "revision",
                _("Revision round {n} on “{title}” requested.").format(
                    n=per_title[title], title=title
                ),
            )
        )
    considered = (
        Consideration.select(Consideration.considered_on)
        .where(
            (Consideration.client == client_id) & Consideration.considered_on.between(since, today)
        )
        .order_by(Consideration.considered_on)
        .tuples()
    )
    for (day,) in considered:
        facts.append(EvidenceFact(day, "consideration", _("You considered ending this client.")))
    facts.sort(key=lambda f: (f.on, f.kind))
    return facts


def _after_hours(client_id: int, since: dt.date, today: dt.date, lang: str) -> list[EvidenceFact]:
    ngettext = ngettext_for(lang)
    _ = gettext_for(lang)
    work = WorkingDays()
    start, end = _hours()
    zone = user_zone()  # once: the setting is not read again for every message
    per_day: dict[dt.date, int] = {}
    query = (
        Message.select(Message.sent_at)
        .where(
            (Message.client == client_id)
            & (Message.direction == "in")
            & (Message.sent_at >= dt.datetime.combine(since, dt.time()))
        )
        .tuples()
    )
    for (sent,) in query.iterator():
        if isinstance(sent, str):
            sent = dt.datetime.fromisoformat(sent)
        local = utc_to_local(sent, zone)
        if local.date() > today:
            continue
        if not work.works(local.date()) or not start <= local.time() < end:
            per_day[local.date()] = per_day.get(local.date(), 0) + 1
    bursts = [(day, n) for day, n in sorted(per_day.items()) if n >= BURST]
    facts = [
        EvidenceFact(
            day,
            "after_hours",
            ngettext(
                "{n} message arrived outside your working hours.",
                "{n} messages arrived outside your working hours.",
                n,
            ).format(n=n),
        )
        for day, n in bursts[-MAX_BURSTS:]
    ]
    if len(bursts) > MAX_BURSTS:  # the log stays readable: the older ones in one line
        older = bursts[:-MAX_BURSTS]
        facts.insert(
            0,
            EvidenceFact(
                older[0][0],
                "after_hours",
                _(
                    "{days} more days with {burst} or more messages outside your working hours, "
                    "{first} to {last} ({n} messages)."
                ).format(
                    days=len(older),
                    burst=BURST,
                    first=older[0][0].isoformat(),
                    last=older[-1][0].isoformat(),
                    n=sum(n for _d, n in older),
                ),
            ),
        )
    return facts


def handover(
    client_id: int,
    handover_on: dt.date,
    loose_ends: list[tuple[str, bool]],
    lang: str,
    today: dt.date | None = None,
) -> list[HandoverItem]:
    """Deliverables and files (theirs once paid; yours otherwise), then the accounts and
    credentials to transfer or revoke (the plan's loose ends), each with its date. Paid work still
    to deliver is due by its own date, or `today` (default: the real today) when that date has
    passed or there is none: a list to tick off never asks for a day already gone."""
    today = today or dt.date.today()
    _ = gettext_for(lang)
    items: list[HandoverItem] = []
    for w in work_states(client_id):
        if w.delivered_on and w.paid:
            items.append(
                HandoverItem(w.title, "theirs", _("Final files and source files"), handover_on)
            )
        elif w.paid:
            if w.due_on is None:
                action, by = _("Deliver it first (no due date)"), today
            elif w.due_on < today:
                action = _("Deliver it first (due {due}, overdue)").format(due=w.due_on.isoformat())
                by = today
            else:
                action = _("Deliver it first (due {due})").format(due=w.due_on.isoformat())
                by = w.due_on
            items.append(HandoverItem(w.title, "theirs", action, by))
        elif w.delivered_on:
            action = (
                _("On payment of invoice {number}").format(number=w.invoice)
                if w.invoice
                else _("On payment (not invoiced yet)")
            )
            items.append(HandoverItem(w.title, "yours", action, None))
        else:
            items.append(HandoverItem(w.title, "yours", _("Agree to finish or drop it"), None))
    for text, done in loose_ends:
        items.append(HandoverItem(text, "theirs", _("Transfer or revoke"), handover_on, done))
    items.append(
        HandoverItem(
            _("Your own tools, templates and working files"),
            "yours",
            _("Keep; remove the client's access to shared folders"),
            handover_on,
        )
    )
    return items


def money(client_id: int) -> tuple[list[MoneyLine], list[FinalInvoiceLine]]:
    """Invoiced, paid and open per currency (never summed across currencies), and what is left
    to put on a final invoice: delivered work without an invoice."""
    lines: dict[str, list[Decimal]] = {}
    for inv in invoices_of(client_id):
        row = lines.setdefault(inv.currency, [Decimal("0.00")] * 3)
        row[0] += inv.total
        row[1] += inv.paid
        row[2] += max(inv.outstanding, Decimal("0.00"))
    summary = [MoneyLine(c, *v) for c, v in sorted(lines.items())]
    from clientfit.store.models import Client

    currency = Client.select(Client.currency).where(Client.id == client_id).scalar() or "SEK"
    final = [
        FinalInvoiceLine(title, from_minor(amount) if amount is not None else None, currency)
        for title, amount in Deliverable.select(Deliverable.title, Deliverable.amount_minor)
        .where(
            (Deliverable.client == client_id)
            & Deliverable.delivered_on.is_null(False)
            & Deliverable.invoice.is_null()
            & ((Deliverable.paid.is_null()) | (Deliverable.paid == False))  # noqa: E712
        )
        .order_by(Deliverable.delivered_on)
        .tuples()
    ]
    return summary, final


def personal_data(client_id: int, lang: str) -> list[DataHeld]:
    """What Clientfit holds about the client's people (GDPR: return or delete it)."""
    _ = gettext_for(lang)
    counts = [
        ("contacts", _("Contact persons"), Contact.select().where(Contact.client == client_id)),
        (
            "addresses",
            _("E-mail addresses and phone numbers"),
            ContactPoint.select().join(Contact).where(Contact.client == client_id),
        ),
        (
            "messages",
            _("Messages (subjects and dates)"),
            Message.select().where(Message.client == client_id),
        ),
        ("notes", _("Your notes"), Note.select().where(Note.client == client_id)),
        (
            "time_entries",
            _("Time entries"),
            TimeEntry.select().where(TimeEntry.client == client_id),
        ),
    ]
    return [DataHeld(kind, label, query.count()) for kind, label, query in counts]
