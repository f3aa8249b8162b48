"""Invoice exports into invoices and payments: Harvest's invoice report, FreshBooks' invoice export
(one row per line item), Invoice Ninja v4's export (a preamble, then an INVOICES and perhaps a
PAYMENTS section), Invoice Ninja v5's invoice CSV, and Clientfit's own invoice CSV.

Each invoice keeps its currency and its state: drafts and cancelled invoices are left out;
`disputed` is kept as such; an invoice paid in part is `partial`, its paid amount `amount_paid` and
a payment where the export carries it (Harvest's paid amount, Invoice Ninja's paid to date, a report's paid/balance
columns); where it does not (FreshBooks' line-item export says only "partial") the summary says the
paid amount is unknown.

Clientfit invoice CSV (what `export csv invoices` writes, UTF-8, comma-separated, header row):
    client,number,issued_on,due_on,total,currency,paid_on,paid_amount,subject
dates YYYY-MM-DD, amounts with a decimal point; due_on, currency, paid_on, paid_amount and
subject may be empty. Where an export has no due date, the client's payment terms give one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from clientfit.i18n import _
from clientfit.intake.base import ImportContext, InvoiceRecord, Rejection, at_line, not_future
from clientfit.intake.csvfile import Row, _records, date_reader, rows
from clientfit.intake.detect import Detected, norm
from clientfit.intake.values import DateReader, parse_amount, parse_currency
from clientfit.store.models import from_minor, name_key, to_minor
from clientfit.store.seen_keys import KeyedLists, SeenKeys

DRAFT_STATUSES = {"draft"}
CANCELLED_STATUSES = {"cancelled", "canceled", "reversed", "void", "voided", "deleted"}
PARTIAL_STATUSES = {"partial", "partially paid", "part paid"}
DISPUTED_STATUSES = {"disputed", "in dispute"}
PAID_STATUSES = {"paid", "auto-paid", "autopaid"}


def set_state(rec: InvoiceRecord, status_text: str, paid_minor: int | None) -> InvoiceRecord:
    """The invoice's state from the tool's status word and the paid-to-date it reports (None when
    the export has no such figure): drafts and cancelled invoices are left out, disputed ones
    marked, and an invoice paid in part is `partial` with `amount_paid` where the export says how
    much. That paid part is also a payment (dated, or on the due date when the export gives no
    date), which every reader of payments counts; `amount_paid` only says it is known."""
    status = " ".join(status_text.split()).casefold()
    rec.draft = status in DRAFT_STATUSES
    rec.cancelled = status in CANCELLED_STATUSES
    if status in DISPUTED_STATUSES:
        rec.status = "disputed"
    elif status in PARTIAL_STATUSES or (
        status not in PAID_STATUSES and paid_minor and 0 < paid_minor < rec.total_minor
    ):
        rec.status = "partial"
    if rec.status == "partial" and paid_minor:
        rec.amount_paid = from_minor(paid_minor)
    return rec


def _minor(text: str, what: str, required: bool = True) -> int:
    value = parse_amount(text)
    if value is None:
        if required:
            raise ValueError(_("the {what} is missing").format(what=_(what)))
        return 0
    return to_minor(value)


FIELDS = ("client", "number", "issued", "due", "total", "currency", "subject")


def _columns(spec: str) -> dict[str, tuple[str, ...]]:
    """A format's columns for an invoice's fields, written like a header row in the order of
    FIELDS; "|" between a field's columns (the first with text counts), empty: the file has none."""
    return {
        f: tuple(c.split("|")) if c else () for f, c in zip(FIELDS, spec.split(","), strict=True)
    }


HARVEST = _columns(
    "client,id|invoice id|number,issue date,due date,invoice amount,currency,subject"
)
CLIENTFIT = _columns("client,number,issued_on,due_on,total,currency,subject")
FRESHBOOKS = _columns("client name,invoice #,date issued,due date,,currency,item name")
NINJA5 = _columns(
    "client name,invoice number,invoice date,invoice due date,invoice amount,"
    "invoice currency|client currency|currency|invoice amount,invoice public notes|invoice po number"
)


def _record(row: Row, dates: DateReader, columns: dict[str, tuple[str, ...]]) -> InvoiceRecord:
    """One invoice from a row, its fields from `columns`; no total column: 0 (line items add up
    to it). The dates are read first, then the total, as the row's first problem is reported."""
    issued_on, due = dates(row.get_text(*columns["issued"])), row.get_text(*columns["due"])
    due_on = dates(due) if due else None
    total = columns["total"]
    return InvoiceRecord(
        where=at_line(row.line),
        client_name=row.get_text(*columns["client"]),
        number=row.get_text(*columns["number"]),
        issued_on=issued_on,
        due_on=due_on,
        total_minor=_minor(row.get_text(*total), total[0]) if total else 0,
        currency=parse_currency(row.get_text(*columns["currency"])),
        subject=row.get_text(*columns["subject"]),
    )


