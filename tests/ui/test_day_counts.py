"""One day is "1 day", never "1 days" ("1 dag", never "1 dagar") (issue 17)."""

from __future__ import annotations

import datetime as dt

from clientfit.store import clients


def test_a_one_day_cooling_off_reads_1_day_and_more_read_days(qtbot, database):
    from clientfit.ui.offboarding.cooling_off import CoolOffPage

    page = CoolOffPage(1, 30)
    qtbot.addWidget(page)
    assert page.cooling.text() == "1 day"
    page.cooling.setValue(3)
    assert page.cooling.text() == "3 days"


def test_payment_terms_of_one_day_read_1_day_in_the_client_summary(
    qtbot, database, wait_roster, open_window
):
    client = clients.add_client("Acme")
    clients.update_client(client, terms=1)
    window = open_window()
    qtbot.waitUntil(lambda: window.client_view.client_id is not None)
    assert "Payment terms: 1 day ·" in window.client_view.subtitle.text()


def test_an_invoice_one_day_overdue_reads_1_day_in_the_checklist(database):
    from clientfit.offboarding.checklist import derive_items, open_invoices
    from clientfit.store.models import Client, Invoice

    client = clients.add_client("Acme")
    today = dt.date(2026, 11, 26)
    Invoice.create(
        client=client,
        number="INV-1",
        issued_on=today - dt.timedelta(days=31),
        due_on=today - dt.timedelta(days=1),
        total_minor=10_000,
    )
    items = derive_items(Client.get_by_id(client.id), open_invoices(client.id, today), "en")
    details = [i.detail for i in items if "overdue" in (i.detail or "")]
    assert details == ["Due 25 Nov 2026; 1 day overdue."]
    sv = derive_items(Client.get_by_id(client.id), open_invoices(client.id, today), "sv")
    assert "Förföll 25 nov. 2026; 1 dag försenad." in [i.detail for i in sv]
