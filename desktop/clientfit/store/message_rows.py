"""Many new messages at once, for the mail importers.

peewee's `insert_many` builds its SQL in Python, value by value: for a 100,000-message mbox that
is seconds of an import. One parameterised INSERT run with the driver's `executemany` stores the
same rows (values adapted by the driver as peewee would pass them: datetimes, bools, None).
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import Field

from clientfit.store.database import db


def insert_rows(fields: Sequence[Field], rows: Sequence[tuple]) -> None:
    """Insert `rows` (tuples in the order of `fields`, all of one model) in the current
    transaction."""
    if not rows:
        return
    model = fields[0].model
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    cursor = db.cursor()
    try:
        cursor.executemany(
            sql, [tuple(f.db_value(v) for f, v in zip(fields, row, strict=True)) for row in rows]
        )
    finally:
        cursor.close()
