"""Opening the database: one deferred peewee database, WAL and foreign keys on, schema checked.

`open_database` is the only way in. It judges the file first (store/fileguard.py: header, schema
version and tables, read without changing it), so a file from a newer Clientfit, or one that is
not a Clientfit database at all, is refused before a single byte of it changes; a file of ours
that a crash left with a hot journal is recovered. An older file is backed up, then migrated in one
transaction. A file the user may not write is opened read-only and stays as it is.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from clientfit.i18n import _
from clientfit.store import fileguard, read_only_file


# Transactions begin IMMEDIATE: a transaction that reads and then writes would otherwise fail at
# once with "database is locked" (SQLITE_BUSY_SNAPSHOT) whenever a background writer - the trend
# snapshots, an import - committed in between; IMMEDIATE takes the write lock first and waits for
# it (busy_timeout) instead.
class ClientfitDatabase(SqliteDatabase):
    """SQLite, or SQLCipher (playhouse.sqlcipher_ext over sqlcipher3) once `cipher_key` is set:
    one database object the models stay bound to, whichever kind the open file is."""

    cipher_key: bytes | None = None
    # Statements that may write, run by this process's worker threads (not the main thread): the
    # app's data watch (ui/common/data_watch.py) tells its own workers' commits from another
    # program's by it - PRAGMA data_version moves for both.
    background_writes = 0

    def execute_sql(self, sql, params=None):
        if sql.lstrip()[:6].upper() not in ("SELECT", "PRAGMA") and (
            threading.current_thread() is not threading.main_thread()
        ):
            self.background_writes += 1
        return super().execute_sql(sql, params)

    def _connect(self):
        if self.cipher_key is None:
            return super()._connect()
        from playhouse.sqlcipher_ext import _SqlCipherDatabase

        from clientfit.store import encryption

        # a raw key (x'..'): SQLCipher uses it as is, no key stretching on every connection
        self.connect_params["passphrase"] = f"x'{self.cipher_key.hex()}'"
        try:
            con = _SqlCipherDatabase._connect(self)
        finally:
            self.connect_params.pop("passphrase", None)
        encryption.tune(con)
        return con


sqlite_db = ClientfitDatabase(None, lock_type="IMMEDIATE")


# The models' database: the SQLite one above, or PostgreSQL (store/engines/postgres.py) when
# `open_database` is given a postgresql:// URL. Everything else says `db` and needs not know which.
class EngineProxy(DatabaseProxy):
    """peewee's proxy, whose attributes may also be set (tests patch `db.execute_sql`): they are
    set on the database it stands for."""

    __slots__ = ()

    def __setattr__(self, attr, value):
        if attr in DatabaseProxy.__slots__:
            return object.__setattr__(self, attr, value)
        return setattr(self.obj, attr, value)

    def __delattr__(self, attr):
        return delattr(self.obj, attr)


db = EngineProxy()
db.initialize(sqlite_db)

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
    # Deleted rows are overwritten with zeros, not left readable in free pages (erasure).
    "secure_delete": 1,
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
    read_only: bool = False  # the file may not be written: opened read-only, nothing changes
    url: str | None = None  # a PostgreSQL database: its URL (then `path` is only a label)


def schema_version() -> int:
    """The schema version this Clientfit writes: the number of the newest migration script."""
    numbers = [int(p.name[:4]) for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers, default=0)


def read_user_version(path: Path) -> int:
    """The schema version of a file on disk, read without changing it (see store/fileguard.py)."""
    try:
        return fileguard.inspect(Path(path).resolve()).user_version
    except fileguard.NotClientfitError as exc:
        raise DatabaseError(_not_ours(Path(path), str(exc))) from None


def _not_ours(path: Path, detail: str) -> str:
    from clientfit.store.integrity import backup_hint

    return _("{path} is not a Clientfit database, or it is damaged ({detail}).").format(
        path=path, detail=detail
    ) + backup_hint(path)


def _make_private(path: Path) -> None:
    """Database files are the user's alone (0600 on POSIX) - but only regular files this user
    owns and may write: a read-only file stays read-only, and a device or another user's file
    (`--db /dev/null` as root) is never touched."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        # -wal/-shm come and go as other connections open and close
        with contextlib.suppress(FileNotFoundError):
            side = Path(str(path) + suffix)
            st = os.lstat(side)
            if (
                stat.S_ISREG(st.st_mode)
                and st.st_uid == os.geteuid()
                and st.st_mode & stat.S_IWUSR
                and stat.S_IMODE(st.st_mode) != 0o600
            ):
                os.chmod(side, stat.S_IRUSR | stat.S_IWUSR)