def _harvest(row: Row, dates: DateReader) -> InvoiceRecord:
    paid = _minor(row.get_text("paid amount"), "paid amount", required=False)
    paid_on = row.get_text("last payment date")
    rec = _record(row, dates, HARVEST)
    if paid > 0:
        rec.payments.append((dates(paid_on) if paid_on else rec.issued_on, paid))
    return set_state(rec, "", paid)


def _clientfit(row: Row, dates: DateReader) -> InvoiceRecord:
    paid_on = row.get_text("paid_on")
    rec = _record(row, dates, CLIENTFIT)
    paid = _minor(row.get_text("paid_amount"), "paid amount", required=False)
    if paid > 0:
        if not paid_on:
            raise ValueError(_("a paid amount needs its paid_on date"))
        rec.payments.append((dates(paid_on), paid))
    return set_state(rec, row.get_text("status"), paid)


def _freshbooks(
    path: Path, found: Detected, ctx: ImportContext
) -> Iterator[InvoiceRecord | Rejection]:
    """Line items summed per invoice; a paid invoice's total was paid on "Date Paid".

    An invoice's items may stand anywhere in the file, so a first pass notes each item's amount
    by invoice (store.seen_keys.KeyedLists: bounded memory, amounts only) and the second yields
    each invoice at its first row, passing over the rest of its rows (SeenKeys). One bad item
    leaves the whole invoice out, told once, at the first problem the file shows."""
    dates = date_reader(path, found, ctx, "date issued", "date paid", "due date")
    with KeyedLists() as items, SeenKeys() as seen, SeenKeys() as rejected:
        for row in _records(path, found, None):
            if isinstance(row, Rejection):
                continue  # the second pass reports it
            try:
                amount: int | None = _minor(row.get_text("line total"), "line total")
            except ValueError:
                amount = None
            items.add(_invoice_key(row), (amount,))
        for row in rows(path, found, ctx):
            if isinstance(row, Rejection):
                yield row
                continue
            key = _invoice_key(row)
            try:
                _minor(row.get_text("line total"), "line total")
                if seen.first(key):
                    amounts = [amount for (amount,) in items.get(key)]
                    rec = _freshbooks_invoice(row, dates, sum(a for a in amounts if a))
                    if None not in amounts:  # else a later item says what is wrong
                        yield rec
            except ValueError as exc:
                seen.first(key)
                if rejected.first(key):
                    yield Rejection(
                        at_line(row.line),
                        _("invoice {number}: {error} (the whole invoice was left out)").format(
                            number=row.get_text("invoice #") or "?", error=exc
                        ),
                    )


def _invoice_key(row: Row) -> str:
    return f"{name_key(row.get_text('client name'))}\x1f{row.get_text('invoice #')}"


def _freshbooks_invoice(row: Row, dates: DateReader, total_minor: int) -> InvoiceRecord:
    """The invoice whose first line item `row` is, its total the sum of all its items."""
    rec = _record(row, dates, FRESHBOOKS)
    rec.total_minor = total_minor
    status, paid_on = row.get_text("invoice status").casefold(), row.get_text("date paid")
    if status in PAID_STATUSES and paid_on:
        rec.payments.append((dates(paid_on), total_minor))
    paid, balance = _report_paid(row)
    if paid is None and balance is not None:
        paid = total_minor - balance
    set_state(rec, status, paid)
    if rec.status == "partial" and paid and not rec.payments:
        rec.payments.append((dates(paid_on) if paid_on else dt.date.min, paid))
    return rec


def _report_paid(row: Row) -> tuple[int | None, int | None]:
    """(paid, balance) in minor units from an invoice report's optional columns, None if absent."""
    paid = row.get_text("amount paid", "paid", "paid amount")
    balance = row.get_text("balance", "amount outstanding", "outstanding", "balance due")
    return (
        _minor(paid, "paid amount") if paid else None,
        _minor(balance, "balance") if balance else None,
    )


def _ninja_rows(path: Path, found: Detected, ctx: ImportContext | None):
    """(section, row, values) for each data row of an Invoice Ninja v4 export, or a Rejection."""
    section, header = "invoices", found.header
    source = rows(path, found, ctx) if ctx is not None else _records(path, found, None)
    for row in source:
        if isinstance(row, Rejection):
            yield row
            continue
        cells = [c.strip() for c in row.cells]
        filled = [c for c in cells if c]
        if len(filled) == 1 and filled[0].isupper() and cells[0] == filled[0]:
            section, header = filled[0].casefold(), []
            continue
        if section != "invoices" and not header:
            header = [norm(c) for c in cells]
            continue
        yield section, row, dict(zip(header, cells, strict=False))


