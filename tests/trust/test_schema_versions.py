"""Schema versions: a database made at every historical version is carried through every later
migration with its data and a backup; a failed migration changes nothing; a newer one is refused
untouched.

The data is filled in generically (every table, every column, from the schema as it was at that
version), so these tests keep working as migrations are added.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from playhouse.migrations import Runner

from clientfit.cli import main as cli
from clientfit.store import backup as b
from clientfit.store import database as database_module
from clientfit.store.database import (
    DatabaseError,
    NewerDatabaseError,
    close_database,
    open_database,
    schema_version,
)

ROWS = 3
# Derived data, not the user's: triggers empty it when its sources change (the signal cache) or
# compute it from them (the unpaid invoices), so it is not filled.
DERIVED = {"signal_cache", "open_invoice"}


def migration_names(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py"))


def build_at_version(path: Path, version: int, folder: Path) -> None:
    """A database as Clientfit `version` made it: migrations 1..version, stamped."""
    old = SqliteDatabase(str(path), pragmas={"journal_mode": "wal", "foreign_keys": 1})
    old.connect()
    with old.atomic():
        # by number, not position: numbers are reserved ahead, so a branch may have gaps
        target = next(n for n in migration_names(folder) if int(n[:4]) == version)
        Runner(old, str(folder)).up(target=target)
        old.execute_sql(f"PRAGMA user_version = {version}")
    old.close()


def _tables(con: sqlite3.Connection) -> list[str]:
    """User tables, parents before children."""
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'schema_migration' ORDER BY name"
        )
    ]
    parents = {t: {r[2] for r in con.execute(f'PRAGMA foreign_key_list("{t}")')} for t in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        for t in names:
            if t not in ordered and all(p in ordered or p == t for p in parents[t]):
                ordered.append(t)
    return ordered


def _value(table: str, column: str, declared: str, i: int):
    kind = declared.upper()
    if "DATETIME" in kind:
        return f"2024-0{i}-1{i} 1{i}:30:00"
    if "DATE" in kind:
        return f"2024-0{i}-1{i}"
    if kind.startswith(("INT", "SMALLINT", "BIGINT")):
        return i * 100 + 7
    if kind.startswith(("BOOL",)):
        return i % 2
    if kind.startswith(("REAL", "FLOAT", "DOUBLE", "DECIMAL", "NUMERIC")):
        return i + 0.5
    return f"{table}.{column} #{i} – åäö"


def fill(path: Path) -> dict[str, list[dict]]:
    """ROWS rows in every table, every column given a value; returns what was written."""
    con = sqlite3.connect(path)
    written: dict[str, list[dict]] = {}
    for table in _tables(con):
        if table in DERIVED:
            continue
        fks = {r[3]: r[2] for r in con.execute(f'PRAGMA foreign_key_list("{table}")')}
        cols = [  # every column but an INTEGER PRIMARY KEY (the rowid)
            r
            for r in con.execute(f'PRAGMA table_info("{table}")')
            if not (r[5] and r[2].upper() == "INTEGER")
        ]
        rows = []
        for i in range(1, ROWS + 1):
            row = {c[1]: (i if c[1] in fks else _value(table, c[1], c[2], i)) for c in cols}
            names = ", ".join(f'"{k}"' for k in row)
            con.execute(
                f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                list(row.values()),
            )
            rows.append(row)
        written[table] = rows
    con.commit()
    con.close()
    return written


def read_back(path: Path, written: dict[str, list[dict]]) -> dict[str, list[dict]]:
    con = sqlite3.connect(path)
    out = {}
    for table, rows in written.items():
        cols = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
        if not cols:
            continue  # a later migration dropped the table
        keep = [c for c in rows[0] if c in cols]
        names = ", ".join(f'"{c}"' for c in keep)
        got = con.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        out[table] = [dict(zip(keep, r, strict=True)) for r in got]
    con.close()
    return out


def expected(written: dict[str, list[dict]], path: Path) -> dict[str, list[dict]]:
    con = sqlite3.connect(path)
    out = {}
    for table, rows in written.items():
        cols = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
        if cols:
            out[table] = [{k: v for k, v in r.items() if k in cols} for r in rows]
    con.close()
    return out


@pytest.mark.parametrize(
    "version", [int(n[:4]) for n in migration_names(database_module.MIGRATIONS_DIR)]
)
def test_a_database_from_every_schema_version_opens_with_its_data_and_a_backup(tmp_path, version):
    path = tmp_path / "clientfit.db"
    build_at_version(path, version, database_module.MIGRATIONS_DIR)
    written = fill(path)
    assert sum(len(r) for r in written.values()) >= ROWS * 10

    result = open_database(path)
    close_database()

    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert read_back(path, written) == expected(written, path)
    if version < schema_version():
        assert result.migrated_from == version
        assert result.backup is not None and b.integrity(result.backup) == "ok"
        assert read_back(result.backup, written) == written  # the backup is the old database
    else:
        assert result.migrated_from is None and result.backup is None


@pytest.fixture
def next_migration(tmp_path, monkeypatch):
    """The real migrations plus one more (number N+1), as the next Clientfit would ship."""

    def make(body: str) -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(database_module.MIGRATIONS_DIR, folder)
        nxt = schema_version() + 1
        (folder / f"{nxt:04d}_trust_next.py").write_text(body)
        monkeypatch.setattr(database_module, "MIGRATIONS_DIR", folder)
        return folder

    return make


ADD_COLUMN = """
def up(migrator, db):
    db.execute_sql("ALTER TABLE client ADD COLUMN website TEXT")
    db.execute_sql("UPDATE client SET website = 'https://' || name_key || '.example'")
