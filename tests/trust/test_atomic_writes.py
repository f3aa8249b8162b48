"""Atomic writes: a failure in the middle of writing a packet, an export or a backup leaves the old
file (or nothing) - never half a file, never a stray temporary file. Export file names are
sanitised: no path escapes, whatever the client is called."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clientfit import fileio
from clientfit.fileio import safe_filename

OLD = b"the previous export, intact\n"


class FullDisk:
    """A file object that takes `limit` bytes and then fails like a full disk (ENOSPC)."""

    def __init__(self, fh, limit: int):
        self._fh, self._left = fh, limit

    def write(self, data):
        if len(data) > self._left:
            self._fh.write(data[: self._left])
            self._left = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._left -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._fh.__exit__(*exc)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """The demo portfolio, built once for this module (loading it per test costs seconds)."""
    from clientfit.store.database import close_database, open_database
    from clientfit.store.demo import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.db"
    open_database(path)
    load_demo(today=dt.date(2026, 11, 20))
    close_database()
    return path


@pytest.fixture
def demo(demo_template, db_path):
    from clientfit.store.backup import backup_database
    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Client

    backup_database(demo_template, dest=db_path)
    open_database(db_path)
    yield Client.select().order_by(Client.id).first()
    close_database()


def writers(client):
    from clientfit.intake import export_csv, export_json
    from clientfit.intake.calendar import CalendarEvent, write_ics
    from clientfit.packet.export import export_packet

    meeting = CalendarEvent(title="Meeting", start=dt.datetime(2026, 12, 1, 9, 0))
    return {
        "packet.pdf": lambda p: export_packet(client.id, p, at=dt.date(2026, 11, 20)),
        "dump.json": export_json,
        "roster.csv": lambda p: export_csv("roster", p),
        "time.csv": lambda p: export_csv("time", p),
        "invoices.csv": lambda p: export_csv("invoices", p),
        "meeting.ics": lambda p: write_ics(p, [meeting]),
    }


KINDS = ["packet.pdf", "dump.json", "roster.csv", "time.csv", "invoices.csv", "meeting.ics"]


def leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder for the exports alone (the test database lives beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("existing", [True, False], ids=["over an old file", "new file"])
def test_a_disk_that_fills_up_mid_write_leaves_the_old_file_or_nothing(
    demo, out, monkeypatch, kind, existing
):
    target = out / kind
    if existing:
        target.write_bytes(OLD)
    real_fdopen = os.fdopen
    monkeypatch.setattr(fileio.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k), 200))

    with pytest.raises(OSError, match="No space left"):
        writers(demo)[kind](target)

    assert (target.read_bytes() == OLD) if existing else not target.exists()
    assert leftovers(out, kind) == []


@pytest.mark.parametrize("kind", KINDS)
def test_an_interrupt_before_the_file_is_flushed_leaves_the_old_file(demo, out, monkeypatch, kind):
    target = out / kind
    target.write_bytes(OLD)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(fileio.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        writers(demo)[kind](target)

    assert target.read_bytes() == OLD
    assert leftovers(out, kind) == []


@pytest.mark.parametrize("kind", KINDS)
def test_a_finished_write_replaces_the_old_file_whole(demo, out, kind):
    target = out / kind
    target.write_bytes(OLD)
    writers(demo)[kind](target)
    assert target.read_bytes() != OLD and target.stat().st_size > 100
    assert leftovers(out, kind) == []


@pytest.mark.parametrize("fail", ["fsync", "replace"])
def test_a_backup_that_fails_on_the_way_to_disk_leaves_the_old_backup_or_nothing(
    database, db_path, tmp_path, monkeypatch, fail
):
    from clientfit.store import backup as b

    old = tmp_path / "out" / "by-hand.db"
    old.parent.mkdir()
    old.write_bytes(OLD)
    fresh = tmp_path / "out" / "new.db"

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(b.os, fail, broken)
    for dest in (old, fresh):
        with pytest.raises(OSError):
            b.backup_database(db_path, dest=dest)
    monkeypatch.undo()

    assert old.read_bytes() == OLD and not fresh.exists()
    assert sorted(p.name for p in old.parent.iterdir()) == ["by-hand.db"]


# --- file names ---------------------------------------------------------------------------------


@settings(max_examples=3000, deadline=None, database=None)
@given(st.text(max_size=300))
def test_an_export_name_made_from_any_text_stays_in_its_folder(tmp_path_factory, text):
    name = safe_filename(text)
    assert name and len(name) <= 120
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and name not in {".", ".."}
    folder = Path("/exports")
    assert (folder / name).parent == folder
    assert os.path.normpath(folder / name).startswith("/exports/")


@pytest.mark.parametrize(
    "hostile",
    [
        "../../etc/passwd",
        "..\\..\\Windows\\System32",
        "/absolute/path",
        "C:\\evil",
        ".hidden",
        "..",
        "a\x00b",
        "CON",
        "name\nwith\nnewlines",
        "   ",
        "",
    ],
)
def test_hostile_client_names_become_harmless_file_names(hostile):
    name = safe_filename(hostile)
    assert name and ".." not in name.split("/") and "/" not in name and "\\" not in name
    assert "\n" not in name and "\x00" not in name and not name.startswith(".")
