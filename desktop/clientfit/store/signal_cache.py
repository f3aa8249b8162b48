"""The `signal_cache` table's rows and every statement that reads or writes them.

One row per client: its health signals as of a day (`SignalRow`: named fields, each in the
column of its name or the one `STORED_AS` gives), stamped with the day and a `basis` (a hash of the settings the signals depend on),
and the score last computed from them with its stamp. What the signals mean and when a row is
valid is `health.cache`/`health.kept_scores`; the triggers that empty a client's row when one of
its records changes are `store.signal_triggers`. The rows are derived data: `forget()` may drop
them at any time, nothing is lost.

Writes are made only if no other connection committed since the caller read `data_version()`
(what was computed may predate that change), and never wait long for the write lock.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from typing import NamedTuple

from peewee import DatabaseError

from clientfit.store.database import db
from clientfit.store.engines import driver_errors, is_postgres, postgres_sql

log = logging.getLogger(__name__)

# Stay well under SQLite's bound on the parameters of one statement (32,766 since 3.32, 999 before).
MAX_IDS = 20_000 if sqlite3.sqlite_version_info >= (3, 32, 0) else 900
LOCK_WAIT_MS = 200  # how long to wait for another writer before computing without keeping


class SignalRow(NamedTuple):
    """One client's signals as of a day: the columns of `signal_cache` after the key."""

    inbound: int  # messages from the client, short window
    after_hours: int  # of those, outside working hours
    asks_change: int  # of those, asking for a change or saying "not quite"
    inbound_long: int  # messages from the client, long window
    inbound_days: int  # days since the first inbound message of the short window
    short_billable_s: int  # billable seconds, short window
    long_s: int  # seconds worked, long window
    tenure_days: int
    overdue: float  # money_currency minor units overdue and unpaid
    open_not_due: float
    invoices: int
    revenue: float  # minor units invoiced, long window (paid or not)
    money_currency: str | None  # what the money columns count in (None: no invoices)
    unrated: str | None  # currencies left out for want of an exchange rate, "EUR,USD"
    due_count: int  # invoices due in the long window (disputed ones left out)
    judged_invoices: int  # judged for lateness: due in the long window, or before and still owed
    late_invoices: int  # of those, paid late or still owed past the due date
    judged_amount: float  # money_currency minor units invoiced on the invoices judged ...
    late_amount: float  # ... and on the late ones
    worst_late_days: float  # the most days late of those
    deliverables: int
    rounds: int  # revision rounds on those deliverables
    considered: int  # times the user considered ending the client (store.user_log)
    first_day: int | None  # the client's first record (date ordinal)


# Fields kept in a column of another name. The lateness per invoice (SCORE_VERSION 4) went into
# the columns that an older cache version and the amount-weighted lateness left unused, so it
# took no migration (ARCHITECTURE.md: no migration below the highest number on main, and main
# had passed the one reserved for it). health.cache.CACHE_VERSION 4 keeps rows written with the
# older meaning from being read.
STORED_AS = {
    "judged_invoices": "invoiced_s",
    "late_invoices": "paid_on_due",
    "judged_amount": "received",
    "late_amount": "late_weighted",
    "worst_late_days": "overdue_weighted",
}
COLUMNS = tuple(STORED_AS.get(name, name) for name in SignalRow._fields)
NO_SIGNALS = SignalRow(*(0 for _ in COLUMNS))


def data_version() -> int:
    """SQLite's count of commits by other connections (changes when anyone else writes); on
    PostgreSQL its twin, a sequence every write advances (store/engines/postgres_sql.py)."""
    if is_postgres(db):
        return postgres_sql.data_version(db)
    return db.execute_sql("PRAGMA data_version").fetchone()[0]


def unchanged_since() -> tuple:
    """A token that stays equal for as long as nobody writes to the database: this connection,
    the commits of other connections, and the rows this connection has changed (a value
    read while the token holds is still true; see `health.cache.money_context`)."""
    con = db.connection()
    changes = getattr(con, "total_changes", None)
    return (con, data_version(), object() if changes is None else changes)  # object(): never equal


