"""Invoice records into the database: invoices by (client, number), payments made idempotent.

An invoice already there is updated only where the export says something different (its due date
is kept when the export has none). Payments: exports report what has been paid so far, so an
import adds only what the database does not know yet - the dated payments it lacks, or, when those
would overshoot the exported paid total, one payment for the difference. Importing the same file
twice therefore adds nothing, and a later export of a now fully paid invoice adds the remainder.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from clientfit.i18n import _
from clientfit.intake.base import BATCH, ImportSummary, InvoiceRecord, Rejection
from clientfit.intake.clients import ClientBook
from clientfit.store.clients import ValidationError
from clientfit.store.models import Invoice, Payment

FIELDS = ("issued_on", "due_on", "total_minor", "currency", "subject", "status", "amount_paid")


def write(
    records: Iterator[InvoiceRecord | Rejection], summary: ImportSummary, source: str
) -> None:
    book = ClientBook(summary)
    batch: list[tuple[int, InvoiceRecord]] = []
    seen: set[tuple[int, str]] = set()
    undated = 0
    unknown_paid: list[str] = []
    disputed: list[str] = []
    no_due = 0  # new invoices whose due date the client's payment terms give
    for rec in records:
        if isinstance(rec, Rejection):
            summary.rejected.append(rec)
            continue
        summary.read += 1
        if rec.draft:
            summary.drafts += 1
            continue
        if rec.cancelled:
            summary.cancelled += 1
            continue
        if not rec.number:
            summary.rejected.append(Rejection(rec.where, _("the invoice has no number")))
            continue
        if rec.total_minor < 0:
            summary.rejected.append(Rejection(rec.where, _("the invoice total is negative")))
            continue
        try:
            client_id = book.resolve(rec.client_name, rec.currency, emails=rec.emails)
        except ValidationError as exc:
            summary.rejected.append(Rejection(rec.where, str(exc)))
            continue
        if (client_id, rec.number) in seen:
            summary.rejected.append(
                Rejection(
                    rec.where, _("invoice {n} appears twice in the file").format(n=rec.number)
                )
            )
            continue
        seen.add((client_id, rec.number))
        rec.currency = rec.currency or book.currency(client_id)
        if any(day == dt.date.min for day, _amount in rec.payments):
            undated += 1
        if rec.status == "partial" and rec.amount_paid is None:
            unknown_paid.append(rec.number)
        if rec.status == "disputed":
            disputed.append(rec.number)
        if rec.due_on is None:
            no_due += 1
        batch.append((client_id, rec))
        if len(batch) >= BATCH:
            _flush(batch, book, summary, source)
    _flush(batch, book, summary, source)
    if unknown_paid:
        summary.notes.append(
            _(
                "Partly paid, amount unknown ({n}): {numbers}. The export does not say how much "
                "was paid; these invoices are not counted as wholly outstanding."
            ).format(n=len(unknown_paid), numbers=", ".join(unknown_paid[:10]))
        )
    if disputed:
        summary.notes.append(
            _(
                "Disputed ({n}): {numbers}. Shown as disputed and left out of the late-payment "
                "risk until resolved."
            ).format(n=len(disputed), numbers=", ".join(disputed[:10]))
        )
    if no_due:
        summary.notes.append(
            _(
                "{n} invoices had no due date in the export; their due dates follow each "
                "client's payment terms (client set NAME --terms DAYS)."
            ).format(n=no_due)
        )
    if undated:
        summary.notes.append(
            _(
                "{n} invoices paid in full or in part had no payment date in the export; their "
                "payments are dated on the due date."
            ).format(n=undated)
        )


def _flush(
    batch: list[tuple[int, InvoiceRecord]], book: ClientBook, summary: ImportSummary, source: str
) -> None:
    """Insert the new invoices (terms give a missing due date), update changed ones."""
    if not batch:
        return
    numbers = sorted({rec.number for _cid, rec in batch})
    existing: dict[tuple[int, str], Invoice] = {}
    for start in range(0, len(numbers), 900):
        for inv in Invoice.select().where(Invoice.number.in_(numbers[start : start + 900])):
            existing[(inv.client_id, inv.number)] = inv
    fresh = []
    for cid, rec in batch:
        inv = existing.get((cid, rec.number))
        if inv is None:
            due = rec.due_on or rec.issued_on + dt.timedelta(days=book.terms_days(cid))
            rec.due_on = due
            fresh.append(
                {
                    "client": cid,
                    "number": rec.number,
                    "issued_on": rec.issued_on,
                    "due_on": due,
                    "total_minor": rec.total_minor,
                    "currency": rec.currency,
                    "subject": rec.subject,
                    "source": source,
                    "status": rec.status,
                    "amount_paid": rec.amount_paid,
                }
            )
            continue
        rec.due_on = rec.due_on or inv.due_on
        changes = {f: getattr(rec, f) for f in FIELDS if getattr(rec, f) != getattr(inv, f)}
        if changes:
            Invoice.update(**changes).where(Invoice.id == inv.id).execute()
            summary.updated["invoices"] += 1
            summary.tally(cid, "updated")
        else:
            summary.skipped["invoices"] += 1
            summary.tally(cid, "skipped")
    if fresh:
        Invoice.insert_many(fresh).execute()
        summary.created["invoices"] += len(fresh)
        for row in fresh:
            summary.tally(row["client"], "created")
        for inv in Invoice.select().where(Invoice.number.in_([row["number"] for row in fresh])):
            existing.setdefault((inv.client_id, inv.number), inv)
    ids = {key: inv.id for key, inv in existing.items()}
    _payments(batch, ids, summary)
    batch.clear()


def _payments(
    batch: list[tuple[int, InvoiceRecord]], ids: dict[tuple[int, str], int], summary: ImportSummary
) -> None:
    wanted = {ids[(cid, rec.number)]: rec for cid, rec in batch if rec.payments}
    client_of = {ids[(cid, rec.number)]: cid for cid, rec in batch if rec.payments}
    if not wanted:
        return
    have: dict[int, Counter] = {}
    for invoice_id, paid_on, amount in (
        Payment.select(Payment.invoice, Payment.paid_on, Payment.amount_minor)
        .where(Payment.invoice.in_(list(wanted)))
        .tuples()
    ):
        have.setdefault(invoice_id, Counter())[(paid_on, amount)] += 1
    rows = []
    for invoice_id, rec in wanted.items():
        payments = [
            (rec.due_on if day == dt.date.min else day, amount) for day, amount in rec.payments
        ]
        known = have.get(invoice_id, Counter())
        target = sum(amount for _day, amount in payments)
        already = sum(amount * n for (_day, amount), n in known.items())
        missing = list((Counter(payments) - known).elements())
        if not missing or already >= target:
            continue
        if already + sum(amount for _day, amount in missing) > target:
            missing = [(max(day for day, _a in payments), target - already)]
        rows.extend({"invoice": invoice_id, "paid_on": d, "amount_minor": a} for d, a in missing)
    if rows:
        Payment.insert_many(rows).execute()
        summary.created["payments"] += len(rows)
        for row in rows:
            summary.tally(client_of[row["invoice"]], "created")
