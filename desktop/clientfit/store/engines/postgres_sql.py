"""PostgreSQL twins of what the queries take from SQLite: its functions, and the derived-data triggers.

The health, figures and offboarding queries are written once, with peewee, and call a few SQLite
functions (`julianday`, `unixepoch`, `substr` on a blob, `SUM` of a condition, `group_concat`).
Rather than two spellings of every query, a PostgreSQL database gets functions of the same names
and meanings, so one query runs on both engines and gives the same numbers:

- `julianday(x)`: days since noon, 24 November 4714 BC, as SQLite counts them (fractional);
- `unixepoch(x)`: whole seconds since 1970 of a naive-UTC timestamp;
- `substr(bytea, bigint, int)`: the working-hours mask lookup with a bigint position;
- `sum(boolean)`: how many rows a condition holds for (SQLite's booleans are integers);
- `group_concat(text, text)`: SQLite's aggregate, as `string_agg`.

The derived data is kept fresh as on SQLite: the signal-cache rows of a client are deleted when
one of its records changes (statement-level triggers over transition tables, so a bulk import costs
one DELETE per statement, not per row), and the text limits of `store/text_limits.py` raise the
same `clientfit-text-limit: table.column N` error, so `text_limits.explain` reads it unchanged.
Whichever design of derived data stays on SQLite, this one is correct on its own: the cache is
derived, so emptying it is always safe and scoring recomputes what is missing.
"""

from __future__ import annotations

from peewee import Database

from clientfit.store import signal_triggers, text_limits

CHANNEL = "clientfit_changed"
FUNCTIONS = [
    # the twin of SQLite's PRAGMA data_version: advanced by every change to a source table
    "CREATE SEQUENCE IF NOT EXISTS clientfit_data_version",
    """CREATE OR REPLACE FUNCTION julianday(timestamp) RETURNS double precision
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT extract(epoch FROM $1)::double precision / 86400.0 + 2440587.5 $$""",
    """CREATE OR REPLACE FUNCTION julianday(date) RETURNS double precision
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT ($1 - DATE '1970-01-01')::double precision + 2440587.5 $$""",
    """CREATE OR REPLACE FUNCTION unixepoch(timestamp) RETURNS bigint
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT floor(extract(epoch FROM $1))::bigint $$""",
    """CREATE OR REPLACE FUNCTION substr(bytea, bigint, integer) RETURNS bytea
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT substring($1 FROM $2::integer FOR $3) $$""",
    # any write: the data version moves on, and every listening Clientfit hears which table
    # changed (delivered at commit; one notice per table and transaction)
    f"""CREATE OR REPLACE FUNCTION clientfit_touch() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN PERFORM nextval('clientfit_data_version');
       PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$""",
    """CREATE OR REPLACE FUNCTION clientfit_count_true(bigint, boolean) RETURNS bigint
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + $2::integer END $$""",
    """CREATE OR REPLACE AGGREGATE sum(boolean) (
       SFUNC = clientfit_count_true, STYPE = bigint, PARALLEL = SAFE)""",
    """CREATE OR REPLACE FUNCTION clientfit_concat(text, text, text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT CASE WHEN $2 IS NULL THEN $1
                         WHEN $1 IS NULL THEN $2 ELSE $1 || $3 || $2 END $$""",
    """CREATE OR REPLACE AGGREGATE group_concat(text, text) (
       SFUNC = clientfit_concat, STYPE = text)""",
]
# bumped whenever FUNCTIONS or the triggers change, so every database gets the new ones once
VERSION = 4
_MARKER = f"clientfit_sql_{VERSION}"


