"""Moving a whole Clientfit database between engines: a SQLite file to PostgreSQL and back.

`copy_database(source, target)` copies every table of the user's (the models of the JSON dump,
`intake/dump.py`) row by row from the source, read through a connection of its own
(`store/engines/bulk.py`), into the target in ONE transaction; before that transaction commits,
both are dumped as JSON and compared, table by table (row counts) and as a whole (the SHA-256 of
the dump's tables). Any difference rolls the copy back; nothing is half-copied. The
target must be empty (a new file, or a database just made for Clientfit): a copy never merges.
Derived data (the signal cache) is not copied; it is rebuilt on demand.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.i18n import _
from clientfit.intake import dump
from clientfit.store.database import close_database, db, open_database
from clientfit.store.engines import after_bulk_load, bulk, defer_foreign_keys, redact
from clientfit.store.message_rows import insert_rows
from clientfit.store.models import ALL_MODELS


class CopyError(Exception):
    """A copy that could not be made or did not verify; the target is unchanged. For the user."""


@dataclass
class CopyResult:
    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, equal on both sides
    checksum: str = ""  # SHA-256 of the dump's tables, equal on both sides
    target_created: bool = False


def checksum(path: Path) -> str:
    """SHA-256 of a dump's tables: everything after its first line (format, schema, export time)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        fh.readline()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _label(target: str | Path) -> str:
    return redact(str(target))


def _holds_records() -> str | None:
    """The first of the user's tables that holds a row, or None for an empty database."""
    for model in ALL_MODELS:
        if model.select().limit(1).exists():
            return model._meta.table_name
    return None


def copy_database(source: str | Path, target: str | Path) -> CopyResult:
    """Copy every record of `source` into the empty `target` (files or postgresql:// URLs), in
    one transaction, verified by counts and checksum. Raises CopyError (target unchanged)."""
    if str(source).strip() == str(target).strip():
        raise CopyError(_("The source and the target are the same database."))
    result = CopyResult(source=_label(source), target=_label(target))
    with tempfile.TemporaryDirectory(prefix="clientfit-copy-") as tmp:
        before = Path(tmp) / "source.json"
        after = Path(tmp) / "target.json"
        open_database(source)
        try:
            result.counts = dump.export_json(before)
        finally:
            close_database()
        result.checksum = checksum(before)

        opened = open_database(target)
        result.target_created = opened.created
        try:
            busy = _holds_records()
            if busy is not None:
                raise CopyError(
                    _(
                        "{target} already holds records (table {table}); copy into an empty "
                        "database. Nothing was changed."
                    ).format(target=result.target, table=busy)
                )
            with db.atomic(), bulk.source_connection(source) as conn:
                defer_foreign_keys(db)
                for model in ALL_MODELS:
                    fields = model._meta.sorted_fields
                    for chunk in bulk.read_rows(conn, model):
                        insert_rows(fields, chunk)
                after_bulk_load(db)
                counts = dump.export_json(after)
                if counts != result.counts or checksum(after) != result.checksum:
                    differ = sorted(
                        t for t in result.counts if counts.get(t) != result.counts.get(t)
                    )
                    raise CopyError(
                        _(
                            "The copy in {target} does not match {source} ({what}); it was "
                            "rolled back. Nothing was changed."
                        ).format(
                            target=result.target,
                            source=result.source,
                            what=", ".join(differ) if differ else _("checksum"),
                        )
                    )
        finally:
            close_database()
    return result
