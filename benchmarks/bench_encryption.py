#!/usr/bin/env python3
"""Encryption at rest, what it costs: open, score and import on an encrypted database against the
same database in plain SQLite (issue 19 asks for at most 1.3x).

    .venv/bin/python benchmarks/bench_encryption.py --clients 2000 --messages 200000 --runs 3

Each timing is the median of `--runs` runs of the real CLI entry point in this process (an
in-memory keyring holds the key, as the OS keyring would: no key stretching on open), each on a
fresh copy of the database so the health cache starts out the same for both.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))


def _memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        kept: dict = {}

        def get_password(self, s, u):
            return self.kept.get((s, u))

        def set_password(self, s, u, p):
            self.kept[(s, u)] = p

        def delete_password(self, s, u):
            self.kept.pop((s, u), None)

    keyring.set_keyring(Memory())


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


def _time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    _memory_keyring()
    import sqlite3

    from clientfit.store import encryption
    from clientfit.store.encryption_convert import encrypt_files

    with tempfile.TemporaryDirectory(prefix="clientfit-enc-bench-") as tmp:
        work = Path(tmp)
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
        rows = {}
        for label, base in (("plain", plain), ("encrypted", secret)):
            runs_dir = work / f"runs-{label}"
            runs_dir.mkdir()

            def fresh(base=base, runs_dir=runs_dir):
                return _fresh(base, runs_dir, f"run-{time.perf_counter_ns()}.db")

            rows[label] = {
                "open": _time(lambda: _cli("--db", str(fresh()), "clients", "--json"), args.runs),
                "score": _time(lambda: _cli("--db", str(fresh()), "score", "--json"), args.runs),
                "import": _time(
                    lambda: _cli("--db", str(fresh()), "import", "mbox", str(mbox)), args.runs
                ),
            }
            encryption.set_current_key(None)
        out = {
            k: {
                "plain_s": round(rows["plain"][k], 3),
                "encrypted_s": round(rows["encrypted"][k], 3),
                "ratio": round(rows["encrypted"][k] / rows["plain"][k], 2),
            }
            for k in ("open", "score", "import")
        }
        print(json.dumps({"clients": args.clients, "messages": args.messages, **out}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
