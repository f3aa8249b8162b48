"""The score: every client's factors from one pass of GROUP BY queries, combined into 0..100.

`kept_scores.score_portfolio` (the roster's band column, `clientfit-cli score`) reuses or calls it. The factors are
combined as a weighted quadratic mean of their risks, so one factor in real trouble pulls the
score down further than an average would (a client who pays two months late is not "healthy"
because they write during office hours), while many small risks stay small.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from clientfit.common.zone import user_zone
from clientfit.health import cache, config, factors, signals
from clientfit.health.bands import Band, band_for
from clientfit.health.factors import Factor, Texts
from clientfit.i18n import current_language, gettext_for, ngettext_for
from clientfit.store.signal_cache import SignalRow


class ClientScore:
    """One client's score and band; its factors (the evidence) are worked out on first read.

    The roster asks 10,000 clients for a score and reads no factor; a score kept from an
    earlier scoring (see `cache`) needs no factor at all until someone opens that client.
    """

    __slots__ = ("_factors", "_make", "band", "client_id", "name", "score")

    def __init__(
        self,
        client_id: int,
        name: str,
        score: int | None,  # 0..100, None when no factor has data
        band: Band,
        factors: list[Factor] | None = None,
        make: Callable[[], list[Factor]] | None = None,
    ) -> None:
        self.client_id, self.name, self.score, self.band = client_id, name, score, band
        self._factors, self._make = factors, make

    @property
    def factors(self) -> list[Factor]:
        if self._factors is None:
            self._factors = self._make() if self._make else []
            self._make = None
        return self._factors

    def factor(self, key: str) -> Factor:
        return next(f for f in self.factors if f.key == key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClientScore) and (
            (self.client_id, self.name, self.score, self.band, self.factors)
            == (other.client_id, other.name, other.score, other.band, other.factors)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ClientScore({self.client_id!r}, {self.name!r}, score={self.score!r})"


# Bump when a factor's formula, threshold or the way risks combine changes: scores kept by an
# older Clientfit (health.kept_scores) are then recomputed instead of shown for the rest of the day.
SCORE_VERSION = 1


@dataclass
class Portfolio:
    """Everything the factors need: each client's signals as one row (`SignalRow`), and the
    portfolio-wide medians and totals every client is judged against.

    Rows stay named tuples; a client's signal objects are made when its factors are (`signals_of`),
    so one client's packet or health panel does not pay for 10,000 clients' objects.
    """

    window: signals.Window
    hours: config.WorkingHours
    weights: dict[str, float]
    target: float | None
    target_is_median: bool
    intensity_median: float | None
    clients: list[tuple[int, str, str, int | None]]
    rows: dict[int, SignalRow]
    total_seconds: int
    total_inbound: int
    total_received: int
    fair_share: float | None  # 1 / clients with any hours or messages in the long window

    def signals_of(self, cid: int) -> tuple:
        """(MessageSignals, HourSignals, MoneySignals, (deliverables, rounds), considered) of a
        client; None for a kind it has no data of (the factors treat None and zeros alike)."""
        r = self.rows.get(cid)
        if r is None:
            return None, None, None, None, 0
        money = (
            r.paid_on_due,
            r.late_weighted,
            r.overdue,
            r.overdue_weighted,
            r.open_not_due,
            r.invoices,
            r.received,
        )
        return (
            signals.MessageSignals(r.inbound, r.after_hours, r.asks_change, r.inbound_long)
            if r.inbound or r.inbound_long
            else None,
            signals.HourSignals(r.short_billable_s, r.long_s, r.tenure_days, r.invoiced_s)
            if r.long_s
            else None,
            signals.MoneySignals(*money) if any(money) else None,
            (r.deliverables, r.rounds) if r.deliverables else None,
            r.considered,
        )

    def long_seconds(self, cid: int) -> int:
        r = self.rows.get(cid)
        return r.long_s if r else 0

    def inbound_long(self, cid: int) -> int:
        r = self.rows.get(cid)
        return r.inbound_long if r else 0

    def received(self, cid: int) -> int:
        r = self.rows.get(cid)
        return r.received if r else 0

    def trouble_share(self, cid: int) -> float | None:
        """The mean of the client's share of hours and share of messages (long window)."""
        parts = (self.total_seconds > 0) + (self.total_inbound > 0)
        if not parts:
            return None
        per_s = 1 / self.total_seconds / parts if self.total_seconds > 0 else 0.0
        per_m = 1 / self.total_inbound / parts if self.total_inbound > 0 else 0.0
        return self.long_seconds(cid) * per_s + self.inbound_long(cid) * per_m

    def revenue_share(self, cid: int) -> float | None:
        if self.total_received <= 0:
            return None
        return self.received(cid) * (1 / self.total_received)


