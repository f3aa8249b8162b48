"""Invoice exports: Harvest, FreshBooks, Invoice Ninja v4, Clientfit's own; payments and terms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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


def _states() -> list[tuple]:
    return [
        (i.number, i.currency, i.status, i.amount_paid)
        for i in Invoice.select().order_by(Invoice.id)
    ]


def test_freshbooks_partial_and_disputed_invoices_keep_their_states(database, fixture_path):
    summary = run_import(fixture_path("freshbooks_states.csv"))

    assert (summary.read, summary.created["invoices"], summary.rejected) == (4, 4, [])
    assert _states() == [
        ("0000101", "SEK", "partial", None),  # the line-item export has no paid amount
        ("0000102", "SEK", "disputed", None),
        ("0000103", "EUR", "open", None),  # overdue: open, its due date says the rest
        ("0000104", "EUR", "open", None),
    ]
    assert _payments() == [("0000104", dt.date(2026, 11, 2), 49600)]
    assert summary.notes == [
        "Partly paid, amount unknown (1): 0000101. The export does not say how much was paid; "
        "these invoices are not counted as wholly outstanding.",
        "Disputed (1): 0000102. Shown as disputed and left out of the late-payment risk until "
        "resolved.",
        "4 invoices had no due date in the export; their due dates follow each client's payment "
        "terms (client set NAME --terms DAYS).",
    ]


def test_a_freshbooks_report_with_paid_and_balance_columns_gives_the_amount(database, tmp_path):
    report = tmp_path / "freshbooks_report.csv"
    report.write_text(
        "Client Name,Invoice #,Date Issued,Due Date,Invoice Status,Date Paid,Item Name,"
        "Line Total,Currency,Balance\n"
        "Tveksam Design AB,0000101,2026-09-01,2026-10-01,partial,2026-09-20,Rebrand,"
        "15000.00,SEK,9000.00\n",
        encoding="utf-8",
    )

    summary = run_import(report)

    assert _states() == [("0000101", "SEK", "partial", Decimal("6000"))]
    assert _payments() == [("0000101", dt.date(2026, 9, 20), 600000)]
    assert not any("amount unknown" in n for n in summary.notes)


def test_freshbooks_items_apart_in_the_file_are_summed_and_one_bad_item_leaves_its_invoice_out(
    database, tmp_path
):
    """The export is read in two passes (bounded memory): an invoice's items anywhere in the file
    add up, and a bad item - on the invoice's first row or a later one - rejects the invoice."""
    export = tmp_path / "freshbooks.csv"
    export.write_text(
        "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Line Total,Currency\n"
        "Acme,1,2024-01-05,paid,2024-02-10,Design,100.00,SEK\n"
        "Acme,2,2024-01-06,sent,,Design,50.00,SEK\n"
        "Nordljus,3,2024-01-07,sent,,Design,10.00,SEK\n"
        "Acme,1,2024-01-05,paid,2024-02-10,Extra,25.50,SEK\n"
        "Acme,2,2024-01-06,sent,,Extra,lots,SEK\n"
        "Nordljus,4,someday,sent,,Design,10.00,SEK\n"
        "Nordljus,5,2024-01-08,sent,,Design,,SEK\n",
        encoding="utf-8",
    )

    summary = run_import(export)

    assert [str(r) for r in summary.rejected] == [
        "line 6: invoice 2: \u201clots\u201d is not an amount (the whole invoice was left out)",
        "line 7: invoice 4: \u201csomeday\u201d is not a date (the whole invoice was left out)",
        "line 8: invoice 5: the line total is missing (the whole invoice was left out)",
    ]
    assert [(number, total) for _c, number, _i, _d, total, _cur, _s in _invoices()] == [
        ("1", 12_550),
        ("3", 1_000),
    ]
    assert _payments() == [("1", dt.date(2024, 2, 10), 12_550)]


