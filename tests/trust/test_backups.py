"""Backups: made with the backup API, checked, private, rotated; restore backs up first and is atomic."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat

import pytest

from clientfit.cli import main as cli
from clientfit.paths import backup_dir
from clientfit.store import backup as b
from clientfit.store import restore as r
from clientfit.store.database import close_database, db, open_database, schema_version
from clientfit.store.models import Client, name_key

UTC = dt.timezone.utc


def add_client(name: str) -> None:
    Client.create(name=name, name_key=name_key(name), created_at=dt.datetime(2024, 1, 1))


def names(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM client")}
    finally:
        con.close()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_holds_what_is_still_in_the_write_ahead_log_and_is_one_private_file(
    database, db_path
):
    # given rows that live only in the -wal file (no checkpoint yet), as in a running app
    db.pragma("wal_autocheckpoint", 0)
    add_client("Acme")
    assert (db_path.parent / (db_path.name + "-wal")).stat().st_size > 0

    made = b.backup_database(db_path, reason=b.MANUAL)

    assert made.parent == backup_dir(db_path)
    assert names(made) == {"Acme"}
    assert b.integrity(made) == "ok"
    assert not (made.parent / (made.name + "-wal")).exists()
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no temporary file left


def _damaged_database(path) -> None:
    """A file SQLite opens but whose index disagrees with its table: integrity_check fails."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT, y TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(f"x{i}", f"y{i}") for i in range(500)])
    con.execute("CREATE INDEX t_x ON t (x)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX t_x ON t (y)' WHERE name = 't_x'")
    con.commit()
    con.close()


def test_a_backup_that_fails_its_integrity_check_is_not_kept(tmp_path):
    damaged = tmp_path / "damaged.db"
    _damaged_database(damaged)
    assert b.integrity(damaged) != "ok"

    with pytest.raises(b.BackupError, match="integrity check"):
        b.backup_database(damaged, reason=b.MANUAL)

    assert list(backup_dir(damaged).iterdir()) == []


def test_backups_are_listed_newest_first_with_date_size_and_kind(database, db_path, tmp_path):
    t0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    first = b.backup_database(db_path, reason=b.AUTO, now=t0)
    second = b.backup_database(db_path, reason=b.MANUAL, now=t0 + dt.timedelta(hours=2))
    same_second = b.backup_database(db_path, reason=b.MANUAL, now=t0 + dt.timedelta(hours=2))
    folder = backup_dir(db_path)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-20260301-090000Z-auto.db").write_bytes(b"another database's backup")

    listed = b.list_backups(db_path)

    assert [x.path for x in listed][2:] == [first]
    assert {x.path for x in listed[:2]} == {second, same_second}
    assert listed[-1].created == t0 and listed[-1].reason == "auto" and listed[-1].automatic
    assert listed[0].reason == "manual" and not listed[0].automatic
    assert all(x.size == x.path.stat().st_size > 0 for x in listed)


def test_an_automatic_backup_is_made_at_most_every_30_minutes_and_only_after_changes(
    database, db_path
):
    t0 = dt.datetime.now(UTC)
    assert b.auto_backup(db_path, now=t0) is not None
    add_client("Changed soon after")
    assert b.auto_backup(db_path, now=t0 + dt.timedelta(minutes=29)) is None

    second = b.auto_backup(db_path, now=t0 + dt.timedelta(minutes=31))
    assert second is not None
    assert "Changed soon after" in names(second)
    # nothing changed since: no new backup however long the app stays open
    assert b.auto_backup(db_path, now=t0 + dt.timedelta(hours=5)) is None
    # and rotation keeps the newest automatic backup of the day (the first one unless midnight passed)
    assert b.list_backups(db_path)[0].path == second


def test_rotation_keeps_12_daily_10_weekly_9_monthly_and_every_backup_made_for_a_reason(tmp_path):
    db_file = tmp_path / "clientfit.db"
    db_file.write_bytes(b"")
    folder = backup_dir(db_file)
    folder.mkdir()
    now = dt.datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    moment = now - dt.timedelta(days=500)
    while moment <= now:  # a backup every 3 hours for 500 days
        name = f"clientfit-{moment.strftime('%Y%m%d-%H%M%S')}Z-auto.db"
        (folder / name).write_bytes(b"x")
        moment += dt.timedelta(hours=3)
    (folder / "clientfit-20250101-120000Z-manual.db").write_bytes(b"x")
    (folder / "clientfit-20250102-120000Z-before-restore.db").write_bytes(b"x")
    (folder / "clientfit-20250103-120000Z-before-migration-1-to-2.db").write_bytes(b"x")

    b.prune_backups(db_file, now=now)

    left = b.list_backups(db_file)
    autos = [x for x in left if x.automatic]
    days = {x.local_time.date() for x in autos}
    weeks = {x.local_time.isocalendar()[:2] for x in autos}
    months = {(x.local_time.year, x.local_time.month) for x in autos}
    assert autos[0].created == now  # the newest is always kept
    assert len(days) == len(autos) <= 12 + 10 + 9
    latest_days = sorted({(now - dt.timedelta(days=d)).astimezone().date() for d in range(12)})
    assert set(latest_days) <= days | {latest_days[0]}  # (local midnight may shift one edge)
    assert len(weeks) >= 10 and len(months) == 9
    oldest = min(x.created for x in autos).astimezone()
    assert (oldest.year, oldest.month) == (2026, 3)  # November back to March: 9 months
    assert {x.reason for x in left if not x.automatic} == {
        "manual",
        "before-restore",
        "before-migration-1-to-2",
    }
    # a second pass changes nothing
    assert b.prune_backups(db_file, now=now) == []


