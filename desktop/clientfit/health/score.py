"""The score: every client's factors from one pass of GROUP BY queries, combined into 0..100.

`score_portfolio` is what the roster's band column and `clientfit-cli score` call. The factors are
combined as a weighted quadratic mean of their risks, so one factor in real trouble pulls the
score down further than an average would (a client who pays two months late is not "healthy"
because they write during office hours), while many small risks stay small.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
from contextlib import contextmanager
from dataclasses import dataclass
from statistics import median
from typing import Any

from clientfit.health import config, factors, signals
from clientfit.health.bands import Band, band_for
from clientfit.health.factors import Factor, Texts
from clientfit.i18n import current_language, gettext_for, ngettext_for


@dataclass(frozen=True)
class ClientScore:
    client_id: int
    name: str
    score: int | None  # 0..100, None when no factor has data
    band: Band
    factors: list[Factor]

    def factor(self, key: str) -> Factor:
        return next(f for f in self.factors if f.key == key)


@dataclass
class Portfolio:
    """Everything the factors need, gathered in one pass over the database."""

    window: signals.Window
    hours: config.WorkingHours
    weights: dict[str, float]
    target: float | None
    target_is_median: bool
    intensity_median: float | None
    clients: list[tuple[int, str, str, int | None]]
    messages: dict[int, signals.MessageSignals]
    time: dict[int, signals.HourSignals]
    money: dict[int, signals.MoneySignals]
    revisions: dict[int, tuple[int, int]]
    considered: dict[int, int]
    inbound_long: dict[int, int]
    total_seconds: int
    total_inbound: int
    total_received: int
    fair_share: float | None  # 1 / clients with any hours or messages in the long window

    def __post_init__(self) -> None:
        # The shares of every client at once (dict comprehensions), looked up per client.
        parts = (self.total_seconds > 0) + (self.total_inbound > 0)
        self._trouble: dict[int, float] = {}
        if parts:
            per_s = 1 / self.total_seconds / parts if self.total_seconds > 0 else 0.0
            per_m = 1 / self.total_inbound / parts if self.total_inbound > 0 else 0.0
            self._trouble = {cid: t.long_s * per_s for cid, t in self.time.items()}
            for cid, n in self.inbound_long.items():
                self._trouble[cid] = self._trouble.get(cid, 0.0) + n * per_m
        self._no_trouble = 0.0 if parts else None
        self._revenue: dict[int, float] = {}
        if self.total_received > 0:
            per_r = 1 / self.total_received
            self._revenue = {cid: m.received * per_r for cid, m in self.money.items()}
        self._no_revenue = 0.0 if self.total_received > 0 else None

    def trouble_share(self, cid: int) -> float | None:
        """The mean of the client's share of hours and share of messages (long window)."""
        return self._trouble.get(cid, self._no_trouble)

    def revenue_share(self, cid: int) -> float | None:
        return self._revenue.get(cid, self._no_revenue)


def today() -> dt.date:
    return dt.date.today()


def run_queries(jobs: dict[str, tuple]) -> dict[str, Any]:
    """Run the signal queries one after the other on the caller's connection.

    (Running them side by side on worker threads was measured slower: each extra connection
    starts with a cold page cache and reads the indexes again.)
    """
    return {name: fn(*args) for name, (fn, *args) in jobs.items()}


def gather(at: dt.date | None = None) -> Portfolio:
    """Run the signal queries once for the whole portfolio as of `at` (default today)."""
    at = at or today()
    w = signals.window_for(at, config.time_zone())
    hours = config.working_hours()
    q = run_queries(
        {
            "short": (signals.message_signals_short, w, hours),
            "long": (signals.inbound_long, w),
            "money": (signals.money_signals, w),
            "time": (signals.hour_signals, w),
            "revisions": (signals.revision_signals, w),
            "considered": (signals.gut_signals, w),
            "clients": (signals.clients, w.end),
        }
    )
    msgs = signals.merge_inbound_long(q["short"], q["long"])
    time, money = q["time"], q["money"]
    ratios = [
        m.inbound / (time[cid].short_billable_s / 3600)
        for cid, m in msgs.items()
        if m.inbound > 0 and cid in time and time[cid].short_billable_s > 0
    ]
    target = config.target_rate()
    target_is_median = target is None
    if target is None:
        rates = [
            (money[cid].received + money[cid].open_not_due)
            / 100
            / ((t.invoiced_s or t.long_s) / 3600)
            for cid, t in time.items()
            if t.long_s > 0 and cid in money and money[cid].received + money[cid].open_not_due > 0
        ]
        target = median(rates) if rates else None
    inbound_long = {cid: m.inbound_long for cid, m in msgs.items()}
    active = {cid for cid, t in time.items() if t.long_s > 0}
    active.update(cid for cid, n in inbound_long.items() if n > 0)
    return Portfolio(
        window=w,
        hours=hours,
        weights=config.weights(),
        target=target,
        target_is_median=target_is_median,
        intensity_median=median(ratios) if ratios else None,
        clients=q["clients"],
        messages=msgs,
        time=time,
        money=money,
        revisions=q["revisions"],
        considered=q["considered"],
        inbound_long=inbound_long,
        total_seconds=sum(t.long_s for t in time.values()),
        total_inbound=sum(inbound_long.values()),
        total_received=sum(m.received for m in money.values()),
        fair_share=1 / len(active) if active else None,
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


def _score_one(p: Portfolio, row: tuple[int, str, str, int | None], t: Texts) -> ClientScore:
    cid, name, currency, gut_rating = row
    w = p.weights
    m = p.messages.get(cid)
    h = p.time.get(cid)
    money = p.money.get(cid)
    factor_list = [
        factors.after_hours(m, p.hours, w["after_hours"], t),
        factors.intensity(m, h, p.intensity_median, w["intensity"], t),
        factors.indecision(m, p.revisions.get(cid), w["indecision"], t),
        factors.late_payment(money, currency, w["late_payment"], t),
        factors.profitability(
            money, h, p.target, p.target_is_median, currency, w["profitability"], t
        ),
        factors.pareto_factor(
            p.trouble_share(cid), p.revenue_share(cid), p.fair_share, w["pareto"], t
        ),
        factors.gut(gut_rating, p.considered.get(cid, 0), w["gut"], t),
    ]
    score = combine(factor_list)
    return ClientScore(cid, name, score, band_for(score), factor_list)


@contextmanager
def _no_gc_pauses():
    """Hold the cyclic garbage collector while ~100,000 small acyclic objects are made.

    At 10,000 clients the collector's repeated passes over the growing heap cost more than
    the scoring itself; nothing made here forms a cycle, so nothing is left for it to find.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def score_portfolio(at: dt.date | None = None, lang: str | None = None) -> dict[int, ClientScore]:
    """Every client's score as of `at` (default today), keyed by client id, in name order."""
    with _no_gc_pauses():
        p = gather(at)
        t = texts(lang)
        return {row[0]: _score_one(p, row, t) for row in p.clients}


def score_client(client_id: int, at: dt.date | None = None, lang: str | None = None) -> ClientScore:
    """One client's score; the portfolio medians and shares it is judged against are still computed."""
    p = gather(at)
    row = next((r for r in p.clients if r[0] == client_id), None)
    if row is None:
        raise LookupError(f"no client with id {client_id}")
    return _score_one(p, row, texts(lang))


def factor_label(key: str, lang: str | None = None) -> str:
    """The factor's name for people ("Late payment"), translated."""
    return gettext_for(lang or current_language())(config.FACTOR_LABELS[key])
