"""`open_invoice`: the invoices not yet paid in full, kept by triggers, so "invoices to chase" reads
a few rows instead of summing the payments of every invoice ever sent.

Derived data (see ARCHITECTURE.md): one row per invoice whose total exceeds its payments, with its
client, due day and what is still owed. Triggers on `invoice` and `payment` keep it exact on every
write, by any program; like the signal cache's they are made here, not in a migration, dropped
before migrating and made again after (a migration that rebuilds `invoice` drops a table's
triggers), and checked at every open - when any was missing, the rows are computed again.
"""

from __future__ import annotations

from peewee import Database

PREFIX = "open_invoice_"
TABLE = "open_invoice"

_REFRESH = (
    "DELETE FROM open_invoice WHERE invoice_id = {id}; "
    "INSERT INTO open_invoice (invoice_id, client_id, due_on, owed) "
    "SELECT i.id, i.client_id, i.due_on, i.total_minor - COALESCE("
    "(SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), 0) AS owed "
    "FROM invoice i WHERE i.id = {id} AND owed > 0;"
)
_FORGET = "DELETE FROM open_invoice WHERE invoice_id = {id};"
REFILL = (
    "DELETE FROM open_invoice; "
    "INSERT INTO open_invoice (invoice_id, client_id, due_on, owed) "
    "SELECT i.id, i.client_id, i.due_on, i.total_minor - COALESCE("
    "(SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), 0) AS owed "
    "FROM invoice i WHERE owed > 0"
)


def definitions() -> dict[str, str]:
    """Trigger name -> its CREATE statement."""
    bodies = {
        ("invoice", "insert"): _REFRESH.format(id="NEW.id"),
        ("invoice", "update"): _FORGET.format(id="OLD.id") + " " + _REFRESH.format(id="NEW.id"),
        ("invoice", "delete"): _FORGET.format(id="OLD.id"),
        ("payment", "insert"): _REFRESH.format(id="NEW.invoice_id"),
        ("payment", "update"): _REFRESH.format(id="OLD.invoice_id")
        + " "
        + _REFRESH.format(id="NEW.invoice_id"),
        ("payment", "delete"): _REFRESH.format(id="OLD.invoice_id"),
    }
    out = {}
    for (table, event), body in bodies.items():
        name = f"{PREFIX}{table}_{event}"
        out[name] = f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} BEGIN {body} END"
    return out


def present(db: Database) -> set[str]:
    rows = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", (PREFIX + "%",)
    )
    return {name for (name,) in rows}


def drop(db: Database) -> None:
    for name in present(db):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")


def ensure(db: Database) -> bool:
    """Make the triggers exactly `definitions()` (when the table exists); True when they had to
    be (re)made, in which case the rows were computed again in the same transaction."""
    if not db.table_exists(TABLE):
        return False
    wanted = definitions()
    if present(db) == set(wanted):
        return False
    with db.atomic():
        drop(db)
        for sql in wanted.values():
            db.execute_sql(sql)
        for statement in REFILL.split("; "):
            db.execute_sql(statement)
    return True
