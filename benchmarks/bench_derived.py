"""Derived data, two designs measured side by side (issue 18, point 5).

    .venv/bin/python benchmarks/bench_derived.py PORTFOLIO.db [--runs 3]

**Kept per client (the product's design).** `signal_cache` holds one row per client (its signals
and its last score); 21 triggers (`store/signal_triggers.py`) delete a client's row in the same
statement that writes one of its records. A scoring reuses every valid row and recomputes only
the missing ones (`health/cache.py`, `health/kept_scores.py`).

**Kept per portfolio (the simpler design).** No triggers and no per-client rows: one counter
that every write transaction bumps (in one place: the store's transaction; simulated here by the
edit's own `UPDATE`), and one kept result - every client's score - stamped with the counter, the
day and the settings. When the stamp matches, the scores are read back; when anything changed,
every client's signals are recomputed with the grouped queries (`score_portfolio(keep=False)`,
the same queries the product runs for a full pass) and the result is kept again.

Both run on their own copy of the portfolio, in one process, on the same three situations as
`bench_score.py`: nothing changed, one new message of one client, from scratch. A fourth row
prices the write side: 10,000 messages inserted in one transaction with and without the triggers.
Prints a table and one `clientfit-bench-json` line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sqlite3
import sys
import tempfile
from pathlib import Path

from bench_score import _edit_one_client
from benchlib import median, timed

SETUP = """
CREATE TABLE IF NOT EXISTS bench_change (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO bench_change VALUES (1, 0);
CREATE TABLE IF NOT EXISTS bench_kept (id INTEGER PRIMARY KEY CHECK (id = 1), stamp TEXT, result BLOB);
"""


def _copy(src: Path, dst: Path) -> Path:
    con = sqlite3.connect(str(src))
    con.execute("VACUUM INTO ?", (str(dst),))
    con.close()
    return dst


def _edit(client_ids: list[int], k: int, bump: bool) -> None:
    """One new message of one client (bench_score's edit), in one transaction with the counter
    for the simpler design."""
    from clientfit.store.database import db

    with db.atomic():
        _edit_one_client(client_ids, k)
        if bump:
            db.execute_sql("UPDATE bench_change SET n = n + 1")


class PortfolioKept:
    """The simpler design: the whole result kept under (counter, day, settings)."""

    def __init__(self) -> None:
        from clientfit.store.database import db

        self.db = db
        for statement in SETUP.strip().split(";\n"):
            db.execute_sql(statement)

    def stamp(self, at: dt.date) -> str:
        from clientfit.common.zone import user_zone
        from clientfit.health import cache, config, signals
        from clientfit.health.kept_scores import settings_key

        w = signals.window_for(at, user_zone())
        (n,) = self.db.execute_sql("SELECT n FROM bench_change").fetchone()
        return f"{n}:{at}:{cache.basis(w, config.working_hours())}:{settings_key()}"

    def score(self) -> dict:
        from clientfit.health.bands import band_for
        from clientfit.health.kept_scores import _PortfolioLater
        from clientfit.health.score import ClientScore, gather, score_one, texts, today

        at, t = today(), texts()
        stamp = self.stamp(at)
        row = self.db.execute_sql("SELECT stamp, result FROM bench_kept").fetchone()
        if row is not None and row[0] == stamp:
            later = _PortfolioLater(at, t)
            return {
                c[0]: ClientScore(c[0], c[1], score, band_for(score), None, later, c)
                for c, score in pickle.loads(row[1])
            }
        p = gather(at, keep=False)  # every signal from the grouped queries, nothing kept
        out = {c[0]: score_one(p, c, t) for c in p.clients}
        blob = pickle.dumps([(c, out[c[0]].score) for c in p.clients])
        with self.db.atomic():
            self.db.execute_sql("INSERT OR REPLACE INTO bench_kept VALUES (1, ?, ?)", (stamp, blob))
        return out

    def forget(self) -> None:
        self.db.execute_sql("DELETE FROM bench_kept")


def _three(score, edit, forget, ids: list[int], runs: int) -> dict[str, list[float]]:
    score()
    unchanged = timed(score, runs)
    edited: list[float] = []
    for k in range(runs):
        edit(ids, k)
        edited += timed(score, 1, warmup=False)
    scratch: list[float] = []
    for _ in range(runs):
        forget()
        scratch += timed(score, 1, warmup=False)
    return {"unchanged": unchanged, "one edit": edited, "from scratch": scratch}


def _inserts(ids: list[int], n: int = 10_000) -> None:
    from clientfit.store.database import db
    from clientfit.store.models import Message

    when = dt.datetime.utcnow() - dt.timedelta(days=1)
    rows = [
        {"client": ids[(k * 7919) % len(ids)], "direction": "in", "sent_at": when, "subject": "x"}
        for k in range(n)
    ]
    with db.atomic():
        for start in range(0, n, 500):
            Message.insert_many(rows[start : start + 500]).execute()


def measure(portfolio: Path, runs: int) -> dict:
    from clientfit.health import score_portfolio
    from clientfit.store import signal_triggers
    from clientfit.store.database import close_database, db, open_database
    from clientfit.store.signal_cache import forget

    out: dict = {}
    with tempfile.TemporaryDirectory(prefix="clientfit-derived-") as tmp:
        # the product's design
        open_database(_copy(portfolio, Path(tmp) / "current.db"))
        try:
            ids = list(score_portfolio())
            out["kept per client (triggers)"] = _three(
                score_portfolio, lambda i, k: _edit(i, k, False), forget, ids, runs
            )
            out["insert 10,000 messages, triggers"] = timed(lambda: _inserts(ids), runs)
        finally:
            close_database()
        # the simpler design, on its own copy: no triggers, one counter, one kept result
        open_database(_copy(portfolio, Path(tmp) / "simple.db"))
        try:
            signal_triggers.drop(db)
            db.execute_sql("DELETE FROM signal_cache")
            simple = PortfolioKept()
            out["kept per portfolio (counter)"] = _three(
                simple.score, lambda i, k: _edit(i, k, True), simple.forget, ids, runs
            )

            def counted() -> None:
                _inserts(ids)
                db.execute_sql("UPDATE bench_change SET n = n + 1")

            out["insert 10,000 messages, counter"] = timed(counted, runs)
        finally:
            close_database()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a portfolio made by `clientfit-cli demo`")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    figures = measure(args.db, args.runs)
    a, b = figures["kept per client (triggers)"], figures["kept per portfolio (counter)"]
    print(f"{'situation':<16} {'per client':>12} {'per portfolio':>14} {'ratio':>7}")
    for key in a:
        x, y = median(a[key]), median(b[key])
        print(f"{key:<16} {x * 1000:>9.0f} ms {y * 1000:>11.0f} ms {y / x:>6.2f}x")
    w1 = median(figures["insert 10,000 messages, triggers"])
    w2 = median(figures["insert 10,000 messages, counter"])
    print(f"{'insert 10k msgs':<16} {w1 * 1000:>9.0f} ms {w2 * 1000:>11.0f} ms {w2 / w1:>6.2f}x")
    print("clientfit-bench-json " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
