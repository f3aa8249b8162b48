"""Money signals in their own currency: lateness, what is owed, revenue invoiced - per client,
converted into the user's base currency with the user's own dated rates, never summed across
currencies otherwise.

The queries group by client and currency; the per-currency figures of a client are then combined
here: converted when every currency has a rate as of `at`; a client billed in one currency that
has no rate keeps its figures in that currency (lateness is a ratio and needs no rate, but its
revenue cannot be compared with anyone's); a currency without a rate next to others is left out,
and `unrated` names it so the evidence can say which rate to add.

Revenue is what was invoiced in the long window, paid or not (DESIGN.md). Disputed invoices are
left out of lateness until resolved; a partly paid invoice counts its paid part (the importers
record it as a payment) as paid, and one whose paid part is unknown is left out of lateness.

Lateness is counted per invoice, not averaged (`factors.late_payment` says why): the invoices
judged (due in the long window, or due before it and still owed), how many of them were paid late
or are overdue as of `at`, and how many days late the worst of them was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from peewee import JOIN, Case, Select, fn

from clientfit.health.signals import Window, _among, _julian_day, _rows
from clientfit.store.models import Invoice, Payment

# Invoice states (migration 0006) that lateness leaves out: disputed, or paid by an unknown amount.
DISPUTED = "disputed"
PARTIAL = "partial"


@dataclass
class MoneySignals:
    overdue: float = 0  # minor units overdue and unpaid as of `at`
    open_not_due: float = 0  # minor units invoiced, not yet due, not yet paid
    invoices: int = 0  # invoices issued by `at`
    revenue: float = 0  # invoiced in the long window, paid or not
    currency: str | None = None  # what the amounts count in: the base, or the one unrated currency
    unrated: tuple[str, ...] = field(default_factory=tuple)  # currencies left out: no rate
    due_count: int = 0  # invoices due in the long window (disputed ones left out)
    judged_invoices: int = 0  # due in the long window, or due before it and still owed at `at`
    late_invoices: int = 0  # of those, paid after the due date or still owed past it at `at`
    judged_amount: float = 0  # minor units invoiced on the invoices judged ...
    late_amount: float = 0  # ... and on the late ones
    worst_late_days: float = 0  # days late of the latest of those (overdue: until `at`)


def money_signals(
    w: Window, rates: dict[str, Decimal], base: str, ids: list[int] | None = None
) -> dict[int, MoneySignals]:
    """Per client: lateness of payments (invoices late, the worst), what is overdue now, revenue
    invoiced - in `base` where `rates` (currency -> base units per unit) allow."""
    per_currency: dict[int, dict[str, list[float]]] = {}
    for cid, cur, *figures in _currency_rows(w, ids):
        if figures[0]:  # a currency first invoiced after `at` has no figures yet, needs no rate
            per_currency.setdefault(cid, {})[cur or base] = figures
    return {cid: combine(groups, rates, base) for cid, groups in per_currency.items()}


def combine(groups: dict[str, list[float]], rates: dict[str, Decimal], base: str) -> MoneySignals:
    """One client's figures per currency as one MoneySignals (see the module docstring)."""
    unrated = tuple(sorted(c for c in groups if c not in rates))
    if len(groups) == 1 and unrated:
        (cur,) = groups
        return _signals(groups[cur], 1.0, cur, unrated)
    out = MoneySignals(currency=base, unrated=unrated)
    for cur, figures in groups.items():
        if cur in unrated:
            continue
        one = _signals(figures, float(rates[cur]), base, ())
        for name in (
            "overdue",
            "open_not_due",
            "invoices",
            "revenue",
            "due_count",
            "judged_invoices",
            "late_invoices",
            "judged_amount",
            "late_amount",
        ):
            setattr(out, name, getattr(out, name) + getattr(one, name))
        out.worst_late_days = max(out.worst_late_days, one.worst_late_days)
    return out


