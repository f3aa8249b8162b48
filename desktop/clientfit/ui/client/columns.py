"""The columns of the client's record tabs (messages, time, invoices, deliverables, contacts, notes).

Each column names its header (translated in the "ClientView" context), how a row is shown, and the
raw value it sorts on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from clientfit.store import records
from clientfit.ui.common.formatting import format_day, format_moment, format_money, format_number
from clientfit.ui.common.record_model import Column

CTX = "ClientView"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


_day = format_day
_local = format_moment
_money = format_money


MESSAGE_COLUMNS = [
    Column(CTX, "Sent", lambda r: _local(r.sent_at), lambda r: r.sent_at.isoformat()),
    Column(
        CTX, "Direction", lambda r: _t("from client") if r.direction == "in" else _t("to client")
    ),
    Column(CTX, "Subject", lambda r: r.subject, stretch=True),
    Column(
        CTX,
        "Flags",
        lambda r: " ".join(
            f
            for f, on in (
                (_t("change request"), r.change_request),
                (_t("not quite"), r.not_quite),
                (_t("urgent"), r.urgent),
            )
            if on
        ),
    ),
]
TIME_COLUMNS = [
    Column(CTX, "Started", lambda r: _local(r.started_at), lambda r: r.started_at.isoformat()),
    Column(CTX, "Hours", lambda r: format_number(r.hours, 2), lambda r: r.hours, align_right=True),
    Column(CTX, "Project", lambda r: r.project),
    Column(CTX, "Description", lambda r: r.description, stretch=True),
]


def _invoice_status(r: records.InvoiceRow) -> str:
    status = r.status(dt.date.today())
    if status == "partial" and not r.paid:
        return _t("partly paid (amount unknown)")
    return {
        "paid": _t("paid"),
        "overdue": _t("overdue"),
        "open": _t("open"),
        "disputed": _t("disputed"),
        "partial": _t("partly paid"),
    }[status]


INVOICE_COLUMNS = [
    Column(CTX, "Number", lambda r: r.number),
    Column(CTX, "Issued", lambda r: _day(r.issued_on)),
    Column(CTX, "Due", lambda r: _day(r.due_on)),
    Column(
        CTX,
        "Total",
        lambda r: _money(r.total, r.currency),
        lambda r: float(r.total),
        align_right=True,
    ),
    Column(
        CTX,
        "Outstanding",
        lambda r: _money(r.outstanding, r.currency),
        lambda r: float(r.outstanding),
        align_right=True,
    ),
    Column(CTX, "Status", _invoice_status, stretch=True),
    Column(CTX, "Paid on", lambda r: _day(r.last_paid_on)),
]
DELIVERABLE_COLUMNS = [
    Column(CTX, "Deliverable", lambda r: r.title, stretch=True),
    Column(CTX, "Due", lambda r: _day(r.due_on)),
    Column(CTX, "Delivered", lambda r: _day(r.delivered_on)),
    Column(CTX, "Paid", lambda r: _t("yes") if r.paid else _t("no")),
    Column(
        CTX, "Revision rounds", lambda r: str(r.revisions), lambda r: r.revisions, align_right=True
    ),
]
CONTACT_COLUMNS = [
    Column(CTX, "Name", lambda r: r.name),
    Column(CTX, "Role", lambda r: r.title),
    Column(CTX, "E-mail", lambda r: ", ".join(r.emails), stretch=True),
    Column(CTX, "Phone", lambda r: ", ".join(r.phones)),
]
NOTE_COLUMNS = [
    Column(CTX, "Written", lambda r: _local(r.created_at), lambda r: r.created_at.isoformat()),
    Column(CTX, "Note", lambda r: " ".join(r.body.split())[:300], stretch=True),
]
