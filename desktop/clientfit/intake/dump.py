"""The full JSON dump: every table, written and read back one row at a time.

The dump is ordinary JSON - `{"format": "clientfit-dump", "version": 1, "schema": N, "tables":
{"client": [{...}, ...], ...}}` - laid out one row per line. Both directions stream: the writer
never holds a table in memory and the reader decodes one row at a time, so a dump of a huge
database loads in bounded memory. Loading adds the rows a database lacks and leaves the rows it
already has alone, so a dump goes into an empty database (a restore onto a new computer) or back
into the one it came from (a no-op); a dump from a different database is refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import peewee

from clientfit.fileio import atomic_write
from clientfit.i18n import _
from clientfit.intake.base import BATCH, MAX_LINE, ImportContext, ImportSummary, IntakeError
from clientfit.store.database import db, schema_version
from clientfit.store.engines import after_bulk_load, defer_foreign_keys, postgres_backup
from clientfit.store.models import ALL_MODELS, Client, utcnow

FORMAT = "clientfit-dump"
VERSION = 1
CHUNK = 1 << 16
MODELS = {m._meta.table_name: m for m in ALL_MODELS}
SUMMARY_KEYS = {
    "client": "clients",
    "contact": "contacts",
    "contact_point": "contact_points",
    "message": "messages",
    "time_entry": "time_entries",
    "invoice": "invoices",
    "payment": "payments",
}


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # exact, as it is stored
    if isinstance(value, (bytes, memoryview)):  # a stored file (the signed contract): base64
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def export_json(path: Path | str) -> dict[str, int]:
    """Write every table to `path` (atomically); returns the row count per table."""
    counts: dict[str, int] = {}
    with atomic_write(path, "wb") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        head = {"format": FORMAT, "version": VERSION, "schema": schema_version()}
        head["exported_at"] = utcnow().isoformat()
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ',\n "tables": {')
        for n, model in enumerate(ALL_MODELS):
            name = model._meta.table_name
            out.write(("," if n else "") + f"\n  {json.dumps(name)}: [")
            count = 0
            order = model._meta.primary_key
            for row in model.select().order_by(order).dicts().iterator():
                data = {k: _json_value(v) for k, v in row.items()}
                out.write(("," if count else "") + "\n   " + json.dumps(data, ensure_ascii=False))
                count += 1
            out.write("\n  ]")
            counts[name] = count
        out.write("\n }\n}\n")
        out.flush()
        out.detach()
    return counts


class _Reader:
    """Just enough of a streaming JSON reader for the dump's shape: objects of arrays of rows."""

    def __init__(self, fh: io.TextIOBase, path: Path):
        self.fh, self.path = fh, path
        self.buf, self.i, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()

    def _fill(self, need: int = 1024) -> None:
        while not self.eof and len(self.buf) - self.i < need:
            chunk = self.fh.read(CHUNK)
            if not chunk:
                self.eof = True
                break
            if self.i > CHUNK:
                self.buf, self.i = self.buf[self.i :], 0
            self.buf += chunk

    def _broken(self) -> IntakeError:
        return IntakeError(
            _(
                "{path}: the dump is cut short or damaged (near character {pos}); nothing was changed."
            ).format(path=self.path, pos=self.i)
        )

    def ws(self) -> str:
        while True:
            self._fill()
            while self.i < len(self.buf) and self.buf[self.i] in " \t\r\n":
                self.i += 1
            if self.i < len(self.buf):
                return self.buf[self.i]
            if self.eof:
                raise self._broken()

    def expect(self, char: str) -> None:
        if self.ws() != char:
            raise self._broken()
        self.i += 1

    def value(self) -> object:
        self.ws()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.i)
            except json.JSONDecodeError:
                if self.eof or len(self.buf) - self.i > 4 * MAX_LINE:
                    raise self._broken() from None
                self._fill(len(self.buf) - self.i + CHUNK)
                continue
            self.i = end
            return value

    def _ends(self, close: str) -> bool:
        """After a value: True at the closing `close` of its object or array, False at a comma."""
        sep = self.ws()
        self.i += 1
        if sep == close:
            return True
        if sep != ",":
            raise self._broken()
        return False

    def rows(self) -> Iterator[tuple[str, dict]]:
        """(table, row) pairs; checks the header first."""
        self.expect("{")
        meta: dict = {}
        while True:
            key = self.value()
            self.expect(":")
            if key == "tables":
                self._check(meta)
                yield from self._tables()
            else:
                meta[key] = self.value()
            if self._ends("}"):
                return

    def _check(self, meta: dict) -> None:
        if meta.get("format") != FORMAT:
            raise IntakeError(_("{path} is not a Clientfit dump.").format(path=self.path))
        if int(meta.get("schema") or 0) > schema_version():
            raise IntakeError(
                _(
                    "{path} comes from a newer Clientfit (schema {n}); update Clientfit to load it."
                ).format(path=self.path, n=meta.get("schema"))
            )

    def _tables(self) -> Iterator[tuple[str, dict]]:
        self.expect("{")
        if self.ws() == "}":
            self.i += 1
            return
        while True:
            name = self.value()
            self.expect(":")
            self.expect("[")
            if self.ws() == "]":
                self.i += 1
            else:
                while True:
                    row = self.value()
                    if not isinstance(row, dict):
                        raise self._broken()
                    yield str(name), row
                    if self._ends("]"):
                        break
            if self._ends("}"):
                return


