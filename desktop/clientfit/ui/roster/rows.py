"""What the roster shows, read from the store: names at once, then scores and money on a worker.

Kept apart from the window so the two reads (their cost: benchmarks/RESULTS.md) have one home.
"""

from __future__ import annotations

from decimal import Decimal

from clientfit.store.database import db
from clientfit.store.models import Client, OffboardingPlan
from clientfit.ui.roster.model import RosterRow, column_orders

_NOTHING = Decimal(0)


def load_roster_rows() -> tuple[list[RosterRow], dict[int, list[RosterRow]]]:
    """Roster summaries joined with the health scores, both computed in the database, and every
    column's sort order (so no header click computes one).

    Runs on a worker thread: for a large portfolio it takes long enough to be seen.
    """
    from clientfit.health import score_portfolio
    from clientfit.store.summaries import client_summaries

    summaries = client_summaries()
    scores = score_portfolio()
    from clientfit.core.today import record_bands

    record_bands(scores)  # a band that dropped shows on the Today list for a week
    rows = []
    for s in summaries:
        score = scores.get(s.id)
        rows.append(
            RosterRow(
                s.id,
                s.name,
                "ending" if s.ending and s.status == "active" else s.status,
                score.score if score else None,
                score.band.key if score else "unknown",
                s.last_contact,
                s.outstanding,
                s.currency,
                _lacks(score),
            )
        )
    return rows, column_orders(rows)


def _lacks(score) -> str:
    """An unknown client's first two lacks, for the roster's cell and tooltip (worked out here,
    on the worker thread)."""
    if score is None or score.score is not None:
        return ""
    return "; ".join(score.missing[:2]) or " "


def load_roster_names() -> list[RosterRow]:
    """Just names and status: one cheap query, so the first window paints at once.

    The rows come straight from the cursor (peewee builds the query, not 10,000 row objects).
    """
    ending = {
        cid
        for (cid,) in db.execute(
            OffboardingPlan.select(OffboardingPlan.client).where(
                OffboardingPlan.status == "running"
            )
        ).fetchall()
    }  # a handful of running plans: "Ending" from the first paint on
    query = Client.select(Client.id, Client.name, Client.status, Client.currency)
    return [
        RosterRow(
            cid,
            name,
            "ending" if cid in ending and status == "active" else status,
            None,
            "unknown",
            None,
            _NOTHING,
            currency,
        )
        for cid, name, status, currency in db.execute(query).fetchall()
    ]
