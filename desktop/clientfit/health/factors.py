"""The seven factors: how each turns its evidence into a risk 0..1 and a plain-language detail.

Pure functions over numbers the signal queries produced, so every threshold can be pinned by a
unit test without a database. Each returns a `Factor`; a factor without data has `risk=None` and
counts as no risk (`aggregate`) and toward no score of its own (`evidence`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from clientfit.health.config import WorkingHours
from clientfit.health.details import (
    after_hours_text,
    few_hours_text,
    gut_text,
    indecision_text,
    intensity_text,
    late_text,
    new_client_text,
    no_hours_text,
    no_rate_text,
    not_due_text,
    pareto_text,
    rate_text,
    static_text,
    too_few_text,
    unpaid_text,
    with_note,
)
from clientfit.health.evidence import (
    MIN_DELIVERABLES,
    MIN_HOURS,
    MIN_INVOICES_DUE,
    enough_messages,
)
from clientfit.health.money import MoneySignals
from clientfit.health.numbers import clamp
from clientfit.health.signals import HourSignals, MessageSignals
from clientfit.i18n import N_

# Where each risk starts and where it is full (the "sane defaults" a freelancer would recognise).
AFTER_HOURS_NORMAL, AFTER_HOURS_FULL = 0.10, 0.50  # share of messages outside working hours
INTENSITY_FULL = 3.0  # messages per billed hour, as a multiple of the portfolio median
NO_HOURS_MESSAGES_FULL = 20  # messages in 90 days with no billed hour at all
ROUNDS_NORMAL, ROUNDS_FULL = 1.0, 4.0  # revision rounds per deliverable
CHANGE_NORMAL, CHANGE_FULL = 0.10, 0.50  # share of messages asking for changes
LATE_GRACE, LATE_FULL = 5.0, 45.0  # days past due of the latest invoice: no risk .. full risk
RATE_FULL_SHORTFALL = 0.6  # an effective rate 60 % below target is full risk
NEW_CLIENT_DAYS = 45  # the rate of a client whose first hours are this recent is not judged yet
PARETO_FULL = 3.0  # share of trouble / share of revenue
CONSIDERED_FULL = 3  # times considered ending in 30 days
NO_INVOICES = N_("No invoices in Clientfit yet: import them to judge the rate")
NO_HOURS = N_("No hours in Clientfit yet: import them to judge messages per hour")


class Factor:
    """One factor of a client's score: its risk 0..1 (None = no data) and its evidence in words.

    The detail is written on first read: the roster scores 10,000 clients and reads no detail,
    the client view reads seven. Until then it is a tuple (a module-level text function and its
    arguments) - cheaper to make 70,000 of than closures.
    """

    __slots__ = ("_detail", "key", "risk", "weight")

    def __init__(self, key: str, risk: float | None, weight: float, detail: str | tuple) -> None:
        self.key = key
        self.risk = risk  # 0 (fine) .. 1 (trouble); None = no data (counts as 0, see aggregate)
        self.weight = weight
        self._detail = detail

    @property
    def detail(self) -> str:
        """The evidence in words; `detail` may be given as (text function, *its arguments)."""
        if isinstance(self._detail, tuple):
            fn, *args = self._detail
            self._detail = fn(*args)
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
    n, days = (m.inbound, m.inbound_days) if m else (0, 0)
    if not enough_messages(n, days):
        return Factor("after_hours", None, weight, (too_few_text, t, n, days))
    share = m.after_hours / n
    return Factor(
        "after_hours",
        _ramp(share, AFTER_HOURS_NORMAL, AFTER_HOURS_FULL),
        weight,
        (after_hours_text, t, share, m.after_hours, n, hours),
    )


def intensity(
    m: MessageSignals | None,
    h: HourSignals | None,
    median: float | None,
    weight: float,
    t: Texts,
    any_hours: bool = True,
) -> Factor:
    """Messages per billed hour against the portfolio's median; many messages and no billed hour
    are full risk - unless Clientfit holds no hours at all (`any_hours`: no time tracked or not
    imported yet), when there is nothing to judge them against."""
    n, days = (m.inbound, m.inbound_days) if m else (0, 0)
    billed = (h.short_billable_s if h else 0) / 3600
    if not enough_messages(n, days):
        return Factor("intensity", None, weight, (too_few_text, t, n, days))
    if billed <= 0 and not any_hours:
        return Factor("intensity", None, weight, (static_text, t, NO_HOURS))
    if billed <= 0:
        return Factor("intensity", clamp(n / NO_HOURS_MESSAGES_FULL), weight, (no_hours_text, t, n))
    rate = n / billed
    if not median:
        return Factor("intensity", None, weight, (intensity_text, t, rate, None, None))
    ratio = rate / median
    return Factor(
        "intensity",
        _ramp(ratio, 1.0, INTENSITY_FULL),
        weight,
        (intensity_text, t, rate, ratio, median),
    )


def indecision(
    m: MessageSignals | None,
    revisions: tuple[int, int] | None,
    weight: float,
    t: Texts,
    quote: Callable[[], str | None] | None = None,
) -> Factor:
    """Revision rounds per deliverable and the share of messages whose new text asks for changes
    or says "not quite", whichever is worse; `quote` gives the latest such message's excerpt."""
    deliverables, rounds = revisions or (0, 0)
    n = m.inbound if m else 0
    days = m.inbound_days if m else 0
    risk = None
    if deliverables >= MIN_DELIVERABLES:
        risk = _ramp(rounds / deliverables, ROUNDS_NORMAL, ROUNDS_FULL)
    read_messages = enough_messages(n, days)
    if read_messages:
        change = _ramp(m.asks_change / n, CHANGE_NORMAL, CHANGE_FULL)
        risk = change if risk is None or change > risk else risk
    if risk is None:
        return Factor("indecision", None, weight, (no_indecision_text, t, n, days))
    asks = m.asks_change if m and read_messages else 0
    return Factor(
        "indecision",
        risk,
        weight,
        (indecision_text, t, deliverables, rounds, n if read_messages else 0, asks, quote),
    )


