"""The Pareto view's numbers: who takes the time and trouble, and who brings the revenue.

"Trouble" is a client's share of the portfolio's hours and of the messages it sends, averaged,
over the last 12 months; revenue is payments received in the same window. Clients are sorted by
trouble, the cumulative share is carried along, and the top 20 % of the clients that cause any
trouble are named with the share of trouble they cause and the share of revenue they bring.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from clientfit.health.score import Portfolio, gather
from clientfit.store.models import from_minor

TOP_SHARE = 0.2


@dataclass(slots=True)  # not frozen: 10,000 frozen rows cost ~50 ms in object.__setattr__ alone
class ParetoRow:
    client_id: int
    name: str
    hours: float
    messages: int
    revenue: Decimal
    hours_share: float
    messages_share: float
    trouble_share: float
    revenue_share: float
    cumulative_trouble_share: float
    top: bool


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
    currency: str

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
    """(trouble, -revenue share, name key, id, seconds, hours share, messages share, revenue
    share, name) of every client with hours, messages or revenue, most trouble first."""
    total_s, total_m, total_r = p.total_seconds, p.total_inbound, p.total_received
    rows = p.rows
    raw = []
    for cid, name, _currency, _gut in p.clients:
        r = rows.get(cid)
        if r is None:
            continue
        secs, n, money = r.long_s, r.inbound_long, r.received
        if not (secs > 0 or n or money):
            continue
        hs = secs / total_s if total_s else 0.0
        ms = n / total_m if total_m else 0.0
        if total_s and total_m:
            trouble = (hs + ms) / 2
        else:
            trouble = hs if total_s else ms if total_m else 0.0
        rs = money / total_r if total_r else 0.0
        raw.append((trouble, -rs, name.casefold(), cid, secs, hs, ms, rs, name))
    raw.sort(key=lambda r: (-r[0], r[1], r[2]))
    return raw


def _top_n(raw: list[tuple]) -> int:
    return top_count(sum(1 for r in raw if r[0] > 0))


def pareto_place(client_id: int, portfolio: Portfolio) -> ParetoPlace | None:
    """One client's place in the Pareto ranking (the packet), without building every row."""
    raw = _ranked(portfolio)
    for k, r in enumerate(raw):
        if r[3] == client_id:
            return ParetoPlace(k + 1, len(raw), r[0], r[7], k < _top_n(raw))
    return None


def pareto(at: dt.date | None = None, portfolio: Portfolio | None = None) -> ParetoResult:
    """The portfolio's Pareto breakdown as of `at` (default today), from `portfolio` if given."""
    p = portfolio or gather(at)
    raw = _ranked(p)
    top_n = _top_n(raw)
    rows: list[ParetoRow] = []
    cumulative = 0.0
    for k, (trouble, _neg, _key, cid, secs, hs, ms, rs, name) in enumerate(raw):
        cumulative += trouble
        rows.append(
            ParetoRow(
                client_id=cid,
                name=name,
                hours=round(secs / 3600, 2),
                messages=p.inbound_long(cid),
                revenue=from_minor(p.received(cid)),
                hours_share=hs,
                messages_share=ms,
                trouble_share=trouble,
                revenue_share=rs,
                cumulative_trouble_share=min(1.0, cumulative),
                top=k < top_n,
            )
        )
    currencies = [row[2] for row in p.clients]
    return ParetoResult(
        at=p.window.at,
        rows=rows,
        top_count=top_n,
        top_trouble_share=sum(r.trouble_share for r in rows if r.top),
        top_revenue_share=sum(r.revenue_share for r in rows if r.top),
        total_hours=round(p.total_seconds / 3600, 2),
        total_messages=p.total_inbound,
        total_revenue=from_minor(p.total_received),
        currency=max(set(currencies), key=currencies.count) if currencies else "SEK",
    )
