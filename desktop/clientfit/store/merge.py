"""Merging two clients that are one: every record of OTHER moves to KEEP, then OTHER is gone.

Used by `clientfit-cli client merge KEEP OTHER` and Client → Merge… in the app. A backup is taken
first (the merge cannot be undone otherwise), and the whole merge is one transaction.

Every table that refers to the client table is found from the schema itself, so tables added later
move along without this module knowing them. Where a table allows one row per client and key:
- invoices with the same number: the same invoice (same issue date, total and currency) is kept
  once, with the payments of both; a different invoice keeps its number with OTHER's name added;
- needs and monthly health snapshots: KEEP's row wins;
- the signal cache and the band marks (derived data) of both are emptied;
- any other table with such a row on both sides stops the merge, nothing changed.
KEEP's own settings stay; what KEEP does not say (gut rating, contract, end date) comes from OTHER.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.i18n import _
from clientfit.store.clients import MAX_NAME, ValidationError
from clientfit.store.database import db
from clientfit.store.engines import is_url, row_id_column, same_as
from clientfit.store.models import Client, Invoice, Note, Payment

KEEP_WINS = {"need", "health_snapshot"}  # one row per client and key: KEEP's row stays
DERIVED = {"signal_cache", "band_mark"}
BACKUP_REASON = "before-merge"


class MergeError(ValidationError):
    """The merge could not be done; nothing was changed. The message is for the user."""


@dataclass
class MergeResult:
    keep: str
    other: str
    moved: Counter = field(default_factory=Counter)  # table -> rows moved
    dropped: Counter = field(default_factory=Counter)  # table -> OTHER's duplicates left out
    renamed_invoices: list[tuple[str, str]] = field(default_factory=list)  # (old, new number)
    backup: Path | None = None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _references() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to client.id, from the schema as it is."""
    out = []
    for table in db.get_tables():
        for fk in db.get_foreign_keys(table):
            if fk.dest_table == Client._meta.table_name:
                out.append((table, fk.column))
    return out


def _backup() -> Path | None:
    from clientfit.store.backup import backup_database

    path = db.database
    if is_url(path):  # PostgreSQL: pg_dump (store/engines/postgres_backup.py)
        return backup_database(path, reason=BACKUP_REASON)
    if not path or path == ":memory:" or not Path(path).is_file():
        return None
    return backup_database(path, reason=BACKUP_REASON)


def merge_clients(keep: Client, other: Client, *, backup: bool = True) -> MergeResult:
    """Move every record of `other` into `keep` and delete `other`, after a backup, in one
    transaction. Raises MergeError (nothing changed) or BackupError (no backup, nothing changed)."""
    if keep.id == other.id:
        raise MergeError(_("“{name}” cannot be merged into itself.").format(name=keep.name))
    result = MergeResult(keep=keep.name, other=other.name)
    if backup:
        result.backup = _backup()
    with db.atomic():
        _merge_invoices(keep, other, result)
        for table, column in _references():
            if table == Invoice._meta.table_name:
                continue
            _move(table, column, keep.id, other.id, result)
        _fill_client(keep, other)
        Note.create(
            client=keep.id,
            body=_("Merged “{other}” into this client on {day}.").format(
                other=other.name, day=dt.date.today().isoformat()
            ),
        )
        Client.delete().where(Client.id == other.id).execute()
    return result


