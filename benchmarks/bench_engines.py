"""SQLite against PostgreSQL on this machine, in one run: score the portfolio, open the roster,
import an mbox (issue 20: PostgreSQL within 2x of SQLite).

    .venv/bin/python benchmarks/bench_engines.py [--clients 10000] [--messages 1000000]
                                                 [--mbox-messages 100000] [--markdown FILE]

Builds the portfolio once with `clientfit-cli demo` into a SQLite file, copies it to a throwaway
PostgreSQL server started from the installed binaries (tests/pgserver.py, the tests' server) with
`clientfit-cli copy`, then measures each engine in fresh processes, one after the other:

- score the portfolio from scratch (`signal_cache.forget()`, then `score_portfolio()`), and
  again with everything kept;
- open the roster (`ui.roster.rows.load_roster_rows()`, what the main window loads);
- import an mbox of N messages (`clientfit-cli import mbox`), into each engine's own copy.

Prints one row per measure: SQLite, PostgreSQL, their ratio, and whether PostgreSQL is within 2x.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import CLI, PYTHON, ROOT, bench_env, timed_run  # benchmarks/ is not a package

WORKER = """
import json, sys, time
from clientfit.store.database import open_database, close_database
from clientfit.health import score_portfolio
from clientfit.store.signal_cache import forget
from clientfit.ui.roster.rows import load_roster_rows
open_database(sys.argv[1])
out = {}
forget()
t = time.perf_counter(); n = len(list(score_portfolio())); out["score"] = time.perf_counter() - t
t = time.perf_counter(); score_portfolio(); out["score_kept"] = time.perf_counter() - t
t = time.perf_counter(); rows = load_roster_rows(); out["roster"] = time.perf_counter() - t
out["clients"] = n
close_database()
print(json.dumps(out))
"""


def _server():
    spec = importlib.util.spec_from_file_location("pgserver", ROOT / "tests" / "pgserver.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    reason = module.unavailable()
    if reason:
        raise SystemExit(reason)
    server = module.TestServer()
    server.start()
    return server


def _measure(target: str, env: dict) -> dict:
    proc = subprocess.run(
        [PYTHON, "-c", WORKER, target], env=env, capture_output=True, text=True, timeout=7200
    )
    if proc.returncode != 0:
        raise RuntimeError(f"measuring {target} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--mbox-messages", type=int, default=100_000)
    parser.add_argument("--markdown", type=Path, help="also write the rows as Markdown here")
    args = parser.parse_args(argv)

    import bench_import

    rows: list[tuple[str, float, float]] = []
    server = _server()
    try:
        with tempfile.TemporaryDirectory(prefix="clientfit-engines-") as folder:
            tmp = Path(folder)
            env = bench_env(tmp)
            sqlite_db = tmp / "portfolio.db"
            built, proc = timed_run(
                [
                    *CLI,
                    "--db",
                    str(sqlite_db),
                    "demo",
                    "--clients",
                    str(args.clients),
                    "--messages",
                    str(args.messages),
                ],
                env,
            )
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr[-2000:])
            url = server.url(server.create_database())
            copied, proc = timed_run([*CLI, "copy", "--from", str(sqlite_db), "--to", url], env)
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr[-2000:])
            print(f"built the portfolio in {built:.1f} s; copied to PostgreSQL in {copied:.1f} s")
            lite = _measure(str(sqlite_db), env)
            pg = _measure(url, env)
            size = f"{args.clients:,} clients / {args.messages:,} messages"
            rows.append((f"score the portfolio from scratch ({size})", lite["score"], pg["score"]))
            rows.append(
                (f"score it again, all kept ({size})", lite["score_kept"], pg["score_kept"])
            )
            rows.append(
                (f"open the roster ({args.clients:,} clients)", lite["roster"], pg["roster"])
            )

            mbox = tmp / "bench.mbox"
            bench_import.write_mbox(mbox, args.mbox_messages, args.clients, dt.date.today())
            times = []
            for target in (str(sqlite_db), url):
                took, proc = timed_run(
                    [*CLI, "--db", target, "import", "mbox", str(mbox), "--me", bench_import.ME],
                    env,
                )
                if proc.returncode not in (0, 1):
                    raise RuntimeError(proc.stderr[-2000:])
                times.append(took)
            rows.append((f"import a {args.mbox_messages:,}-message mbox", *times))
    finally:
        server.stop()

    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        f"Engines, {stamp} (one run, same machine):",
        "",
        "| measure | SQLite | PostgreSQL | PostgreSQL / SQLite | within 2x? |",
        "| --- | --- | --- | --- | --- |",
    ]
    for measure, lite_s, pg_s in rows:
        ratio = pg_s / lite_s if lite_s else float("inf")
        lines.append(
            f"| {measure} | {lite_s:.2f} s | {pg_s:.2f} s | {ratio:.2f}x | "
            f"{'yes' if ratio <= 2 else 'no'} |"
        )
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