def no_indecision_text(t: Texts, n: int, days: int) -> str:
    return t._("No deliverables with revision rounds") + "; " + too_few_text(t, n, days)


def late_payment(money_: MoneySignals | None, currency: str, weight: float, t: Texts) -> Factor:
    """How much and how late the client pays late, over the invoices judged (due in the last 12
    months, or due before and still owed): the share of the amount invoiced on them that was on an
    invoice paid after its due date or still unpaid past it as of `at`, times how late the worst
    of them was (`late_risk`).

    Another late payment never lowers the risk (DESIGN.md, monotone): an invoice paid late by
    any number of days, of any amount, or left unpaid past its due date, can only raise the worst
    and the share ((late + a) ÷ (judged + a) is never below late ÷ judged). The average of days
    late used before (SCORE_VERSION 3) fell, and the score rose, when a payment was less late
    than the others. An invoice paid on time does lower the share, and may: it is no late payment
    but evidence that the client pays; only more trouble must never raise a score.

    The amounts are in the invoices' own currency - or the base currency when a client's
    invoices are in several; a currency without a rate is left out with a note."""
    m = money_ or MoneySignals()
    cur = m.currency or currency
    if m.due_count < MIN_INVOICES_DUE or m.judged_invoices <= 0:
        return Factor(
            "late_payment",
            None,
            weight,
            (_noted, t, (not_due_text, t, m.due_count, m.open_not_due, cur), m.unrated, cur),
        )
    return Factor(
        "late_payment",
        late_risk(late_share(m), m.worst_late_days),
        weight,
        (_noted, t, (late_text, t, m, cur), m.unrated, cur),
    )


def late_share(m: MoneySignals) -> float:
    """The share of the amount invoiced on the invoices judged that is on late ones (by count
    when every one of them is of zero amount)."""
    if m.judged_amount > 0:
        return clamp(m.late_amount / m.judged_amount)
    return clamp(m.late_invoices / m.judged_invoices) if m.judged_invoices > 0 else 0.0


