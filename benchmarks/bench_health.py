"""Benchmark: the whole portfolio's health scores at 10,000 clients and 1,000,000 messages.

Builds the portfolio once with `store.synthetic.generate_large` (bulk inserts in one transaction) into
a file that is kept for the next run, then times `score_portfolio`, `pareto` and each signal query,
against a raw sqlite3 `SELECT client_id, COUNT(*) FROM message GROUP BY client_id` as the floor.

    .venv/bin/python benchmarks/bench_health.py [--clients 10000] [--messages 1000000] [--db FILE]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(best wall, median wall, best CPU) seconds over `runs` calls, after one warm-up call.

    CPU time is reported beside wall time because the benchmark often runs on a shared, busy
    machine, where wall time includes waiting for a core.
    """
    fn()
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), statistics.median(times), min(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database file (built if missing, kept)")
    parser.add_argument(
        "--analyze", action="store_true", help="run ANALYZE first (default: no planner statistics)"
    )
    args = parser.parse_args(argv)

    from clientfit.health import config as health_config
    from clientfit.health import pareto, score_portfolio, signals
    from clientfit.store import synthetic
    from clientfit.store.database import open_database

    path = args.db or Path(tempfile.gettempdir()) / (
        f"clientfit-bench-{args.clients}-{args.messages}.db"
    )
    fresh = not path.exists()
    open_database(path)
    if fresh:
        start = time.perf_counter()
        synthetic.generate_large(args.clients, args.messages)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    else:
        print(f"reusing {path}")

    from clientfit.store.database import db

    if args.analyze:
        db.execute_sql("ANALYZE")
    else:  # the worst case, and the usual one: a user's database nobody has ever ANALYZEd
        db.execute_sql("DROP TABLE IF EXISTS sqlite_stat1")
        db.execute_sql("DROP TABLE IF EXISTS sqlite_stat4")
    print("planner statistics: " + ("ANALYZE run" if args.analyze else "none"))
    counts = {
        t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("client", "message", "time_entry", "invoice", "payment")
    }
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))

    raw = sqlite3.connect(str(path))
    rows: list[tuple[str, float, float, float]] = []

    def add(label: str, fn: Callable[[], object]) -> None:
        rows.append((label, *timed(fn, args.runs)))

    add(
        "raw sqlite3: COUNT(*) GROUP BY client_id over all messages",
        lambda: raw.execute(
            "SELECT client_id, count(*) FROM message GROUP BY client_id"
        ).fetchall(),
    )
    scores = score_portfolio()
    add(f"score_portfolio() - {len(scores):,} clients, 7 factors each", score_portfolio)
    add("pareto()", pareto)
    from clientfit.health import score as score_module

    def gather_only() -> object:
        return score_module.gather()

    add("  score_portfolio's queries alone (gather)", gather_only)

    import datetime as dt

    from clientfit.common.zone import user_zone

    w = signals.window_for(dt.date.today(), user_zone())
    hours = health_config.working_hours()
    add(
        "  signal: messages, 90 days, after hours in local time",
        lambda: signals.message_signals(w, hours),
    )
    add("  signal: inbound messages, 12 months", lambda: signals.inbound_long(w))
    add("  signal: hours", lambda: signals.hour_signals(w))
    from clientfit.health import cache, money

    base, rates = cache.money_context(w)
    add(
        "  signal: invoices and payments, per currency",
        lambda: money.money_signals(w, rates, base),
    )
    add("  signal: first records (evidence age)", lambda: signals.first_records(w))
    add("  signal: revision rounds", lambda: signals.revision_signals(w))

    width = max(len(r[0]) for r in rows)
    print(f"\n{'':{width}}  wall best  wall median  CPU best   (of {args.runs} runs)")
    for label, best, med, cpu in rows:
        print(f"{label:{width}}  {best * 1000:6.0f} ms  {med * 1000:8.0f} ms  {cpu * 1000:6.0f} ms")
    print(
        f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
    )
    bands: dict[str, int] = {}
    for s in scores.values():
        bands[s.band.key] = bands.get(s.band.key, 0) + 1
    print("\nbands: " + ", ".join(f"{k} {v:,}" for k, v in sorted(bands.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
