"""The factors' evidence in words: one text function per kind of detail.

A `Factor` keeps (text function, arguments) until its detail is read, so scoring 10,000 clients
formats nothing; the client view and the CLI read the few details they show. Every message id
goes through the language's gettext (`Texts`), numbers through `numbers` (12,000 / 12 000).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clientfit.health.numbers import money, number, percent

if TYPE_CHECKING:
    from clientfit.health.config import WorkingHours
    from clientfit.health.factors import Texts
    from clientfit.health.signals import MoneySignals

from clientfit.health.evidence import MIN_MESSAGE_DAYS, MIN_MESSAGES


def static_text(t: Texts, msgid: str) -> str:
    return t._(msgid)


def too_few_text(t: Texts, n: int, days: int = 0) -> str:
    """What the message factors lack: "3 messages so far; needs 10 over 4 weeks"."""
    need = t._("needs {min} over {weeks} weeks").format(
        min=MIN_MESSAGES, weeks=MIN_MESSAGE_DAYS // 7
    )
    if n >= MIN_MESSAGES:
        got = t.ngettext(
            "{n} messages from the client over {days} day so far",
            "{n} messages from the client over {days} days so far",
            days,
        ).format(n=n, days=days)
    else:
        got = t.ngettext(
            "{n} message from the client so far (last 90 days)",
            "{n} messages from the client so far (last 90 days)",
            n,
        ).format(n=n)
    return f"{got}; {need}"


def with_note(t: Texts, text: str, unrated: tuple[str, ...]) -> str:
    """`text`, followed by which exchange rates to add when some currencies were left out."""
    if not unrated:
        return text
    return f"{text}; {unrated_text(t, unrated)}"


def unrated_text(t: Texts, unrated: tuple[str, ...]) -> str:
    """Which exchange rate to add, naming the command (figures in those currencies left out)."""
    codes = ", ".join(unrated)
    first = unrated[0]
    return t._(
        "invoices in {codes} left out: add an exchange rate for {first} "
        "(Settings → Money, or clientfit-cli rate set {first} RATE)"
    ).format(codes=codes, first=first)


def no_rate_text(t: Texts, unrated: tuple[str, ...]) -> str:
    text = unrated_text(t, unrated)
    return text[:1].upper() + text[1:]


def after_hours_text(t: Texts, share: float, k: int, n: int, hours: WorkingHours) -> str:
    return t._(
        "{pct} % of the client's messages ({k} of {n}) arrive before {start}, after {end} "
        "or on days off (last 90 days)"
    ).format(pct=percent(share, t.lang), k=k, n=n, start=hours.start, end=hours.end)


def no_hours_text(t: Texts, n: int) -> str:
    return t._("{n} messages from the client in the last 90 days and not one billed hour").format(
        n=n
    )


def intensity_text(t: Texts, rate: float, ratio: float | None, median: float | None) -> str:
    if median is None:
        return t._(
            "{rate} messages per billed hour (last 90 days); no other client to compare with"
        ).format(rate=number(rate, 2, t.lang))
    return t._(
        "{rate} messages per billed hour (last 90 days), "
        "{times}× the portfolio's median of {median}"
    ).format(
        rate=number(rate, 2, t.lang),
        times=number(ratio, 1, t.lang),
        median=number(median, 2, t.lang),
    )


def indecision_text(t: Texts, deliverables: int, rounds: int, n: int, asks: int, quote=None) -> str:
    """Rounds per deliverable, the share of messages asking for changes, and `quote` (the
    latest such message's excerpt, or a function giving it) when there is one."""
    parts = []
    if deliverables:
        parts.append(
            t.ngettext(
                "Revision rounds: {rounds} on {d} deliverable",
                "Revision rounds: {rounds} on {d} deliverables ({per} per deliverable)",
                deliverables,
            ).format(rounds=rounds, d=deliverables, per=number(rounds / deliverables, 1, t.lang))
        )
    if n >= MIN_MESSAGES:
        parts.append(
            t._(
                '{pct} % of the client\'s messages ask for changes or say "not quite" '
                "({k} of {n}, last 90 days)"
            ).format(pct=percent(asks / n, t.lang), k=asks, n=n)
        )
    said = quote() if callable(quote) else quote
    if said:
        parts.append(said)
    return "; ".join(parts)


def not_due_text(t: Texts, due: int, open_not_due: float, currency: str) -> str:
    """What the late-payment factor lacks: invoices due."""
    from clientfit.health.evidence import MIN_INVOICES_DUE

    head = t.ngettext(
        "{n} invoice due in the last 12 months",
        "{n} invoices due in the last 12 months",
        due,
    ).format(n=due)
    if open_not_due > 0:
        head += " " + t._("({amount} {cur} open, not yet due)").format(
            amount=money(open_not_due, t.lang), cur=currency
        )
    return head + "; " + t._("needs {min}").format(min=MIN_INVOICES_DUE)


def few_hours_text(t: Texts, hours: float) -> str:
    from clientfit.health.evidence import MIN_HOURS

    return t._("{hours} hours logged in the last 12 months; needs {min}").format(
        hours=number(hours, 1, t.lang), min=MIN_HOURS
    )


def late_text(t: Texts, m: MoneySignals, currency: str) -> str:
    """The lateness evidence: how many invoices were late, their share of the amount and the
    worst, then how the risk is made of them (`factors.late_risk`) so it can be checked by hand,
    then what is overdue now."""
    from clientfit.health.factors import LATE_FULL, LATE_GRACE, late_risk, late_share

    n, k = m.judged_invoices, m.late_invoices
    if k == 0:
        parts = [
            t.ngettext(
                "Pays on time: none of {n} invoice paid late or overdue (last 12 months)",
                "Pays on time: none of {n} invoices paid late or overdue (last 12 months)",
                n,
            ).format(n=n)
        ]
    else:
        share = percent(late_share(m), t.lang)
        days = round(m.worst_late_days)
        parts = [
            t.ngettext(
                "{k} of {n} invoices paid late or overdue, {share} % of the amount "
                "(last 12 months); the worst {days} day late",
                "{k} of {n} invoices paid late or overdue, {share} % of the amount "
                "(last 12 months); the worst {days} days late",
                days,
            ).format(k=k, n=n, share=share, days=number(days, 0, t.lang))
        ]
        severity = late_risk(1.0, m.worst_late_days)
        if severity > 0:
            parts.append(
                t._(
                    "risk = {share} % × {severity} % for the worst "
                    "(0 % up to {grace} days late, 100 % from {full})"
                ).format(
                    share=share,
                    severity=percent(severity, t.lang),
                    grace=number(LATE_GRACE, 0, t.lang),
                    full=number(LATE_FULL, 0, t.lang),
                )
            )
        else:
            parts.append(
                t._("up to {grace} days late counts as on time").format(
                    grace=number(LATE_GRACE, 0, t.lang)
                )
            )
    if m.overdue > 0:
        parts.append(
            t._("{amount} {cur} overdue now").format(amount=money(m.overdue, t.lang), cur=currency)
        )
    return "; ".join(parts)


def new_client_text(t: Texts, days: int) -> str:
    return t.ngettext(
        "New client (first hours logged {days} day ago): too early to judge the rate, "
        "as work is paid for after it is done",
        "New client (first hours logged {days} days ago): too early to judge the rate, "
        "as work is paid for after it is done",
        days,
    ).format(days=days)


def unpaid_text(t: Texts, hours: float) -> str:
    return t._("{hours} hours worked in the last 12 months and nothing invoiced").format(
        hours=number(hours, 1, t.lang)
    )


def rate_text(
    t: Texts,
    rate: float,
    revenue: int,
    hours: float,
    target: float | None,
    target_is_median: bool,
    currency: str,
    converted: tuple[str, ...] | Callable[[], tuple[str, ...]] = (),
) -> str:
    """The effective rate against the target; `converted` names the invoice currencies (or is a
    function giving them), those other than `currency` said to be converted."""
    values = dict(
        rate=number(rate, 0, t.lang),
        cur=currency,
        revenue=money(revenue, t.lang),
        hours=number(hours, 1, t.lang),
        target=number(target or 0, 0, t.lang),
    )
    if not target:
        text = t._(
            "Effective rate {rate} {cur}/h ({revenue} {cur} invoiced over {hours} hours logged, "
            "last 12 months)"
        )
    elif target_is_median:
        text = t._(
            "Effective rate {rate} {cur}/h ({revenue} {cur} invoiced over {hours} hours logged, "
            "last 12 months) against the portfolio's median of {target} {cur}/h"
        )
    else:
        text = t._(
            "Effective rate {rate} {cur}/h ({revenue} {cur} invoiced over {hours} hours logged, "
            "last 12 months) against your target of {target} {cur}/h"
        )
    text = text.format(**values)
    converted = [c for c in (converted() if callable(converted) else converted) if c != currency]
    if converted:
        text += "; " + t._("{codes} converted at your exchange rates").format(
            codes=", ".join(converted)
        )
    return text


def pareto_text(t: Texts, trouble_share: float, revenue_share: float) -> str:
    return t._(
        "Takes {trouble} % of your time and messages and brings {revenue} % of your revenue "
        "(last 12 months)"
    ).format(
        trouble=number(trouble_share * 100, 1, t.lang),
        revenue=number(revenue_share * 100, 1, t.lang),
    )


def gut_text(t: Texts, rating: int | None, considered: int) -> str:
    parts = []
    if rating is not None:
        parts.append(t._("Your rating: {g} of 5").format(g=rating))
    if considered:
        parts.append(
            t.ngettext(
                "you considered ending it {n} time in the last 30 days",
                "you considered ending it {n} times in the last 30 days",
                considered,
            ).format(n=considered)
        )
    else:
        parts.append(t._("not considered ending it in the last 30 days"))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
