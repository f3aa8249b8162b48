#!/usr/bin/env python3
"""Encryption at rest, what it costs: open, score and import on an encrypted database against the
same database in plain SQLite (issue 19 asks for at most 1.3x).

    .venv/bin/python benchmarks/bench_encryption.py --clients 2000 --messages 200000 --runs 5

Rows:
- open (fresh process): `clientfit-cli clients --json` as a new process, what a user waits for;
  the key comes from a keyring (benchmarks/bench_keyring.py stands in for the OS keyring), so
  there is no key stretching, but importing sqlcipher3 and keyring is paid;
- open, score and import in this process: the real CLI entry point (`clients --json`,
  `score --json`, `import mbox`), each run on a fresh copy of the database so the health cache
  starts out the same for both.

Plain and encrypted runs alternate (ABBA), after one warm-up round, so a change in the machine's
load hits both alike. Each row gives the median wall time and the median CPU time (user + system
of the process doing the work): on a shared machine the CPU time is the steadier of the two. Run
it a few times and report the spread; the shared VM moves wall times by 20-30 %.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(BENCH_DIR))

from benchlib import CLI, bench_env, load_average  # noqa: E402


def _cli(*args: str) -> int:
    from clientfit.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(args))


def _fresh(base: Path, work: Path, name: str) -> Path:
    target = work / name
    for suffix in ("", ".keyinfo"):
        src = Path(f"{base}{suffix}")
        if src.exists():
            shutil.copyfile(src, Path(f"{target}{suffix}"))
    return target


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(fn, cpu) -> tuple[float, float]:
    """(wall s, cpu s) of one call."""
    c0, t0 = cpu(), time.perf_counter()
    fn()
    return time.perf_counter() - t0, cpu() - c0


def _alternate(run_plain, run_secret, runs: int, cpu, warmup: bool = True) -> dict:
    """Plain and encrypted runs in ABBA order (after a warm-up pair); all samples kept."""
    samples: dict[str, list[tuple[float, float]]] = {"plain": [], "encrypted": []}
    if warmup:
        run_plain()
        run_secret()
    for i in range(runs):
        order = (("plain", run_plain), ("encrypted", run_secret))
        for label, fn in order if i % 2 == 0 else reversed(order):
            samples[label].append(_measure(fn, cpu))
    return samples


def _summary(samples: dict) -> dict:
    out = {}
    for label, rows in samples.items():
        out[label] = {
            "wall_s": round(statistics.median(w for w, _c in rows), 3),
            "cpu_s": round(statistics.median(c for _w, c in rows), 3),
            "wall_all": [round(w, 3) for w, _c in rows],
        }
    out["ratio_wall"] = round(out["encrypted"]["wall_s"] / out["plain"]["wall_s"], 2)
    out["ratio_cpu"] = round(out["encrypted"]["cpu_s"] / out["plain"]["cpu_s"], 2)
    return out


def _mbox(path: Path, sender: str, n: int) -> None:
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(
                (
                    f"From {sender} Mon Mar 04 09:12:00 2024\nMessage-ID: <bench-{i}@enc.test>\n"
                    f"Date: Mon, 4 Mar 2024 10:{i % 60:02d}:00 +0100\nFrom: {sender}\n"
                    f"To: me@studio.test\nSubject: Bench {i}\n\nBody {i}.\n\n"
                ).encode()
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--mbox-messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--open-runs", type=int, default=9)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="clientfit-enc-bench-") as tmp:
        work = Path(tmp)
        keyring_file = work / "keyring.json"
        os.environ["BENCH_KEYRING_FILE"] = str(keyring_file)
        import keyring
        from bench_keyring import FileKeyring

        keyring.set_keyring(FileKeyring())
        from clientfit.store import encryption
        from clientfit.store.encryption_convert import encrypt_files

        load_before = load_average()
        plain = work / "plain.db"
        _cli(
            "--db",
            str(plain),
            "demo",
            "--clients",
            str(args.clients),
            "--messages",
            str(args.messages),
        )
        con = sqlite3.connect(plain)
        sender = con.execute(
            "SELECT value FROM contact_point WHERE kind = 'email' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        con.close()
        mbox = work / "bench.mbox"
        _mbox(mbox, sender, args.mbox_messages)
        (work / "enc").mkdir()
        secret = work / "enc" / "secret.db"
        shutil.copyfile(plain, secret)
        encrypt_files(secret, "a bench passphrase")
        encryption.set_current_key(None)
        runs_dir = work / "runs"
        runs_dir.mkdir()

        def fresh(base: Path) -> Path:
            return _fresh(base, runs_dir, f"run-{time.perf_counter_ns()}.db")

        def in_process(*cmd: str):
            def run(base: Path) -> None:
                db = fresh(base)
                try:
                    code = _cli("--db", str(db), *cmd)
                finally:
                    encryption.set_current_key(None)
                if code != 0:
                    raise RuntimeError(f"{cmd} failed on {base.name}: exit {code}")

            return run

        env = bench_env(
            work,
            PYTHON_KEYRING_BACKEND="bench_keyring.FileKeyring",
            BENCH_KEYRING_FILE=str(keyring_file),
        )
        env["PYTHONPATH"] = os.pathsep.join((env["PYTHONPATH"], str(BENCH_DIR)))

        def child(base: Path) -> None:
            proc = subprocess.run(
                [*CLI, "--db", str(fresh(base)), "clients", "--json"],
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if proc.returncode != 0:
                raise RuntimeError(f"clients --json failed: {proc.stderr[-2000:]}")

        rows = {}
        rows["open (fresh process: clientfit-cli clients --json)"] = _summary(
            _alternate(lambda: child(plain), lambda: child(secret), args.open_runs, _cpu_children)
        )
        for name, cmd, runs in (
            ("open (in process: clients --json)", ("clients", "--json"), args.open_runs),
            ("score (in process: score --json)", ("score", "--json"), args.runs),
            (
                f"import a {args.mbox_messages:,}-message mbox",
                ("import", "mbox", str(mbox)),
                args.runs,
            ),
        ):
            run = in_process(*cmd)
            rows[name] = _summary(
                _alternate(lambda r=run: r(plain), lambda r=run: r(secret), runs, _cpu_self)
            )
            for leftover in runs_dir.iterdir():
                leftover.unlink()
        out = {
            "clients": args.clients,
            "messages": args.messages,
            "db_mb": round(plain.stat().st_size / 1e6, 1),
            "load_before": load_before,
            "load_after": load_average(),
            "rows": rows,
        }
        print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
