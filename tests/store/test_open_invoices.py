"""`open_invoice` (derived, kept by triggers): exactly the invoices not paid in full, whoever writes."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from clientfit.store import open_invoices
from clientfit.store.clients import add_client
from clientfit.store.database import close_database, db, open_database
from clientfit.store.models import Invoice, Payment


def rows() -> dict[int, int]:
    return dict(db.execute_sql("SELECT invoice_id, owed FROM open_invoice").fetchall())


def make(client, number, total):
    return Invoice.create(
        client=client,
        number=number,
        issued_on=dt.date(2026, 5, 1),
        due_on=dt.date(2026, 6, 1),
        total_minor=total,
        currency="SEK",
    )


def test_payments_and_changes_keep_the_unpaid_invoices_exact(database):
    acme = add_client("Acme")
    a = make(acme, "A-1", 1000)
    b = make(acme, "A-2", 500)
    assert rows() == {a.id: 1000, b.id: 500}
    pay = Payment.create(invoice=a, paid_on=dt.date(2026, 6, 2), amount_minor=400)
    assert rows() == {a.id: 600, b.id: 500}
    Payment.create(invoice=b, paid_on=dt.date(2026, 6, 2), amount_minor=500)
    assert rows() == {a.id: 600}
    Invoice.update(total_minor=400).where(Invoice.id == a.id).execute()
    assert rows() == {}
    pay.delete_instance()
    assert rows() == {a.id: 400}
    a.delete_instance()
    assert rows() == {}


@pytest.mark.sqlite_only  # another program through sqlite3, and SQLite's trigger catalog
def test_another_programs_writes_are_kept_too_and_missing_triggers_refill(database, db_path):
    acme = add_client("Acme")
    a = make(acme, "A-1", 1000)
    close_database()
    other = sqlite3.connect(db_path)
    other.execute(
        "INSERT INTO payment (invoice_id, paid_on, amount_minor) VALUES (?, '2026-06-02', 1000)",
        (a.id,),
    )
    other.execute("DROP TRIGGER open_invoice_invoice_insert")  # a tool that lost one
    other.execute(
        "INSERT INTO invoice (client_id, number, issued_on, due_on, total_minor, currency, "
        "subject, source) VALUES (?, 'A-2', '2026-05-01', '2026-06-01', 700, 'SEK', '', 'x')",
        (acme.id,),
    )
    other.commit()
    other.close()
    open_database(db_path)  # the open sees a trigger missing: made again, rows computed again
    (b,) = [i.id for i in Invoice.select().where(Invoice.number == "A-2")]
    assert rows() == {b: 700}
    assert open_invoices.present(db) == set(open_invoices.definitions())