def _signal_trigger_sql(table: str) -> list[str]:
    """A function and three statement triggers that forget the cached signals of `table`'s clients."""
    out = []
    for event, tables in (
        ("insert", ("new_rows",)),
        ("delete", ("old_rows",)),
        ("update", ("old_rows", "new_rows")),
    ):
        name = f"{signal_triggers.PREFIX}{table}_{event}"
        selects = " UNION ".join(
            f"SELECT {signal_triggers.SOURCES[table].format(row='r')} FROM {t} AS r" for t in tables
        )
        out.append(
            f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN DELETE FROM signal_cache WHERE client_id IN ({selects}); RETURN NULL; END $$"""
        )
        refs = " ".join(f"{'NEW' if t == 'new_rows' else 'OLD'} TABLE AS {t}" for t in tables)
        out.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        out.append(
            f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} REFERENCING {refs} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )
    return out


def _text_limit_sql(tables: set[str]) -> list[str]:
    """One BEFORE trigger a table, raising the SQLite triggers' error for a text over its limit."""
    by_table: dict[str, list[tuple[str, int]]] = {}
    for (table, column), limit in text_limits.LIMITS.items():
        if table in tables:
            by_table.setdefault(table, []).append((column, limit))
    out = []
    for table, columns in by_table.items():
        name = f"{text_limits.PREFIX}{table}"
        checks = " ".join(
            f"IF char_length(NEW.{column}) > {limit} THEN RAISE EXCEPTION "
            f"'{text_limits.MARK}: {table}.{column} {limit}'; END IF;"
            for column, limit in columns
        )
        out.append(
            f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN {checks} RETURN NEW; END $$"""
        )
        out.append(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        out.append(
            f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    return out


# tables whose writes are not "someone changed the data" (derived rows, the schema's bookkeeping)
UNTOUCHED = {"signal_cache", "open_invoice", "schema_migration", "clientfit_schema"}


def _touch_sql(table: str) -> list[str]:
    """A statement trigger advancing the data version on any write to `table`."""
    name = f"clientfit_touch_{table}"
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION clientfit_touch()",
    ]


def statements(tables: set[str]) -> list[str]:
    """Everything `ensure` runs, for a database holding `tables`."""
    out = list(FUNCTIONS)
    out += [s for t in sorted(tables - UNTOUCHED) for s in _touch_sql(t)]
    if "signal_cache" in tables:
        out += [s for t in signal_triggers.SOURCES if t in tables for s in _signal_trigger_sql(t)]
    out += _text_limit_sql(tables)
    if "note" in tables:
        out += PRIVATE_NOTES
    if "open_invoice" in tables:
        out += OPEN_INVOICES
    return out


# The twin of store/open_invoices.py's triggers: `open_invoice` holds exactly the invoices not
# paid in full, whoever writes; refilled whenever these are (re)made.
_OWED = (
    "i.total_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payment p "
    "WHERE p.invoice_id = i.id), 0)"
)
OPEN_INVOICES = [
    f"""CREATE OR REPLACE FUNCTION open_invoice_refresh(inv bigint) RETURNS void
       LANGUAGE sql AS $$
       DELETE FROM open_invoice WHERE invoice_id = inv;
       INSERT INTO open_invoice (invoice_id, client_id, due_on, owed)
       SELECT i.id, i.client_id, i.due_on, {_OWED} FROM invoice i
       WHERE i.id = inv AND {_OWED} > 0 $$""",
    """CREATE OR REPLACE FUNCTION open_invoice_of_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN DELETE FROM open_invoice WHERE invoice_id = OLD.id; END IF;
         IF TG_OP <> 'DELETE' THEN PERFORM open_invoice_refresh(NEW.id); END IF;
         RETURN NULL;
       END $$""",
    """CREATE OR REPLACE FUNCTION open_invoice_of_payment() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'INSERT' THEN PERFORM open_invoice_refresh(OLD.invoice_id); END IF;
         IF TG_OP <> 'DELETE' THEN PERFORM open_invoice_refresh(NEW.invoice_id); END IF;
         RETURN NULL;
       END $$""",
    "DROP TRIGGER IF EXISTS open_invoice_invoice ON invoice",
    "CREATE TRIGGER open_invoice_invoice AFTER INSERT OR UPDATE OR DELETE ON invoice "
    "FOR EACH ROW EXECUTE FUNCTION open_invoice_of_invoice()",
    "DROP TRIGGER IF EXISTS open_invoice_payment ON payment",
    "CREATE TRIGGER open_invoice_payment AFTER INSERT OR UPDATE OR DELETE ON payment "
    "FOR EACH ROW EXECUTE FUNCTION open_invoice_of_payment()",
    "DELETE FROM open_invoice",
    "INSERT INTO open_invoice (invoice_id, client_id, due_on, owed) "
    f"SELECT i.id, i.client_id, i.due_on, {_OWED} FROM invoice i WHERE {_OWED} > 0",
]


# A private note is its author's alone, whoever asks and however (row-level security; FORCE makes
# the owner role obey it too - only a superuser sees through it).
PRIVATE_NOTES = [
    "ALTER TABLE note ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE note FORCE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS note_private ON note",
    "CREATE POLICY note_private ON note "
    "USING (NOT private OR author IS NULL OR author = current_user) "
    "WITH CHECK (NOT private OR author = current_user)",
]


def present(db: Database) -> bool:
    """Are this version's functions and triggers in place? (one catalog read)"""
    row = db.execute_sql(
        "SELECT obj_description(oid, 'pg_proc') FROM pg_proc WHERE proname = 'clientfit_concat'"
    ).fetchone()
    return row is not None and row[0] == _MARKER


def ensure(db: Database, tables: set[str], *, force: bool = False) -> bool:
    """Make the functions and triggers; True when they had to be. Run under the migration lock.
    When the signal triggers were (re)made, the cache is emptied in the same transaction."""
    if not force and present(db):
        return False
    with db.atomic():
        for sql in statements(tables):
            db.execute_sql(sql)
        db.execute_sql(f"COMMENT ON FUNCTION clientfit_concat(text, text, text) IS '{_MARKER}'")
        if "signal_cache" in tables:
            db.execute_sql("DELETE FROM signal_cache")
    return True


def data_version(db: Database) -> int:
    """Changes whenever anyone writes to a table of the user's (statement triggers advance a
    sequence, outside any transaction, so a writer still in progress counts too): the twin of
    SQLite's `PRAGMA data_version`."""
    row = db.execute_sql(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM clientfit_data_version"
    ).fetchone()
    return int(row[0])
