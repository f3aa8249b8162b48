"""Opening the database: one deferred peewee database, WAL and foreign keys on, schema checked.

`open_database` is the only way in. It reads the schema version (`PRAGMA user_version`) through a
read-only connection first, so a file from a newer Clientfit, or one that is not a Clientfit
database at all, is refused before a single byte of it changes. An older file is backed up, then
migrated in one transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

# Transactions begin IMMEDIATE: a transaction that reads and then writes would otherwise fail at
# once with "database is locked" (SQLITE_BUSY_SNAPSHOT) whenever a background writer - the trend
# snapshots, an import - committed in between; IMMEDIATE takes the write lock first and waits for
# it (busy_timeout) instead.
db = SqliteDatabase(None, lock_type="IMMEDIATE")

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -32000,
    # Statement journals in memory: a row-by-row insert that fires a trigger (the signal cache's)
    # otherwise opens a temporary file per row (benchmarks/RESULTS.md).
    "temp_store": "memory",
    # INSERT OR REPLACE on a source table deletes the old row: its DELETE trigger must fire too.
    "recursive_triggers": 1,
}

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """A database that cannot be opened as asked; the message is meant for the user."""


class NewerDatabaseError(DatabaseError):
    pass


@dataclass(frozen=True)
class OpenResult:
    path: Path
    created: bool  # a new, empty database
    migrated_from: int | None  # the old schema version, when an older file was upgraded
    backup: Path | None  # the backup taken before migrating


def schema_version() -> int:
    """The schema version this Clientfit writes: the number of the newest migration script."""
    numbers = [int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers, default=0)


def read_user_version(path: Path) -> int:
    """The schema version of a file on disk, read without changing it (read-only, immutable URI)."""
    uri = f"file:{Path(path).resolve().as_posix()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is not a Clientfit database ({exc}).") from exc
    return int(version)


def _make_private(path: Path) -> None:
    """Database files are the user's alone (0600 on POSIX)."""
    if os.name == "posix":
        for suffix in ("", "-wal", "-shm"):
            # -wal/-shm come and go as other connections open and close
            with contextlib.suppress(FileNotFoundError):
                os.chmod(Path(str(path) + suffix), stat.S_IRUSR | stat.S_IWUSR)


def open_database(path: Path | str, *, migrate: bool = True) -> OpenResult:
    """Open (creating or migrating as needed) the database at `path` and bind the models to it."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    known = schema_version()
    exists = path.exists() and path.stat().st_size > 0
    old_version = read_user_version(path) if exists else 0
    if old_version > known:
        raise NewerDatabaseError(
            f"{path} was written by a newer Clientfit (schema {old_version}; this version knows "
            f"up to {known}). It has not been changed. Please update Clientfit to open it."
        )
    if exists and old_version == 0 and _has_tables(path):
        raise DatabaseError(
            f"{path} is not a Clientfit database (it has tables but no schema version)."
        )

    path.parent.mkdir(parents=True, exist_ok=True)
    if not db.is_closed():
        db.close()
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        db.init(str(path), pragmas=PRAGMAS)
        db.connect()
    finally:
        if old_umask is not None:
            os.umask(old_umask)
    _make_private(path)

    backup = None
    migrated_from = None
    if old_version < known and migrate:
        if exists:
            from clientfit.store.backup import backup_database

            backup = backup_database(path, reason=f"before-migration-{old_version}-to-{known}")
            migrated_from = old_version
        _migrate(known)
    if (known if old_version < known and migrate else old_version) >= 2:  # has signal_cache
        from clientfit.store import signal_triggers

        signal_triggers.ensure(db)  # one look at sqlite_master; rebuilds only if one is missing
    _make_private(path)
    return OpenResult(path=path, created=not exists, migrated_from=migrated_from, backup=backup)


def close_database() -> None:
    if not db.is_closed():
        db.close()


def _has_tables(path: Path) -> bool:
    con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    try:
        return (
            con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
        )
    finally:
        con.close()


def _migrate(target: int) -> None:
    """Run every pending numbered migration (playhouse.migrations) and stamp the version, atomically."""
    from playhouse.migrations import Runner

    from clientfit.store import signal_triggers

    runner = Runner(db, str(MIGRATIONS_DIR))
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic():
            # A reference the user's file already had broken (a tool with foreign keys off) is
            # not this migration's doing and must not lock the user out of their data.
            before = set(db.execute_sql("PRAGMA foreign_key_check").fetchall())
            signal_triggers.drop(db)  # a table rebuild must not trip over, or lose, them
            runner.up()
            signal_triggers.ensure(db)
            problems = [p for p in db.execute_sql("PRAGMA foreign_key_check") if p not in before]
            if problems:
                raise DatabaseError(f"Migration left broken references: {problems[:5]}")
            db.execute_sql(f"PRAGMA user_version = {int(target)}")
    finally:
        db.pragma("foreign_keys", 1)
