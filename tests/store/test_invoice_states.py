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
