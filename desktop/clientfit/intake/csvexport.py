"""The roster, time entries and invoices as CSV for spreadsheets - safely.

A cell that begins with =, +, -, @, a tab or a carriage return would be run as a formula by Excel,
LibreOffice and Google Sheets ("CSV injection"); such text cells get a leading apostrophe, which
spreadsheets show as plain text. A cell holding either separator - the comma, or the semicolon
that Swedish and other comma-decimal locales split on - is quoted, so `x;=cmd|' /C calc'!A0` stays
one harmless cell in both and never becomes a second cell that starts with `=`. Numbers are written as numbers and left alone. Files are UTF-8
with a BOM (so Excel reads å, ä, ö right), written atomically, streamed row by row. The time and
invoice files are the Clientfit CSV layouts the importers read back.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, fn

from clientfit.fileio import atomic_write
from clientfit.i18n import _
from clientfit.store.models import Client, Invoice, Payment, TimeEntry, from_minor
from clientfit.store.summaries import client_summaries

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

ROSTER_HEADER = [
    "name",
    "status",
    "needs",
    "contacts",
    "messages",
    "hours",
    "invoiced",
    "paid",
    "outstanding",
    "currency",
    "last_contact",
]
TIME_HEADER = [
    "client",
    "started_at",
    "seconds",
    "hours",
    "project",
    "task",
    "description",
    "billable",
    "source_key",
]
INVOICE_HEADER = [
    "client",
    "number",
    "issued_on",
    "due_on",
    "total",
    "currency",
    "paid_on",
    "paid_amount",
    "subject",
]


def neutralise(value: object) -> object:
    """Text a spreadsheet would execute gets a leading apostrophe; everything else passes."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """The inverse, for reading our own exports back."""
    if text.startswith("'") and text[1:].startswith(TRIGGERS):
        return text[1:]
    return text


_QUOTE_WHEN = frozenset(',;"\r\n')


def _cell(value: object) -> str:
    """One cell: neutralised, and quoted when it holds a separator of either kind."""
    text = "" if value is None else str(neutralise(value))
    if any(c in _QUOTE_WHEN for c in text):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path: Path | str, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    """Write `rows` under `header` to `path` atomically; returns the number of rows."""
    count = 0
    with atomic_write(path, "wb") as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        out.write(",".join(_cell(h) for h in header) + "\r\n")
        for row in rows:
            out.write(",".join(_cell(v) for v in row) + "\r\n")
            count += 1
        out.flush()
        out.detach()
    return count


def roster_rows() -> Iterator[list[object]]:
    for s in client_summaries():
        yield [
            s.name,
            s.status,
            ", ".join(s.needs),
            s.contacts,
            s.messages,
            Decimal(str(s.hours)),
            s.invoiced,
            s.paid,
            s.outstanding,
            s.currency,
            s.last_contact.isoformat() if s.last_contact else "",
        ]


def time_rows() -> Iterator[list[object]]:
    query = (
        TimeEntry.select(TimeEntry, Client.name)
        .join(Client)
        .order_by(TimeEntry.started_at, TimeEntry.id)
        .tuples()
    )
    cols = [f.name for f in TimeEntry._meta.sorted_fields]
    for values in query.iterator():
        e = dict(zip([*cols, "client_name"], values, strict=True))
        yield [
            e["client_name"],
            e["started_at"].isoformat()
            if hasattr(e["started_at"], "isoformat")
            else e["started_at"],
            e["seconds"],
            (Decimal(e["seconds"]) / 3600).quantize(Decimal("0.01")),
            e["project"],
            e["task"],
            e["description"],
            "yes" if e["billable"] else "no",
            e["source_key"] or f"clientfit:{e['id']}",
        ]


def invoice_rows() -> Iterator[list[object]]:
    paid = (
        Payment.select(
            Payment.invoice.alias("iid"),
            fn.SUM(Payment.amount_minor).alias("amount"),
            fn.MAX(Payment.paid_on).alias("last"),
        )
        .group_by(Payment.invoice)
        .alias("pd")
    )
    query = (
        Invoice.select(
            Client.name,
            Invoice.number,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.total_minor,
            Invoice.currency,
            paid.c.last,
            paid.c.amount,
            Invoice.subject,
        )
        .join(Client)
        .switch(Invoice)
        .join(paid, JOIN.LEFT_OUTER, on=(paid.c.iid == Invoice.id))
        .order_by(Invoice.issued_on, Invoice.id)
        .tuples()
    )
    for name, number, issued, due, total, currency, last, amount, subject in query.iterator():
        yield [
            name,
            number,
            str(issued),
            str(due),
            from_minor(total),
            currency,
            str(last) if last else "",
            from_minor(amount) if amount else "",
            subject,
        ]


def export_csv(what: str, path: Path | str) -> int:
    """Export `what` (roster | time | invoices) to `path`; returns the number of rows."""
    if what == "roster":
        return write_csv(path, ROSTER_HEADER, roster_rows())
    if what == "time":
        return write_csv(path, TIME_HEADER, time_rows())
    if what == "invoices":
        return write_csv(path, INVOICE_HEADER, invoice_rows())
    raise ValueError(_("Unknown export {what}; choose roster, time or invoices.").format(what=what))
