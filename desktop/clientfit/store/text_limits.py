"""How long a text may be, enforced by the database itself, for every way in.

Forms and importers check lengths before writing (`roster.clean_name`, `roster.MAX_NOTE`) and
reject the one record with a message. These triggers are the floor under them: a JSON dump, a sync,
a future importer that forgets - nothing stores a name over `MAX_NAME` or a text over `MAX_TEXT`
characters; the write fails (`TextTooLong` names the field) and its transaction rolls back. Nothing
is ever cut silently.

Like the signal-cache triggers they are made after every migration and checked at every open, so a
table rebuilt by a later migration gets them back.
"""

from __future__ import annotations

from peewee import Database

from clientfit.i18n import _

MAX_NAME = 200
MAX_TEXT = 100_000
PREFIX = "text_limit_"
MARK = "clientfit-text-limit"

# (table, column) -> the longest text it keeps
LIMITS = {
    ("client", "name"): MAX_NAME,
    ("contact", "name"): MAX_NAME,
    ("colleague", "name"): MAX_NAME,
    ("need", "name"): MAX_NAME,
    ("skill", "name"): MAX_NAME,
    ("note", "body"): MAX_TEXT,
    ("message", "subject"): MAX_TEXT,
    ("time_entry", "description"): MAX_TEXT,
    ("invoice", "subject"): MAX_TEXT,
    ("revision_round", "note"): MAX_TEXT,
    ("consideration", "note"): MAX_TEXT,
    ("offboarding_plan", "reason"): MAX_TEXT,
    ("offboarding_plan", "message"): MAX_TEXT,
    ("checklist_item", "text"): MAX_TEXT,
    ("contact_point", "value"): MAX_NAME,
}


class TextTooLong(ValueError):
    """A text over its limit reached the store; the message is for the user."""


def definitions() -> dict[str, str]:
    out = {}
    for (table, column), limit in LIMITS.items():
        for event in ("insert", "update"):
            name = f"{PREFIX}{table}_{column}_{event}"
            on = f"UPDATE OF {column}" if event == "update" else "INSERT"
            out[name] = (
                f"CREATE TRIGGER {name} BEFORE {on} ON {table} "
                f"WHEN length(NEW.{column}) > {limit} BEGIN "
                f"SELECT RAISE(ABORT, '{MARK}: {table}.{column} {limit}'); END"
            )
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
    """Make the triggers exactly `definitions()`; True when any had to be (re)made."""
    wanted = definitions()
    have = present(db)
    if have == set(wanted):
        return False
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    with db.atomic():
        drop(db)
        for (table, column), _limit in LIMITS.items():
            if table in tables:
                for event in ("insert", "update"):
                    db.execute_sql(wanted[f"{PREFIX}{table}_{column}_{event}"])
    return True


def explain(exc: BaseException) -> str | None:
    """The user's message for a write a limit stopped, or None for any other failure."""
    text = str(exc)
    if MARK not in text:
        return None
    field, _sep, limit = text.split(MARK + ": ", 1)[1].partition(" ")
    limit = limit.split()[0] if limit.split() else limit  # PostgreSQL adds its CONTEXT lines
    return _("{field} is longer than {limit} characters; nothing was changed.").format(
        field=field, limit=limit
    )
