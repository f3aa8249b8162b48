"""What-if: your year now, and your year without some clients, side by side.

The question a freelancer asks before ending a client: what happens to my income, my hours and my
evenings? Both sides are sums of the same per-client figures (`figures.gather_figures`), so "without"
is "now" minus the chosen clients, exactly, and no other client's figures move. Only shares (of
trouble) are recomputed among the clients who remain.

Money is never summed across currencies: revenue, what is overdue and the effective rate are kept
per currency (an hour counts towards the rate of its client's currency). "Replace with" adds hours
at a rate (by default the median of the clients' own effective rates in that currency) to see what
it takes to keep revenue level.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from statistics import median

from clientfit.core.figures import ClientFigures, Money, YearWindow, gather_figures, year_window
from clientfit.core.forecast import Forecast, forecasts
from clientfit.health.pareto import top_count

TROUBLE_LISTED = 5  # how many of the most troublesome clients each side names


@dataclass(frozen=True)
class Side:
    """One column of the what-if: the year's totals over a set of clients."""

    clients: int  # clients with any activity in the year
    revenue: Money
    seconds: int
    billed_seconds: int
    messages: int
    after_hours: int
    rounds: int
    overdue: Money
    overdue_weighted: dict[str, float]
    billed_by_currency: dict[str, int]  # billable seconds of the clients in each currency
    top_trouble_share: float | None  # the share of trouble the top 20 % cause (None: no trouble)
    trouble: tuple[tuple[int, str, float], ...] = ()  # (id, name, share), most first

    @property
    def billed_hours(self) -> float:
        return self.billed_seconds / 3600

    def effective_rate(self) -> dict[str, Decimal]:
        """Revenue per billable hour, per currency (hours of that currency's clients)."""
        out = {}
        for currency, minor in sorted(self.revenue.items()):
            secs = self.billed_by_currency.get(currency, 0)
            if secs > 0:
                out[currency] = rate_of(minor, secs)
        return out

    def average_days_late(self, currency: str) -> float | None:
        """The overdue money's amount-weighted days past due."""
        amount = self.overdue.get(currency, 0)
        return self.overdue_weighted.get(currency, 0.0) / amount if amount else None


@dataclass(frozen=True)
class Replacement:
    """New work at a rate standing in for the revenue the removed clients brought."""

    currency: str
    rate: Decimal  # per hour, in major units
    rate_is_median: bool  # the median of the clients' own rates, not the user's choice
    revenue_lost: int  # minor units of `currency`
    hours_to_keep_level: float | None  # hours at `rate` that make up `revenue_lost`
    hours: float | None = None  # the hours the user chose to add
    replaced: Side | None = None  # "without", plus those hours billed at `rate`


@dataclass(frozen=True)
class InBase:
    """Both sides again with every amount the user's rates can convert in the base currency."""

    currency: str
    now: Side
    without: Side
    left_out: tuple[str, ...]  # currencies without a rate: still in their own currency


@dataclass(frozen=True)
class WhatIf:
    window: YearWindow
    removed: tuple[ClientFigures, ...]
    now: Side
    without: Side
    remaining_trouble_share: float | None  # the share of today's trouble the others cause
    replacement: Replacement | None
    forecasts: dict[int, Forecast] = field(default_factory=dict)  # of the removed clients
    in_base: InBase | None = None  # with the user's exchange rates, when it has any to use


def _convert(money: dict, rates: dict[str, Decimal], cast=int) -> tuple[dict, set[str]]:
    """`money` with every currency that has a rate summed into `base` (rates[base] == 1)."""
    base = next(c for c, r in rates.items() if r == 1)
    out: dict = {}
    missing = set()
    for cur, value in money.items():
        rate = rates.get(cur)
        if rate is None:
            out[cur] = out.get(cur, 0) + value
            missing.add(cur)
        else:
            converted = Decimal(str(value)) * rate
            out[base] = out.get(base, 0) + (
                int(converted.quantize(Decimal(1), ROUND_HALF_UP))
                if cast is int
                else float(converted)
            )
    return out, missing


def to_base(
    rows: list[ClientFigures], rates: dict[str, Decimal]
) -> tuple[list[ClientFigures], set[str]]:
    """The clients' figures with their money converted by `rates` (currency -> base units per
    unit, the base mapping to 1: what the user's dated exchange rates give for a day); a client
    billed in a currency with a rate counts its hours towards the base currency's rate."""
    base = next(c for c, r in rates.items() if r == 1)
    out, missing = [], set()
    for r in rows:
        revenue, m1 = _convert(r.revenue, rates)
        overdue, m2 = _convert(r.overdue, rates)
        weighted, _m = _convert(r.overdue_weighted, rates, float)
        missing |= m1 | m2
        out.append(
            replace(
                r,
                currency=base if r.currency in rates else r.currency,
                revenue=revenue,
                overdue=overdue,
                overdue_weighted=weighted,
            )
        )
    return out, missing


