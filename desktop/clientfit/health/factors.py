"""The seven factors: how each turns its evidence into a risk 0..1 and a plain-language detail.

Pure functions over numbers the signal queries produced, so every threshold can be pinned by a
unit test without a database. Each returns a `Factor`; a factor without data has `risk=None` and
does not count toward the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from clientfit.health.config import WorkingHours
from clientfit.health.numbers import clamp, money, number, percent
from clientfit.health.signals import HourSignals, MessageSignals, MoneySignals

MIN_MESSAGES = 3  # fewer messages than this in the window is too little to judge shares on

# Where each risk starts and where it is full (the "sane defaults" a freelancer would recognise).
AFTER_HOURS_NORMAL, AFTER_HOURS_FULL = 0.10, 0.50  # share of messages outside working hours
INTENSITY_FULL = 3.0  # messages per billed hour, as a multiple of the portfolio median
NO_HOURS_MESSAGES_FULL = 20  # messages in 90 days with no billed hour at all
ROUNDS_NORMAL, ROUNDS_FULL = 1.0, 4.0  # revision rounds per deliverable
CHANGE_NORMAL, CHANGE_FULL = 0.10, 0.50  # share of messages asking for changes
LATE_GRACE, LATE_FULL = 5.0, 45.0  # days past due, amount-weighted
RATE_FULL_SHORTFALL = 0.6  # an effective rate 60 % below target is full risk
NEW_CLIENT_DAYS = 45  # the rate of a client whose first hours are this recent is not judged yet
PARETO_FULL = 3.0  # share of trouble / share of revenue
CONSIDERED_FULL = 3  # times considered ending in 30 days


class Factor:
    """One factor of a client's score: its risk 0..1 (None = no data) and its evidence in words.

    The detail is written on first read: the roster scores 10,000 clients and reads no detail,
    the client view reads seven.
    """

    __slots__ = ("_detail", "key", "risk", "weight")

    def __init__(
        self, key: str, risk: float | None, weight: float, detail: str | Callable[[], str]
    ) -> None:
        self.key = key
        self.risk = risk  # 0 (fine) .. 1 (trouble); None = no data, does not count
        self.weight = weight
        self._detail = detail

    @property
    def detail(self) -> str:
        if callable(self._detail):
            self._detail = self._detail()
        return self._detail

    def _values(self) -> tuple:
        return (self.key, self.risk, self.weight, self.detail)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Factor) and self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Factor(key={self.key!r}, risk={self.risk!r}, weight={self.weight!r}, detail={self.detail!r})"


@dataclass(frozen=True)
class Texts:
    """The translation functions for one language, fetched once per scoring pass."""

    _: Callable[[str], str]
    ngettext: Callable[[str, str, int], str]
    lang: str


def _ramp(value: float, normal: float, full: float) -> float:
    return clamp((value - normal) / (full - normal))


def after_hours(m: MessageSignals | None, hours: WorkingHours, weight: float, t: Texts) -> Factor:
    n = m.inbound if m else 0
    if n == 0:
        return Factor(
            "after_hours",
            None,
            weight,
            lambda: t._("No messages from the client in the last 90 days"),
        )
    if n < MIN_MESSAGES:
        return Factor(
            "after_hours",
            None,
            weight,
            lambda: t.ngettext(
                "Only {n} message from the client in the last 90 days: too few to judge",
                "Only {n} messages from the client in the last 90 days: too few to judge",
                n,
            ).format(n=n),
        )
    share = m.after_hours / n
    return Factor(
        "after_hours",
        _ramp(share, AFTER_HOURS_NORMAL, AFTER_HOURS_FULL),
        weight,
        lambda: t._(
            "{pct} % of the client's messages ({k} of {n}) arrive before {start}, after {end} "
            "or on days off (last 90 days)"
        ).format(
            pct=percent(share, t.lang), k=m.after_hours, n=n, start=hours.start, end=hours.end
        ),
    )


def intensity(
    m: MessageSignals | None, h: HourSignals | None, median: float | None, weight: float, t: Texts
) -> Factor:
    n = m.inbound if m else 0
    billed = (h.short_billable_s if h else 0) / 3600
    if n == 0:
        return Factor(
            "intensity",
            None,
            weight,
            lambda: t._("No messages from the client in the last 90 days"),
        )
    if billed <= 0:
        if n < MIN_MESSAGES:
            return Factor(
                "intensity",
                None,
                weight,
                lambda: t._("Few messages and no billed hours in the last 90 days"),
            )
        return Factor(
            "intensity",
            clamp(n / NO_HOURS_MESSAGES_FULL),
            weight,
            lambda: t._(
                "{n} messages from the client in the last 90 days and not one billed hour"
            ).format(n=n),
        )
    rate = n / billed
    if not median:
        return Factor(
            "intensity",
            None,
            weight,
            lambda: t._(
                "{rate} messages per billed hour (last 90 days); no other client to compare with"
            ).format(rate=number(rate, 2, t.lang)),
        )
    ratio = rate / median
    return Factor(
        "intensity",
        _ramp(ratio, 1.0, INTENSITY_FULL),
        weight,
        lambda: t._(
            "{rate} messages per billed hour (last 90 days), "
            "{times}× the portfolio's median of {median}"
        ).format(
            rate=number(rate, 2, t.lang),
            times=number(ratio, 1, t.lang),
            median=number(median, 2, t.lang),
        ),
    )


def indecision(
    m: MessageSignals | None, revisions: tuple[int, int] | None, weight: float, t: Texts
) -> Factor:
    deliverables, rounds = revisions or (0, 0)
    n = m.inbound if m else 0
    risks = []
    if deliverables:
        risks.append(_ramp(rounds / deliverables, ROUNDS_NORMAL, ROUNDS_FULL))
    if n >= MIN_MESSAGES:
        risks.append(_ramp(m.asks_change / n, CHANGE_NORMAL, CHANGE_FULL))
    if not risks:
        return Factor(
            "indecision",
            None,
            weight,
            lambda: t._("No deliverables, and too few messages in the last 90 days to judge"),
        )

    def detail() -> str:
        parts = []
        if deliverables:
            parts.append(
                t.ngettext(
                    "Revision rounds: {rounds} on {d} deliverable",
                    "Revision rounds: {rounds} on {d} deliverables ({per} per deliverable)",
                    deliverables,
                ).format(
                    rounds=rounds, d=deliverables, per=number(rounds / deliverables, 1, t.lang)
                )
            )
        if n >= MIN_MESSAGES:
            parts.append(
                t._(
                    '{pct} % of the client\'s messages ask for changes or say "not quite" '
                    "({k} of {n}, last 90 days)"
                ).format(pct=percent(m.asks_change / n, t.lang), k=m.asks_change, n=n)
            )
        return "; ".join(parts)

    return Factor("indecision", max(risks), weight, detail)


def late_payment(money_: MoneySignals | None, currency: str, weight: float, t: Texts) -> Factor:
    m = money_ or MoneySignals()
    amount = m.paid_on_due + m.overdue
    if amount <= 0:
        if m.open_not_due > 0:
            return Factor(
                "late_payment",
                None,
                weight,
                lambda: t._(
                    "No invoice has fallen due yet ({amount} {cur} open, not yet due)"
                ).format(amount=money(m.open_not_due, t.lang), cur=currency),
            )
        return Factor(
            "late_payment", None, weight, lambda: t._("No invoices due in the last 12 months")
        )
    days = (m.late_weighted + m.overdue_weighted) / amount

    def detail() -> str:
        parts = []
        if m.paid_on_due > 0:
            paid_days = m.late_weighted / m.paid_on_due
            if paid_days < 0.5:
                parts.append(t._("Pays on time (last 12 months)"))
            else:
                parts.append(
                    t.ngettext(
                        "Paid on average {days} day after the due date "
                        "(weighted by amount, last 12 months)",
                        "Paid on average {days} days after the due date "
                        "(weighted by amount, last 12 months)",
                        round(paid_days),
                    ).format(days=number(paid_days, 0, t.lang))
                )
        if m.overdue > 0:
            parts.append(
                t._("{amount} {cur} overdue now, by {days} days on average").format(
                    amount=money(m.overdue, t.lang),
                    cur=currency,
                    days=number(m.overdue_weighted / m.overdue, 0, t.lang),
                )
            )
        return "; ".join(parts)

    return Factor("late_payment", _ramp(days, LATE_GRACE, LATE_FULL), weight, detail)


def profitability(
    money_: MoneySignals | None,
    h: HourSignals | None,
    target: float | None,
    target_is_median: bool,
    currency: str,
    weight: float,
    t: Texts,
) -> Factor:
    hours = (h.long_s if h else 0) / 3600
    m = money_ or MoneySignals()
    revenue = m.received + m.open_not_due  # minor units
    if hours <= 0:
        return Factor(
            "profitability", None, weight, lambda: t._("No hours logged in the last 12 months")
        )
    if h.tenure_days < NEW_CLIENT_DAYS:
        return Factor(
            "profitability",
            None,
            weight,
            lambda: t.ngettext(
                "New client (first hours logged {days} day ago): too early to judge the rate, "
                "as work is paid for after it is done",
                "New client (first hours logged {days} days ago): too early to judge the rate, "
                "as work is paid for after it is done",
                h.tenure_days,
            ).format(days=h.tenure_days),
        )
    if revenue > 0 and h.invoiced_s > 0:
        hours = h.invoiced_s / 3600  # work after the latest invoice is not billed yet
    if revenue <= 0:
        return Factor(
            "profitability",
            1.0,
            weight,
            lambda: t._(
                "{hours} hours worked in the last 12 months and nothing paid or invoiced"
            ).format(hours=number(hours, 1, t.lang)),
        )
    rate = revenue / 100 / hours

    def detail() -> str:
        values = dict(
            rate=number(rate, 0, t.lang),
            cur=currency,
            revenue=money(revenue, t.lang),
            hours=number(hours, 1, t.lang),
            target=number(target or 0, 0, t.lang),
        )
        if not target:
            text = t._(
                "Effective rate {rate} {cur}/h ({revenue} {cur} over {hours} hours billed, "
                "last 12 months)"
            )
        elif target_is_median:
            text = t._(
                "Effective rate {rate} {cur}/h ({revenue} {cur} over {hours} hours billed, "
                "last 12 months) against the portfolio's median of {target} {cur}/h"
            )
        else:
            text = t._(
                "Effective rate {rate} {cur}/h ({revenue} {cur} over {hours} hours billed, "
                "last 12 months) against your target of {target} {cur}/h"
            )
        return text.format(**values)

    risk = clamp((1 - rate / target) / RATE_FULL_SHORTFALL) if target else None
    return Factor("profitability", risk, weight, detail)


def pareto_factor(
    trouble_share: float | None,
    revenue_share: float | None,
    fair_share: float | None,
    weight: float,
    t: Texts,
) -> Factor:
    """Trouble out of proportion to revenue - but only for a client that takes at least its
    fair share (1 / clients) of the trouble; a client with 1 % of the work is nobody's 80 %."""
    if trouble_share is None or revenue_share is None:
        return Factor(
            "pareto",
            None,
            weight,
            lambda: t._("Too little time, messages or revenue in the portfolio to compare"),
        )
    if trouble_share == 0 and revenue_share == 0:
        return Factor(
            "pareto",
            None,
            weight,
            lambda: t._("No hours, messages or revenue in the last 12 months"),
        )
    risk = 1.0 if revenue_share <= 0 else _ramp(trouble_share / revenue_share, 1.0, PARETO_FULL)
    if fair_share:
        risk *= clamp(trouble_share / fair_share)
    return Factor(
        "pareto",
        risk,
        weight,
        lambda: t._(
            "Takes {trouble} % of your time and messages and brings {revenue} % of your revenue "
            "(last 12 months)"
        ).format(
            trouble=number(trouble_share * 100, 1, t.lang),
            revenue=number(revenue_share * 100, 1, t.lang),
        ),
    )


def gut(rating: int | None, considered: int, weight: float, t: Texts) -> Factor:
    risks = []
    if rating is not None:
        risks.append(clamp((5 - rating) / 4))
    if considered:
        risks.append(clamp(considered / CONSIDERED_FULL))
    if not risks:
        return Factor("gut", None, weight, lambda: t._("No gut rating yet"))

    def detail() -> str:
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

    return Factor("gut", max(risks), weight, detail)
