"""Clientfit at scale: build a big portfolio and measure the app against baselines from the same run.

    .venv/bin/python benchmarks/run.py [--clients 10000] [--messages 1000000]
                                       [--mbox-messages 100000] [--out results.json]

Builds the portfolio with `clientfit-cli demo --clients N --messages M` in a temporary folder, then
measures (see each bench_*.py for exactly how): cold start to the first painted window and peak
memory (bench_startup), filtering and sorting the roster (bench_roster), scoring the portfolio
(bench_score), a what-if for 20 clients (bench_whatif), exporting a packet (bench_export),
importing an mbox (bench_import) and importing it again after 100 messages were appended
(bench_mail_incremental, `--only mail-incremental` runs it alone on its own small portfolio), and
the Today view with the tray's count (bench_today, on a copy), each against its baseline or target. Prints a table (measure, Clientfit, baseline, ratio, target, met?) and
writes it as JSON. A part whose feature is not in this checkout is reported "not available".
Exit status: 0 when it ran (whatever the figures), 1 when a part broke.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (  # benchmarks/ is not a package: found through sys.path
    BENCH_DIR,
    CLI,
    PYTHON,
    ROOT,
    Result,
    bench_env,
    load_average,
    median,
    not_available,
    table,
    timed_run,
    write_json,
)


def build_portfolio(db: Path, tmp: Path, clients: int, messages: int) -> Result:
    seconds, proc = timed_run(
        [*CLI, "--db", str(db), "demo", "--clients", str(clients), "--messages", str(messages)],
        bench_env(tmp),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"clientfit-cli demo failed: {proc.stderr.strip()[-2000:]}")
    return Result(
        f"build the portfolio (demo --clients {clients:,} --messages {messages:,})",
        seconds,
        None,
        "s",
        "info",
        note=proc.stdout.strip(),
    )


def roster_results(db: Path, tmp: Path, rounds: int) -> list[Result]:
    proc = subprocess.run(
        [PYTHON, str(BENCH_DIR / "bench_roster.py"), "--db", str(db), "--rounds", str(rounds)],
        env=bench_env(tmp),
        capture_output=True,
        text=True,
        timeout=3600,
    )
    line = next(
        (x for x in proc.stdout.splitlines() if x.startswith("clientfit-bench-json ")), None
    )
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"bench_roster.py failed ({proc.returncode}): {proc.stderr[-3000:]}")
    data = json.loads(line.split(" ", 1)[1])
    f = data["filter"]
    out = [
        Result(
            f'roster filter, per keystroke (typing and deleting "{data["typed"]}")',
            f["clientfit_ms"],
            f["naive_ms"],
            "ms",
            "ms",
            50,
            note=(
                f"{data['rows']:,} clients; worst keystroke (median of {rounds} rounds) of the real "
                f"main window, idle, vs a naive QSortFilterProxyModel; without the repaint: worst "
                f"{max(f['synchronous_ms']):.0f} ms; window loaded in {data['load_s']:.1f} s, "
                f"idle after {data['idle_s']:.1f} s"
            ),
            details=f,
        )
    ]
    for name, s in data["sort"].items():
        out.append(
            Result(
                f"roster sort by {name}, per click",
                s["clientfit_ms"],
                s["naive_ms"],
                "ms",
                "ms",
                50,
                details=s,
            )
        )
    return out


def today_results(db: Path, tmp: Path, rounds: int) -> list[Result]:
    """The Today view and tray count (bench_today.py), on a copy: its set-up adds plans,
    keep-in-touch intervals and band marks the other parts should not see."""
    copy = tmp / "today.db"
    shutil.copyfile(db, copy)
    proc = subprocess.run(
        [PYTHON, str(BENCH_DIR / "bench_today.py"), "--db", str(copy), "--rounds", str(rounds)],
        env=bench_env(tmp),
        capture_output=True,
        text=True,
        timeout=3600,
    )
    copy.unlink(missing_ok=True)
    line = next(
        (x for x in proc.stdout.splitlines() if x.startswith("clientfit-bench-json ")), None
    )
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"bench_today.py failed ({proc.returncode}): {proc.stderr[-3000:]}")
    data = json.loads(line.split(" ", 1)[1])
    kinds = ", ".join(f"{k} {n:,}" for k, n in sorted(data["kinds"].items()))
    note = (
        f"{data['clients']:,} clients, median of {rounds}; {data['items']:,} items "
        f"({data['due']:,} due, tray count {data['tray_count']:,}): {kinds}; baseline "
        "`SELECT client_id, COUNT(*) FROM message GROUP BY client_id` in the same process"
    )
    return [
        Result(
            "Today view and tray count, scores kept (panel refresh + tray icon, count, menu)",
            median(data["view_s"]) * 1000,
            median(data["baseline_s"]) * 1000,
            "ms",
            "ms",
            50,
            note=note,
            details={"clientfit_s": data["view_s"]},
        ),
    ] + [
        Result(
            name, median(data[key]) * 1000, None, "ms", "info", details={"clientfit_s": data[key]}
        )
        for name, key in (
            ("Today: the GUI thread's part of a refresh (model, count, tray)", "gui_s"),
            ("Today: the list alone (core.today.today_list)", "list_s"),
            (
                "Today: clientfit-cli today's prelude (kept scores read, bands noted)",
                "cli_prelude_s",
            ),
        )
    ]


def part(name: str, results: list[Result], errors: list[str], fn, *args) -> None:
    """Run one part; a part that breaks is reported (and makes the exit status 1), not fatal."""
    start = time.perf_counter()
    print(f"[{time.strftime('%H:%M:%S')}] {name} ...", flush=True)
    try:
        got = fn(*args)
    except Exception as exc:
        traceback.print_exc()
        errors.append(f"{name}: {exc}")
        got = [not_available(name, f"ERROR {type(exc).__name__}: {str(exc)[:300]}")]
        got[0].details["error"] = True
    results += got if isinstance(got, list) else [got]
    print(
        f"[{time.strftime('%H:%M:%S')}] {name} done in {time.perf_counter() - start:.1f} s",
        flush=True,
    )


def meta(args: argparse.Namespace) -> dict:
    def git(*cmd: str) -> str:
        try:
            return subprocess.run(
                ["git", *cmd], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "unknown"

    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "no PySide6"
    return {
        "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "clients": args.clients,
        "messages": args.messages,
        "mbox_messages": args.mbox_messages,
        "runs": args.runs,
        "commit": git("rev-parse", "--short", "HEAD"),
        "uncommitted_files": len(git("status", "--porcelain").splitlines()),
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "nice": os.nice(0),
        "qpa": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "load_average_before": load_average(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--mbox-messages", type=int, default=100_000)
    parser.add_argument(
        "--imap-messages", type=int, default=100_000, help="the IMAP folder of the sync rows"
    )
    parser.add_argument("--out", type=Path, default=Path("results.json"), help="JSON results")
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each timing")
    parser.add_argument(
        "--db", type=Path, help="copy this portfolio instead of building one (quicker reruns)"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument(
        "--only",
        default="startup,roster,score,whatif,packet,today,import,mail-incremental,sync",
        help="comma-separated parts (default: all)",
    )
    args = parser.parse_args(argv)
    parts = set(args.only.split(","))

    import bench_export
    import bench_import
    import bench_mail_incremental
    import bench_score
    import bench_startup
    import bench_sync
    import bench_whatif

    info = meta(args)
    print(f"Clientfit benchmark, {info['started']}, load average {info['load_average_before']}")
    results: list[Result] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="clientfit-bench-") as scratch:
        tmp = Path(args.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        db = tmp / "portfolio.db"
        if args.db:
            shutil.copyfile(args.db, db)
        elif parts <= {"mail-incremental", "sync"}:
            pass  # builds its own small portfolio
        else:
            part("build", results, errors, build_portfolio, db, tmp, args.clients, args.messages)
        if db.exists():
            if "startup" in parts:
                part(
                    "startup", results, errors, bench_startup.run, db, tmp, args.runs, args.clients
                )
            if "roster" in parts:
                part("roster", results, errors, roster_results, db, tmp, max(1, args.runs // 2 + 1))
            if "score" in parts:
                part("score", results, errors, bench_score.run, db, args.runs)
            if "whatif" in parts:
                part("whatif", results, errors, bench_whatif.run, db, args.runs)
            if "packet" in parts:
                part("packet", results, errors, bench_export.run, db, tmp, args.runs)
            if "today" in parts:
                part("today", results, errors, today_results, db, tmp, args.runs)
            if "import" in parts:  # last: it adds messages to the portfolio
                part(
                    "import",
                    results,
                    errors,
                    bench_import.run,
                    db,
                    tmp,
                    args.mbox_messages,
                    args.clients,
                )
        if "mail-incremental" in parts:
            part(
                "mail-incremental",
                results,
                errors,
                bench_mail_incremental.run,
                tmp,
                args.mbox_messages,
            )
        if "sync" in parts:  # builds its own portfolio and sources (issue 16)
            part(
                "sync",
                results,
                errors,
                bench_sync.run,
                tmp,
                args.mbox_messages,
                args.imap_messages,
                args.runs,
            )
    info["load_average_after"] = load_average()
    info["errors"] = errors
    print()
    print(table(results))
    print(
        f"\nload average before {info['load_average_before']}, after {info['load_average_after']}"
    )
    write_json(args.out, results, info)
    print(f"wrote {args.out}")
    if args.markdown:
        args.markdown.write_text(
            f"Run {info['started']} at commit {info['commit']} ({info['uncommitted_files']} files "
            f"uncommitted); {info['cpus']} CPUs, {info['platform']}, Python {info['python']}, "
            f"{info['qt']}, SQLite {info['sqlite']}, QPA {info['qpa']}, nice {info['nice']}; "
            f"load average {info['load_average_before']} before, {info['load_average_after']} "
            f"after.\n\n{table(results)}\n",
            encoding="utf-8",
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
