#!/usr/bin/env python3
"""Peak memory of every importer against the size of its file (issue 19: bounded memory).

    .venv/bin/python benchmarks/bench_import_memory.py [--rows 20000] [--factor 4] [--only time]

For each kind a file of `--rows` records and one `--factor` times larger are generated; each is
imported by a fresh process into a database that holds the demo portfolio (so mail matches
clients), and that process reports:
- the Python heap's peak during the import (`tracemalloc`, started just before `run_import`), the
  figure that grows when an importer keeps records or reads a file whole;
- the process's peak resident set (`VmHWM`, interpreter and libraries included).
Bounded means the peak does not grow with the file: the two sizes should give about the same.
The JSON rows also measure `export json` (the dump) of a database holding as many messages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from benchlib import PYTHON, bench_env, load_average  # noqa: E402

MEASURE = textwrap.dedent(
    """
    import json, sys, time, tracemalloc
    from pathlib import Path
    from clientfit.store.database import open_database
    db, mode, kind, path = sys.argv[1:5]
    open_database(db)
    tracemalloc.start()
    started = time.perf_counter()
    if mode == "export":
        from clientfit.intake.dump import export_json
        counts = export_json(path)
        out = {"rows": sum(counts.values())}
    else:
        from clientfit.intake import run_import
        s = run_import(path, kind)
        out = {"read": s.read, "created": dict(s.created), "rejected": s.rejected.total}
    out["seconds"] = round(time.perf_counter() - started, 2)
    out["peak_heap_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    out["vm_hwm_mb"] = round(int(hwm.split()[1]) / 1024, 1)
    print("clientfit-bench-json " + json.dumps(out))
    """
)

CLIENTS = [f"Bench Client {i:03d} AB" for i in range(50)]


def _day(i: int) -> str:
    return f"20{20 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}"


def gen_time(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(
            "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
            "End date,End time,Duration,Tags,Amount (SEK)\n"
        )
        for i in range(n):
            d = _day(i)
            fh.write(
                f"Eva,eva@studio.se,{CLIENTS[i % 50]},Project {i % 7},,Work item {i},Yes,"
                f"{d},{8 + i % 9:02d}:{i % 60:02d}:00,{d},18:00:00,01:{i % 60:02d}:00,,0\n"
            )


def gen_invoices(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(
            "Issue Date,Last Payment Date,ID,PO Number,Client,Subject,Invoice Amount,Paid Amount,"
            "Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,Document Type\n"
        )
        for i in range(n):
            fh.write(
                f"{_day(i)},,{100000 + i},,{CLIENTS[i % 50]},Work {i},"
                f'"{1000 + i % 900},0","0,0","{1000 + i % 900},0","800,0","0,0","200,0","0,0",'
                "Swedish Krona - SEK,kr,invoice\n"
            )


def gen_ninja(path: Path, n: int) -> None:
    """Invoice Ninja v4: an INVOICES section, then a PAYMENTS section (one payment each)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Invoice Ninja v4.5.50 - Mar 3, 2024 10:15 am\n\nINVOICES\n")
        fh.write(
            "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date,"
            "Public Notes,Private Notes\n"
        )
        for i in range(n):
            fh.write(
                f'{CLIENTS[i % 50]},,{200000 + i},"SEK 1 000,00","SEK 1 000,00",,Paid,'
                f'"Jan {1 + i % 28}, 2024",,Work {i},\n'
            )
        fh.write(
            "\nPAYMENTS\nClient,Invoice Number,Amount,Payment Date,Method,Transaction Reference\n"
        )
        for i in range(n):
            fh.write(f'{CLIENTS[i % 50]},{200000 + i},"SEK 1 000,00","Feb 20, 2024",Bank,\n')


def gen_contacts(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(
            "First Name,Middle Name,Last Name,Organization Name,Organization Title,Notes,"
            "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"
        )
        for i in range(n):
            fh.write(
                f"Person{i},,Contact,Company {i % 2000} AB,Role,,* Work,"
                f"person{i}@company{i % 2000}.se,Mobile,+46 70 {i:07d}\n"
            )


def _message(i: int, sender: str, maildir: bool = False) -> bytes:
    head = "" if maildir else f"From {sender} Mon Mar 04 09:12:00 2024\n"
    return (
        head + f"Message-ID: <bench-{i}@mem.test>\nDate: Mon, 4 Mar 2024 10:{i % 60:02d}:00 +0100\n"
        f"From: {sender}\nTo: me@studio.test\nSubject: Question {i}\n\n"
        f"Could you change the colours on page {i % 40}? Thanks.\n\n"
    ).encode()


def gen_mbox(path: Path, n: int, senders: list[str]) -> None:
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(_message(i, senders[i % len(senders)]))


def gen_maildir(path: Path, n: int, senders: list[str]) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (path / "cur" / f"{1709543520 + i}.M{i}P1.bench:2,S").write_bytes(
            _message(i, senders[i % len(senders)], maildir=True)
        )


def gen_eml(path: Path, n: int, senders: list[str]) -> None:
    """One message whose body is `n` lines (an attachment-sized mail)."""
    with open(path, "wb") as fh:
        fh.write(
            f"Message-ID: <big-{n}@mem.test>\nDate: Mon, 4 Mar 2024 10:00:00 +0100\n"
            f"From: {senders[0]}\nTo: me@studio.test\nSubject: The files\n\n".encode()
        )
        line = b"Here are the files you asked for, once more with the new colours.\n"
        for _ in range(n):
            fh.write(line)


def _child(env, *args: str) -> dict:
    proc = subprocess.run(
        [PYTHON, "-c", MEASURE, *args], env=env, capture_output=True, text=True, timeout=3600
    )
    line = next(
        (x for x in proc.stdout.splitlines() if x.startswith("clientfit-bench-json ")), None
    )
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"{args}: {proc.stderr[-2000:]}")
    return json.loads(line.split(" ", 1)[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="records in the smaller file")
    parser.add_argument("--factor", type=int, default=4, help="how many times larger the other is")
    parser.add_argument("--only", action="append", help="a kind (repeatable)")
    parser.add_argument(
        "--desktop", help="measure the clientfit package in this folder instead (an older checkout)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH_DIR.parent / "desktop"))
    import sqlite3

    kinds = {
        "time": ("time", gen_time, "csv"),
        "invoices": ("invoices", gen_invoices, "csv"),
        "invoices-ninja4": ("invoices", gen_ninja, "csv"),
        "contacts": ("contacts", gen_contacts, "csv"),
        "mbox": ("mbox", gen_mbox, "mbox"),
        "maildir": ("mbox", gen_maildir, ""),
        "eml": ("mbox", gen_eml, "eml"),
        "json": ("json", None, "json"),
    }
    chosen = args.only or list(kinds)
    results = {"load_before": load_average(), "rows": args.rows, "factor": args.factor}
    with tempfile.TemporaryDirectory(prefix="clientfit-mem-bench-") as tmp:
        work = Path(tmp)
        env = bench_env(work)
        if args.desktop:
            env["PYTHONPATH"] = os.pathsep.join((args.desktop, env["PYTHONPATH"]))
        base = work / "base.db"
        subprocess.run(
            [PYTHON, "-m", "clientfit.cli", "--db", str(base), "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        con = sqlite3.connect(base)
        senders = [
            r[0]
            for r in con.execute("SELECT value FROM contact_point WHERE kind = 'email' LIMIT 8")
        ]
        con.close()
        for name in chosen:
            kind, gen, ext = kinds[name]
            rows = {}
            for n in (args.rows, args.rows * args.factor):
                db = work / f"{name}-{n}.db"
                db.write_bytes(base.read_bytes())
                target = work / f"{name}-{n}.{ext}" if ext else work / f"{name}-{n}"
                if name == "json":
                    source = work / f"json-source-{n}.db"
                    subprocess.run(
                        [PYTHON, "-m", "clientfit.cli", "--db", str(source), "demo",
                         "--clients", "200", "--messages", str(n)],
                        env=env, check=True, capture_output=True,
                    )  # fmt: skip
                    rows[f"export {n} messages"] = _child(
                        env, str(source), "export", kind, str(target)
                    )
                    db.unlink()
                    rows[f"import {n} messages"] = _child(env, str(db), "import", kind, str(target))
                    continue
                if gen in (gen_mbox, gen_maildir, gen_eml):
                    gen(target, n, senders)
                else:
                    gen(target, n)
                size = (
                    sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
                    if target.is_dir()
                    else target.stat().st_size
                )
                result = _child(env, str(db), "import", kind, str(target))
                result["file_mb"] = round(size / 2**20, 1)
                rows[f"{n} records"] = result
                os.unlink(db)
            results[name] = rows
            print(name, json.dumps(rows), file=sys.stderr)
    results["load_after"] = load_average()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
