"""Scoring the whole portfolio against a raw sqlite3 GROUP BY over the same messages table.

Clientfit: `clientfit.health.score_portfolio()` in this process (after one warm-up call, so both
sides read a warm page cache). Baseline: stdlib sqlite3 running
`SELECT client_id, COUNT(*) FROM message GROUP BY client_id` (the floor `bench_health.py` uses too).
To say where the time goes, every SQL statement that one `score_portfolio()` call runs is
captured, re-run alone through sqlite3 and timed, with its EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchlib import Result, median, not_available, timed

BASELINE_SQL = "SELECT client_id, COUNT(*) FROM message GROUP BY client_id"


def _capture_statements(score) -> list[tuple[str, tuple]]:
    """The (sql, params) of every statement one score_portfolio() call executes."""
    from clientfit.store.database import db

    seen: list[tuple[str, tuple]] = []
    original = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        score()
    finally:
        del db.execute_sql
    return seen


def _plain(value):
    """Parameters as sqlite3 takes them (datetimes as peewee writes them: ISO with a space)."""
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def statement_costs(path: Path, statements: list[tuple[str, tuple]]) -> list[dict]:
    con = sqlite3.connect(str(path))
    out = []
    for sql, params in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        args = tuple(_plain(p) for p in params)
        try:
            times = timed(lambda sql=sql, args=args: con.execute(sql, args).fetchall(), 2)
            plan = [row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql, args)]
        except sqlite3.Error as exc:
            out.append({"sql": sql, "error": str(exc)})
            continue
        out.append({"sql": sql, "ms": min(times) * 1000, "plan": plan})
    con.close()
    out.sort(key=lambda s: -s.get("ms", 0))
    return out


def run(db_path: Path, runs: int) -> list[Result]:
    measure = "score the whole portfolio"
    try:
        from clientfit.health import score_portfolio
        from clientfit.store.database import close_database, open_database
    except ImportError as exc:
        return [not_available(measure, str(exc), "s")]
    open_database(db_path)
    try:
        ours = timed(score_portfolio, runs)
        clients = len(score_portfolio())
        statements = _capture_statements(score_portfolio)
    finally:
        close_database()
    raw = sqlite3.connect(str(db_path))
    base = timed(lambda: raw.execute(BASELINE_SQL).fetchall(), runs)
    raw.close()
    costs = statement_costs(db_path, statements)
    sql_ms = sum(s.get("ms", 0) for s in costs)
    top = ", ".join(f"{s['ms']:.0f} ms" for s in costs[:4] if "ms" in s)
    return [
        Result(
            measure,
            median(ours),
            median(base),
            "s",
            "ratio",
            1.5,
            note=(
                f"{clients:,} clients, median of {runs}; baseline `{BASELINE_SQL}`; "
                f"its {len(statements)} statements cost {sql_ms:.0f} ms alone in sqlite3 "
                f"(largest {top}), the rest is Python"
            ),
            details={"clientfit_s": ours, "baseline_s": base, "statements": costs},
        )
    ]


if __name__ == "__main__":  # a quick look at one database: python benchmarks/bench_score.py DB
    import sys

    start = time.perf_counter()
    for r in run(Path(sys.argv[1]), 3):
        print(r.measure, r.clientfit, r.baseline, r.note)
        for s in r.details.get("statements", []):
            print(f"{s.get('ms', 0):8.1f} ms  {s['sql'][:150]}")
            for line in s.get("plan", []):
                print("            ", line)
    print(f"{time.perf_counter() - start:.1f} s")
