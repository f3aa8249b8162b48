"""The command line for what only the app could do: contract set, deliverable add|set,
colleague set|remove, me set, the payment reminder, and the plan's payment-first options."""

from __future__ import annotations

import json
import sqlite3

from pypdf import PdfReader

from clientfit.cli import main


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_contract_set_stores_the_signed_file_inside_the_database(capsys, db_path, tmp_path):
    signed = tmp_path / "ramavtal.pdf"
    signed.write_bytes(b"%PDF-1.4 signed by both")
    run(capsys, db_path, "client", "add", "Acme AB")
    code, out, err = run(
        capsys, db_path, "contract", "set", "Acme AB", "--file", str(signed),
        "--notice-days", "60", "--clause", "§ 9", "--starts", "2025-01-01",
        "--renews", "2027-01-01", "--termination", "Written notice.", "--rights",
        "The client owns the final files; I may show the work in my portfolio.",
    )  # fmt: skip
    assert code == 0, err
    assert "ramavtal.pdf (23 bytes)" in out
    signed.unlink()  # the database holds the document now, not a path
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT file_name, data FROM contract").fetchone() == (
            "ramavtal.pdf",
            b"%PDF-1.4 signed by both",
        )
    code, out, _ = run(capsys, db_path, "contract", "show", "Acme AB", "--json")
    shown = json.loads(out)
    assert (shown["notice_days"], shown["clause"], shown["renews_on"], shown["size"]) == (
        60,
        "§ 9",
        "2027-01-01",
        23,
    )
    copy = tmp_path / "copy.pdf"
    assert run(capsys, db_path, "contract", "show", "Acme AB", "--save", str(copy))[0] == 0
    assert copy.read_bytes() == b"%PDF-1.4 signed by both"
    code, _, _ = run(capsys, db_path, "contract", "set", "Acme AB", "--renews", "none")
    shown = json.loads(run(capsys, db_path, "contract", "show", "Acme AB", "--json")[1])
    assert shown["renews_on"] is None and shown["starts_on"] == "2025-01-01"  # others kept


def test_client_set_contract_is_an_alias_of_contract_set_file(capsys, db_path, tmp_path):
    signed = tmp_path / "avtal.pdf"
    signed.write_bytes(b"%PDF avtal")
    run(capsys, db_path, "client", "add", "Acme AB")
    assert run(capsys, db_path, "client", "set", "Acme AB", "--contract", str(signed))[0] == 0
    shown = json.loads(run(capsys, db_path, "contract", "show", "Acme AB", "--json")[1])
    assert (shown["file_name"], shown["size"]) == ("avtal.pdf", 10)


def test_a_missing_contract_file_is_refused_naming_it_and_nothing_is_stored(
    capsys, db_path, tmp_path
):
    run(capsys, db_path, "client", "add", "Acme AB")
    missing = tmp_path / "nope.pdf"
    code, _, err = run(
        capsys, db_path, "contract", "set", "Acme AB", "--file", str(missing), "--notice-days", "30"
    )
    assert code == 2 and str(missing) in err
    assert json.loads(run(capsys, db_path, "contract", "show", "Acme AB", "--json")[1]) is None


def test_deliverable_add_and_set_with_a_paid_mark(capsys, db_path):
    run(capsys, db_path, "client", "add", "Acme AB")
    code, _, err = run(
        capsys, db_path, "deliverable", "add", "Acme AB", "Brand book", "--due", "2026-12-20",
        "--amount", "12 500,50", "--paid", "yes",
    )  # fmt: skip
    assert code == 0, err
    assert run(capsys, db_path, "deliverable", "add", "Acme AB", "brand book")[0] == 2
    code, _, _ = run(
        capsys, db_path, "deliverable", "set", "Acme AB", "BRAND BOOK", "--delivered", "2026-12-18"
    )
    assert code == 0
    with sqlite3.connect(db_path) as con:
        row = con.execute(
            "SELECT title, due_on, delivered_on, amount_minor, paid FROM deliverable"
        ).fetchone()
    assert row == ("Brand book", "2026-12-20", "2026-12-18", 1250050, 1)
    code, _, err = run(capsys, db_path, "deliverable", "set", "Acme AB", "Logo", "--paid", "no")
    assert code == 2 and "no deliverable named “Logo”" in err


def test_colleague_set_and_remove(capsys, db_path):
    run(capsys, db_path, "colleague", "add", "Maja Lind", "--skills", "seo")
    code, _, _ = run(
        capsys, db_path, "colleague", "set", "maja lind", "--email", "maja@example.se",
        "--skills", "seo, WordPress",
    )  # fmt: skip
    assert code == 0
    listed = json.loads(run(capsys, db_path, "colleague", "list", "--json")[1])
    assert listed == [
        {"name": "Maja Lind", "email": "maja@example.se", "skills": ["seo", "WordPress"]}
    ]
    assert run(capsys, db_path, "colleague", "set", "Maja Lind", "--email", "not-mail")[0] == 2
    assert run(capsys, db_path, "colleague", "remove", "Maja Lind")[0] == 0
    assert json.loads(run(capsys, db_path, "colleague", "list", "--json")[1]) == []
    code, _, err = run(capsys, db_path, "colleague", "remove", "Nobody")
    assert code == 2 and "Nobody" in err


