"""The score: every client's factors from one pass of GROUP BY queries, combined into 0..100.

`kept_scores.score_portfolio` (the roster's band column, `clientfit-cli score`) reuses or calls it. The factors are
combined monotonically (`aggregate`: more trouble never raises a score), and a client without
enough evidence is `unknown` with what it lacks (`evidence`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import partial
from statistics import median

from clientfit.common.zone import user_zone
from clientfit.health import cache, config, evidence, factors, signals
from clientfit.health.aggregate import combine
from clientfit.health.bands import Band, band_for
from clientfit.health.factors import Factor, Texts
from clientfit.health.money import MoneySignals
from clientfit.i18n import current_language, gettext_for, ngettext_for
from clientfit.store.signal_cache import SignalRow


class ClientScore:
    """One client's score and band; its factors (the evidence) are worked out on first read.

    The roster asks 10,000 clients for a score and reads no factor; a score kept from an
    earlier scoring (see `cache`) needs no factor at all until someone opens that client. A
    score holds only its `judge` (shared by the whole scoring pass) and its client's row: a
    scoring makes one object per client that outlives it, not twenty (each one the garbage
    collector walks again while 10,000 are made).
    """

    __slots__ = ("_factors", "_judge", "_missing", "_row", "band", "client_id", "name", "score")

    def __init__(
        self,
        client_id: int,
        name: str,
        score: int | None,  # 0..100, None when unknown (not enough evidence)
        band: Band,
        factors: list[Factor] | None = None,
        judge: Judge | None = None,
        row: tuple | None = None,  # the client's row of `signals.clients`, for `judge`
    ) -> None:
        self.client_id, self.name, self.score, self.band = client_id, name, score, band
        self._factors, self._judge, self._row = factors, judge, row
        self._missing: list[str] | None = None

    @property
    def missing(self) -> list[str]:
        """What an `unknown` client lacks, in words ("3 messages so far; needs 10 over 4 weeks");
        empty for a scored client."""
        if self.score is not None or self._judge is None:
            return []
        if self._missing is None:
            self._missing = self._judge.lacks(self.client_id, self.factors)
        return self._missing

    @property
    def factors(self) -> list[Factor]:
        if self._factors is None:
            self._factors = self._judge.factors(self._row) if self._judge else []
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
# older Clientfit (health.kept_scores) and monthly snapshots (health.trend) are then recomputed.
# 2: monotone aggregation, evidence minimums and `unknown`, revenue invoiced, currencies.
# 3: the worst single factor counts too (aggregate.WORST_SHARE): one factor in trouble not diluted;
#    no rate (no intensity) judged while Clientfit holds no invoice (no hours) at all.
# 4: late payment is the share of the amount on late invoices × how late the worst was, not an
#    average of days late (another late payment never lowers the risk: factors.late_payment).
SCORE_VERSION = 4


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
    total_revenue: float  # invoiced in the long window, base minor units, rated clients only
    fair_share: float | None  # 1 / clients with any hours or messages in the long window
    base: str = "SEK"  # the base currency every compared figure is in
    unrated: tuple[str, ...] = ()  # currencies left out of the portfolio's figures: no rate
    any_invoices: bool = True  # False before the user has imported or entered any invoice

    def signals_of(self, cid: int) -> tuple:
        """(MessageSignals, HourSignals, MoneySignals, (deliverables, rounds), considered) of a
        client; None for a kind it has no data of (the factors treat None and zeros alike)."""
        r = self.rows.get(cid)
        if r is None:
            return None, None, None, None, 0
        return (
            signals.MessageSignals(
                r.inbound, r.after_hours, r.asks_change, r.inbound_long, r.inbound_days
            )
            if r.inbound or r.inbound_long
            else None,
            signals.HourSignals(r.short_billable_s, r.long_s, r.tenure_days) if r.long_s else None,
            _money(r) if r.invoices or r.money_currency else None,
            (r.deliverables, r.rounds) if r.deliverables else None,
            r.considered,
        )

    def first_day(self, cid: int) -> int | None:
        r = self.rows.get(cid)
        return r.first_day if r else None

    def long_seconds(self, cid: int) -> int:
        r = self.rows.get(cid)
        return r.long_s if r else 0

    def inbound_long(self, cid: int) -> int:
        r = self.rows.get(cid)
        return r.inbound_long if r else 0

    def revenue(self, cid: int) -> float | None:
        """Invoiced in the long window in the base currency; None when a currency of the
        client's has no rate (its figures are left out)."""
        r = self.rows.get(cid)
        if r is None:
            return 0.0
        return r.revenue if comparable(r, self.base) else None

    def trouble_share(self, cid: int) -> float | None:
        """The mean of the client's share of hours and share of messages (long window)."""
        parts = (self.total_seconds > 0) + (self.total_inbound > 0)
        if not parts:
            return None
        per_s = 1 / self.total_seconds / parts if self.total_seconds > 0 else 0.0
        per_m = 1 / self.total_inbound / parts if self.total_inbound > 0 else 0.0
        return self.long_seconds(cid) * per_s + self.inbound_long(cid) * per_m

    def revenue_share(self, cid: int) -> float | None:
        revenue = self.revenue(cid)
        if self.total_revenue <= 0 or revenue is None:
            return None
        return revenue / self.total_revenue


