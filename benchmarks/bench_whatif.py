"""What-if for 20 clients at scale, as the app answers it, against a raw sqlite3 floor.

Clientfit: `clientfit.core.whatif.what_if(ids, at, figures)` in this process for 20 of the
clients with the most messages (the ones a user would pick from the Pareto view), with the
year's per-client figures already gathered - what the what-if view holds once it has opened and
keeps until the database changes - so the measured time is one selection's answer: both sides
summed over every client, the trouble shares, the replacement, the 20 forecasts and the user's
exchange rates of the day. The
gathering itself (the first what-if after opening or after a change) is reported beside it.
Baseline: stdlib sqlite3 counting the year's messages per client (`GROUP BY client_id`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from benchlib import Result, median, not_available, timed

PICKED = 20
TARGET_MS = 200


def run(db_path: Path, runs: int) -> list[Result]:
    measure = f"what-if for {PICKED} clients"
    try:
        from clientfit.core.figures import gather_figures
        from clientfit.core.whatif import user_rates, what_if
        from clientfit.store.database import close_database, open_database
    except ImportError as exc:
        return [not_available(measure, str(exc), "ms", "ms")]
    at = dt.date.today()
    first = (at + dt.timedelta(days=1) - dt.timedelta(days=365)).isoformat()
    raw = sqlite3.connect(str(db_path))
    baseline_sql = (
        "SELECT client_id, COUNT(*) FROM message WHERE direction = 'in' AND sent_at >= ? "
        "GROUP BY client_id"
    )
    base = timed(lambda: raw.execute(baseline_sql, (first,)).fetchall(), runs)
    picked = [
        cid
        for (cid,) in raw.execute(
            "SELECT client_id FROM message GROUP BY client_id ORDER BY COUNT(*) DESC LIMIT ?",
            (PICKED,),
        )
    ]
    clients = raw.execute("SELECT COUNT(*) FROM client").fetchone()[0]
    messages = raw.execute("SELECT COUNT(*) FROM message").fetchone()[0]
    raw.close()
    open_database(db_path)
    try:
        gathering = timed(lambda: gather_figures(at), max(1, runs // 2), warmup=False)
        figures = gather_figures(at)
        # as the view asks: with the user's exchange rates in force that day
        answer = timed(lambda: what_if(picked, at, figures, rates=user_rates(at)), runs)
        result = what_if(picked, at, figures, rates=user_rates(at))
    finally:
        close_database()
    common = f"{clients:,} clients, {messages:,} messages, median of {runs}"
    return [
        Result(
            f"{measure} (the year's figures held, as the view does)",
            median(answer) * 1000,
            None,
            "ms",
            "ms",
            TARGET_MS,
            note=(
                f"{common}; now vs. without the {PICKED} clients with most messages: "
                f"{result.now.messages:,} -> {result.without.messages:,} messages"
            ),
            details={"clientfit_s": answer},
        ),
        Result(
            "what-if: gathering the year's figures (first what-if after opening or a change)",
            median(gathering),
            median(base),
            "s",
            "info",
            note=f"{common}; baseline: the year's inbound messages counted per client in sqlite3",
            details={"clientfit_s": gathering, "baseline_s": base},
        ),
    ]


if __name__ == "__main__":  # a quick look at one database: python benchmarks/bench_whatif.py DB
    import sys

    for r in run(Path(sys.argv[1]), 5):
        print(r.measure, r.clientfit, r.unit, r.baseline, r.note)