def test_invoice_ninja_v5_csv_is_a_supported_format_with_its_states(database, fixture_path):
    summary = run_import(fixture_path("ninja_v5.csv"))

    assert summary.format == "Invoice Ninja v5 invoice CSV"
    assert (summary.read, summary.drafts, summary.cancelled) == (6, 1, 1)
    assert summary.new_clients == ["Tveksam Design AB", "Nordljus Oy", "Bergström Bygg HB"]
    assert _invoices() == [
        (
            "Tveksam Design AB",
            "2026-0007",
            dt.date(2026, 9, 1),
            dt.date(2026, 10, 1),
            1500000,
            "SEK",
            "Rebrand",
        ),
        (
            "Tveksam Design AB",
            "2026-0008",
            dt.date(2026, 10, 5),
            dt.date(2026, 11, 4),
            750000,
            "SEK",
            "Workshop",
        ),
        (
            "Nordljus Oy",
            "2026-0009",
            dt.date(2026, 10, 1),
            dt.date(2026, 10, 31),
            148800,
            "EUR",
            "Website",
        ),
        (
            "Bergström Bygg HB",
            "2026-0012",
            dt.date(2026, 11, 2),
            dt.date(2026, 12, 2),
            400000,
            "SEK",
            "Skyltar",
        ),
    ]
    assert _states() == [
        ("2026-0007", "SEK", "partial", Decimal("6000")),  # also the payment below
        ("2026-0008", "SEK", "open", None),
        ("2026-0009", "EUR", "open", None),
        ("2026-0012", "SEK", "open", None),
    ]
    assert _payments() == [
        ("2026-0007", dt.date(2026, 10, 1), 600000),  # paid to date, dated on the due date
        ("2026-0009", dt.date(2026, 10, 31), 148800),
    ]
    assert "Cancelled invoices (left out): 1" in summary.lines()


def test_a_later_export_of_a_now_paid_partial_invoice_clears_its_state(
    database, fixture_path, tmp_path
):
    run_import(fixture_path("ninja_v5.csv"))
    later = tmp_path / "ninja_later.csv"
    later.write_text(
        fixture_path("ninja_v5.csv")
        .read_text(encoding="utf-8")
        .replace(
            "15000.00,6000.00,9000.00,2026-09-01,2026-10-01,Partial",
            "15000.00,15000.00,0.00,2026-09-01,2026-10-01,Paid",
        ),
        encoding="utf-8",
    )

    summary = run_import(later)

    assert summary.updated["invoices"] == 1 and summary.created["payments"] == 1
    assert _states()[0] == ("2026-0007", "SEK", "open", None)
    assert sum(a for n, _d, a in _payments() if n == "2026-0007") == 1500000


def test_every_invoice_keeps_its_own_currency_under_one_client(database, tmp_path):
    add_client("Nordljus Oy")
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        "client,number,issued_on,due_on,total,currency,paid_on,paid_amount,subject\n"
        "Nordljus Oy,1,2026-01-10,2026-02-09,1000.00,EUR,,,\n"
        "Nordljus Oy,2,2026-02-10,2026-03-12,9000.00,SEK,,,\n"
        "Nordljus Oy,3,2026-03-10,2026-04-09,800.00,,,,\n",
        encoding="utf-8",
    )

    run_import(mixed)

    assert [(n, c) for n, c, _s, _a in _states()] == [("1", "EUR"), ("2", "SEK"), ("3", "SEK")]


def test_a_partly_paid_invoice_counts_only_its_balance_as_outstanding(database, fixture_path):
    from clientfit.store.summaries import client_summaries

    run_import(fixture_path("ninja_v5.csv"))

    tveksam = next(r for r in client_summaries() if r.name == "Tveksam Design AB")
    # 2026-0007: 15,000 of which 6,000 paid; 2026-0008: 7,500 open - never the whole 22,500
    assert (tveksam.invoiced, tveksam.paid, tveksam.outstanding) == (
        Decimal("22500.00"),
        Decimal("6000.00"),
        Decimal("16500.00"),
    )


def test_the_client_record_shows_disputed_and_partly_paid_invoices(database, fixture_path):
    from clientfit.store.records import invoices_of

    run_import(fixture_path("freshbooks_states.csv"))
    run_import(fixture_path("ninja_v5.csv"))

    today = dt.date(2026, 12, 6)
    rows = {r.number: r for r in invoices_of(find_client("Tveksam Design AB").id)}
    assert {n: (r.status(today), r.outstanding) for n, r in rows.items()} == {
        # 15,000 paid in part, the amount unknown: not counted as wholly (or at all) outstanding
        "0000101": ("partial", Decimal("0.00")),
        "0000102": ("disputed", Decimal("7500.00")),
        "2026-0007": ("partial", Decimal("9000.00")),
        "2026-0008": ("overdue", Decimal("7500.00")),
    }


def test_a_partial_invoice_of_unknown_paid_amount_is_not_counted_as_wholly_outstanding(
    database, fixture_path
):
    from clientfit.store.summaries import client_summaries

    run_import(fixture_path("freshbooks_states.csv"))

    by_name = {r.name: r for r in client_summaries()}
    tveksam = by_name["Tveksam Design AB"]
    # 0000101 (15,000, partial, paid amount unknown) is left out of what is owed; 0000102
    # (7,500, disputed) is still owed
    assert (tveksam.invoiced, tveksam.paid, tveksam.outstanding) == (
        Decimal("22500.00"),
        Decimal("0.00"),
        Decimal("7500.00"),
    )
