"""Mail sources kept current (issue 16): a sync with nothing new, and a sync of 100 new messages,
on a 100,000-message mbox, a 100,000-message Maildir, and an IMAP folder on a local server.

Builds its own portfolio (`demo --clients 1000 --messages 1000`, the contacts that bench_import's
mbox writes to), adds each source, syncs it whole once (the baseline: the first read), then times
`core.sync.sync_all()` in this process: with nothing new (median of `runs`), and after 100 new
messages arrived (appended to the mbox, delivered to the Maildir's new/, appended to the IMAP
folder). The time includes recording the health history when mail came in; the note gives the
reading alone. Targets: nothing new under 200 ms, 100 new messages under 1 s.
The IMAP server is pymap's in-memory backend in this process, over TLS on loopback
(tests/intake/imap_server.py); its folder holds `imap_messages` messages (100,000 by default), put
straight into the server's store (`ImapServer.fill`: APPENDing 100,000 over IMAP takes minutes),
then read whole over IMAP by a first sync; the 100 new ones arrive by APPEND, and the timed sync
reads them over IMAP as any other. pymap runs in this process and answers from Python, so its
own work (EXAMINE walks every message of the folder) is in the figures.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench_import import ME, write_mbox
from benchlib import CLI, ROOT, Result, bench_env, median, not_available, timed_run

CLIENTS = 1000
NEW = 100


def _messages(path: Path) -> list[bytes]:
    """The messages of an mbox without their "From " lines (for a Maildir and for IMAP), each
    ending in a line end."""
    data = path.read_bytes()
    parts = data.split(b"\nFrom ")
    return [part.split(b"\n", 1)[1].rstrip(b"\n") + b"\n" for part in parts]


def _own(mail: list[bytes], kind: str) -> list[bytes]:
    """The same mail with Message-IDs of this source's own, so each source's mail is new."""
    tag = f"Message-ID: <{kind}-".encode()
    return [m.replace(b"Message-ID: <", tag, 1) for m in mail]


def _mbox_entry(msg: bytes) -> bytes:
    return f"From {ME} Mon Jan  1 00:00:00 2024\n".encode() + msg + b"\n"


def _mail(tmp: Path, messages: int) -> tuple[Path, list[bytes]]:
    """N + NEW messages: the first N for the source, the last NEW to arrive later."""
    path = tmp / "sync-all.mbox"
    write_mbox(path, messages + NEW, CLIENTS, dt.date.today())
    return path, _messages(path)


def _sync(runs: int) -> tuple[float, object]:
    from clientfit.core.sync import sync_all

    times, report = [], None
    for _ in range(runs):
        start = time.perf_counter()
        report = sync_all()
        times.append(time.perf_counter() - start)
    return median(times), report


def _rows(kind: str, size: int, first, idle, idle_report, new, new_report) -> list[Result]:
    (src,) = new_report.sources
    reading = src.seconds * 1000
    return [
        Result(
            f"sync with nothing new, {size:,}-message {kind}",
            idle * 1000,
            first * 1000,
            "ms",
            "info" if kind.startswith("IMAP") else "ms",
            None if kind.startswith("IMAP") else 200,
            note=f"first whole read {first:.1f} s; unchanged: {idle_report.sources[0].unchanged}",
        ),
        Result(
            f"sync of {NEW} new messages into a {size:,}-message {kind}",
            new * 1000,
            first * 1000,
            "ms",
            "ms",
            1000,
            note=(
                f"reading {reading:.0f} ms, health history {new * 1000 - reading:.0f} ms; "
                f"read {src.read}, new {src.new_messages}"
            ),
        ),
    ]


def _local(kind: str, tmp: Path, mail: list[bytes], messages: int, runs: int) -> list[Result]:
    from clientfit.core.sync import sync_all
    from clientfit.intake.sources import add_local, remove_source

    mail = _own(mail, kind)
    if kind == "mbox":
        path = tmp / "Inbox"
        with open(path, "wb") as fh:
            for msg in mail[:messages]:
                fh.write(_mbox_entry(msg))
    else:
        path = tmp / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        for n, msg in enumerate(mail[:messages]):
            (path / "cur" / f"{1700000000 + n}.M{n}P1.bench:2,S").write_bytes(msg)
    source = add_local(kind, path)
    start = time.perf_counter()
    sync_all()
    first = time.perf_counter() - start
    idle, idle_report = _sync(runs)
    if kind == "mbox":
        with open(path, "ab") as fh:
            for msg in mail[messages : messages + NEW]:
                fh.write(_mbox_entry(msg))
    else:
        for n, msg in enumerate(mail[messages : messages + NEW], start=messages):
            tmpfile = path / "tmp" / f"{1800000000 + n}.M{n}P1.bench"
            tmpfile.write_bytes(msg)
            tmpfile.rename(path / "new" / tmpfile.name)
    new, new_report = _sync(1)
    remove_source(source.id)
    return _rows(kind, messages, first, idle, idle_report, new, new_report)


def _imap(tmp: Path, mail: list[bytes], messages: int, runs: int) -> list[Result]:
    sys.path.insert(0, str(ROOT))
    try:
        import keyring
        from tests.intake.imap_server import PASSWORD, USER, ImapServer
        from tests.memory_keyring import MemoryKeyring
    except ImportError as exc:
        return [not_available("sync of IMAP (local server)", f"no test IMAP server here: {exc}")]
    from clientfit.core.sync import sync_all
    from clientfit.intake import imapsync
    from clientfit.intake.sources import ImapAccount, add_imap

    keyring.set_keyring(MemoryKeyring())
    mail = _own(mail, "imap")
    server = ImapServer(tmp / "imap")
    try:
        filled = time.perf_counter()
        server.fill("INBOX", mail[:messages])  # straight into the server's store (not timed)
        filled = time.perf_counter() - filled
        account = ImapAccount(
            host="127.0.0.1",
            user=USER,
            port=server.implicit_port,
            folders=("INBOX",),
            ca_file=str(server.cert),
        )
        add_imap(account, PASSWORD, check=imapsync.check_login)
        start = time.perf_counter()
        sync_all()
        first = time.perf_counter() - start
        idle, idle_report = _sync(runs)
        server.append("INBOX", *mail[messages : messages + NEW])
        new, new_report = _sync(1)
    finally:
        server.close()
    rows = _rows("IMAP folder (local server)", messages, first, idle, idle_report, new, new_report)
    rows[0].note += f"; the server's folder filled in {filled:.0f} s (not timed)"
    return rows


def run(tmp: Path, messages: int, imap_messages: int, runs: int) -> list[Result]:
    from clientfit.intake.mail import OWN_ADDRESSES
    from clientfit.store.database import close_database, open_database
    from clientfit.store.settings import set_setting

    env = bench_env(tmp)
    db = tmp / "sync.db"
    db.unlink(missing_ok=True)
    _s, proc = timed_run(
        [*CLI, "--db", str(db), "demo", "--clients", str(CLIENTS), "--messages", "1000"], env
    )
    if proc.returncode != 0:
        raise RuntimeError(f"demo failed: {proc.stderr.strip()[-1500:]}")
    open_database(db)
    set_setting(OWN_ADDRESSES, [ME])
    results: list[Result] = []
    try:
        with tempfile.TemporaryDirectory(dir=tmp) as work:
            folder = Path(work)
            _path, mail = _mail(folder, max(messages, imap_messages))
            results += _local("mbox", folder, mail, messages, runs)
            results += _local("maildir", folder, mail, messages, runs)
            results += _imap(folder, mail, imap_messages, runs)
    finally:
        close_database()
    return results


if __name__ == "__main__":  # a quick run of these rows alone: bench_sync.py [N] [IMAP N]
    from benchlib import table

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory(prefix="clientfit-sync-bench-") as t:
        print(table(run(Path(t), n, m, 5)))
