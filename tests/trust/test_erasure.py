"""Issue 19, attack 11 and erasure: a deleted client leaves no trace in the database, its backups
(on request) or future imports; anonymising keeps the totals; killed backups leave no copies.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from clientfit.cli import main as cli

SECRET = "Hemliga Kunden Aktiebolag"
NOTE = "ring aldrig efter klockan sex, zebra-kod 4471"


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "clientfit.db"
    assert cli(["--db", str(path), "demo"]) == 0
    assert cli(["--db", str(path), "client", "add", SECRET, "--email", "vd@hemliga.se"]) == 0
    from clientfit.store.clients import add_note, get_client
    from clientfit.store.database import close_database, open_database

    open_database(path)
    add_note(get_client(SECRET), NOTE)
    close_database()
    assert cli(["--db", str(path), "backup"]) == 0
    capsys.readouterr()
    return path


def _bytes_everywhere(db: Path) -> bytes:
    files = [db, Path(f"{db}-wal"), *sorted((db.parent / "backups").glob("*"))]
    return b"".join(f.read_bytes() for f in files if f.is_file())


def test_11_secure_delete_is_on(db):
    from clientfit.store.database import close_database, open_database
    from clientfit.store.database import db as live

    open_database(db)
    try:
        assert live.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        close_database()


def test_11_a_deleted_client_is_gone_from_the_database_and_with_purge_from_every_backup(db, capsys):
    assert NOTE.encode() in _bytes_everywhere(db)
    assert cli(["--db", str(db), "client", "delete", SECRET]) == 0
    out = capsys.readouterr().out
    assert "--purge-backups" in out  # it says the backups still hold it
    assert NOTE.encode() not in db.read_bytes()
    assert cli(["--db", str(db), "client", "add", SECRET]) == 0  # back, then deleted with purge
    assert cli(["--db", str(db), "client", "delete", SECRET, "--purge-backups"]) == 0
    assert "Backups rewritten without it: 1" in capsys.readouterr().out
    everything = _bytes_everywhere(db)
    assert NOTE.encode() not in everything
    assert SECRET.encode() not in everything
    for backup in (db.parent / "backups").glob("*.db"):
        con = sqlite3.connect(backup)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 8  # the demo's
        con.close()


def test_11_a_deleted_client_stays_deleted_in_imports_until_allowed_back(db, tmp_path, capsys):
    assert cli(["--db", str(db), "client", "delete", SECRET]) == 0
    card = tmp_path / "again.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vd\r\nORG:{SECRET}\r\nEND:VCARD\r\n")
    capsys.readouterr()
    assert cli(["--db", str(db), "import", "vcard", str(card)]) == 1  # the card is rejected
    assert "stays deleted" in capsys.readouterr().out
    con = sqlite3.connect(db)
    digests = con.execute("SELECT digest FROM erased_identity").fetchall()
    con.close()
    assert len(digests) == 2 and SECRET.encode() not in db.read_bytes()  # hashes, not names
    assert cli(["--db", str(db), "client", "allow", SECRET]) == 0
    assert cli(["--db", str(db), "import", "vcard", str(card)]) == 0


def test_11_anonymise_keeps_the_money_and_hours_but_not_who_it_was(db, capsys):
    assert cli(["--db", str(db), "clients", "--json"]) == 0
    before = {c["name"]: c for c in json.loads(capsys.readouterr().out)}
    name, row = next((n, c) for n, c in before.items() if c["hours"] > 0)
    assert cli(["--db", str(db), "client", "anonymise", name]) == 0
    capsys.readouterr()
    assert cli(["--db", str(db), "clients", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert name not in {c["name"] for c in after}
    anon = next(c for c in after if c["name"].startswith("Anonymised client"))
    assert (anon["hours"], anon["invoiced"], anon["messages"]) == (
        row["hours"],
        row["invoiced"],
        row["messages"],
    )
    assert anon["contacts"] == 0


def test_11_half_written_backup_copies_are_removed_on_the_next_start(db):
    folder = db.parent / "backups"
    dead = folder / ".clientfit-20240101-000000Z-auto.db.999999.part"
    dead.write_bytes(b"a whole copy of the database")
    live = folder / f".clientfit-20240101-000000Z-auto.db.{os.getppid()}.part"
    live.write_bytes(b"still being written")
    assert cli(["--db", str(db), "clients"]) == 0
    assert not dead.exists()
    assert live.exists()  # its writer still runs


def test_11_a_retention_for_manual_backups_removes_older_ones(db, capsys):
    old = db.parent / "backups" / "clientfit-20200101-000000Z-manual.db"
    old.write_bytes(next((db.parent / "backups").glob("*.db")).read_bytes())
    assert cli(["--db", str(db), "backup-retention", "30"]) == 0
    assert "1 older ones removed" in capsys.readouterr().out
    assert not old.exists()
    assert len(list((db.parent / "backups").glob("*.db"))) == 1
    assert cli(["--db", str(db), "backup-retention", "forever"]) == 0
