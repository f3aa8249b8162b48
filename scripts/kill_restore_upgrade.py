#!/usr/bin/env python3
"""Lockouts: SIGKILL `clientfit-cli restore` and a schema upgrade at random moments, then reopen.

Each run copies a prepared database, starts the command, kills it (SIGKILL, like a power cut for
the process) at a random moment between half its start-up and the end of a normal run, and then
opens the database the way the user would next - `clientfit-cli clients --json` - and checks:

- the reopen exits 0 (no "not a Clientfit database", no lockout, nothing set aside as damaged);
- `PRAGMA integrity_check` is ok afterwards;
- restore: the roster is entirely the old one or entirely the restored one;
- upgrade: every client is still there and the file is at the current schema.

    .venv/bin/python scripts/kill_restore_upgrade.py              # 100 runs of each (the full check)
    .venv/bin/python scripts/kill_restore_upgrade.py --runs 10 --kind restore --seed 3

Exit status 0 when every run passed. tests/trust/test_attacks.py runs a short version.
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

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "desktop" / "clientfit" / "store" / "migrations"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CLIENTFIT_DB", None)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "desktop"), env.get("PYTHONPATH", "")) if p
    )
    return env


def _cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "clientfit.cli", "--db", str(db), *args]


def _run(cmd: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"setup failed: {' '.join(cmd)}\n{done.stderr}")
    return done


def _remove(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def _names(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM client"))
    finally:
        con.close()


def build_version_1(target: Path, filled: Path) -> None:
    """A database as Clientfit schema 1 made it (migration 0001 only, stamped 1), holding the
    rows of `filled` (a current database) in every column schema 1 had."""
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    first = sorted(p.stem for p in MIGRATIONS.glob("0001_*.py"))[0]
    old = SqliteDatabase(str(target), pragmas={"journal_mode": "wal", "foreign_keys": 0})
    old.connect()
    with old.atomic():
        Runner(old, str(MIGRATIONS)).up(target=first)
        old.execute_sql("ATTACH DATABASE ? AS src", (str(filled),))
        tables = [
            r[0]
            for r in old.execute_sql(
                "SELECT name FROM main.sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'schema_migration'"
            )
        ]
        for t in tables:
            cols = list(old.execute_sql(f'PRAGMA main.table_info("{t}")'))
            have = {r[1] for r in old.execute_sql(f'PRAGMA src.table_info("{t}")')}
            names, values = [], []
            for _cid, col, kind, notnull, default, _pk in cols:
                if col in have:
                    names.append(f'"{col}"')
                    values.append(f'"{col}"')
                elif notnull and default is None:  # a column later schemas dropped or renamed
                    names.append(f'"{col}"')
                    values.append("0" if "INT" in kind.upper() or "BOOL" in kind.upper() else "''")
            old.execute_sql(
                f'INSERT INTO main."{t}" ({", ".join(names)}) '
                f'SELECT {", ".join(values)} FROM src."{t}"'
            )
        old.execute_sql("PRAGMA user_version = 1")
    old.execute_sql("DETACH DATABASE src")
    old.close()


@dataclass
class Case:
    kind: str
    base: Path
    args: list[str]
    before: list[str]  # the roster in the base file
    after: list[str]  # the roster after a complete run
    seconds: float = 0.0
    startup: float = 0.0
    grown: int = 0  # bytes a complete run adds to the database, its journals and backups


@dataclass
class Outcome:
    kind: str
    run: int
    kill_after: float
    killed: bool
    reopen_code: int
    integrity: str
    outcome: str  # old | new | (problem)
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def prepare(work: Path, kinds: list[str], env: dict[str, str], clients: int) -> list[Case]:
    cases = []
    small = work / "small.db"
    _run(_cli(small, "demo"), env)
    big = work / "big.db"
    _run(_cli(big, "demo", "--clients", str(clients), "--messages", str(clients * 150)), env)
    if "restore" in kinds:
        source = work / "restore-source.db"
        _run(_cli(big, "backup", "-o", str(source)), env)
        cases.append(Case("restore", small, ["restore", str(source)], _names(small), _names(big)))
    if "upgrade" in kinds:
        v1 = work / "upgrade-v1.db"
        build_version_1(v1, big)
        cases.append(Case("upgrade", v1, ["clients"], _names(v1), _names(v1)))
    for case in cases:
        trial = work / f"{case.kind}-trial.db"
        _remove(trial)
        shutil.rmtree(work / "backups", ignore_errors=True)
        shutil.copyfile(case.base, trial)
        before = _footprint(trial)
        started = time.perf_counter()
        _run(_cli(trial, *case.args), env)
        case.seconds = time.perf_counter() - started
        case.grown = max(1, _footprint(trial) - before)
        started = time.perf_counter()
        _run(_cli(small, "clients"), env)
        case.startup = time.perf_counter() - started
    return cases


def _footprint(db: Path) -> int:
    """Bytes in the database, its journals and its backups folder (they grow as the work goes)."""
    files = [Path(f"{db}{s}") for s in ("", "-wal", "-journal")]
    backups = db.parent / "backups"
    files += list(backups.iterdir()) if backups.is_dir() else []
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            continue
    return total


def _wait_for_growth(proc: subprocess.Popen, db: Path, target: int, limit: float) -> None:
    """Poll until the work has written `target` bytes (or the process ends, or `limit` s pass)."""
    deadline = time.perf_counter() + limit
    while proc.poll() is None and time.perf_counter() < deadline:
        if _footprint(db) >= target:
            return
        time.sleep(0.002)


def _reopen(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(_cli(db, "clients", "--json"), env=env, capture_output=True, text=True)


def one_run(case: Case, n: int, rng: random.Random, work: Path, env: dict[str, str]) -> Outcome:
    db = work / f"{case.kind}-run.db"
    _remove(db)
    shutil.rmtree(work / "backups", ignore_errors=True)
    shutil.copyfile(case.base, db)
    # Half the runs are killed at a random moment, half once a random share of the work is on
    # disk: the second kind lands inside the short windows (a hot journal) a timer mostly misses.
    by_growth = n % 2 == 0
    start = _footprint(db)
    kill_after = rng.uniform(case.startup / 2, case.seconds * 1.05)
    share = rng.uniform(0.02, 0.98)
    started = time.perf_counter()
    proc = subprocess.Popen(
        _cli(db, *case.args), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if by_growth:
        _wait_for_growth(proc, db, start + int(share * case.grown), case.seconds * 3)
        kill_after = time.perf_counter() - started
    else:
        time.sleep(kill_after)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    problems = []
    reopened = _reopen(db, env)
    if reopened.returncode != 0:
        problems.append(f"reopen exit {reopened.returncode}: {reopened.stderr.strip()[:300]}")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        integrity, version = str(exc), -1
    finally:
        con.close()
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    outcome = "?"
    if reopened.returncode == 0:
        names = sorted(c["name"] for c in json.loads(reopened.stdout))
        outcome = "new" if names == case.after else "old" if names == case.before else "mixed"
        if outcome == "mixed":
            problems.append(f"roster is neither old nor new ({len(names)} clients)")
    if case.kind == "upgrade" and reopened.returncode == 0 and version < 2:
        problems.append(f"still at schema {version} after a clean reopen")
    damaged = list((work / "backups").glob("*damaged*")) if (work / "backups").is_dir() else []
    if damaged:
        problems.append(f"set aside as damaged: {damaged[0].name}")
    return Outcome(
        case.kind,
        n,
        round(kill_after, 3),
        killed,
        reopened.returncode,
        integrity,
        outcome,
        problems,
    )


def kill_loop(
    runs: int = 100,
    kinds: list[str] | None = None,
    seed: int = 1,
    work: Path | None = None,
    clients: int = 300,
) -> list[Outcome]:
    kinds = kinds or ["restore", "upgrade"]
    env = _env()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="clientfit-kill-") as tmp:
        work = work or Path(tmp)
        cases = prepare(work, kinds, env, clients)
        return [one_run(case, n, rng, work, env) for case in cases for n in range(1, runs + 1)]


def summarise(outcomes: list[Outcome]) -> dict:
    out = {}
    for kind in sorted({o.kind for o in outcomes}):
        mine = [o for o in outcomes if o.kind == kind]
        out[kind] = {
            "runs": len(mine),
            "passed": sum(o.passed for o in mine),
            "clean_reopens": sum(o.reopen_code == 0 for o in mine),
            "killed_while_running": sum(o.killed for o in mine),
            "old_after_kill": sum(o.killed and o.outcome == "old" for o in mine),
            "new_after_kill": sum(o.killed and o.outcome == "new" for o in mine),
            "failures": [o.__dict__ for o in mine if not o.passed][:10],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=100, help="runs per kind (default 100)")
    parser.add_argument("--kind", choices=("restore", "upgrade", "both"), default="both")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clients", type=int, default=300, help="size of the larger database")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not hasattr(signal, "SIGKILL"):
        print("needs POSIX signals (SIGKILL)", file=sys.stderr)
        return 2
    kinds = ["restore", "upgrade"] if args.kind == "both" else [args.kind]
    started = time.perf_counter()
    outcomes = kill_loop(args.runs, kinds, args.seed, clients=args.clients)
    summary = summarise(outcomes)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for kind, s in summary.items():
            print(
                f"{kind}: {s['passed']}/{s['runs']} passed, {s['clean_reopens']} clean reopens; "
                f"killed mid-run {s['killed_while_running']} times (old state after: "
                f"{s['old_after_kill']}, new: {s['new_after_kill']})"
            )
            for f in s["failures"]:
                print(f"  FAILED run {f['run']} (kill after {f['kill_after']} s): {f['problems']}")
        print(f"{time.perf_counter() - started:.0f} s")
    return 0 if all(o.passed for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
