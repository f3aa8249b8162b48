"""The client's invoice tab names an invoice's state: disputed, partly paid (amount unknown)."""

from __future__ import annotations

from pathlib import Path

from clientfit.intake import run_import
from clientfit.store.clients import find_client

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


def test_the_invoice_tab_says_disputed_and_partly_paid(qapp, database):
    from clientfit.store.records import invoices_of
    from clientfit.ui.client.columns import INVOICE_COLUMNS

    run_import(FIXTURES / "freshbooks_states.csv")
    run_import(FIXTURES / "ninja_v5.csv")
    status = next(c for c in INVOICE_COLUMNS if c.title == "Status")

    shown = {r.number: status.display(r) for r in invoices_of(find_client("Tveksam Design AB").id)}
    assert shown == {
        "0000101": "partly paid (amount unknown)",
        "0000102": "disputed",
        "2026-0007": "partly paid",
        "2026-0008": "overdue",
    }
