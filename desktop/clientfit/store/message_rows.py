"""Many messages at once, for the mail importers: which are stored already, and the new ones.

peewee builds its SQL in Python, value by value (`insert_many`, and `IN (...)` with 900 ids): for a
100,000-message mbox that is seconds of an import. One parameterised statement run through the
driver stores and finds the same rows (values adapted as peewee would pass them: datetimes, bools,
None).
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import Field

from clientfit.store.database import db
from clientfit.store.models import Message

_CHUNK = 900  # SQLite's limit on a statement's parameters is 999 on old builds


def insert_rows(fields: Sequence[Field], rows: Sequence[tuple], adapted: bool = False) -> None:
    """Insert `rows` (tuples in the order of `fields`, all of one model) in the current
    transaction. `adapted`: the values are already what the driver takes (int, str, bool,
    datetime, None; what each field's `db_value` would return), so they are passed as they are."""
    if not rows:
        return
    model = fields[0].model
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    if not adapted:
        rows = [tuple(f.db_value(v) for f, v in zip(fields, row, strict=True)) for row in rows]
    cursor = db.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def stored_flags(message_ids: Sequence[str]) -> dict[str, tuple[bool, bool, bool, str]]:
    """{Message-ID: (change_request, not_quite, urgent, excerpt)} of the messages among
    `message_ids` that are stored already."""
    m = Message
    columns = ", ".join(
        f'"{f.column_name}"'
        for f in (m.message_id, m.change_request, m.not_quite, m.urgent, m.excerpt)
    )
    out: dict[str, tuple[bool, bool, bool, str]] = {}
    for start in range(0, len(message_ids), _CHUNK):
        chunk = list(message_ids[start : start + _CHUNK])
        marks = ", ".join([db.param] * len(chunk))
        sql = (
            f'SELECT {columns} FROM "{m._meta.table_name}" '
            f'WHERE "{m.message_id.column_name}" IN ({marks})'
        )
        for mid, change, not_quite, urgent, excerpt in db.execute_sql(sql, chunk):
            out[mid] = (bool(change), bool(not_quite), bool(urgent), excerpt or "")
    return out