def _signals(f: list[float], rate: float, currency: str, unrated: tuple[str, ...]) -> MoneySignals:
    (
        n,
        due_total,
        not_due_total,
        revenue,
        due_count,
        judged,
        late,
        judged_amount,
        late_amount,
        worst,
        paid_due,
        paid_not_due,
    ) = (v or 0 for v in f)
    return MoneySignals(
        overdue=max(0.0, due_total - paid_due) * rate,
        open_not_due=max(0.0, not_due_total - paid_not_due) * rate,
        invoices=int(n),
        revenue=revenue * rate,
        currency=currency,
        unrated=unrated,
        due_count=int(due_count),
        judged_invoices=int(judged),
        late_invoices=int(late),
        judged_amount=judged_amount * rate,
        late_amount=late_amount * rate,
        worst_late_days=float(worst),
    )


def _currency_rows(w: Window, ids: list[int] | None) -> list[tuple]:
    """(client, currency, 12 figures) per client and currency, in `_signals`' order.

    One pass: each invoice with its payments made by `at` (their sum and the latest day) as one
    row, then those rows summed per client and currency.
    What is still owed is "invoiced minus paid" summed per client and currency, which is exact as
    long as no invoice is overpaid; lateness is judged per invoice against its own payments.
    """
    at = w.at
    amount = Payment.amount_minor
    paid = fn.COALESCE(fn.SUM(amount), 0)  # by `at` (the join's condition)
    last = fn.MAX(Payment.paid_on)
    total = Invoice.total_minor
    issued = Invoice.issued_on <= at
    # disputed, or partly paid by an unknown amount: left out of lateness
    counted = issued & (Invoice.status != DISPUTED)
    counted = counted & ~((Invoice.status == PARTIAL) & Invoice.amount_paid.is_null())
    past_due = counted & (Invoice.due_on < at)
    not_due = counted & (Invoice.due_on >= at)
    in_long = issued & (Invoice.issued_on >= w.long_start_day)
    due_in_long = counted & (Invoice.due_on >= w.long_start_day) & (Invoice.due_on <= at)
    owed = past_due & (paid < total)
    paid_late = due_in_long & (last > Invoice.due_on)
    judged = due_in_long | owed
    late = owed | paid_late
    days_overdue = _julian_day(at) - fn.julianday(Invoice.due_on)  # a constant, not a call
    days_late = fn.julianday(last) - fn.julianday(Invoice.due_on)
    per_invoice = (
        Invoice.select(
            Invoice.client.alias("cid"),
            Invoice.currency.alias("cur"),
            Case(None, [(issued, 1)], 0).alias("issued"),
            Case(None, [(past_due, total)], 0).alias("past_due"),
            Case(None, [(not_due, total)], 0).alias("not_due"),
            Case(None, [(in_long, total)], 0).alias("revenue"),
            Case(None, [(due_in_long, 1)], 0).alias("due"),
            Case(None, [(judged, 1)], 0).alias("judged"),
            Case(None, [(late, 1)], 0).alias("late"),
            Case(None, [(judged, total)], 0).alias("judged_amount"),
            Case(None, [(late, total)], 0).alias("late_amount"),
            Case(None, [(owed, days_overdue), (paid_late, days_late)], 0).alias("worst"),
            Case(None, [(past_due, paid)], 0).alias("paid_past_due"),
            Case(None, [(not_due, paid)], 0).alias("paid_not_due"),
        )
        .join(
            Payment, JOIN.LEFT_OUTER, on=(Payment.invoice == Invoice.id) & (Payment.paid_on <= at)
        )
        .group_by(Invoice.id)
    )
    i = _among(per_invoice, Invoice.client, ids).alias("i")
    c = i.c
    figures = [
        *(fn.SUM(col) for col in (c.issued, c.past_due, c.not_due, c.revenue, c.due, c.judged)),
        *(fn.SUM(col) for col in (c.late, c.judged_amount, c.late_amount)),
        fn.MAX(c.worst),
        *(fn.SUM(col) for col in (c.paid_past_due, c.paid_not_due)),
    ]
    return _rows(Select([i], [c.cid, c.cur, *figures]).group_by(c.cid, c.cur))
