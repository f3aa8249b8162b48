"""The Pareto view's numbers: who takes the time and trouble, and who brings the revenue.

"Trouble" is a client's share of the portfolio's hours and of the messages it sends, averaged,
over the last 12 months; revenue is what was invoiced in the same window, paid or not, converted
into the base currency with the user's rates (a client in a currency without a rate has its
revenue left out, and `unrated` names the rate to add). Clients rank by trouble share minus
revenue share; the top 20 % of the clients that cause any trouble are named - but only clients
whose difference is positive, so the biggest, best-paying client is never the top trouble.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from clientfit.health.score import Portfolio, gather
from clientfit.store.models import from_minor

TOP_SHARE = 0.2


@dataclass(slots=True)  # not frozen: a frozen row pays object.__setattr__ per field (RESULTS.md)
class ParetoRow:
    client_id: int
    name: str
    hours: float
    messages: int
    revenue: Decimal | None  # in the base currency; None when its currency has no rate
    hours_share: float
    messages_share: float
    trouble_share: float
    revenue_share: float  # 0 when the revenue is left out
    cumulative_trouble_share: float
    top: bool
    difference: float = 0.0  # trouble share minus revenue share: the ranking


@dataclass(frozen=True)
class ParetoResult:
    at: dt.date
    rows: list[ParetoRow]  # sorted by trouble, most first
    top_count: int
    top_trouble_share: float  # the share of trouble the top 20 % cause
    top_revenue_share: float  # the share of revenue they bring
    total_hours: float
    total_messages: int
    total_revenue: Decimal
    currency: str  # the base currency
    unrated: tuple[str, ...] = ()  # currencies whose revenue is left out for want of a rate

    @property
    def top_names(self) -> list[str]:
        return [r.name for r in self.rows if r.top]


def top_count(n: int) -> int:
    """How many clients are "the top 20 %" of n (at least one when there is anyone)."""
    return max(1, round(n * TOP_SHARE)) if n else 0


@dataclass(frozen=True)
class ParetoPlace:
    """Where one client stands: rank (1 = most trouble) of `of` clients with any activity."""

    rank: int
    of: int
    trouble_share: float
    revenue_share: float
    top: bool


def _ranked(p: Portfolio) -> list[tuple]:
    """(difference, known, name key, id, seconds, hours share, messages share, revenue share,
    name, trouble, revenue) of every client with hours, messages or revenue, the largest
    trouble-minus-revenue difference first; clients whose revenue is left out come last."""
    total_s, total_m, total_r = p.total_seconds, p.total_inbound, p.total_revenue
    raw = []
    for cid, name, _currency, _gut in p.clients:
        if cid not in p.rows:
            continue
        secs, n, money = p.long_seconds(cid), p.inbound_long(cid), p.revenue(cid)
        if not (secs > 0 or n or money is None or money):
            continue
        hs = secs / total_s if total_s else 0.0
        ms = n / total_m if total_m else 0.0
        if total_s and total_m:
            trouble = (hs + ms) / 2
        else:
            trouble = hs if total_s else ms if total_m else 0.0
        rs = money / total_r if money is not None and total_r else 0.0
        diff = trouble - rs
        raw.append(
            (diff, money is not None, name.casefold(), cid, secs, hs, ms, rs, name, trouble, money)
        )
    raw.sort(key=lambda r: (not r[1], -r[0], r[2]))
    return raw


def _top_n(raw: list[tuple]) -> int:
    """How many rank among the top troublemakers: 20 % of the clients causing any trouble, of
    whom only those with a positive difference (and a known revenue) count."""
    allowed = top_count(sum(1 for r in raw if r[9] > 0))
    return min(allowed, sum(1 for r in raw if r[1] and r[0] > 0))


def pareto_place(client_id: int, portfolio: Portfolio) -> ParetoPlace | None:
    """One client's place in the Pareto ranking (the packet), without building every row."""
    raw = _ranked(portfolio)
    for k, r in enumerate(raw):
        if r[3] == client_id:
            return ParetoPlace(k + 1, len(raw), r[9], r[7], k < _top_n(raw))
    return None


def pareto(at: dt.date | None = None, portfolio: Portfolio | None = None) -> ParetoResult:
    """The portfolio's Pareto breakdown as of `at` (default today), from `portfolio` if given."""
    p = portfolio or gather(at)
    raw = _ranked(p)
    top_n = _top_n(raw)
    rows: list[ParetoRow] = []
    cumulative = 0.0
    for k, (diff, known, _key, cid, secs, hs, ms, rs, name, trouble, money) in enumerate(raw):
        cumulative += trouble
        rows.append(
            ParetoRow(
                client_id=cid,
                name=name,
                hours=round(secs / 3600, 2),
                messages=p.inbound_long(cid),
                revenue=from_minor(round(money)) if known else None,
                hours_share=hs,
                messages_share=ms,
                trouble_share=trouble,
                revenue_share=rs,
                cumulative_trouble_share=min(1.0, cumulative),
                top=k < top_n,
                difference=diff,
            )
        )
    return ParetoResult(
        at=p.window.at,
        rows=rows,
        top_count=top_n,
        top_trouble_share=sum(r.trouble_share for r in rows if r.top),
        top_revenue_share=sum(r.revenue_share for r in rows if r.top),
        total_hours=round(p.total_seconds / 3600, 2),
        total_messages=p.total_inbound,
        total_revenue=from_minor(round(p.total_revenue)),
        currency=p.base,
        unrated=p.unrated,
    )
