#!/usr/bin/env python3
"""Crash safety: kill `clientfit-cli import` / `clientfit-cli demo` with SIGKILL at random moments.

Each run copies a prepared database, starts the command, kills it (SIGKILL: no cleanup, no
atexit, like a power cut for the process) at a random moment between its start and the end of a
normal run, and then checks the database file as the next start would find it:

- `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing;
- it holds all of that import or none of it (the import's messages / the demo's clients, counted).

    .venv/bin/python scripts/crash_loop.py                 # 100 runs of each kind (the full check)
    .venv/bin/python scripts/crash_loop.py --runs 10 --kind import --seed 3

Exit status 0 when every run passed. The test suite runs a short version (tests/trust).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

IMPORT_MESSAGES = 4000
DEMO_CLIENTS = 40
DEMO_MESSAGES = 20000


@dataclass
class Outcome:
    kind: str
    run: int
    kill_after: float
    killed: bool  # the process was still running when the signal came
    integrity: str
    found: int  # rows of this import/demo found afterwards
    expected: int  # rows of a complete run
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "clientfit.cli", "--db", str(db), *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CLIENTFIT_DB", None)
    src = Path(__file__).resolve().parent.parent / "desktop"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH", "")) if p)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"setup failed: {' '.join(cmd)}\n{done.stderr}")


def _write_mbox(path: Path, sender: str, n: int) -> None:
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(
                (
                    f"From {sender} Mon Mar 04 09:12:00 2024\n"
                    f"Message-ID: <crash-{i}@crash.test>\n"
                    f"Date: Mon, 4 Mar 2024 10:{i % 60:02d}:00 +0100\n"
                    f"From: {sender}\nTo: me@studio.test\nSubject: Crash test {i}\n\nBody {i}.\n\n"
                ).encode()
            )


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


@dataclass
class Case:
    kind: str
    base: Path
    cmd_args: list[str]
    count_sql: str
    expected: int
    seconds: float = 0.0  # an uninterrupted run
    startup: float = 0.0  # starting Python and opening the database, before any work


def prepare(work: Path, kinds: list[str], env: dict[str, str]) -> list[Case]:
    """Base databases, input files and the duration of an uninterrupted run of each command."""
    cases = []
    if "import" in kinds:
        base = work / "import-base.db"
        _run(_cli(base, "demo"), env)
        con = sqlite3.connect(base)
        sender = con.execute(
            "SELECT value FROM contact_point WHERE kind = 'email' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        con.close()
        mbox = work / "crash.mbox"
        _write_mbox(mbox, sender, IMPORT_MESSAGES)
        cases.append(
            Case(
                "import",
                base,
                ["import", "mbox", str(mbox)],
                "SELECT count(*) FROM message WHERE message_id LIKE '<crash-%'",
                IMPORT_MESSAGES,
            )
        )
    if "demo" in kinds:
        base = work / "demo-base.db"
        _run(_cli(base, "clients"), env)  # an empty, migrated database
        cases.append(
            Case(
                "demo",
                base,
                ["demo", "--clients", str(DEMO_CLIENTS), "--messages", str(DEMO_MESSAGES)],
                "SELECT count(*) FROM client",
                DEMO_CLIENTS,
            )
        )
    for case in cases:
        trial = work / f"{case.kind}-trial.db"
        shutil.copyfile(case.base, trial)
        started = time.perf_counter()
        _run(_cli(trial, *case.cmd_args), env)
        case.seconds = time.perf_counter() - started
        started = time.perf_counter()
        _run(_cli(case.base, "clients"), env)  # a read-only run: the cost of starting up
        case.startup = time.perf_counter() - started
        got = _count(trial, case.count_sql)
        if got != case.expected:
            raise SystemExit(f"{case.kind}: an uninterrupted run wrote {got}, not {case.expected}")
    return cases


def check(db: Path, case: Case) -> tuple[str, int, list[str]]:
    problems = []
    con = sqlite3.connect(db)  # read-write, as the next start would: recovers the WAL
    try:
        integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check").fetchall())
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        con.close()
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    if fk:
        problems.append(f"foreign_key_check: {fk[:3]}")
    found = _count(db, case.count_sql)
    if found not in (0, case.expected):
        problems.append(f"partial: {found} of {case.expected}")
    return integrity, found, problems


def one_run(case: Case, n: int, rng: random.Random, work: Path, env: dict[str, str]) -> Outcome:
    db = work / f"{case.kind}-run.db"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(case.base, db)
    # From half-way through start-up to just after a normal run would have ended: most kills land
    # while the command works, some before it starts writing and a few after it has finished.
    kill_after = rng.uniform(case.startup / 2, case.seconds * 1.05)
    proc = subprocess.Popen(
        _cli(db, *case.cmd_args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(kill_after)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    integrity, found, problems = check(db, case)
    return Outcome(
        case.kind, n, round(kill_after, 3), killed, integrity, found, case.expected, problems
    )


def crash_loop(
    runs: int = 100, kinds: list[str] | None = None, seed: int = 1, work: Path | None = None
) -> list[Outcome]:
    kinds = kinds or ["import", "demo"]
    env = _env()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="clientfit-crash-") as tmp:
        work = work or Path(tmp)
        cases = prepare(work, kinds, env)
        return [one_run(case, n, rng, work, env) for case in cases for n in range(1, runs + 1)]


def summarise(outcomes: list[Outcome]) -> dict:
    out = {}
    for kind in sorted({o.kind for o in outcomes}):
        mine = [o for o in outcomes if o.kind == kind]
        killed = [o for o in mine if o.killed]
        out[kind] = {
            "runs": len(mine),
            "passed": sum(o.passed for o in mine),
            "killed_while_running": len(killed),
            "killed_with_none_of_it": sum(o.found == 0 for o in killed),
            "killed_with_all_of_it": sum(o.found == o.expected for o in killed),
            "failures": [o.__dict__ for o in mine if not o.passed][:10],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=100, help="runs per kind (default 100)")
    parser.add_argument("--kind", choices=("import", "demo", "both"), default="both")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGKILL"):
        print("needs POSIX signals (SIGKILL)", file=sys.stderr)
        return 2
    kinds = ["import", "demo"] if args.kind == "both" else [args.kind]
    started = time.perf_counter()
    outcomes = crash_loop(args.runs, kinds, args.seed)
    summary = summarise(outcomes)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for kind, s in summary.items():
            print(
                f"{kind}: {s['passed']}/{s['runs']} passed; killed mid-run {s['killed_while_running']} "
                f"times (none of it: {s['killed_with_none_of_it']}, all of it: "
                f"{s['killed_with_all_of_it']})"
            )
            for f in s["failures"]:
                print(f"  FAILED run {f['run']} (kill after {f['kill_after']} s): {f['problems']}")
        print(f"{time.perf_counter() - started:.0f} s")
    return 0 if all(o.passed for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
