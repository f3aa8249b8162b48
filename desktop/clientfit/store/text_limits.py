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

from clientfit.i18n import _
from clientfit.store import trigger_sets

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


def definitions(tables: set[str] | None = None) -> dict[str, str]:
    """Trigger name -> its CREATE statement (only for `tables`, when given)."""
    out = {}
    for (table, column), limit in LIMITS.items():
        if tables is not None and table not in tables:
            continue
        for event in ("insert", "update"):
            name = f"{PREFIX}{table}_{column}_{event}"
            on = f"UPDATE OF {column}" if event == "update" else "INSERT"
            out[name] = (
                f"CREATE TRIGGER {name} BEFORE {on} ON {table} "
                f"WHEN length(NEW.{column}) > {limit} BEGIN "
                f"SELECT RAISE(ABORT, '{MARK}: {table}.{column} {limit}'); END"
            )
    return out


# present(db), drop(db), and ensure(db): True when any had to be (re)made; a table not there (yet)
# gets none
TRIGGERS = trigger_sets.TriggerSet(PREFIX, lambda db: definitions(trigger_sets.tables(db)))
present, drop, ensure = TRIGGERS.present, TRIGGERS.drop, TRIGGERS.ensure


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
