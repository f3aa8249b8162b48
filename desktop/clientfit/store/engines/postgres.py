"""Opening a PostgreSQL database: the same models, the same numbered migrations, the same refusal.

`open_postgres(url)` is the PostgreSQL half of `store.database.open_database`. The schema version
lives in a one-row table (`clientfit_schema`), the twin of SQLite's `PRAGMA user_version`; a
database written by a newer Clientfit is refused before anything in it changes, and an older one
is migrated by the very scripts SQLite uses (peewee's migrator picks the PostgreSQL dialect), in one
transaction, while a `pg_advisory_lock` keeps a second Clientfit from migrating at the same time.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from pathlib import Path

from peewee import InterfaceError, OperationalError, PostgresqlDatabase, ProgrammingError

from clientfit.i18n import _
from clientfit.store.engines import postgres_sql, redact
from clientfit.store.peewee_driver import attach_psycopg

attach_psycopg()  # peewee was imported without its driver (store/peewee_driver.py)

VERSION_TABLE = "clientfit_schema"
# pg_advisory_lock keys: one per kind of long operation, the same in every Clientfit
LOCK_MIGRATE = 0x436C_6601  # "Clf" 1
LOCK_IMPORT = 0x436C_6602


@functools.cache
def _numeric_loader():
    """numeric read as SQLite gives it: SUM over integers is an int, anything else a float (a
    DecimalField turns it into a Decimal as it does on SQLite), so the health arithmetic, which
    mixes the sums with floats, gets the same numbers on both engines."""
    from psycopg.adapt import Loader

    class NumericLoader(Loader):
        def load(self, data):
            text = bytes(data).decode()
            if "." in text or "e" in text or "N" in text:
                return float(text)
            return int(text)

    return NumericLoader


@functools.lru_cache(maxsize=2048)
def adapt_sql(sql: str) -> str:
    """A statement written for SQLite's driver as psycopg takes it: `?` placeholders become
    `%s`, and a `%` that is not a placeholder (a modulo, a LIKE pattern) is doubled. Quoted text
    keeps its `?`. The store's raw statements are written once, for both engines."""
    if "?" not in sql and "%" not in sql:
        return sql
    out = []
    quote = None
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if quote:
            if c == quote:
                quote = None
            out.append("%%" if c == "%" else c)
        elif c in "'\"":
            quote = c
            out.append(c)
        elif c == "?":
            out.append("%s")
        elif c == "%":
            nxt = sql[i + 1 : i + 2]
            if nxt in ("s", "b", "t", "("):
                out.append(c)  # a placeholder peewee wrote
            elif nxt == "%":
                out.append("%%")
                i += 1
            else:
                out.append("%%")
        else:
            out.append(c)
        i += 1
    return "".join(out)


class ClientfitPostgres(PostgresqlDatabase):
    """PostgreSQL through psycopg 3; every connection works in UTC, as the stored moments are.
    Integers are 64-bit, as SQLite's are (a file's size, inode and nanosecond time fit)."""

    field_types = {**PostgresqlDatabase.field_types, "INT": "BIGINT", "AUTO": "BIGSERIAL"}

    def _connect(self):
        conn = super()._connect()
        conn.execute("SET TIME ZONE 'UTC'")
        conn.adapters.register_loader("numeric", _numeric_loader())
        return conn

    def _execute_cursor(self, sql, params, **cursor_options):
        return super()._execute_cursor(adapt_sql(sql), params, **cursor_options)


pg_db = ClientfitPostgres(None, prefer_psycopg3=True, autoconnect=True)


def connect_error(url: str, exc: BaseException) -> str:
    """The user's message for a server that cannot be reached or refuses us."""
    detail = " ".join(str(exc).split())
    return _(
        "Cannot open the PostgreSQL database {url}: {detail}. Check that the server is running "
        "and the address, user and password are right, or open the local database instead."
    ).format(url=redact(url), detail=detail)


def read_version(database) -> int | None:
    """The schema version in the version table; None when the database has no Clientfit tables."""
    tables = set(database.get_tables())
    if VERSION_TABLE in tables:
        row = database.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
        return int(row[0]) if row else 0
    return None if not tables else -1


def _write_version(database, version: int) -> None:
    database.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} ("
        "one_row boolean PRIMARY KEY DEFAULT true CHECK (one_row), version integer NOT NULL)"
    )
    database.execute_sql(
        f"INSERT INTO {VERSION_TABLE} (one_row, version) VALUES (true, %s) "
        "ON CONFLICT (one_row) DO UPDATE SET version = excluded.version",
        (int(version),),
    )


@contextlib.contextmanager
def advisory_lock(database, key: int) -> Iterator[None]:
    """Hold a session-level `pg_advisory_lock(key)`: a second Clientfit waits for this one."""
    database.execute_sql("SELECT pg_advisory_lock(%s)", (key,))
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            database.execute_sql("SELECT pg_advisory_unlock(%s)", (key,))


