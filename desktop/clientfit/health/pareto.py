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


def pareto(at: dt.date | None = None, portfolio: Portfolio | None = None) -> ParetoResult:
    """The portfolio's Pareto breakdown as of `at` (default today), from `portfolio` if given."""
    p = portfolio or gather(at)
    at = p.window.at
    time, inbound = p.time, p.inbound_long
    received = {cid: m.received for cid, m in p.money.items() if m.received}
    names = {cid: (name, cur) for cid, name, cur, _gut in p.clients}
    total_s = sum(t.long_s for t in time.values())
    total_m = sum(inbound.values())
    total_r = sum(received.values())
    ids = [
        cid
        for cid in names
        if (cid in time and time[cid].long_s > 0) or inbound.get(cid) or received.get(cid)
    ]
    raw = []
    for cid in ids:
        secs = time[cid].long_s if cid in time else 0
        hs = secs / total_s if total_s else 0.0
        ms = inbound.get(cid, 0) / total_m if total_m else 0.0
        parts = [s for s, total in ((hs, total_s), (ms, total_m)) if total]
        trouble = sum(parts) / len(parts) if parts else 0.0
        rs = received.get(cid, 0) / total_r if total_r else 0.0
        raw.append((trouble, -rs, names[cid][0].casefold(), cid, secs, hs, ms, rs))
    raw.sort(key=lambda r: (-r[0], r[1], r[2]))
    top_n = top_count(len([r for r in raw if r[0] > 0]))
    rows: list[ParetoRow] = []
    cumulative = 0.0
    for k, (trouble, _neg, _key, cid, secs, hs, ms, rs) in enumerate(raw):
        cumulative += trouble
        rows.append(
            ParetoRow(
                client_id=cid,
                name=names[cid][0],
                hours=round(secs / 3600, 2),
                messages=inbound.get(cid, 0),
                revenue=from_minor(received.get(cid, 0)),
                hours_share=hs,
                messages_share=ms,
                trouble_share=trouble,
                revenue_share=rs,
                cumulative_trouble_share=min(1.0, cumulative),
                top=k < top_n,
            )
        )
    currencies = [cur for _name, cur in names.values()]
    return ParetoResult(
        at=at,
        rows=rows,
        top_count=top_n,
        top_trouble_share=sum(r.trouble_share for r in rows if r.top),
        top_revenue_share=sum(r.revenue_share for r in rows if r.top),
        total_hours=round(total_s / 3600, 2),
        total_messages=total_m,
        total_revenue=from_minor(total_r),
        currency=max(set(currencies), key=currencies.count) if currencies else "SEK",
    )