def _move(table: str, column: str, keep_id: int, other_id: int, result: MergeResult) -> None:
    t, c = _quote(table), _quote(column)
    if table in DERIVED:
        db.execute_sql(f"DELETE FROM {t} WHERE {c} IN (?, ?)", (keep_id, other_id))
        return
    for index in db.get_indexes(table):
        if not index.unique or column not in index.columns:
            continue
        rest = [col for col in index.columns if col != column]
        same = " AND ".join(f"k.{_quote(col)} {same_as()} o.{_quote(col)}" for col in rest)
        rowid = row_id_column()  # rowid on SQLite, ctid on PostgreSQL
        clash = (
            f"SELECT o.{rowid} FROM {t} o JOIN {t} k ON k.{c} = ? AND {same or 'TRUE'} "
            f"WHERE o.{c} = ?"
        )
        rows = [r[0] for r in db.execute_sql(clash, (keep_id, other_id)).fetchall()]
        if not rows:
            continue
        if table not in KEEP_WINS:
            raise MergeError(
                _(
                    "Both clients have a record in {table} that only one client may have; "
                    "nothing was merged."
                ).format(table=table)
            )
        marks = ",".join("?" * len(rows))
        db.execute_sql(f"DELETE FROM {t} WHERE {rowid} IN ({marks})", rows)
        result.dropped[table] += len(rows)
    cursor = db.execute_sql(f"UPDATE {t} SET {c} = ? WHERE {c} = ?", (keep_id, other_id))
    if cursor.rowcount:
        result.moved[table] += cursor.rowcount


def _merge_invoices(keep: Client, other: Client, result: MergeResult) -> None:
    """OTHER's invoices to KEEP; one numbered like one of KEEP's is the same invoice (kept once,
    with both invoices' payments) or another one (its number gains OTHER's name)."""
    mine = {inv.number: inv for inv in Invoice.select().where(Invoice.client == keep.id)}
    for inv in Invoice.select().where(Invoice.client == other.id).order_by(Invoice.id):
        twin = mine.get(inv.number)
        if twin is None:
            Invoice.update(client=keep.id).where(Invoice.id == inv.id).execute()
            result.moved["invoice"] += 1
            continue
        if (twin.issued_on, twin.total_minor, twin.currency) == (
            inv.issued_on,
            inv.total_minor,
            inv.currency,
        ):
            _join_payments(twin.id, inv.id)
            _repoint(Invoice._meta.table_name, inv.id, twin.id)
            Invoice.delete().where(Invoice.id == inv.id).execute()
            result.dropped["invoice"] += 1
            continue
        number = f"{inv.number} ({other.name})"[:MAX_NAME]
        n = 2
        while (
            number in mine
            or Invoice.select()
            .where((Invoice.client == keep.id) & (Invoice.number == number))
            .exists()
        ):
            number = f"{inv.number} ({other.name} {n})"[:MAX_NAME]
            n += 1
        Invoice.update(client=keep.id, number=number).where(Invoice.id == inv.id).execute()
        result.renamed_invoices.append((inv.number, number))
        result.moved["invoice"] += 1


def _join_payments(keep_invoice: int, other_invoice: int) -> None:
    """The payments of a duplicate invoice that the kept one lacks move to it; the rest go."""
    have = Counter(
        Payment.select(Payment.paid_on, Payment.amount_minor)
        .where(Payment.invoice == keep_invoice)
        .tuples()
    )
    for pid, paid_on, amount in (
        Payment.select(Payment.id, Payment.paid_on, Payment.amount_minor)
        .where(Payment.invoice == other_invoice)
        .tuples()
    ):
        if have[(paid_on, amount)]:
            have[(paid_on, amount)] -= 1
            Payment.delete().where(Payment.id == pid).execute()
        else:
            Payment.update(invoice=keep_invoice).where(Payment.id == pid).execute()


def _repoint(target: str, old_id: int, new_id: int) -> None:
    """Rows of other tables that refer to a row about to go (a deliverable's invoice) follow it."""
    for table in db.get_tables():
        for fk in db.get_foreign_keys(table):
            if fk.dest_table == target and table != Payment._meta.table_name:
                db.execute_sql(
                    f"UPDATE {_quote(table)} SET {_quote(fk.column)} = ? WHERE {_quote(fk.column)} = ?",
                    (new_id, old_id),
                )


def _fill_client(keep: Client, other: Client) -> None:
    changes = {}
    for name in ("gut", "contract_path", "ended_on", "keep_in_touch_days"):
        if getattr(keep, name) is None and getattr(other, name) is not None:
            changes[name] = getattr(other, name)
    if other.disrespectful and not keep.disrespectful:
        changes["disrespectful"] = True
    if changes:
        Client.update(**changes).where(Client.id == keep.id).execute()
