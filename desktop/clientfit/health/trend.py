"""Monthly snapshots of the score: the trend line.

A snapshot records the score as it stood at the end of a month (or today, for the running month).
Because every figure can be computed "as of" a day, missing months can be filled in afterwards,
so the trend is there from the first run rather than building up over a year. Each snapshot
records the scoring rules' version it was computed with; a month whose snapshots come from other
rules counts as missing and is recomputed, so a rule change never shows as a change in the client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clientfit.health.kept_scores import score_portfolio
from clientfit.health.score import SCORE_VERSION, today
from clientfit.store.database import db
from clientfit.store.models import HealthSnapshot, utcnow


@dataclass(frozen=True)
class TrendPoint:
    month: str  # YYYY-MM
    score: int | None
    band: str  # a bands key


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(first: dt.date) -> dt.date:
    return _month_start(first, -1) - dt.timedelta(days=1)


def months_back(at: dt.date, months: int) -> list[tuple[str, dt.date]]:
    """[(month, the day it is judged as of)], oldest first; the running month is judged as of `at`."""
    out = []
    for back in range(months - 1, -1, -1):
        first = _month_start(at, back)
        out.append((month_key(first), min(_month_end(first), at)))
    return out


def take_monthly_snapshots(
    at: dt.date | None = None, months: int = 1, only_missing: bool = False
) -> int:
    """Snapshot every client's score for the month of `at` and the `months - 1` before it.

    The running month is always refreshed; `only_missing` skips earlier months that already have
    snapshots (what the app does at start-up). Returns the number of snapshots written.
    """
    at = at or today()
    done = set()
    if only_missing:  # a month counts as done when all its snapshots follow today's rules
        stale = {
            m
            for (m,) in HealthSnapshot.select(HealthSnapshot.month)
            .where(HealthSnapshot.rules.is_null() | (HealthSnapshot.rules != SCORE_VERSION))
            .distinct()
            .tuples()
        }
        done = {
            m for (m,) in HealthSnapshot.select(HealthSnapshot.month).distinct().tuples()
        } - stale
    current = month_key(at)
    written = 0
    for month, as_of in months_back(at, max(1, months)):
        if month in done and month != current:
            continue
        scores = score_portfolio(as_of, keep=as_of == at)  # past months would evict today
        now = utcnow()
        rows = [
            {
                "client": cid,
                "month": month,
                "score": s.score,
                "band": s.band.key,
                "computed_at": now,
                "rules": SCORE_VERSION,
            }
            for cid, s in scores.items()
        ]
        with db.atomic():
            for start in range(0, len(rows), 500):
                HealthSnapshot.insert_many(rows[start : start + 500]).on_conflict(
                    conflict_target=[HealthSnapshot.client, HealthSnapshot.month],
                    preserve=[
                        HealthSnapshot.score,
                        HealthSnapshot.band,
                        HealthSnapshot.computed_at,
                        HealthSnapshot.rules,
                    ],
                ).execute()
        written += len(rows)
    return written


def trend(client_id: int, months: int = 12, at: dt.date | None = None) -> list[TrendPoint]:
    """The client's snapshots for the last `months` months up to `at`, oldest first."""
    at = at or today()
    first = month_key(_month_start(at, months - 1))
    query = (
        HealthSnapshot.select(HealthSnapshot.month, HealthSnapshot.score, HealthSnapshot.band)
        .where(
            (HealthSnapshot.client == client_id)
            & (HealthSnapshot.month >= first)
            & (HealthSnapshot.month <= month_key(at))
        )
        .order_by(HealthSnapshot.month)
    )
    return [TrendPoint(m, s, b) for m, s, b in query.tuples()]