"""

HALF_DONE = """
def up(migrator, db):
    db.execute_sql("ALTER TABLE client ADD COLUMN website TEXT")
    db.execute_sql("DELETE FROM note")
    raise RuntimeError("the migration broke half-way")
"""


def test_the_upgrade_path_backs_up_migrates_in_one_go_and_says_so(tmp_path, next_migration, capsys):
    path = tmp_path / "clientfit.db"
    old_version = schema_version()
    build_at_version(path, old_version, database_module.MIGRATIONS_DIR)
    written = fill(path)
    next_migration(ADD_COLUMN)

    assert cli(["--db", str(path), "clients", "--json"]) == 0

    err = capsys.readouterr().err
    assert f"Upgraded the database from schema {old_version}" in err and "backup:" in err
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
    assert con.execute("SELECT count(website) FROM client").fetchone()[0] == ROWS
    con.close()
    assert read_back(path, written) == written
    (made,) = b.list_backups(path)
    assert made.reason == f"before-migration-{old_version}-to-{old_version + 1}"
    assert oct(made.path.stat().st_mode & 0o777) == oct(0o600)
    assert read_back(made.path, written) == written


def test_a_migration_that_fails_half_way_changes_nothing(tmp_path, next_migration):
    path = tmp_path / "clientfit.db"
    old_version = schema_version()
    build_at_version(path, old_version, database_module.MIGRATIONS_DIR)
    written = fill(path)
    next_migration(HALF_DONE)

    with pytest.raises(RuntimeError, match="half-way"):
        open_database(path)
    close_database()

    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert "website" not in {r[1] for r in con.execute("PRAGMA table_info(client)")}
    con.close()
    assert read_back(path, written) == written
    assert len(b.list_backups(path)) == 1  # the backup taken before trying


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_in_wal_mode_is_refused_by_cli_and_app_and_left_untouched(
    tmp_path, capsys, qapp, monkeypatch
):
    path = tmp_path / "future.db"
    build_at_version(path, schema_version(), database_module.MIGRATIONS_DIR)
    fill(path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {schema_version() + 3}")
    writer.execute(
        "INSERT INTO client (name, name_key, status, currency, payment_terms_days, "
        "disrespectful, created_at) VALUES ('Future', 'future', 'active', 'SEK', 30, 0, "
        "'2030-01-01 00:00:00')"
    )
    writer.commit()
    wal = Path(f"{path}-wal")
    keep = sqlite3.connect(path)  # another connection keeps the -wal file from being folded in
    keep.execute("SELECT count(*) FROM client").fetchone()
    writer.close()
    before = (_sha(path), _sha(wal))

    with pytest.raises(NewerDatabaseError, match="newer Clientfit"):
        open_database(path)
    assert cli(["--db", str(path), "clients"]) == 2
    assert "newer Clientfit" in capsys.readouterr().err

    from clientfit.ui import app as app_module

    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    assert app_module.main(["clientfit", "--db", str(path), "--no-demo-offer"]) == 2
    assert shown and "newer Clientfit" in shown[0] and "has not been changed" in shown[0]

    assert (_sha(path), _sha(wal)) == before
    assert b.list_backups(path) == []
    keep.close()


def test_a_file_that_is_not_a_clientfit_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (x)")
    con.close()
    before = _sha(path)
    with pytest.raises(DatabaseError, match="not a Clientfit database"):
        open_database(path)
    assert _sha(path) == before


REBUILD_SOURCES = """
def up(migrator, db):
    from peewee import TextField

    # peewee rebuilds a table on SQLite to change a column's type: copy, drop, rename
    migrator.migrate(
        migrator.alter_column_type("invoice", "subject", TextField(default="")),
        migrator.alter_column_type("message", "subject", TextField(default="")),
    )
"""


def test_a_later_migration_that_rebuilds_source_tables_keeps_the_cache_triggers(
    tmp_path, next_migration
):
    from clientfit.store import signal_triggers
    from clientfit.store.database import db

    path = tmp_path / "clientfit.db"
    build_at_version(path, schema_version(), database_module.MIGRATIONS_DIR)
    written = fill(path)
    next_migration(REBUILD_SOURCES)
    open_database(path)
    try:
        assert signal_triggers.present(db) == set(signal_triggers.definitions())
    finally:
        close_database()
    assert read_back(path, written) == expected(written, path)


def test_a_reference_broken_before_the_upgrade_does_not_lock_the_user_out(tmp_path):
    path = tmp_path / "clientfit.db"
    build_at_version(path, 1, database_module.MIGRATIONS_DIR)
    written = fill(path)
    con = sqlite3.connect(path)  # another tool, foreign keys off, deletes a client
    con.execute("DELETE FROM client WHERE id = 1")
    con.commit()
    con.close()
    result = open_database(path)
    close_database()
    assert result.migrated_from == 1
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM message").fetchone()[0] == len(written["message"])
    con.close()