def load(day: str, basis: str, ids: list[int] | None = None) -> dict[int, SignalRow]:
    """client id -> the rows stamped `day` and `basis` (of the clients `ids`, if given)."""
    p = db.param
    sql = (
        f"SELECT client_id, {', '.join(COLUMNS)} FROM signal_cache WHERE day = {p} AND basis = {p}"
    )
    params: tuple = (day, basis)
    if ids is not None:
        sql += f" AND client_id IN ({', '.join([p] * len(ids))})"
        params += tuple(ids)
    return {row[0]: SignalRow._make(row[1:]) for row in db.execute_sql(sql, params)}


def load_scores(day: str, basis: str) -> dict[int, tuple[int | None, str]]:
    """client id -> (score, what it was computed with) stored by `store_scores`."""
    p = db.param
    cursor = db.execute_sql(
        "SELECT client_id, score, scored FROM signal_cache "
        f"WHERE day = {p} AND basis = {p} AND scored IS NOT NULL",
        (day, basis),
    )
    return {cid: (score, scored) for cid, score, scored in cursor}


def store_rows(seen: int, day: str, basis: str, rows: dict[int, SignalRow]) -> None:
    """Keep `rows` (clients deleted meanwhile left out) unless someone wrote since `seen`."""

    def params() -> list[tuple]:
        alive = {cid for (cid,) in db.execute_sql("SELECT id FROM client")}
        return [(cid, day, basis, *row) for cid, row in rows.items() if cid in alive]

    p = db.param
    # an upsert (both engines): the whole row is replaced, its old score with it
    replaced = ", ".join(f"{c} = excluded.{c}" for c in ("day", "basis", *COLUMNS))
    _store_unless_changed(
        seen,
        "health signals",
        f"INSERT INTO signal_cache (client_id, day, basis, {', '.join(COLUMNS)}) "
        f"VALUES ({p}, {p}, {p}, {', '.join([p] * len(COLUMNS))}) "
        f"ON CONFLICT (client_id) DO UPDATE SET {replaced}, score = NULL, scored = NULL",
        params,
    )


def store_scores(
    seen: int, day: str, basis: str, scores: Iterable[tuple[int | None, str, int]]
) -> None:
    """Keep (score, stamp, client id) on the rows of `day`/`basis` unless someone wrote since."""
    _store_unless_changed(
        seen,
        "scores",
        f"UPDATE signal_cache SET score = {db.param}, scored = {db.param} WHERE client_id = {db.param} AND day = {db.param} "
        f"AND basis = {db.param}",
        lambda: [(*item, day, basis) for item in scores],
    )


def forget() -> None:
    """Drop every kept row (after a restore, or to measure scoring from scratch)."""
    with db.atomic():
        db.execute_sql("DELETE FROM signal_cache")


def _store_unless_changed(seen: int, what: str, sql: str, params: Callable[[], list]) -> None:
    """Run `sql` for each of `params()` in one write transaction - unless another connection
    committed since `data_version()` returned `seen` (what was computed may predate its change),
    or the file cannot be written now (read-only, disk full, another process holding the write
    lock for more than LOCK_WAIT_MS): then it is used without being kept."""
    if is_postgres(db):
        try:
            with db.atomic():
                db.execute_sql(f"SET LOCAL lock_timeout = {LOCK_WAIT_MS}")
                if data_version() != seen:
                    log.info("%s not kept: the database changed while they were computed", what)
                    return
                db.cursor().executemany(sql, params())
        except (DatabaseError, *driver_errors()) as exc:
            log.info("%s not kept (%s)", what, exc)
        return
    timeout = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    db.execute_sql(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    try:
        with db.atomic():  # IMMEDIATE (see store.database)
            if data_version() != seen:
                log.info("%s not kept: the database changed while they were computed", what)
                return
            db.connection().executemany(sql, params())
    except (DatabaseError, *driver_errors("DatabaseError")) as exc:
        log.info("%s not kept (%s)", what, exc)
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(timeout)}")