def late_risk(share: float, worst_days: float) -> float:
    """The share late × how late the worst was (nothing up to LATE_GRACE days, full at
    LATE_FULL): non-decreasing in both, and high only when both are - one small invoice forgotten
    for two months among many paid on time is not "always slow to pay"."""
    return share * _ramp(worst_days, LATE_GRACE, LATE_FULL)


def _noted(t: Texts, text: tuple, unrated: tuple[str, ...], currency: str) -> str:
    """A detail, with the rates to add - unless its figures are in that currency itself."""
    fn, *args = text
    return with_note(t, fn(*args), tuple(c for c in unrated if c != currency))


def profitability(
    money_: MoneySignals | None,
    h: HourSignals | None,
    target: float | None,
    target_is_median: bool,
    base: str,
    weight: float,
    t: Texts,
    converted_from: tuple[str, ...] | Callable[[], tuple[str, ...]] = (),
    any_invoices: bool = True,
) -> Factor:
    """What was invoiced in the last 12 months (paid or not, in the base currency) per hour
    logged in the same 12 months, against the target or the portfolio's median. Hours with
    nothing invoiced are full risk - unless Clientfit holds no invoice at all (`any_invoices`):
    then the invoices are missing data, not free work.

    `converted_from` (the client's invoice currencies) may be a function: it is read only when
    the detail is written, so scoring 10,000 clients runs no query per client for it."""
    hours = (h.long_s if h else 0) / 3600
    m = money_ or MoneySignals()
    if hours < MIN_HOURS:
        return Factor("profitability", None, weight, (few_hours_text, t, hours))
    if h.tenure_days < NEW_CLIENT_DAYS:
        return Factor("profitability", None, weight, (new_client_text, t, h.tenure_days))
    if m.unrated:
        return Factor("profitability", None, weight, (no_rate_text, t, m.unrated))
    revenue = m.revenue  # minor units of the base currency
    if revenue <= 0 and not any_invoices:
        return Factor("profitability", None, weight, (static_text, t, NO_INVOICES))
    if revenue <= 0:
        return Factor("profitability", 1.0, weight, (unpaid_text, t, hours))
    rate = revenue / 100 / hours
    risk = clamp((1 - rate / target) / RATE_FULL_SHORTFALL) if target else None
    return Factor(
        "profitability",
        risk,
        weight,
        (rate_text, t, rate, revenue, hours, target, target_is_median, base, converted_from),
    )


def pareto_factor(
    trouble_share: float | None,
    revenue_share: float | None,
    fair_share: float | None,
    weight: float,
    t: Texts,
    unrated: tuple[str, ...] = (),
) -> Factor:
    """Trouble out of proportion to revenue - but only for a client that takes at least its
    fair share (1 / clients) of the trouble; a client with 1 % of the work is nobody's 80 %."""
    if unrated:
        return Factor("pareto", None, weight, (no_rate_text, t, unrated))
    if trouble_share is None or revenue_share is None:
        return Factor(
            "pareto",
            None,
            weight,
            (
                static_text,
                t,
                N_("Too little time, messages or revenue in the portfolio to compare"),
            ),
        )
    if trouble_share == 0 and revenue_share == 0:
        return Factor(
            "pareto",
            None,
            weight,
            (static_text, t, N_("No hours, messages or revenue in the last 12 months")),
        )
    risk = 1.0 if revenue_share <= 0 else _ramp(trouble_share / revenue_share, 1.0, PARETO_FULL)
    if fair_share:
        risk *= clamp(trouble_share / fair_share)
    return Factor("pareto", risk, weight, (pareto_text, t, trouble_share, revenue_share))


def gut(rating: int | None, considered: int, weight: float, t: Texts) -> Factor:
    risk = None
    if rating is not None:
        risk = clamp((5 - rating) / 4)
    if considered:
        counted = clamp(considered / CONSIDERED_FULL)
        risk = counted if risk is None or counted > risk else risk
    if risk is None:
        return Factor("gut", None, weight, (static_text, t, N_("No gut rating yet")))
    return Factor("gut", risk, weight, (gut_text, t, rating, considered))
