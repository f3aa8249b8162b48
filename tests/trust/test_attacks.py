"""The adversarial pass of issue 19, one test (or a few) per attack, each failing without its fix.

1 lockout after an interrupted restore/upgrade; 2 an output that is the database; 3 a second name
for the database; 4 damage found on open; 5 another program's SQLite file; 6 a read-only file;
12 modes of files that are not ours; 13 tracebacks instead of messages. (7-11 are in
test_attacks_input.py and test_erasure.py.) The SIGKILL loop over restore and upgrade, in full, is
`scripts/kill_restore_upgrade.py`; a short version runs here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientfit.cli import main as cli
from clientfit.store import lock
from clientfit.store import models as m
from clientfit.store.database import (
    DatabaseError,
    NewerDatabaseError,
    close_database,
    open_database,
    schema_version,
)
from clientfit.store.fileguard import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]


def _digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def _side(db: Path, suffix: str) -> Path:
    return Path(f"{db}{suffix}")


@pytest.fixture
def clientfit_db(tmp_path) -> Path:
    path = tmp_path / "clientfit.db"
    open_database(path)
    for i in range(300):
        m.Client.create(name=f"Client {i}", name_key=f"client {i}")
    close_database()
    return path


def _leave_hot_journal(db: Path, *, version: int | None = None) -> None:
    """A rollback-journal transaction killed half-way (os._exit), as a killed restore leaves it."""
    stamp = f"con.execute('PRAGMA user_version = {version}')" if version is not None else ""
    script = textwrap.dedent(
        f"""
        import os, sqlite3
        con = sqlite3.connect({str(db)!r}, isolation_level=None)
        con.execute("PRAGMA journal_mode=DELETE")
        {stamp}
        con.execute("PRAGMA cache_size=1")
        con.execute("BEGIN")
        con.execute("UPDATE client SET name = hex(randomblob(99))")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert _side(db, "-journal").stat().st_size > 0
    ro = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("PRAGMA user_version").fetchone()  # hot: a read-only look cannot settle it
    ro.close()


# 1 -----------------------------------------------------------------------------------------------