def comparable(r: SignalRow, base: str) -> bool:
    """Whether a row's money is all in the base currency (every currency of it had a rate)."""
    return not r.unrated and (r.money_currency is None or r.money_currency == base)


def unrated_of(r: SignalRow | None) -> tuple[str, ...]:
    return tuple(r.unrated.split(",")) if r and r.unrated else ()


# MoneySignals' fields a SignalRow keeps under the same name and in the same form
_MONEY_AS_IS = tuple(
    f.name for f in fields(MoneySignals) if f.name in SignalRow._fields and f.name != "unrated"
)


def _money(r: SignalRow) -> MoneySignals:
    kept = {name: getattr(r, name) for name in _MONEY_AS_IS}
    return MoneySignals(**kept, currency=r.money_currency, unrated=unrated_of(r))


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
    base = cache.money_context(w)[0]
    values = rows.values()
    ratios = [
        r.inbound / (r.short_billable_s / 3600)
        for r in values
        if r.inbound > 0 and r.short_billable_s > 0
    ]
    target = config.target_rate()
    target_is_median = target is None
    rated = [r for r in values if comparable(r, base)]
    if target is None:  # the median effective rate of the clients whose rate is judged
        rates = [
            r.revenue / 100 / (r.long_s / 3600)
            for r in rated
            if r.long_s >= evidence.MIN_HOURS * 3600
            and r.revenue > 0
            and r.tenure_days >= factors.NEW_CLIENT_DAYS
        ]
        target = median(rates) if rates else None
    active = sum(1 for r in values if r.long_s > 0 or r.inbound_long > 0)
    unrated = sorted({c for r in values for c in unrated_of(r)})
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
        total_revenue=sum(r.revenue for r in rated),
        fair_share=1 / active if active else None,
        base=base,
        unrated=tuple(unrated),
        any_invoices=any(r.invoices for r in values),
    )


def texts(lang: str | None = None) -> Texts:
    lang = lang or current_language()
    return Texts(gettext_for(lang), ngettext_for(lang), lang)


def factors_of(p: Portfolio, row: tuple[int, str, str, int | None], t: Texts) -> list[Factor]:
    cid, _name, currency, gut_rating = row
    w = p.weights
    m, h, money, revisions, considered = p.signals_of(cid)
    converted = (money.currency,) if money and money.currency else ()
    return [
        factors.after_hours(m, p.hours, w["after_hours"], t),
        factors.intensity(m, h, p.intensity_median, w["intensity"], t, p.total_seconds > 0),
        factors.indecision(m, revisions, w["indecision"], t, partial(_quote, cid, p, t)),
        factors.late_payment(money, currency, w["late_payment"], t),
        factors.profitability(
            money,
            h,
            p.target,
            p.target_is_median,
            p.base,
            w["profitability"],
            t,
            partial(_currencies, cid, p) if converted else (),
            p.any_invoices,
        ),
        factors.pareto_factor(
            p.trouble_share(cid),
            p.revenue_share(cid),
            p.fair_share,
            w["pareto"],
            t,
            unrated_of(p.rows.get(cid)),
        ),
        factors.gut(gut_rating, considered, w["gut"], t),
    ]


def _currencies(cid: int, p: Portfolio) -> tuple[str, ...]:
    from clientfit.health.quotes import invoice_currencies

    return invoice_currencies(cid, p.window)


def _quote(cid: int, p: Portfolio, t: Texts) -> str | None:
    from clientfit.health.quotes import latest_quote

    return latest_quote(cid, p.window, t)


def lacks(p: Portfolio, cid: int, t: Texts, factor_list: list[Factor]) -> list[str]:
    """What keeps the client from a score (see `evidence.missing`)."""
    return evidence.missing(factor_list, p.first_day(cid), p.window.at, t)


class Judge:
    """One scoring pass's portfolio and language: what a `ClientScore` asks for its factors and
    what it lacks when they are first read (one object for the pass, not a closure per client)."""

    __slots__ = ("portfolio", "texts")

    def __init__(self, portfolio: Portfolio, t: Texts) -> None:
        self.portfolio, self.texts = portfolio, t

    def factors(self, row: tuple[int, str, str, int | None]) -> list[Factor]:
        return factors_of(self.portfolio, row, self.texts)

    def lacks(self, cid: int, factor_list: list[Factor]) -> list[str]:
        return lacks(self.portfolio, cid, self.texts, factor_list)


def score_one(
    p: Portfolio, row: tuple[int, str, str, int | None], t: Texts, judge: Judge | None = None
) -> ClientScore:
    """One client's score. With `judge` (a whole portfolio being scored) the factors are not
    kept but worked out again if read: the same values, and 10,000 clients' factors are not
    held while the rest are made."""
    factor_list = factors_of(p, row, t)
    why = lacks(p, row[0], t, factor_list)
    score = None if why else combine(factor_list)
    kept = factor_list if judge is None else None
    out = ClientScore(row[0], row[1], score, band_for(score), kept, judge or Judge(p, t), row)
    if score is None:
        out._missing = why
    return out


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