def rate_of(minor: int, seconds: int) -> Decimal:
    """Minor units earned over `seconds` as a major-unit hourly rate, to the cent."""
    return (Decimal(minor) * 36 / Decimal(seconds)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _add(into: dict, values: dict) -> None:
    for key, value in values.items():
        into[key] = into.get(key, 0) + value


def _trouble(rows: list[ClientFigures]) -> dict[int, float]:
    """Each client's share of trouble: the mean of its share of hours and of messages (the
    Pareto view's definition), among `rows` only."""
    total_s = sum(r.seconds for r in rows)
    total_m = sum(r.messages for r in rows)
    parts = (total_s > 0) + (total_m > 0)
    if not parts:
        return {}
    out = {}
    for r in rows:
        hs = r.seconds / total_s if total_s else 0.0
        ms = r.messages / total_m if total_m else 0.0
        share = (hs + ms) / parts
        if share > 0:
            out[r.client_id] = share
    return out


def side(rows: list[ClientFigures]) -> Side:
    """The totals of `rows` (one pass; money per currency)."""
    revenue: Money = {}
    overdue: Money = {}
    weighted: dict[str, float] = {}
    by_currency: dict[str, int] = {}
    seconds = billed = messages = late = rounds = active = 0
    for r in rows:
        if not r.active:
            continue
        active += 1
        _add(revenue, r.revenue)
        _add(overdue, r.overdue)
        _add(weighted, r.overdue_weighted)
        if r.billed_seconds:
            by_currency[r.currency] = by_currency.get(r.currency, 0) + r.billed_seconds
        seconds += r.seconds
        billed += r.billed_seconds
        messages += r.messages
        late += r.after_hours
        rounds += r.rounds
    shares = _trouble(rows)
    names = {r.client_id: r.name for r in rows}
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1], names[kv[0]].casefold()))
    top = top_count(len(ranked))
    return Side(
        clients=active,
        revenue=revenue,
        seconds=seconds,
        billed_seconds=billed,
        messages=messages,
        after_hours=late,
        rounds=rounds,
        overdue=overdue,
        overdue_weighted=weighted,
        billed_by_currency=by_currency,
        top_trouble_share=sum(s for _cid, s in ranked[:top]) if ranked else None,
        trouble=tuple((cid, names[cid], s) for cid, s in ranked[:TROUBLE_LISTED]),
    )


def median_rate(rows: list[ClientFigures], currency: str) -> Decimal | None:
    """The median of the effective rates of the clients billed in `currency` (major units/h)."""
    rates = [
        Decimal(r.revenue[currency]) * 36 / Decimal(r.billed_seconds)
        for r in rows
        if r.currency == currency and r.billed_seconds > 0 and r.revenue.get(currency, 0) > 0
    ]
    return median(rates).quantize(Decimal("0.01"), ROUND_HALF_UP) if rates else None


def _replacement(
    rows: list[ClientFigures],
    now: Side,
    without: Side,
    remaining: list[ClientFigures],
    hours: float | None,
    rate: Decimal | None,
    currency: str | None,
) -> Replacement | None:
    lost = {c: now.revenue.get(c, 0) - without.revenue.get(c, 0) for c in now.revenue}
    if currency is None:
        candidates = sorted(lost.items(), key=lambda kv: (-kv[1], kv[0]))
        if candidates and candidates[0][1] > 0:
            currency = candidates[0][0]
        else:
            currency = max(now.revenue.items(), key=lambda kv: kv[1], default=(None, 0))[0]
    if currency is None:
        return None
    is_median = rate is None
    if rate is None:
        rate = median_rate(rows, currency)
    if rate is None or rate <= 0:
        return None
    lost_minor = lost.get(currency, 0)
    to_keep = float(Decimal(lost_minor) / 100 / rate) if lost_minor > 0 else 0.0
    replaced = None
    if hours is not None:
        added = int((Decimal(str(hours)) * rate * 100).quantize(Decimal(1), ROUND_HALF_UP))
        extra = ClientFigures(0, "", currency, revenue={currency: added})
        extra.billed_seconds = extra.seconds = round(hours * 3600)
        replaced = side([*remaining, extra])
    return Replacement(currency, rate, is_median, lost_minor, to_keep, hours, replaced)


def user_rates(at: dt.date) -> dict[str, Decimal]:
    """The user's exchange rates in force on `at` (currency -> base units, the base -> 1): the
    gauge's own conversion table (`store.rates.rates_on`), so both convert alike."""
    from clientfit.store.rates import rates_on

    return rates_on(at)


def what_if(
    removed: list[int],
    at: dt.date,
    figures: dict[int, ClientFigures] | None = None,
    replace_hours: float | None = None,
    rate: Decimal | None = None,
    currency: str | None = None,
    rates: dict[str, Decimal] | None = None,
) -> WhatIf:
    """The year ending on `at` with every client, and without the clients in `removed`.

    `figures` is `gather_figures(at)` when the caller keeps it (the app computes it once, then
    answers each selection from it); `replace_hours`/`rate`/`currency` describe new work standing
    in for the lost revenue (rate by default the median rate, currency by default the one that
    loses the most). `rates` (currency -> base units, the base currency mapping to 1) adds both
    sides in the base currency, and the replacement is then reckoned in it.
    """
    figures = gather_figures(at) if figures is None else figures
    gone = set(removed)
    missing = gone - figures.keys()
    if missing:
        raise LookupError(f"no client with id {sorted(missing)[0]}")
    rows = list(figures.values())
    remaining = [r for r in rows if r.client_id not in gone]
    now, without = side(rows), side(remaining)
    in_base = None
    money_rows, money_remaining, money_now, money_without = rows, remaining, now, without
    if rates and len(rates) > 1:
        money_rows, missing = to_base(rows, rates)
        money_remaining = [r for r in money_rows if r.client_id not in gone]
        money_now, money_without = side(money_rows), side(money_remaining)
        base = next(c for c, r in rates.items() if r == 1)
        in_base = InBase(base, money_now, money_without, tuple(sorted(missing)))
        currency = currency or base
    shares = _trouble(rows)
    remaining_share = sum(s for cid, s in shares.items() if cid not in gone) if shares else None
    return WhatIf(
        window=year_window(at),
        removed=tuple(figures[cid] for cid in removed),
        now=now,
        without=without,
        remaining_trouble_share=remaining_share,
        replacement=_replacement(
            money_rows, money_now, money_without, money_remaining, replace_hours, rate, currency
        ),
        forecasts=forecasts(list(removed), at),
        in_base=in_base,
    )
