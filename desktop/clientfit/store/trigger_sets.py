"""A set of triggers the store keeps exactly as its module defines them, found by a name prefix.

`signal_triggers` (derived data) and `text_limits` (length limits) are such sets: a later
migration that rebuilds a table drops that table's triggers, so each set is dropped before
migrating and made again afterwards, and every open checks that all of it is there.
"""

from __future__ import annotations

from peewee import Database


def present(db: Database, prefix: str) -> set[str]:
    """The names of the set's triggers the database has now."""
    rows = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (prefix + "%",)
    )
    return {name for (name,) in rows}


def drop(db: Database, prefix: str) -> None:
    for name in present(db, prefix):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def ensure(db: Database, prefix: str, wanted: dict[str, str], then: str | None = None) -> bool:
    """Make the set exactly `wanted` (name -> CREATE statement): if it differs, drop it and
    create `wanted` (then run `then`) in one transaction. True when it had to be (re)made."""
    if present(db, prefix) == set(wanted):
        return False
    with db.atomic():
        drop(db, prefix)
        for sql in wanted.values():
            db.execute_sql(sql)
        if then:
            db.execute_sql(then)
    return True


def tables(db: Database) -> set[str]:
    """The tables the database has (a set for a table not made yet leaves its triggers out)."""
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