def _ninja(path: Path, found: Detected, ctx: ImportContext) -> Iterator[InvoiceRecord | Rejection]:
    """The INVOICES section, with dated payments from the PAYMENTS section when there is one.

    The payments come last in the file, so a first pass gathers them (store.seen_keys.KeyedLists:
    bounded memory) and the second streams the invoices, each yielded as soon as it is read."""
    dates = date_reader(path, found, ctx, "invoice date", "due date")
    with KeyedLists() as dated:
        for item in _ninja_rows(path, found, None):
            if isinstance(item, Rejection) or item[0] != "payments":
                continue  # the second pass reports those
            _section, row, values = item
            key = f"{name_key(values.get('client', ''))}\x1f{values.get('invoice number', '').strip()}"
            try:
                day = dates(values.get("payment date", ""))
                dated.add(key, (day.isoformat(), _minor(values.get("amount", ""), "amount")))
            except ValueError as exc:
                yield Rejection(at_line(row.line), str(exc))
        for item in _ninja_rows(path, found, ctx):
            if isinstance(item, Rejection):
                yield item
                continue
            section, row, values = item
            if section != "invoices":
                continue
            try:
                status = values.get("status", "").casefold()
                paid = _minor(values.get("paid", ""), "paid", required=False)
                rec = InvoiceRecord(
                    where=at_line(row.line),
                    client_name=" ".join(values.get("client", "").split()),
                    number=values.get("invoice number", "").strip(),
                    issued_on=dates(values.get("invoice date", "")),
                    due_on=dates(values["due date"]) if values.get("due date") else None,
                    total_minor=_minor(values.get("amount", ""), "amount"),
                    currency=parse_currency(values.get("amount", "")),
                    subject=" ".join(values.get("public notes", "").split())[:500],
                )
                set_state(rec, status, paid)
            except ValueError as exc:
                yield Rejection(at_line(row.line), str(exc))
                continue
            rec.emails = [e for e in [values.get("email", "").strip()] if "@" in e]
            payments = dated.get(f"{name_key(rec.client_name)}\x1f{rec.number}")
            if payments:
                rec.payments = [(dt.date.fromisoformat(day), amount) for day, amount in payments]
            elif paid > 0:  # paid, but the export does not say when: the due date stands in
                rec.payments = [(dt.date.min, paid)]
            yield rec


def parse(path: Path, found: Detected, ctx: ImportContext) -> Iterator[InvoiceRecord | Rejection]:
    """The file's invoices; one whose issue or payment date is after today is rejected."""
    for item in _parse(path, found, ctx):
        if isinstance(item, InvoiceRecord):
            try:
                not_future(item.issued_on, ctx, "issue date")
                for day, _amount in item.payments:
                    not_future(day, ctx, "payment date")
            except ValueError as exc:
                item = Rejection(item.where, str(exc))
        yield item


def _ninja5(row: Row, dates: DateReader) -> InvoiceRecord:
    """Invoice Ninja v5's invoice CSV: one row per invoice, paid to date and balance included."""
    total = _minor(row.get_text("invoice amount"), "invoice amount")
    paid_text = row.get_text("invoice paid to date")
    balance_text = row.get_text("invoice balance")
    if paid_text:
        paid = _minor(paid_text, "paid to date")
    elif balance_text:
        paid = total - _minor(balance_text, "balance")
    else:
        paid = 0
    rec = _record(row, dates, NINJA5)
    rec.subject = rec.subject[:500]
    set_state(rec, row.get_text("invoice status"), paid)
    rec.emails = [e for e in [row.get_text("client email", "contact email")] if "@" in e]
    if paid > 0:  # the export says how much, not when: dated on the due date (the summary says)
        rec.payments = [(dt.date.min, min(paid, total))]
    return rec


ROW_FORMATS = {
    "harvest_invoices": (_harvest, ("issue date", "due date", "last payment date")),
    "ninja5": (_ninja5, ("invoice date", "invoice due date")),
}


def _parse(path: Path, found: Detected, ctx: ImportContext) -> Iterator[InvoiceRecord | Rejection]:
    if found.fmt == "freshbooks":
        yield from _freshbooks(path, found, ctx)
        return
    if found.fmt == "ninja4":
        yield from _ninja(path, found, ctx)
        return
    if found.fmt in ROW_FORMATS:
        one, columns = ROW_FORMATS[found.fmt]
        dates = date_reader(path, found, ctx, *columns)
    else:
        one, dates = _clientfit, DateReader("dmy")
    for row in rows(path, found, ctx):
        if isinstance(row, Rejection):
            yield row
            continue
        try:
            yield one(row, dates)
        except ValueError as exc:
            yield Rejection(at_line(row.line), str(exc))
