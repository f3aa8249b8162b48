"""Which engine holds the user's data: SQLite (a file, the embedded default) or PostgreSQL (a server).

A `--db`/`CLIENTFIT_DB` value that is a `postgresql://` URL means a server; anything else is a
file path, as before. The rest of the app asks `is_postgres()` only where the two engines
genuinely differ, and those differences live in this package (`postgres.py` opens and migrates,
`postgres_sql.py` gives PostgreSQL the SQLite functions and triggers the queries rely on).
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(target: object) -> bool:
    """Does this `--db` value name a PostgreSQL server rather than a file?"""
    return isinstance(target, str) and target.strip().lower().startswith(URL_SCHEMES)


def is_postgres(database=None) -> bool:
    """Is the open database (or `database`) PostgreSQL? Proxies are looked through."""
    from peewee import PostgresqlDatabase

    if database is None:
        from clientfit.store.database import db as database
    target = getattr(database, "obj", database)
    return isinstance(target, PostgresqlDatabase)


def redact(url: str) -> str:
    """The URL without its password, for messages and window titles."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, parts.fragment))


# The database drivers Clientfit may be talking through: the standard sqlite3 module (a plain
# file), sqlcipher3 (an encrypted file: a fork of the same module with its own, unrelated error
# classes) and psycopg (PostgreSQL). All three follow the DB-API, so each has every class below.
DRIVERS = ("sqlite3", "sqlcipher3.dbapi2", "psycopg")
DBAPI_ERRORS = ("Error", "DatabaseError", "OperationalError", "IntegrityError")


def driver_errors(kind: str = "Error") -> tuple[type[BaseException], ...]:
    """The DB-API error class `kind` (Error, DatabaseError, OperationalError, IntegrityError) of
    every database driver loaded: raised by raw connections and cursors peewee does not wrap.
    `except sqlite3.Error` misses an encrypted database's errors (sqlcipher3's are no subclass of
    sqlite3's) and PostgreSQL's: catch `driver_errors(...)` instead. A driver not imported yet
    cannot have raised anything, so none is imported here (evaluated when an exception arrives)."""
    import sqlite3
    import sys

    if kind not in DBAPI_ERRORS:
        raise ValueError(kind)
    loaded = [sys.modules.get(name) for name in DRIVERS[1:]]
    return tuple(getattr(m, kind) for m in (sqlite3, *loaded) if m is not None)


def row_id_column() -> str:
    """The hidden column naming one row of any table: SQLite's `rowid`, PostgreSQL's `ctid`."""
    return "ctid" if is_postgres() else "rowid"


def same_as() -> str:
    """The operator for "equal, NULL equal to NULL": SQLite's `IS` (any version), else the
    standard `IS NOT DISTINCT FROM`."""
    return "IS NOT DISTINCT FROM" if is_postgres() else "IS"


def defer_foreign_keys(database=None) -> None:
    """References are checked at commit, not per row, for the rest of this transaction (a dump
    whose rows refer to rows later in the file). SQLite: `PRAGMA defer_foreign_keys`; PostgreSQL:
    `SET CONSTRAINTS ALL DEFERRED` (rows go in table by table, in the models' order)."""
    if database is None:
        from clientfit.store.database import db as database
    if is_postgres(database):
        database.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        database.pragma("defer_foreign_keys", 1)


def after_bulk_load(database=None) -> None:
    """After rows were inserted with their own ids: PostgreSQL's id sequences continue after the
    highest id (SQLite needs nothing: its next rowid is always max + 1)."""
    if database is None:
        from clientfit.store.database import db as database
    if not is_postgres(database):
        return
    from clientfit.store.engines.postgres import reset_sequences

    reset_sequences(database)


def long_operation(kind: str):
    """A context in which this Clientfit alone runs a long operation of `kind` ("import") on the
    database: a `pg_advisory_lock` of its own on PostgreSQL (others wait), nothing on SQLite."""
    import contextlib

    if not is_postgres():
        return contextlib.nullcontext()
    from clientfit.store.database import db
    from clientfit.store.engines.postgres import LOCK_IMPORT, advisory_lock

    return advisory_lock(db, {"import": LOCK_IMPORT}[kind])


def local_stand_in(url: str):
    """A path in the user's data folder standing for the server database at `url`, for what is
    kept per database on this machine (the one-window lock): `servers/<host>-<db>.db`."""
    import re
    from pathlib import Path
    from urllib.parse import parse_qs

    from clientfit.paths import data_dir

    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", ["local"])[0]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{parts.username or ''}@{host}-{parts.path}")
    return Path(data_dir()) / "servers" / f"{name.strip('-')}.db"
