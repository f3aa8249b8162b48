"""Re-importing a grown mbox: 100 new messages appended to an mbox of N (default 100,000) that was
imported before, against importing the whole file.

Builds its own small synthetic portfolio (`demo --clients 1000 --messages 1000`, the contacts
`c{i}@client{i}.example` that bench_import's mbox writes to), imports the mbox once (the whole
file: the baseline), appends 100 messages and imports it again, each in a fresh
`clientfit-cli import mbox FILE --json` process. The measure is the import's own time as the
summary reports it (`seconds`: reading the file and writing the messages, in one transaction);
the note gives the process's wall time, which adds Python's and Clientfit's start-up.
Target: under 1 s (1000 ms).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bench_import import ME, write_mbox
from benchlib import CLI, Result, bench_env, timed_run

CLIENTS = 1000
NEW = 100


def _import(db: Path, path: Path, env: dict) -> tuple[float, dict]:
    wall, proc = timed_run(
        [*CLI, "--db", str(db), "import", "mbox", str(path), "--me", ME, "--json"], env
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"import failed ({proc.returncode}): {proc.stderr.strip()[-1500:]}")
    return wall, json.loads(proc.stdout)


def run(tmp: Path, messages: int) -> list[Result]:
    measure = f"{NEW} new messages appended to a {messages:,}-message mbox, imported again"
    env = bench_env(tmp)
    db = tmp / "incremental.db"
    db.unlink(missing_ok=True)
    _s, proc = timed_run(
        [*CLI, "--db", str(db), "demo", "--clients", str(CLIENTS), "--messages", "1000"], env
    )
    if proc.returncode != 0:
        raise RuntimeError(f"demo failed: {proc.stderr.strip()[-1500:]}")
    path = tmp / f"incremental-{messages}.mbox"
    grown = tmp / "grown.mbox"
    write_mbox(path, messages, CLIENTS, dt.date.today())
    write_mbox(grown, messages + NEW, CLIENTS, dt.date.today())
    whole_wall, whole = _import(db, path, env)
    # the grown file: the same first N messages (same seed), then NEW more
    with open(grown, "rb") as src, open(path, "r+b") as dst:
        src.seek(path.stat().st_size)
        dst.seek(0, 2)
        dst.write(src.read())
    grown.unlink()
    again_wall, again = _import(db, path, env)
    if not again.get("incremental"):
        raise RuntimeError(f"the second import read the whole file: {again}")
    return [
        Result(
            measure,
            again["seconds"] * 1000,
            whole["seconds"] * 1000,
            "ms",
            "ms",
            1000,
            note=(
                f"whole file first: {whole['seconds']:.1f} s ({whole_wall:.1f} s wall); again: "
                f"{again['seconds'] * 1000:.0f} ms in the import, {again_wall:.2f} s wall with "
                f"start-up; read {again['read']}, created {again['created'].get('messages', 0)}"
            ),
            details={"whole": whole, "again": again},
        )
    ]