# the JSON types a dump may hold for a column of each field class (the first that fits wins)
JSON_TYPES: tuple[tuple[tuple[type, ...], tuple[type, ...]], ...] = (
    ((peewee.DateField, peewee.DateTimeField, peewee.CharField, peewee.TextField), (str,)),
    ((peewee.BlobField,), (str,)),
    ((peewee.BooleanField,), (bool, int)),
    ((peewee.DecimalField,), (str, int)),
    ((peewee.IntegerField, peewee.ForeignKeyField), (int,)),
)


def _expected_type(field) -> tuple[type, ...]:
    for classes, types in JSON_TYPES:
        if isinstance(field, classes):
            return types
    return (str, int, float, bool)


# Columns renamed since older dumps were written: (table, old name) -> new name.
RENAMED = {("message", "asks_change"): "change_request"}


def _decimal(value: object, path: Path, model, column: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        number = Decimal("NaN")
    if not number.is_finite():
        raise IntakeError(
            _("{path}: table {table}, column {column}: {value!r} is not a number.").format(
                path=path, table=model._meta.table_name, column=column, value=str(value)[:40]
            )
        )
    return number


def _typed(model, row: dict, path: Path) -> dict:
    fields = model._meta.fields
    out = {}
    for key, value in row.items():
        key = RENAMED.get((model._meta.table_name, key), key)
        field = fields.get(key)
        if field is None:
            raise IntakeError(
                _("{path}: table {table} has no column {column}.").format(
                    path=path, table=model._meta.table_name, column=key
                )
            )
        expected = _expected_type(field)
        if value is not None and not isinstance(value, expected):
            raise IntakeError(
                _(
                    "{path}: table {table}, column {column}: {value!r} is not a value it holds."
                ).format(path=path, table=model._meta.table_name, column=key, value=str(value)[:40])
            )
        if value is not None and isinstance(field, peewee.DateTimeField) and isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(field, peewee.DateField) and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif value is not None and isinstance(field, peewee.DecimalField):
            value = _decimal(value, path, model, key)
        elif value is not None and isinstance(field, peewee.BlobField):
            try:
                value = base64.b64decode(value, validate=True)
            except ValueError:
                raise IntakeError(
                    _("{path}: table {table}, column {column}: not base64.").format(
                        path=path, table=model._meta.table_name, column=key
                    )
                ) from None
        out[key] = value
    if model._meta.primary_key.name not in out:
        raise IntakeError(
            _("{path}: a row of table {table} has no {column}.").format(
                path=path, table=model._meta.table_name, column=model._meta.primary_key.name
            )
        )
    return out


def load(path: Path, ctx: ImportContext, summary: ImportSummary) -> None:
    """Add the dump's rows the database lacks (see the module docstring), in the caller's transaction."""
    ctx.total = path.stat().st_size
    # rows may refer to rows of tables that come later in the file: check references at commit
    defer_foreign_keys(db)
    with open(path, encoding="utf-8", errors="strict") as fh:
        reader = _Reader(fh, path)
        batch: list[dict] = []
        table = None
        try:
            for name, row in reader.rows():
                if name != table:
                    _flush(table, batch, summary, path)
                    table = name
                    if name not in MODELS:
                        raise IntakeError(
                            _("{path}: unknown table {table}.").format(path=path, table=name)
                        )
                batch.append(_typed(MODELS[name], row, path))
                summary.read += 1
                if len(batch) >= BATCH:
                    _flush(table, batch, summary, path)
                    ctx.checkpoint(fh.tell())
            _flush(table, batch, summary, path)
            after_bulk_load(db)  # PostgreSQL: new records get ids after the loaded ones
        except IntakeError:
            raise
        except (ValueError, TypeError, OverflowError) as exc:
            raise IntakeError(
                _("{path}: unreadable dump ({error}); nothing was changed.").format(
                    path=path, error=exc
                )
            ) from None


def _flush(table: str | None, batch: list[dict], summary: ImportSummary, path: Path) -> None:
    if not batch or table is None:
        batch.clear()
        return
    model = MODELS[table]
    pk = model._meta.primary_key
    key = SUMMARY_KEYS.get(table, table)
    ids = [row[pk.name] for row in batch]
    existing = {r[pk.name]: r for r in model.select().where(pk.in_(ids)).dicts()}
    if model is Client:
        _check_clients(batch, existing, path)
    fresh = [row for row in batch if row[pk.name] not in existing]
    summary.skipped[key] += len(batch) - len(fresh)
    if fresh:
        model.insert_many(fresh).execute()
        summary.created[key] += len(fresh)
    batch.clear()


def _check_clients(batch: list[dict], existing: dict, path: Path) -> None:
    """Refuse a dump whose clients clash with the database's: it comes from somewhere else."""
    for row in batch:
        mine = existing.get(row["id"])
        clash = (mine is not None and mine["name_key"] != row["name_key"]) or (
            mine is None and Client.select().where(Client.name_key == row["name_key"]).exists()
        )
        if clash:
            raise IntakeError(
                _(
                    "{path} comes from a different database (client “{name}” does not match); "
                    "load it into an empty database instead. Nothing was changed."
                ).format(path=path, name=row.get("name"))
            )


# a PostgreSQL server without pg_dump is backed up as this dump (store/engines/postgres_backup.py)
postgres_backup.register_json_dump(export_json)