def test_restore_backs_up_the_current_state_first_then_replaces_the_content(database, db_path):
    add_client("Kept in the backup")
    saved = b.backup_database(db_path, reason=b.MANUAL)
    add_client("Added after the backup")
    close_database()

    result = r.restore_database(db_path, saved)

    assert names(db_path) == {"Kept in the backup"}
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert names(result.safety_backup) == {"Kept in the backup", "Added after the backup"}
    assert b.integrity(db_path) == "ok"
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    open_database(db_path)  # WAL again, and the models see the restored rows
    assert [c.name for c in Client.select()] == ["Kept in the backup"]
    assert db.pragma("journal_mode") == "wal"


@pytest.mark.parametrize("problem", ["newer", "not_clientfit", "damaged", "itself", "missing"])
def test_a_backup_that_cannot_be_restored_is_refused_and_the_database_left_untouched(
    database, db_path, tmp_path, problem
):
    add_client("Precious")
    close_database()
    before = digest(db_path)
    bad = tmp_path / "bad.db"
    if problem == "newer":
        bad = b.backup_database(db_path, dest=tmp_path / "newer.db")
        con = sqlite3.connect(bad)
        con.execute(f"PRAGMA user_version = {schema_version() + 1}")
        con.commit()
        con.close()
    elif problem == "not_clientfit":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE other (x)")
        con.close()
    elif problem == "damaged":
        _damaged_database(bad)
    elif problem == "itself":
        bad = db_path

    with pytest.raises(
        b.RestoreError, match=r"newer Clientfit|not a Clientfit|damaged|itself|no such"
    ):
        r.restore_database(db_path, bad)

    assert digest(db_path) == before
    assert b.list_backups(db_path) == []


def test_a_damaged_database_is_set_aside_not_deleted_when_a_backup_is_restored(
    database, db_path, tmp_path
):
    add_client("Good times")
    saved = b.backup_database(db_path, dest=tmp_path / "good.db")
    close_database()
    db_path.write_bytes(b"garbage " * 4096)

    result = r.restore_database(db_path, saved)

    assert names(db_path) == {"Good times"}
    assert result.set_aside is not None and result.set_aside.read_bytes() == b"garbage " * 4096
    assert result.safety_backup is None


def test_restore_is_refused_while_another_connection_has_the_database_open(
    database, db_path, tmp_path
):
    add_client("Open elsewhere")
    saved = b.backup_database(db_path, dest=tmp_path / "saved.db")
    add_client("Also open")
    other = sqlite3.connect(db_path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM client").fetchone()  # a reader holds the WAL open
    try:
        with pytest.raises(b.RestoreError, match=r"in use|nothing was changed"):
            r.restore_database(db_path, saved)
    finally:
        other.rollback()
        other.close()
    assert {c.name for c in Client.select()} == {"Open elsewhere", "Also open"}


def test_cli_backup_backups_and_restore(database, db_path, tmp_path, capsys):
    add_client("Before")
    close_database()
    out = tmp_path / "by-hand.db"

    assert cli(["--db", str(db_path), "backup", "-o", str(out)]) == 0
    assert cli(["--db", str(db_path), "backup"]) == 0
    open_database(db_path)
    add_client("After")
    close_database()
    assert cli(["--db", str(db_path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "kB" in listing

    assert cli(["--db", str(db_path), "restore", str(out)]) == 0
    text = capsys.readouterr().out
    assert "backed up at" in text and "Restored" in text
    assert names(db_path) == {"Before"}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    assert cli(["--db", str(db_path), "restore", str(tmp_path / "nope.db")]) == 2
    assert "no such backup file" in capsys.readouterr().err


def test_killing_a_restore_mid_copy_leaves_the_old_database_and_a_finished_one_the_new(tmp_path):
    """The restore copies in one SQLite transaction: SIGKILL mid-copy rolls back on next open.

    "Mid-copy" is seen, not guessed: the kill comes once the copy's rollback journal exists
    beside the live file (the write transaction has begun), and the journal is still there after
    the kill (the copy had not committed)."""
    import signal
    import subprocess
    import sys
    import time

    if not hasattr(signal, "SIGKILL"):
        pytest.skip("needs POSIX signals")

    def make(path, marker: str) -> None:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE client (name TEXT)")
        con.execute("CREATE TABLE blob (who TEXT, data BLOB)")
        con.executemany(
            "INSERT INTO blob VALUES (?, ?)", [(marker, os.urandom(2000)) for _ in range(15000)]
        )
        con.execute(f"PRAGMA user_version = {schema_version()}")
        con.commit()
        con.close()

    def kinds_in(path) -> dict[str, int]:
        con = sqlite3.connect(path)  # read-write: a hot journal is rolled back here
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return dict(con.execute("SELECT who, count(*) FROM blob GROUP BY who").fetchall())
        finally:
            con.close()

    source = tmp_path / "backup.db"
    make(source, "new")
    script = (
        "import sys; from clientfit.store.restore import restore_database; "
        "restore_database(sys.argv[1], sys.argv[2])"
    )

    live = tmp_path / "killed.db"
    make(live, "old")
    journal = live.with_name(live.name + "-journal")
    proc = subprocess.Popen([sys.executable, "-c", script, str(live), str(source)])
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.0005)  # polling for the journal file, not waiting for time to pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert journal.exists(), "the restore was not caught mid-copy"
    assert kinds_in(live) == {"old": 15000}

    live = tmp_path / "finished.db"
    make(live, "old")
    subprocess.run([sys.executable, "-c", script, str(live), str(source)], check=True)
    assert kinds_in(live) == {"new": 15000}