def open_postgres(url: str, proxy, known: int, migrations_dir: Path, *, migrate: bool = True):
    """Bind `proxy` (the models' database) to the server at `url`, migrated to `known`.
    Returns (created, migrated_from, backup); raises DatabaseError / NewerDatabaseError."""
    from clientfit.store.database import DatabaseError

    if not pg_db.is_closed():
        pg_db.close()
    from clientfit.store.engines.postgres_connect import connection_params

    pg_db.init(url, prefer_psycopg3=True, **connection_params(url))
    try:
        pg_db.connect()
    except (OperationalError, InterfaceError) as exc:
        raise DatabaseError(connect_error(url, exc)) from None
    proxy.initialize(pg_db)
    try:
        return _open_locked(url, proxy, known, migrations_dir, migrate=migrate)
    except ProgrammingError as exc:
        if "permission denied" not in str(exc):
            raise
        pg_db.close()
        raise DatabaseError(rights_error(url, exc)) from None


def rights_error(url: str, exc: BaseException) -> str:
    """The user's message for a role that lacks a right, naming it (PostgreSQL's first line)."""
    detail = str(exc).strip().splitlines()[0]
    return _(
        "Your PostgreSQL role may not do what Clientfit needs in {url} ({detail}). Ask the "
        "database's owner to grant it (packaging/postgresql/create_database.sql); nothing was "
        "changed."
    ).format(url=redact(url), detail=detail)


def _open_locked(url: str, proxy, known: int, migrations_dir: Path, *, migrate: bool):
    from clientfit.store.database import DatabaseError, NewerDatabaseError

    with advisory_lock(pg_db, LOCK_MIGRATE):
        version = read_version(pg_db)
        if version is not None and version > known:
            pg_db.close()
            raise NewerDatabaseError(
                _(
                    "{path} was written by a newer Clientfit (schema {old}; this version knows up "
                    "to {known}). It has not been changed. Please update Clientfit to open it."
                ).format(path=redact(url), old=version, known=known)
            )
        if version is not None and version < 1:
            pg_db.close()
            raise DatabaseError(
                _(
                    "{path} is not a Clientfit database (it has other tables and no schema "
                    "version); it has not been changed."
                ).format(path=redact(url))
            )
        created = version is None
        migrated_from = backup = None
        old = version or 0
        if old < known and migrate:
            if not created:  # as for a file: the old state is kept before anything changes
                backup = _backup_before_migration(url, old, known)
            _migrate(proxy, migrations_dir, known)
            migrated_from = None if created else old
        postgres_sql.ensure(pg_db, set(pg_db.get_tables()), force=old < known and migrate)
    return created, migrated_from, backup


def _backup_before_migration(url: str, old: int, known: int) -> Path:
    from clientfit.store.backup import BackupError
    from clientfit.store.database import DatabaseError
    from clientfit.store.engines import postgres_backup

    try:
        return postgres_backup.backup(url, reason=f"before-migration-{old}-to-{known}")
    except BackupError as exc:
        raise DatabaseError(
            _("{url} needs an upgrade, and it could not be backed up first: {error}").format(
                url=redact(url), error=exc
            )
        ) from None


def _migrate(proxy, migrations_dir: Path, target: int) -> None:
    """Every pending numbered migration, and the new version, in one transaction."""
    from playhouse.migrations import Runner

    runner = Runner(proxy, str(migrations_dir))
    with pg_db.atomic():
        runner.up()
        _write_version(pg_db, target)


def reset_sequences(database) -> None:
    """Every serial id's sequence continues after the highest id its table holds."""
    rows = database.execute_sql(
        "SELECT c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() "
        "AND pg_get_serial_sequence(c.table_name, c.column_name) IS NOT NULL"
    ).fetchall()
    for table, column, sequence in rows:
        database.execute_sql(
            f'SELECT setval(%s, COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)',
            (sequence,),
        )


def probe(url: str) -> tuple[str, int | None]:
    """(server version, Clientfit schema version or None for an empty database) of the database
    at `url`, read without changing anything; raises DatabaseError with the user's message."""
    import psycopg

    from clientfit.store.database import DatabaseError
    from clientfit.store.engines.postgres_connect import connection_params

    try:
        with psycopg.connect(url, connect_timeout=5, **connection_params(url)) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            row = conn.execute("SELECT to_regclass(%s)", (VERSION_TABLE,)).fetchone()
            schema = None
            if row[0] is not None:
                schema = conn.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()[0]
            return version, schema
    except psycopg.errors.InsufficientPrivilege as exc:
        raise DatabaseError(rights_error(url, exc)) from None
    except psycopg.Error as exc:
        raise DatabaseError(connect_error(url, exc)) from None
