"""Invoice exports: Harvest, FreshBooks, Invoice Ninja v4, Clientfit's own; payments and terms."""

from __future__ import annotations

import datetime as dt

from clientfit.intake import run_import
from clientfit.store.clients import add_client, find_client, update_client
from clientfit.store.models import Client, Invoice, Payment


def _invoices() -> list[tuple]:
    query = Invoice.select(Invoice, Client.name).join(Client).order_by(Invoice.id)
    return [
        (i.client.name, i.number, i.issued_on, i.due_on, i.total_minor, i.currency, i.subject)
        for i in query
    ]


def _payments() -> list[tuple]:
    query = Payment.select(Payment, Invoice.number).join(Invoice).order_by(Payment.id)
    return [(p.invoice.number, p.paid_on, p.amount_minor) for p in query]


def test_harvest_report_with_swedish_numbers_and_spelled_out_currency(database, fixture_path):
    add_client("Lind & Co, AB")
    update_client(find_client("Lind & Co, AB"), terms=10)

    summary = run_import(fixture_path("harvest_invoices.csv"), "invoices")

    assert summary.format == "Harvest invoice report"
    assert summary.new_clients == ["Mälarförlaget AB", "Nordljus Media"]
    assert _invoices() == [
        (
            "Mälarförlaget AB",
            "1001",
            dt.date(2024, 1, 10),
            dt.date(2024, 2, 9),
            2016000,
            "SEK",
            "Bokomslag januari",
        ),
        (
            "Nordljus Media",
            "1002",
            dt.date(2024, 2, 1),
            dt.date(2024, 3, 2),
            1250000,
            "SEK",
            "Webbdesign",
        ),
        # "LIND & CO, AB" is the existing client; its 10-day terms give the due date
        (
            "Lind & Co, AB",
            "1003",
            dt.date(2024, 2, 15),
            dt.date(2024, 2, 25),
            800000,
            "SEK",
            "Logotyp",
        ),
    ]
    assert _payments() == [
        ("1001", dt.date(2024, 2, 20), 2016000),
        ("1003", dt.date(2024, 3, 1), 500000),
    ]
    assert [(r.where, r.reason) for r in summary.rejected] == [
        ("line 5", "“2024-02-30” is not a date")
    ]
    # the report has no due date column: the summary says the terms gave the three due dates
    assert any(
        note.startswith("3 invoices had no due date in the export") and "payment terms" in note
        for note in summary.notes
    ), summary.notes


def test_a_later_export_adds_only_the_rest_of_a_payment(database, fixture_path, tmp_path):
    run_import(fixture_path("harvest_invoices.csv"))
    later = tmp_path / "later.csv"
    text = fixture_path("harvest_invoices.csv").read_text(encoding="utf-8")
    later.write_text(
        text.replace(
            '2024-02-15,2024-03-01,1003,PO-77,"LIND & CO, AB",Logotyp,"8 000,0","5 000,0"',
            '2024-02-15,2024-03-20,1003,PO-77,"LIND & CO, AB",Logotyp,"8 000,0","8 000,0"',
        ),
        encoding="utf-8",
    )

    summary = run_import(later)

    assert summary.created["payments"] == 1 and not summary.created["invoices"]
    assert _payments()[-1] == ("1003", dt.date(2024, 3, 20), 300000)
    assert not run_import(later).changed_anything()


def test_freshbooks_line_items_are_summed_per_invoice_and_drafts_left_out(database, fixture_path):
    summary = run_import(fixture_path("freshbooks.csv"))

    assert summary.format == "FreshBooks invoice export"
    assert (summary.read, summary.drafts) == (3, 1)
    assert _invoices() == [
        ("Acme Corp", "0000012", dt.date(2024, 1, 5), dt.date(2024, 2, 4), 142500, "USD", "Design"),
        (
            "Beta LLC",
            "0000013",
            dt.date(2024, 1, 20),
            dt.date(2024, 2, 19),
            120000,
            "USD",
            "Website",
        ),
    ]
    assert _payments() == [("0000012", dt.date(2024, 2, 10), 142500)]
    assert Client.get(Client.name == "Acme Corp").currency == "USD"  # new client: the invoice's


def test_invoice_ninja_v4_preamble_sections_and_dated_payments(database, fixture_path):
    summary = run_import(fixture_path("ninja_v4.csv"))

    assert summary.format == "Invoice Ninja v4 export"
    assert summary.drafts == 1
    assert _invoices() == [
        (
            "Nordljus Media",
            "0045",
            dt.date(2024, 1, 15),
            dt.date(2024, 2, 14),
            1250000,
            "SEK",
            "Webbdesign",
        ),
        (
            "Fjällsjö Konsult",
            "0046",
            dt.date(2024, 2, 1),
            dt.date(2024, 3, 2),
            400000,
            "SEK",
            "Rådgivning",
        ),
    ]
    assert _payments() == [
        ("0045", dt.date(2024, 2, 20), 1000000),
        ("0045", dt.date(2024, 2, 28), 250000),
        ("0046", dt.date(2024, 3, 2), 100000),  # paid, date unknown: dated on the due date
    ]
    assert any("no payment date" in note for note in summary.notes)


def test_clientfit_invoice_csv_restores_neutralised_cells(database, fixture_path):
    run_import(fixture_path("clientfit_invoices.csv"))

    assert _invoices() == [
        (
            "Sara Berg",
            "2024-007",
            dt.date(2024, 3, 1),
            dt.date(2024, 3, 15),
            450000,
            "SEK",
            "Illustrationer",
        ),
        (
            "Sara Berg",
            "2024-008",
            dt.date(2024, 3, 10),
            dt.date(2024, 4, 9),
            120050,
            "SEK",
            '=HYPERLINK("http://x")',
        ),
    ]
    assert _payments() == [("2024-007", dt.date(2024, 3, 20), 450000)]


def test_every_invoice_export_imports_twice_without_change(database, fixture_path, snapshot):
    names = ["harvest_invoices.csv", "freshbooks.csv", "ninja_v4.csv", "clientfit_invoices.csv"]
    for name in names:
        run_import(fixture_path(name))
    before = snapshot()

    for name in names:
        assert not run_import(fixture_path(name)).changed_anything(), name

    assert snapshot() == before