def today() -> dt.date:
    return dt.date.today()


def gather(
    at: dt.date | None = None,
    keep: bool = True,
    clients: list[tuple[int, str, str, int | None]] | None = None,
) -> Portfolio:
    """Every client's signals as of `at` (default today), kept ones where valid (see `cache`).

    `clients` is `signals.clients(window.end)` when the caller has read it already.
    """
    at = at or today()
    w = signals.window_for(at, user_zone())
    hours = config.working_hours()
    clients = signals.clients(w.end) if clients is None else clients
    rows = cache.rows_for(w, hours, [row[0] for row in clients], keep)
    values = rows.values()
    ratios = [
        r.inbound / (r.short_billable_s / 3600)
        for r in values
        if r.inbound > 0 and r.short_billable_s > 0
    ]
    target = config.target_rate()
    target_is_median = target is None
    if target is None:
        rates = [
            (r.received + r.open_not_due) / 100 / ((r.invoiced_s or r.long_s) / 3600)
            for r in values
            if r.long_s > 0 and r.received + r.open_not_due > 0
        ]
        target = median(rates) if rates else None
    active = sum(1 for r in values if r.long_s > 0 or r.inbound_long > 0)
    return Portfolio(
        window=w,
        hours=hours,
        weights=config.weights(),
        target=target,
        target_is_median=target_is_median,
        intensity_median=median(ratios) if ratios else None,
        clients=clients,
        rows=rows,
        total_seconds=sum(r.long_s for r in values),
        total_inbound=sum(r.inbound_long for r in values),
        total_received=sum(r.received for r in values),
        fair_share=1 / active if active else None,
    )


def combine(factor_list: list[Factor]) -> int | None:
    """0..100 from the factors that have data: 100 × (1 − weighted quadratic mean of the risks)."""
    total = weighted = 0.0
    for f in factor_list:  # a plain loop: this runs 10,000 times per portfolio
        risk, weight = f.risk, f.weight
        if risk is not None and weight > 0:
            total += weight
            weighted += weight * risk * risk
    if total <= 0:
        return None
    return round(100 * (1 - math.sqrt(weighted / total)))


def texts(lang: str | None = None) -> Texts:
    lang = lang or current_language()
    return Texts(gettext_for(lang), ngettext_for(lang), lang)


def factors_of(p: Portfolio, row: tuple[int, str, str, int | None], t: Texts) -> list[Factor]:
    cid, _name, currency, gut_rating = row
    w = p.weights
    m, h, money, revisions, considered = p.signals_of(cid)
    return [
        factors.after_hours(m, p.hours, w["after_hours"], t),
        factors.intensity(m, h, p.intensity_median, w["intensity"], t),
        factors.indecision(m, revisions, w["indecision"], t),
        factors.late_payment(money, currency, w["late_payment"], t),
        factors.profitability(
            money, h, p.target, p.target_is_median, currency, w["profitability"], t
        ),
        factors.pareto_factor(
            p.trouble_share(cid), p.revenue_share(cid), p.fair_share, w["pareto"], t
        ),
        factors.gut(gut_rating, considered, w["gut"], t),
    ]


def score_one(p: Portfolio, row: tuple[int, str, str, int | None], t: Texts) -> ClientScore:
    factor_list = factors_of(p, row, t)
    score = combine(factor_list)
    return ClientScore(row[0], row[1], score, band_for(score), factor_list)


def score_client(
    client_id: int,
    at: dt.date | None = None,
    lang: str | None = None,
    portfolio: Portfolio | None = None,
    keep: bool = True,
) -> ClientScore:
    """One client's score, judged against the portfolio's medians and shares (`portfolio`, when
    the caller has gathered it already for the same day, e.g. for `pareto` too)."""
    p = portfolio or gather(at, keep)
    row = next((r for r in p.clients if r[0] == client_id), None)
    if row is None:
        raise LookupError(f"no client with id {client_id}")
    return score_one(p, row, texts(lang))


def factor_label(key: str, lang: str | None = None) -> str:
    """The factor's name for people ("Late payment"), translated."""
    return gettext_for(lang or current_language())(config.FACTOR_LABELS[key])