def test_1_a_hot_journal_of_our_own_file_is_rolled_back_on_open(clientfit_db, capsys):
    _leave_hot_journal(clientfit_db)
    assert cli(["--db", str(clientfit_db), "clients", "--json"]) == 0
    assert '"Client 299"' in capsys.readouterr().out
    assert not _side(clientfit_db, "-journal").exists()
    con = sqlite3.connect(clientfit_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (
        con.execute("SELECT count(*) FROM client WHERE name LIKE 'Client %'").fetchone()[0] == 300
    )
    con.close()


def test_1_a_newer_file_with_a_hot_journal_is_refused_byte_for_byte(clientfit_db):
    _leave_hot_journal(clientfit_db, version=schema_version() + 1)
    files = [clientfit_db, _side(clientfit_db, "-journal")]
    before = _digest(*files)
    with pytest.raises(NewerDatabaseError):
        open_database(clientfit_db)
    assert _digest(*files) == before


def test_1_restore_recovers_a_hot_journal_instead_of_setting_the_file_aside(
    clientfit_db, tmp_path, capsys
):
    source = tmp_path / "source.db"
    assert cli(["--db", str(clientfit_db), "backup", "-o", str(source)]) == 0
    _leave_hot_journal(clientfit_db)
    assert cli(["--db", str(clientfit_db), "restore", str(source)]) == 0
    out = capsys.readouterr().out
    assert "damaged" not in out and "before the restore is backed up" in out


def _load_kill_script():
    path = ROOT / "scripts" / "kill_restore_upgrade.py"
    spec = importlib.util.spec_from_file_location("kill_restore_upgrade", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_restore_upgrade"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_1_restore_and_upgrade_killed_at_random_always_reopen_cleanly(tmp_path):
    kill = _load_kill_script()
    outcomes = kill.kill_loop(runs=4, seed=5, work=tmp_path, clients=120)
    assert [(o.kind, o.run, o.problems) for o in outcomes if not o.passed] == []
    assert all(o.reopen_code == 0 for o in outcomes)
    assert any(o.killed for o in outcomes)


# 2 -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock", "-link"])
def test_2_an_export_onto_the_database_or_its_files_is_refused(clientfit_db, suffix, capsys):
    target = _side(clientfit_db, suffix)
    if suffix == "-link":
        os.link(clientfit_db, target)
    before = _digest(clientfit_db)
    code = cli(["--db", str(clientfit_db), "export", "json", "-o", str(target)])
    assert code == 2
    assert "Clientfit's own file" in capsys.readouterr().err
    assert _digest(clientfit_db) == before
    assert cli(["--db", str(clientfit_db), "clients"]) == 0


def test_2_a_backup_onto_the_database_or_into_the_backups_folder_by_another_name_is_refused(
    clientfit_db, tmp_path, capsys
):
    assert cli(["--db", str(clientfit_db), "backup"]) == 0
    kept = next((tmp_path / "backups").glob("*.db"))
    before = _digest(clientfit_db, kept)
    assert cli(["--db", str(clientfit_db), "backup", "-o", str(clientfit_db)]) == 2
    os.symlink(kept, tmp_path / "alias.db")
    assert cli(["--db", str(clientfit_db), "backup", "-o", str(tmp_path / "alias.db")]) == 2
    assert _digest(clientfit_db, kept) == before
    assert capsys.readouterr().err.count("Clientfit's own file") == 2


# 3 -----------------------------------------------------------------------------------------------


def test_3_a_database_the_app_holds_is_refused_under_another_name(clientfit_db, tmp_path, capsys):
    link = tmp_path / "other-name.db"
    os.link(clientfit_db, link)
    app = lock.IdentityLock()
    app.acquire(clientfit_db)  # what the app holds while it has the file open
    try:
        assert app.held
        assert cli(["--db", str(link), "client", "add", "Lost Writes AB"]) == 2
        assert "under another name" in capsys.readouterr().err
        assert cli(["--db", str(link), "clients"]) == 2  # reads too: two names, two logs
        with pytest.raises(lock.DatabaseInUse):
            lock.IdentityLock().acquire(link)  # a second app through the link
    finally:
        app.release()
    assert not _side(link, "-wal").exists()
    assert cli(["--db", str(link), "clients"]) == 0  # once the app is gone, any name works


# 5 -----------------------------------------------------------------------------------------------


def _foreign(path: Path, version: int, tables: int = 20) -> None:
    con = sqlite3.connect(path)
    for i in range(tables):
        con.execute(f"CREATE TABLE t{i} (x)")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


@pytest.mark.parametrize("version", [1, 2, 70, -3])
def test_5_another_programs_sqlite_file_is_refused_unchanged(tmp_path, version, capsys):
    path = tmp_path / "other.db"
    _foreign(path, version)
    before = _digest(path)
    assert cli(["--db", str(path), "clients"]) == 2
    err = capsys.readouterr().err
    assert "not a Clientfit database" in err and "newer" not in err
    assert _digest(path) == before
    assert not _side(path, "-wal").exists()


def test_5_a_file_with_another_application_id_is_refused(tmp_path):
    path = tmp_path / "other.db"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)


def test_5_new_files_get_the_application_id_and_old_ones_get_it_on_open(tmp_path):
    path = tmp_path / "clientfit.db"
    open_database(path)
    close_database()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.execute("PRAGMA application_id = 0")  # as Clientfit made files before it had the id
    con.commit()
    con.close()
    assert open_database(path).created is False
    close_database()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


# 6 and 12 ----------------------------------------------------------------------------------------


def test_6_a_read_only_database_stays_read_only_and_opens_read_only(clientfit_db, capsys):
    close_database()
    os.chmod(clientfit_db, 0o400)
    for side in ("-wal", "-shm"):
        _side(clientfit_db, side).unlink(missing_ok=True)
    before = _digest(clientfit_db)
    result = open_database(clientfit_db)
    assert result.read_only
    assert m.Client.select().count() == 300
    close_database()
    assert stat.S_IMODE(clientfit_db.stat().st_mode) == 0o400
    assert cli(["--db", str(clientfit_db), "clients"]) == 0
    assert cli(["--db", str(clientfit_db), "client", "add", "New AB"]) == 2
    assert "read-only" in capsys.readouterr().err
    assert stat.S_IMODE(clientfit_db.stat().st_mode) == 0o400
    assert _digest(clientfit_db) == before


def test_12_files_that_are_not_regular_are_refused_and_their_mode_left_alone(tmp_path, capsys):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo, 0o644)
    assert cli(["--db", str(fifo), "clients"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_IMODE(fifo.stat().st_mode) == 0o644
    assert cli(["--db", "/dev/null", "clients"]) == 2
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() != 0, reason="needs a file owned by another user")
def test_12_a_file_owned_by_another_user_keeps_its_mode(clientfit_db):
    os.chmod(clientfit_db, 0o664)
    os.chown(clientfit_db, 65534, 65534)
    open_database(clientfit_db)
    close_database()
    assert stat.S_IMODE(clientfit_db.stat().st_mode) == 0o664


def test_12_a_database_clientfit_created_is_private(tmp_path):
    path = tmp_path / "new.db"
    open_database(path)
    close_database()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# 13 ----------------------------------------------------------------------------------------------


def test_13_a_dangling_link_is_refused_and_its_target_not_created(tmp_path, capsys):
    link = tmp_path / "clientfit.db"
    os.symlink(tmp_path / "gone" / "real.db", link)
    assert cli(["--db", str(link), "clients"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "gone").exists()


def test_13_deeply_nested_json_gets_a_message(clientfit_db, tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    code = cli(["--db", str(clientfit_db), "import", "json", str(deep)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "deep.json" in err or "nested" in err


def test_13_a_dry_run_while_the_app_holds_the_database_works(clientfit_db, tmp_path, capsys):
    vcf = tmp_path / "one.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dry Run AB\r\nEND:VCARD\r\n")
    lock.lock_path(clientfit_db).write_text("4242\nclientfit\nsome-other-laptop\n")
    code = cli(["--db", str(clientfit_db), "import", "vcard", str(vcf), "--dry-run"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "readonly" not in captured.err
    lock.lock_path(clientfit_db).unlink()
    con = sqlite3.connect(clientfit_db)
    assert con.execute("SELECT count(*) FROM client WHERE name = 'Dry Run AB'").fetchone()[0] == 0
    con.close()


def _limited(limit: int):
    def setup():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return setup


def _cli_proc(db: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    env.pop("CLIENTFIT_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "clientfit.cli", "--db", str(db), *args],
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_limited(limit) if limit else None,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
@pytest.mark.parametrize(
    "args",
    [
        ("demo",),
        ("export", "json", "-o", "{tmp}/out.json"),
        ("backup", "-o", "{tmp}/copy.db"),
    ],
)
def test_13_a_full_disk_gets_a_message_not_a_traceback(tmp_path, args):
    clientfit_db = tmp_path / "full.db"
    assert _cli_proc(clientfit_db, "clients" if args[0] == "demo" else "demo").returncode == 0
    size = clientfit_db.stat().st_size
    done = _cli_proc(
        clientfit_db, *[a.format(tmp=tmp_path) for a in args], limit=max(size // 2, 200_000)
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("clientfit-cli: ") and done.stderr.count("\n") == 1
    assert _cli_proc(clientfit_db, "clients").returncode == 0


# 4 -----------------------------------------------------------------------------------------------


def _damage(path: Path, seed: int) -> None:
    """Overwrite a few pages past the header with noise, as a failing disk might."""
    import random

    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    page = 4096
    for _ in range(3):
        at = rng.randrange(2, len(data) // page) * page
        data[at : at + page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


def test_4_a_damaged_database_takes_no_writes_and_names_the_newest_good_backup(tmp_path, capsys):
    db = tmp_path / "clientfit.db"
    assert cli(["--db", str(db), "demo"]) == 0
    assert cli(["--db", str(db), "backup"]) == 0
    good = next((tmp_path / "backups").glob("*.db"))
    capsys.readouterr()
    for s in ("-wal", "-shm"):
        _side(db, s).unlink(missing_ok=True)
    _damage(db, seed=4)
    before = _digest(db)
    code = cli(["--db", str(db), "client", "add", "Written Into Damage AB"])
    err = capsys.readouterr().err
    assert code == 2
    assert "damaged" in err and str(good) in err and "clientfit-cli restore" in err
    assert _digest(db) == before
    assert cli(["--db", str(db), "restore", str(good)]) == 0


def test_4_a_write_ahead_log_from_another_database_is_caught_before_writing(tmp_path, capsys):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert cli(["--db", str(a), "demo"]) == 0
    assert cli(["--db", str(b), "demo", "--clients", "60", "--messages", "3000"]) == 0
    # b's log, caught before its checkpoint, beside a
    con = sqlite3.connect(b)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE client SET name = name || ' (b)'")
    con.commit()
    wal = _side(b, "-wal").read_bytes()
    con.close()
    assert len(wal) > 32
    _side(a, "-shm").unlink(missing_ok=True)
    _side(a, "-wal").write_bytes(wal)
    capsys.readouterr()
    code = cli(["--db", str(a), "client", "add", "After The Foreign Log AB"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "damaged" in err or "not a Clientfit database" in err
