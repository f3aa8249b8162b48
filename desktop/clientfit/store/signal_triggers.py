"""The triggers that empty a client's `signal_cache` row when one of its records changes.

They live here, not in a migration, because they must always match the tables as they are now:
a later migration that rebuilds a table (peewee does that to change a column on SQLite) drops the
table's triggers, and one that rebuilds `invoice` or `deliverable` fails while another table's
trigger names them. So the migration runner drops these triggers before migrating and `ensure`
puts them back afterwards, and every open checks that all of them are there; when any was missing,
the kept rows cannot be trusted and are emptied (they are derived data, rebuilt on demand).

A row left by a write that fires no row trigger (a tool that deletes with foreign keys off) is
harmless: scoring reads only the rows of clients that exist.
"""

from __future__ import annotations

from clientfit.store import trigger_sets

PREFIX = "signal_cache_"
# source table -> SQL giving the client id of one of its rows ({row} is NEW or OLD)
SOURCES = {
    "message": "{row}.client_id",
    "time_entry": "{row}.client_id",
    "invoice": "{row}.client_id",
    "deliverable": "{row}.client_id",
    "consideration": "{row}.client_id",
    "payment": "(SELECT client_id FROM invoice WHERE id = {row}.invoice_id)",
    "revision_round": "(SELECT client_id FROM deliverable WHERE id = {row}.deliverable_id)",
}
EVENTS = ("insert", "update", "delete")


def _forget(table: str, row: str) -> str:
    return f"DELETE FROM signal_cache WHERE client_id = {SOURCES[table].format(row=row)};"


def definitions() -> dict[str, str]:
    """Trigger name -> its CREATE statement."""
    out = {}
    for table in SOURCES:
        bodies = {
            "insert": _forget(table, "NEW"),
            "delete": _forget(table, "OLD"),
            "update": _forget(table, "OLD") + " " + _forget(table, "NEW"),
        }
        for event in EVENTS:
            name = f"{PREFIX}{table}_{event}"
            out[name] = (
                f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN {bodies[event]} END"
            )
    return out


# present(db), drop(db), and ensure(db): True when the triggers had to be (re)made, in which case
# the cache was emptied in the same transaction (needs the `signal_cache` table)
TRIGGERS = trigger_sets.TriggerSet(
    PREFIX, lambda _db: definitions(), then="DELETE FROM signal_cache"
)
present, drop, ensure = TRIGGERS.present, TRIGGERS.drop, TRIGGERS.ensure