def test_me_set_signs_the_letter(capsys, db_path):
    code, _, err = run(
        capsys, db_path, "me", "set", "--name", "Per Frilans", "--business", "Frilans AB",
        "--address", "Storgatan 1\\n111 22 Stockholm", "--org-number", "559999-0000",
        "--email", "per@frilans.se", "--phone", "070-123 45 67",
    )  # fmt: skip
    assert code == 0, err
    mine = json.loads(run(capsys, db_path, "me", "show", "--json")[1])
    assert mine["address"] == "Storgatan 1\n111 22 Stockholm"
    run(capsys, db_path, "client", "add", "Acme AB")
    run(capsys, db_path, "offboard", "Acme AB", "--reason", "x", "--at", "2026-11-26")
    out = run(capsys, db_path, "plan", "Acme AB", "--at", "2026-11-26")[1]
    assert "Kind regards,\n   | Per Frilans\n   | Frilans AB" in out
    assert "[Your name]" not in out
    assert run(capsys, db_path, "me", "set", "--email", "nope")[0] == 2


def _overdue_client(capsys, db_path, tmp_path):
    import datetime as dt

    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Invoice

    run(capsys, db_path, "client", "add", "Slowpay AB")
    open_database(db_path)
    for number, due, total in (("INV-1023", 1, 3253800), ("INV-1024", 31, 2000000)):
        Invoice.create(
            client=1,
            number=number,
            issued_on=dt.date(2026, 9, 1),
            due_on=dt.date(2026, 10, due),
            total_minor=total,
        )
    close_database()


def test_a_payment_reminder_lists_days_late_interest_and_compensation(capsys, db_path, tmp_path):
    _overdue_client(capsys, db_path, tmp_path)
    code, out, err = run(capsys, db_path, "reminder", "Slowpay AB", "--at", "2026-11-26")
    assert code == 0, err
    assert "- Invoice INV-1023, due 1 October 2026: 32,538.00 SEK (56 days late)" in out
    assert "- Invoice INV-1024, due 31 October 2026: 20,000.00 SEK (26 days late)" in out
    # 9.75 % a year: 32,538 x 0.0975 x 56/365 = 486.73; 20,000 x 0.0975 x 26/365 = 138.90
    assert "at 9.75 % a year (the reference rate 1.75 % plus 8 percentage points)" in out
    assert "it amounts to 625.63 SEK" in out
    assert "a fixed compensation of 450.00 SEK for each overdue invoice (2 invoices)" in out
    code, out, _ = run(
        capsys, db_path, "reminder", "Slowpay AB", "--at", "2026-11-26", "--lang", "sv"
    )
    assert "- Faktura INV-1023, förföll 1 oktober 2026: 32\u00a0538,00 SEK (56 dagar sen)" in out
    assert "förseningsersättning på 450,00 SEK för varje förfallen faktura (2 fakturor)" in out
    pdf = tmp_path / "reminder.pdf"
    code, _, err = run(
        capsys, db_path, "reminder", "Slowpay AB", "--at", "2026-11-26", "--lang", "sv", "-o",
        str(pdf),
    )  # fmt: skip
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Betalningspåminnelse" in PdfReader(pdf).metadata.title
    for part in ("INV-1023", "INV-1024", "486,73", "138,90", "450,00", "Ränta"):
        assert part in text, part


def test_the_late_payment_rates_are_settings(capsys, db_path, tmp_path):
    from clientfit.offboarding import defaults
    from clientfit.store.database import close_database, open_database
    from clientfit.store.settings import set_settings

    _overdue_client(capsys, db_path, tmp_path)
    open_database(db_path)
    set_settings({defaults.KEY_REFERENCE_RATE: "4", defaults.KEY_LATE_FEE: "40",
                  defaults.KEY_LATE_FEE_CURRENCY: "EUR"})  # fmt: skip
    close_database()
    out = run(capsys, db_path, "reminder", "Slowpay AB", "--at", "2026-11-26")[1]
    assert "at 12 % a year (the reference rate 4 % plus 8 percentage points)" in out
    assert "compensation of 40.00 EUR for each" in out


def test_plan_options_drive_payment_first_and_record_what_happened(capsys, db_path, tmp_path):
    _overdue_client(capsys, db_path, tmp_path)
    run(capsys, db_path, "colleague", "add", "Maja", "--skills", "seo")
    run(capsys, db_path, "offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    data = json.loads(run(capsys, db_path, "plan", "Slowpay AB", "--at", "2026-11-26", "--json")[1])
    assert data["notice"]["announce_source"] == "when_paid"
    assert data["notice"]["waiting_for"] == ["INV-1023", "INV-1024"]
    code, out, err = run(
        capsys, db_path, "plan", "Slowpay AB", "--at", "2026-11-26", "--announce-latest",
        "2026-12-15", "--refer", "Maja", "--advice", "A specialist in SEO.", "--json",
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert (data["notice"]["announce_on"], data["notice"]["announce_source"]) == (
        "2026-12-15",
        "latest",
    )
    assert [c["name"] for c in data["referrals"]["colleagues"]] == ["Maja"]
    assert data["referrals"]["advice"] == ["A specialist in SEO."]
    run(capsys, db_path, "plan", "Slowpay AB", "--at", "2026-11-30", "--go-ahead",
        "The contract ends anyway.", "--announced", "2026-11-30", "--referred", "Maja")  # fmt: skip
    data = json.loads(run(capsys, db_path, "plan", "Slowpay AB", "--at", "2026-11-30", "--json")[1])
    assert [(e["kind"], e["on"], e["label"]) for e in data["events"]] == [
        ("override", "2026-11-30", "Went ahead before payment"),
        ("announced", "2026-11-30", "Decision announced"),
        ("referred", "2026-11-30", "Referred to Maja"),
    ]
    assert data["notice"]["waiting_for"] == []