def _judge(path: Path, known: int) -> fileguard.FileFacts | None:
    """What the file at `path` is; None for a new (missing or empty) database. Raises
    DatabaseError for anything Clientfit must not open, before any byte of it changed."""
    try:
        fileguard.check_kind(path)
    except fileguard.NotClientfitError as exc:
        raise DatabaseError(str(exc)) from None
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        facts = fileguard.inspect(path)
    except fileguard.NotClientfitError as exc:
        raise DatabaseError(_not_ours(path, str(exc))) from None
    if facts.empty:
        return facts
    if not facts.ours:
        raise DatabaseError(
            _(
                "{path} is not a Clientfit database (it belongs to another program); it has not "
                "been changed."
            ).format(path=path)
        )
    if facts.user_version > known:
        raise NewerDatabaseError(
            _(
                "{path} was written by a newer Clientfit (schema {old}; this version knows up to "
                "{known}). It has not been changed. Please update Clientfit to open it."
            ).format(path=path, old=facts.user_version, known=known)
        )
    if facts.user_version < 1:
        raise DatabaseError(
            _("{path} is not a Clientfit database (schema {old}); it has not been changed.").format(
                path=path, old=facts.user_version
            )
        )
    return facts


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    read_only: bool = False,
    ask_passphrase: Callable[[int], str | None] | None = None,
) -> OpenResult:
    """Open (creating or migrating as needed) the database at `path` and bind the models to it.

    A file this user may not write (or `read_only=True`) is opened read-only: nothing in it or
    about it changes, and `OpenResult.read_only` says so, for the app's banner and the CLI. An
    encrypted file is opened with its key from the keyring, else `ask_passphrase(try)` is asked.
    A `postgresql://` URL opens that server's database instead (store/engines/postgres.py)."""
    from clientfit.store import engines

    if engines.is_url(path):
        return _open_url(str(path).strip(), migrate=migrate)
    if db.obj is not sqlite_db:
        close_database()
        db.initialize(sqlite_db)
    given = Path(path).expanduser()
    # Links are followed once, here: SQLite names its -wal/-shm after the name it opens, and two
    # names for one file would mean two journals.
    path = given.resolve() if not (given.is_symlink() and not given.exists()) else given
    _unlock(path, ask_passphrase)
    known = schema_version()
    facts = _judge(given if path is given else path, known)
    exists = facts is not None
    old_version = facts.user_version if facts is not None else 0
    read_only = read_only or not read_only_file.writable(path)
    if read_only and not exists:
        raise DatabaseError(
            _("{path} cannot be created: the folder is read-only.").format(path=given)
        )
    if read_only and old_version < known and migrate:
        raise DatabaseError(
            _(
                "{path} is read-only and needs an upgrade to schema {known}; make it writable to "
                "open it in this Clientfit. It has not been changed."
            ).format(path=given, known=known)
        )
    if facts is not None and facts.needs_recovery and not read_only:
        fileguard.recover(path)  # ours, at a schema we know: let SQLite roll the journal back

    close_database()
    from clientfit.fileio import protect

    protect(path)
    if read_only:
        read_only_file.connect(db, path, PRAGMAS)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
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
    if old_version < known and migrate and not read_only:
        if exists and not facts.empty:
            from clientfit.store.backup import backup_database

            backup = backup_database(path, reason=f"before-migration-{old_version}-to-{known}")
            migrated_from = old_version
        _migrate(known)
    if not read_only:
        if (known if old_version < known and migrate else old_version) >= 2:  # has signal_cache
            from clientfit.store import signal_triggers

            signal_triggers.ensure(db)  # one look at sqlite_master; rebuilds only if one is missing
        from clientfit.store import open_invoices, text_limits

        open_invoices.ensure(db)  # the same for the unpaid invoices' table (Today)

        text_limits.ensure(db)
        from clientfit.store.parts import clean_parts

        clean_parts(path)
        if facts is None or facts.application_id != fileguard.APPLICATION_ID:
            db.execute_sql(f"PRAGMA application_id = {fileguard.APPLICATION_ID}")
        _make_private(path)
    return OpenResult(
        path=path,
        created=not exists,
        migrated_from=migrated_from,
        backup=backup,
        read_only=read_only,
    )


def _unlock(path: Path, ask: Callable[[int], str | None] | None) -> None:
    """An encrypted file's key (keyring, else the passphrase) for every connection to it."""
    from clientfit.store import encryption

    if not db.is_closed():
        db.close()
    key = None
    if encryption.is_encrypted(path):
        if not encryption.available():
            raise DatabaseError(
                _("{path} is encrypted and this Clientfit has no SQLCipher (sqlcipher3).").format(
                    path=path
                )
            )
        try:
            key = encryption.unlock(path, ask)
        except encryption.EncryptionError as exc:
            raise DatabaseError(str(exc)) from None
    encryption.set_current_key(key)
    sqlite_db.cipher_key = key


def close_database() -> None:
    """Close the open database; the models fall back to the (unopened) SQLite one."""
    read_only_file.forget()
    if not db.is_closed():
        db.close()
    if db.obj is not sqlite_db:
        db.initialize(sqlite_db)


def _open_url(url: str, *, migrate: bool) -> OpenResult:
    """The PostgreSQL database at `url`, bound to the models, migrated like a file."""
    from clientfit.store.engines import postgres, redact

    close_database()
    if not sqlite_db.is_closed():
        sqlite_db.close()
    created, migrated_from, backup = postgres.open_postgres(
        url, db, schema_version(), MIGRATIONS_DIR, migrate=migrate
    )
    return OpenResult(
        path=Path(redact(url)),
        created=created,
        migrated_from=migrated_from,
        backup=backup,
        url=url,
    )


def _migrate(target: int) -> None:
    """Run every pending numbered migration (playhouse.migrations) and stamp the version, atomically."""
    from playhouse.migrations import Runner

    from clientfit.store import open_invoices, signal_triggers, text_limits

    runner = Runner(db, str(MIGRATIONS_DIR))
    db.pragma("foreign_keys", 0)
    try:
        with db.atomic():
            # A reference the user's file already had broken (a tool with foreign keys off) is
            # not this migration's doing and must not lock the user out of their data.
            before = set(db.execute_sql("PRAGMA foreign_key_check").fetchall())
            signal_triggers.drop(db)  # a table rebuild must not trip over, or lose, them
            text_limits.drop(db)
            open_invoices.drop(db)
            runner.up()
            signal_triggers.ensure(db)
            text_limits.ensure(db)
            open_invoices.ensure(db)
            problems = [p for p in db.execute_sql("PRAGMA foreign_key_check") if p not in before]
            if problems:
                raise DatabaseError(f"Migration left broken references: {problems[:5]}")
            db.execute_sql(f"PRAGMA user_version = {int(target)}")
    finally:
        db.pragma("foreign_keys", 1)
