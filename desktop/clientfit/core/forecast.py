"""Where a client is heading, honestly: the direction of its monthly health snapshots.

DESIGN.md's trend: a least-squares slope over at least four monthly snapshots; a slope under two
points a month either way is steady. Months without a score (unknown) do not count, and the months
the direction rests on are kept with it, so a reader sees what it stands on. With fewer than four
scored months there is no forecast, only how many months there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clientfit.health.trend import month_key, months_back
from clientfit.i18n import N_
from clientfit.store.database import db
from clientfit.store.models import HealthSnapshot

MIN_SNAPSHOTS = 4
STEADY_BELOW = 2.0  # points a month
MONTHS = 12  # how far back a forecast looks

IMPROVING, STEADY, WORSENING, NO_FORECAST = "improving", "steady", "worsening", "none"
DIRECTIONS = {
    IMPROVING: N_("improving"),
    STEADY: N_("steady"),
    WORSENING: N_("worsening"),
    NO_FORECAST: N_("no forecast"),
}


@dataclass(frozen=True)
class Forecast:
    direction: str  # improving | steady | worsening | none (fewer than MIN_SNAPSHOTS)
    slope: float | None  # score points per month; None without a forecast
    months: tuple[str, ...]  # YYYY-MM of the scored snapshots it rests on, oldest first
    scores: tuple[int, ...] = ()

    @property
    def known(self) -> bool:
        return self.direction != NO_FORECAST


def _index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def slope(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of y over x (x in months, so gaps between months count)."""
    n = len(points)
    mx = sum(x for x, _y in points) / n
    my = sum(y for _x, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _y in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return sxy / sxx if sxx else 0.0


def direction_of(months: list[str], scores: list[int]) -> Forecast:
    """The forecast from (month, score) pairs of one client, oldest first."""
    if len(scores) < MIN_SNAPSHOTS:
        return Forecast(NO_FORECAST, None, tuple(months), tuple(scores))
    s = slope([(_index(m), float(v)) for m, v in zip(months, scores, strict=True)])
    if s >= STEADY_BELOW:
        way = IMPROVING
    elif s <= -STEADY_BELOW:
        way = WORSENING
    else:
        way = STEADY
    return Forecast(way, round(s, 2), tuple(months), tuple(scores))


def forecasts(ids: list[int] | None, at: dt.date, months: int = MONTHS) -> dict[int, Forecast]:
    """The forecast of each client in `ids` (None = every client with snapshots) as of `at`:
    its scored snapshots of the `months` months up to `at`'s month."""
    span = months_back(at, months)
    first, last = span[0][0], month_key(at)
    query = (
        HealthSnapshot.select(HealthSnapshot.client, HealthSnapshot.month, HealthSnapshot.score)
        .where(
            (HealthSnapshot.month >= first)
            & (HealthSnapshot.month <= last)
            & HealthSnapshot.score.is_null(False)
        )
        .order_by(HealthSnapshot.client, HealthSnapshot.month)
    )
    series: dict[int, tuple[list[str], list[int]]] = {}
    parts = [None] if ids is None else [ids[k : k + 500] for k in range(0, len(ids), 500)]
    for part in parts:
        q = query if part is None else query.where(HealthSnapshot.client.in_(part))
        for cid, month, score in db.execute(q).fetchall():
            ms, ss = series.setdefault(cid, ([], []))
            ms.append(month)
            ss.append(score)
    out = {cid: direction_of(ms, ss) for cid, (ms, ss) in series.items()}
    for cid in ids or ():
        out.setdefault(cid, Forecast(NO_FORECAST, None, ()))
    return out
