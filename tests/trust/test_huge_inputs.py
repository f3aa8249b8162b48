"""Huge inputs: a 1 GB file (sparse, so the test costs no disk) and 1 MB+ lines are streamed past or
refused record by record, never read into memory; the records around them still go in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientfit.intake import run_import
from clientfit.store.models import Contact, Message

GB = 1 << 30
TOGGL_HEADER = (
    b"User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,"
    b"End time,Duration,Tags,Amount (SEK)\n"
)
TOGGL_ROW = b"Eva,e@x.se,Acme,P,,%s,Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,,0\n"


def sparse(path: Path, head: bytes, size: int, tail: bytes) -> Path:
    """`head`, then `size` bytes of zeros that take no disk space, then `tail`."""
    with open(path, "wb") as fh:
        fh.write(head)
        fh.seek(len(head) + size)
        fh.write(tail)
    return path


MEASURE = textwrap.dedent(
    """
    import json, sys, time
    from clientfit.intake import IntakeError, run_import
    from clientfit.store.database import open_database
    open_database(sys.argv[1])
    out = {}
    for path in sys.argv[2:]:
        started = time.perf_counter()
        try:
            s = run_import(path)
            out[path] = {"read": s.read, "created": dict(s.created),
                         "rejected": [str(r) for r in s.rejected][:3]}
        except IntakeError as exc:
            out[path] = {"refused": str(exc)[:300]}
        out[path]["seconds"] = round(time.perf_counter() - started, 2)
    # VmHWM, not ru_maxrss: Linux carries the parent's (pytest's) peak into ru_maxrss across exec
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    out["max_rss_mb"] = int(hwm.split()[1]) / 1024
    print(json.dumps(out))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in kB and sparse files: Linux")
def test_one_gigabyte_files_of_every_kind_are_streamed_in_bounded_memory(tmp_path):
    vcf = sparse(
        tmp_path / "huge.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huge Card\r\nNOTE:",
        GB,
        b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:After The Giant\r\nORG:Acme\r\nEND:VCARD\r\n",
    )
    mbox = sparse(
        tmp_path / "huge.mbox",
        b"From - Mon Mar 04 09:12:00 2024\nMessage-ID: <giant@acme.se>\nSubject: ",
        GB,
        b"\n\nbody\n\nFrom - Mon Mar 04 10:12:00 2024\nMessage-ID: <after@acme.se>\n"
        b"Date: Mon, 4 Mar 2024 10:12:00 +0100\nFrom: anna@acme.se\nSubject: after\n\nhi\n",
    )
    csv = sparse(
        tmp_path / "huge.csv",
        TOGGL_HEADER + TOGGL_ROW.replace(b"%s", b"before") + b"Eva,e@x.se,Acme,P,,",
        GB,
        b",Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,,0\n"
        + TOGGL_ROW.replace(b"%s", b"after"),
    )
    assert vcf.stat().st_size > GB and vcf.stat().st_blocks * 512 < 10 * (1 << 20)

    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tmp_path / "c.db"), str(vcf), str(mbox), str(csv)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print("\n", json.dumps(result, indent=1))

    assert result["max_rss_mb"] < 250  # three 1 GB files, never more than a few MB at a time
    v, m, c = result[str(vcf)], result[str(mbox)], result[str(csv)]
    assert v["created"].get("contacts") == 1 and "longer than 1 MB" in v["rejected"][0]
    assert m["read"] == 1 and "longer than 1 MB" in m["rejected"][0]
    assert c["created"].get("time_entries") == 2 and "longer than 1 MB" in c["rejected"][0]


def test_a_one_megabyte_line_costs_its_record_in_a_vcard(stockholm_db, tmp_path):
    path = tmp_path / "long.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nFN:Long Note\r\nNOTE:"
        + b"x" * 1_100_000
        + b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Short\r\nORG:Acme\r\nEND:VCARD\r\n"
    )

    summary = run_import(path)

    assert [c.name for c in Contact.select()] == ["Short"]
    assert [str(r) for r in summary.rejected] == [  # where the card starts, as for every card
        "line 1: a line of the card is longer than 1 MB; the card was skipped"
    ]


def test_a_one_megabyte_header_line_costs_its_message_in_an_mbox(stockholm_db, tmp_path):
    from clientfit.store.models import Client, ContactPoint
    from clientfit.store.models import Contact as C

    acme = Client.create(name="Acme", name_key="acme", created_at="2024-01-01 00:00:00")
    anna = C.create(client=acme, name="Anna", created_at="2024-01-01 00:00:00")
    ContactPoint.create(contact=anna, kind="email", value="anna@acme.se", key="anna@acme.se")
    head = "From - Mon Mar 04 09:12:00 2024\nMessage-ID: <{id}@acme.se>\nDate: Mon, 4 Mar 2024 10:12:00 +0100\nFrom: anna@acme.se\n"
    path = tmp_path / "long.mbox"
    path.write_bytes(
        head.format(id="long").encode()
        + b"Subject: "
        + b"y" * 1_100_000
        + b"\n\nbody\n\n"
        + head.format(id="fine").encode()
        + b"Subject: fine\n\nbody\n"
    )

    summary = run_import(path)

    assert [m.message_id for m in Message.select()] == ["<fine@acme.se>"]
    assert [r.where for r in summary.rejected] == ["message 1"]


@pytest.fixture
def stockholm_db(database):
    from clientfit.health.config import TIME_ZONE
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    return database


def test_a_huge_line_never_sits_in_memory_whole(tmp_path):
    """The line reader hands out at most 1 MB + 1 byte at a time, whatever the line's length."""
    from clientfit.intake.textio import LineReader

    path = sparse(tmp_path / "one-line.txt", b"start ", 64 << 20, b" end\nnext\n")
    biggest = 0
    with open(path, "rb") as fh:
        reader = LineReader(fh)
        lines = []
        for line in reader:
            biggest = max(biggest, len(line))
            lines.append(line if len(line) < 100 else b"<long>")
    assert lines == [b"\n", b"next\n"] and reader.too_long == {1}
    assert biggest <= 1_000_001
    assert os.path.getsize(path) > 64 << 20
