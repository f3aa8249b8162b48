"""Scoring the whole portfolio against a raw sqlite3 GROUP BY over the same messages table.

Clientfit: `clientfit.health.score_portfolio()` in this process, in three situations (nothing
changed since the last scoring; one client changed; nothing kept), on a copy of the portfolio
so the edits do not leak into the other measures. Baseline: stdlib sqlite3 running
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


def _edit_one_client(client_ids: list[int], k: int) -> None:
    """What a user does between two scorings: one new message from one client (in a copy)."""
    import datetime as dt

    from clientfit.store.database import db
    from clientfit.store.models import Message

    with db.atomic():
        Message.create(
            client=client_ids[(k * 997) % len(client_ids)],
            direction="in",
            sent_at=dt.datetime.utcnow() - dt.timedelta(hours=2),
            subject="Benchmark: one more thing",
        )


def run(db_path: Path, runs: int) -> list[Result]:
    """Three rows: nothing changed since the last scoring (the app's start, a roster reload),
    one client changed (after an edit or a small import), and from scratch (the first scoring
    of a day, or after the working hours change), each against the same raw GROUP BY."""
    import shutil
    import tempfile

    measure = "score the whole portfolio"
    try:
        from clientfit.health import score_portfolio
        from clientfit.store.database import close_database, open_database
        from clientfit.store.signal_cache import forget
    except ImportError as exc:
        return [not_available(measure, str(exc), "s")]
    raw = sqlite3.connect(str(db_path))
    base = timed(lambda: raw.execute(BASELINE_SQL).fetchall(), runs)
    raw.close()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "score.db"  # the edits go into a copy; the portfolio stays as built
        con = sqlite3.connect(str(db_path))
        con.execute("VACUUM INTO ?", (str(copy),))
        con.close()
        open_database(copy)
        try:
            clients = list(score_portfolio())  # fills what is kept
            unchanged = timed(score_portfolio, runs)
            edited = []
            for k in range(runs):
                _edit_one_client(clients, k)
                edited += timed(score_portfolio, 1, warmup=False)
            scratch = []
            for _ in range(runs):
                forget()
                scratch += timed(score_portfolio, 1, warmup=False)
            forget()
            statements = _capture_statements(score_portfolio)
        finally:
            close_database()
        costs = statement_costs(copy, statements)
        shutil.rmtree(tmp, ignore_errors=True)
    sql_ms = sum(s.get("ms", 0) for s in costs)
    top = ", ".join(f"{s['ms']:.0f} ms" for s in costs[:4] if "ms" in s)
    common = f"{len(clients):,} clients, median of {runs}; baseline `{BASELINE_SQL}`"
    return [
        Result(
            f"{measure}: nothing changed since the last scoring",
            median(unchanged),
            median(base),
            "s",
            "ratio",
            1.5,
            note=f"{common}; scores kept in signal_cache, read back without touching a record",
            details={"clientfit_s": unchanged, "baseline_s": base},
        ),
        Result(
            f"{measure}: one client changed since",
            median(edited),
            median(base),
            "s",
            "ratio",
            1.5,
            note=(
                f"{common}; one new message per run: that client's signals re-read, every "
                "score recomputed in Python (the portfolio's totals moved) and stored"
            ),
            details={"clientfit_s": edited, "baseline_s": base},
        ),
        Result(
            f"{measure}: from scratch (first of the day)",
            median(scratch),
            median(base),
            "s",
            "ratio",
            1.5,
            note=(
                f"{common}; nothing kept: its {len(statements)} statements cost {sql_ms:.0f} ms "
                f"alone in sqlite3 (largest {top}), the rest is Python and storing the rows"
            ),
            details={
                "clientfit_s": scratch,
                "baseline_s": base,
                "statements": costs,
            },
        ),
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
