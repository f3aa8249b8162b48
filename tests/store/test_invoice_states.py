"""Invoice states (migration 0006): every invoice has one, including rows written by raw SQL."""

from __future__ import annotations

from clientfit.store.database import db
from clientfit.store.models import Client, Invoice


def test_an_invoice_written_without_a_status_is_open(database):
    client = Client.create(name="Acme", name_key="acme")

    db.execute_sql(
        "INSERT INTO invoice (client_id, number, issued_on, due_on, total_minor, currency, "
        "subject, source) VALUES (?, '1', '2026-01-01', '2026-01-31', 100, 'SEK', '', 'raw')",
        (client.id,),
    )

    assert [(i.status, i.amount_paid) for i in Invoice.select()] == [("open", None)]


def test_a_partly_paid_invoice_of_unknown_amount_is_not_counted_as_wholly_outstanding(database):
    import datetime as dt
    from decimal import Decimal

    from clientfit.store.models import Payment
    from clientfit.store.records import invoices_of

    client = Client.create(name="Acme", name_key="acme")
    day = dt.date(2026, 9, 1)
    due = dt.date(2026, 10, 1)
    for number, status, paid in (("1", "partial", None), ("2", "partial", Decimal("6000"))):
        invoice = Invoice.create(
            client=client,
            number=number,
            issued_on=day,
            due_on=due,
            total_minor=1500000,
            status=status,
            amount_paid=paid,
        )
        if paid:
            Payment.create(invoice=invoice, paid_on=day, amount_minor=600000)
    Invoice.create(client=client, number="3", issued_on=day, due_on=due, total_minor=750000)

    today = dt.date(2026, 12, 6)
    rows = {r.number: r for r in invoices_of(client.id)}
    assert {n: (r.status(today), r.outstanding, r.paid_known) for n, r in rows.items()} == {
        "1": ("partial", Decimal("0.00"), False),  # paid in part, how much unknown: not counted
        "2": ("partial", Decimal("9000.00"), True),
        "3": ("overdue", Decimal("7500.00"), True),
    }
