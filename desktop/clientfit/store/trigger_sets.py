"""A set of triggers the store keeps exactly as its module defines them, found by a name prefix.

`signal_triggers` (derived data) and `text_limits` (length limits) are such sets: a later
migration that rebuilds a table drops that table's triggers, so each set is dropped before
migrating and made again afterwards, and every open checks that all of it is there.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database


class TriggerSet:
    """The triggers whose names start with `prefix`, as `wanted(db)` (name -> CREATE statement)
    defines them; `then` runs after the set was (re)made, in the same transaction."""

    def __init__(
        self, prefix: str, wanted: Callable[[Database], dict[str, str]], then: str | None = None
    ) -> None:
        self.prefix, self.wanted, self.then = prefix, wanted, then

    def present(self, db: Database) -> set[str]:
        """The names of the set's triggers the database has now."""
        rows = db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (self.prefix + "%",),
        )
        return {name for (name,) in rows}

    def drop(self, db: Database) -> None:
        for name in self.present(db):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")

    def ensure(self, db: Database) -> bool:
        """Make the set exactly what `wanted` says: if it differs, drop it and create it again
        (then run `then`) in one transaction. True when it had to be (re)made."""
        wanted = self.wanted(db)
        if self.present(db) == set(wanted):
            return False
        with db.atomic():
            self.drop(db)
            for sql in wanted.values():
                db.execute_sql(sql)
            if self.then:
                db.execute_sql(self.then)
        return True


def tables(db: Database) -> set[str]:
    """The tables the database has (a set for a table not made yet leaves its triggers out)."""
    return {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
