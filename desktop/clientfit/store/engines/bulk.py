"""Reading a whole table from another database, for `copy` (intake/copy.py), in bounded memory.

The copy reads the source through a connection of its own (the models' `db` is the target), one
chunk of rows at a time in primary-key order, and turns each value into what the model's field
holds (a SQLite datetime text becomes a datetime, 0/1 a bool), so the target's driver writes it
as its own type. Writing goes through `message_rows.insert_rows` (one parameterised statement,
executemany) inside the copy's transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from peewee import Model

from clientfit.store.engines import is_url

CHUNK = 5000


@contextlib.contextmanager
def source_connection(source: str | Path):
    """A read-only DB-API connection to `source` (a file or a postgresql:// URL)."""
    if is_url(source):
        import psycopg

        conn = psycopg.connect(str(source))
        conn.read_only = True
    else:
        conn = sqlite3.connect(f"file:{Path(source).resolve().as_posix()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def read_rows(conn, model: type[Model]) -> Iterator[list[tuple]]:
    """The rows of `model`'s table in `conn`, in chunks, as the model's fields hold them."""
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    order = ", ".join(f'"{f.column_name}"' for f in model._meta.get_primary_keys())
    cursor = conn.cursor()
    cursor.execute(f'SELECT {columns} FROM "{model._meta.table_name}" ORDER BY {order}')
    convert = [f.python_value for f in fields]
    while True:
        chunk = cursor.fetchmany(CHUNK)
        if not chunk:
            return
        yield [tuple(c(v) for c, v in zip(convert, row, strict=True)) for row in chunk]
