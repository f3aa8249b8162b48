"""The roster's scores, reused from the last scoring when nothing they depend on has changed.

A client's score depends on its own signals and gut rating, and on the portfolio around it
(medians, totals, the number of active clients: one new message anywhere shifts everyone's
share of the trouble). Each scoring stores every score on its client's `signal_cache` row with
a stamp `settings:portfolio:clients:gut` - a hash of the weights and target, a hash of the
portfolio-wide inputs, the number of clients, and the gut rating used.

The scores can be read back without computing anything when every client has a row stamped
with the current settings and gut, the same portfolio hash, and the current number of clients:
any change to a client's records deletes its row (triggers), a new client has no row, a deleted
client changes the count, and a settings or day change makes the rows invalid. Otherwise the
signals are gathered (kept rows reused, see `cache`), every score is computed, and the stamps
that changed are stored - unless another connection (the GUI thread, another process) committed
anything since the scoring began (`PRAGMA data_version`), so an edit made meanwhile can never
end up under a stamp that predates it; the next scoring then keeps them.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from clientfit.common.zone import user_zone
from clientfit.health import cache, config, signals
from clientfit.health.bands import band_for
from clientfit.health.factors import Factor, Texts
from clientfit.health.score import (
    SCORE_VERSION,
    ClientScore,
    Judge,
    Portfolio,
    factors_of,
    gather,
    lacks,
    score_one,
    texts,
    today,
)
from clientfit.store.signal_cache import data_version


def _hash(value: object) -> str:
    return hashlib.sha1(repr(value).encode()).hexdigest()[:12]


def settings_key() -> str:
    """What a score depends on besides the signals: the scoring rules' version, the factor
    weights and the target rate."""
    return _hash((SCORE_VERSION, sorted(config.weights().items()), config.target_rate()))


def portfolio_key(p: Portfolio) -> str:
    """The portfolio-wide inputs every client's score is judged against."""
    return _hash(
        (
            p.target,
            p.target_is_median,
            p.intensity_median,
            p.total_seconds,
            p.total_inbound,
            p.total_revenue,
            p.base,
            p.unrated,
            p.fair_share,
        )
    )


class _PortfolioLater:
    """The gathered portfolio, made on the first factor anybody reads (none, for the roster);
    a `Judge` to the scores it is given to."""

    def __init__(self, at: dt.date, t: Texts) -> None:
        self.at, self.texts = at, t
        self.portfolio: Portfolio | None = None

    def _gathered(self) -> Portfolio:
        if self.portfolio is None:
            self.portfolio = gather(self.at)
        return self.portfolio

    def factors(self, row: tuple) -> list[Factor]:
        return factors_of(self._gathered(), row, self.texts)

    def lacks(self, cid: int, factor_list: list[Factor]) -> list[str]:
        return lacks(self._gathered(), cid, self.texts, factor_list)


def score_portfolio(
    at: dt.date | None = None, lang: str | None = None, keep: bool = True
) -> dict[int, ClientScore]:
    """Every client's score as of `at` (default today), keyed by client id, in name order.

    `keep=False` neither reads nor writes the signal cache (scores of past months).
    """
    if keep:
        return score_portfolio_kept(at or today(), texts(lang))
    p = gather(at, keep)
    t = texts(lang)
    judge = Judge(p, t)
    return {row[0]: score_one(p, row, t, judge) for row in p.clients}


def score_portfolio_kept(at: dt.date, t: Texts) -> dict[int, ClientScore]:
    """Every client's score as of `at`, from kept scores when they are all still valid."""
    w = signals.window_for(at, user_zone())
    hours = config.working_hours()
    seen = data_version()  # to notice another connection's commit before keeping
    clients = signals.clients(w.end)
    setting = settings_key()
    kept = cache.kept_scores(w, hours)
    stamp = _common_stamp(clients, kept, setting)
    if stamp is not None:
        later = _PortfolioLater(at, t)
        out = {}
        for row in clients:
            score = kept[row[0]][0]
            out[row[0]] = ClientScore(row[0], row[1], score, band_for(score), None, later, row)
        return out

    p = gather(at, clients=clients)
    if data_version() != seen:  # someone wrote meanwhile: what was kept may predate it
        kept = {}
    prefix = f"{setting}:{portfolio_key(p)}:{len(clients)}:"
    judge = Judge(p, t)
    out = {}
    changed: list[tuple[int | None, str, int]] = []
    for row in clients:
        cid = row[0]
        stamp = f"{prefix}{row[3]}"
        was = kept.get(cid)
        if was is not None and was[1] == stamp:  # this client's score cannot have moved
            score = was[0]
            out[cid] = ClientScore(cid, row[1], score, band_for(score), None, judge, row)
            continue
        out[cid] = one = score_one(p, row, t, judge)
        changed.append((one.score, stamp, cid))
    cache.keep_scores(w, hours, changed, seen)
    return out


def _common_stamp(
    clients: list[tuple[int, str, str, int | None]],
    kept: dict[int, tuple[int | None, str]],
    setting: str,
) -> str | None:
    """The portfolio stamp every client's kept score shares, or None when any is missing or
    was made with other settings, another gut rating or another number of clients."""
    if not clients:
        return None
    first = kept.get(clients[0][0])
    if first is None:
        return None
    prefix = first[1].rpartition(":")[0] + ":"
    if not prefix.startswith(f"{setting}:") or not prefix.endswith(f":{len(clients)}:"):
        return None
    for cid, _name, _currency, gut in clients:
        was = kept.get(cid)
        if was is None or was[1] != f"{prefix}{gut}":
            return None
    return prefix
