"""clientfit-cli demo / clients / client add|set / colleague add, as DESIGN.md's contract says."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest

from clientfit.cli import main


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_fills_an_empty_database_and_refuses_a_second_time(capsys, db_path):
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0 and "Created 8 clients" in out
    code, _, err = run(capsys, db_path, "demo")
    assert code == 2 and "already holds clients" in err


def test_clients_json_has_the_contract_fields(capsys, db_path):
    run(capsys, db_path, "demo")
    code, out, _ = run(capsys, db_path, "clients", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 8
    assert set(rows[0]) == {
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
        "other_currencies",
        "last_contact",
    }
    nordlys = next(r for r in rows if r["name"] == "Nordlys Bageri AB")
    assert nordlys["currency"] == "SEK"
    assert Decimal(nordlys["outstanding"]) == Decimal(nordlys["invoiced"]) - Decimal(
        nordlys["paid"]
    )
    assert isinstance(nordlys["hours"], float) and nordlys["messages"] > 0
    assert nordlys["other_currencies"] == {}


def test_clients_json_counts_money_in_the_clients_own_currency_and_lists_the_rest(capsys, db_path):
    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Client, Invoice, Payment

    run(capsys, db_path, "client", "add", "Euro GmbH")
    assert run(capsys, db_path, "client", "set", "Euro GmbH", "--currency", "eur")[0] == 0
    open_database(db_path)
    c = Client.get()
    day = dt.date(2026, 1, 10)
    for number, cents, cur, paid in (
        ("1", 100000, "EUR", 40000),
        ("2", 50000, "EUR", 0),
        ("3", 900000, "SEK", 900000),
    ):
        inv = Invoice.create(
            client=c, number=number, issued_on=day, due_on=day, total_minor=cents, currency=cur
        )
        if paid:
            Payment.create(invoice=inv, paid_on=day, amount_minor=paid)
    close_database()
    code, out, _ = run(capsys, db_path, "clients", "--json")
    (row,) = json.loads(out)
    # 1,000 + 500 EUR invoiced, 400 EUR paid; the 9,000 SEK are never added to them
    assert (row["currency"], row["invoiced"], row["paid"], row["outstanding"]) == (
        "EUR",
        "1500.00",
        "400.00",
        "1100.00",
    )
    assert row["other_currencies"] == {
        "SEK": {"invoiced": "9000.00", "paid": "9000.00", "outstanding": "0.00"}
    }
    code, _, err = run(capsys, db_path, "client", "set", "Euro GmbH", "--currency", "euro")
    assert code == 2 and "currency code" in err


def test_client_add_and_set_match_names_case_insensitively(capsys, db_path):
    assert (
        run(
            capsys,
            db_path,
            "client",
            "add",
            "Acme AB",
            "--email",
            "anna@acme.se",
            "--needs",
            "a, b",
        )[0]
        == 0
    )
    code, _, err = run(capsys, db_path, "client", "add", " acme ab ")
    assert code == 2 and "already exists" in err
    assert (
        run(
            capsys,
            db_path,
            "client",
            "set",
            "ACME AB",
            "--gut",
            "2",
            "--disrespectful",
            "yes",
            "--terms",
            "15",
        )[0]
        == 0
    )
    rows = json.loads(run(capsys, db_path, "clients", "--json")[1])
    assert rows[0]["needs"] == ["a", "b"] and rows[0]["contacts"] == 1
    assert stored(db_path, "acme ab") == (2, 1, 15)  # gut, disrespectful, payment terms


def stored(db_path, name_key: str) -> tuple:
    """What the database holds for a client: (gut, disrespectful, payment terms in days)."""
    con = sqlite3.connect(db_path)
    try:
        return con.execute(
            "SELECT gut, disrespectful, payment_terms_days FROM client WHERE name_key = ?",
            (name_key,),
        ).fetchone()
    finally:
        con.close()


def test_bad_usage_exits_2_and_writes_nothing(capsys, db_path):
    code, _, err = run(capsys, db_path, "client", "set", "Nobody", "--gut", "3")
    assert code == 2 and "No client named" in err
    run(capsys, db_path, "client", "add", "Acme AB")
    assert run(capsys, db_path, "client", "set", "Acme AB", "--gut", "2")[0] == 0
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(db_path), "client", "set", "Acme AB", "--gut", "9", "--terms", "45"])
    assert refused.value.code == 2
    assert "expected 1-5, not 9" in capsys.readouterr().err
    assert stored(db_path, "acme ab") == (2, 0, 30)  # neither the gut nor the terms changed


def test_colleague_add_and_list(capsys, db_path):
    assert run(capsys, db_path, "colleague", "add", "Maja", "--skills", "branding, print")[0] == 0
    rows = json.loads(run(capsys, db_path, "colleague", "list", "--json")[1])
    assert rows == [{"name": "Maja", "email": None, "skills": ["branding", "print"]}]


def test_colleague_remove(capsys, db_path):
    run(capsys, db_path, "colleague", "add", "Maja", "--skills", "branding")
    run(capsys, db_path, "colleague", "add", "Olle")
    code, out, _ = run(capsys, db_path, "colleague", "remove", " MAJA ")
    assert code == 0 and "Removed colleague Maja." in out
    rows = json.loads(run(capsys, db_path, "colleague", "list", "--json")[1])
    assert [r["name"] for r in rows] == ["Olle"]
    code, _, err = run(capsys, db_path, "colleague", "remove", "Maja")
    assert code == 2 and "No colleague named" in err


def test_rate_set_list_remove_and_me_set_currency(capsys, db_path):
    run(capsys, db_path, "client", "add", "Euro GmbH")
    run(capsys, db_path, "client", "set", "Euro GmbH", "--currency", "EUR")
    run(capsys, db_path, "client", "add", "Oslo AS")
    run(capsys, db_path, "client", "set", "Oslo AS", "--currency", "NOK")
    code, out, _ = run(capsys, db_path, "me", "set", "--currency", "sek")
    assert code == 0 and "base currency SEK" in out
    code, out, _ = run(capsys, db_path, "rate", "set", "EUR", "11,40", "--on", "2026-01-01")
    assert code == 0 and out.strip() == "1 EUR = 11.40 SEK from 2026-01-01."
    run(capsys, db_path, "rate", "set", "EUR", "11.60", "--on", "2026-06-01")
    code, out, _ = run(capsys, db_path, "rate", "list", "--json")
    data = json.loads(out)
    assert data["base"] == "SEK" and data["missing"] == ["NOK"]
    assert data["rates"] == [
        {"currency": "EUR", "rate": "11.40", "on": "2026-01-01"},
        {"currency": "EUR", "rate": "11.60", "on": "2026-06-01"},
    ]
    for bad in (
        ["rate", "set", "EUR", "0"],
        ["rate", "set", "SEK", "2"],
        ["rate", "set", "EURO", "1"],
    ):
        assert run(capsys, db_path, *bad)[0] == 2
    code, out, _ = run(capsys, db_path, "rate", "remove", "eur", "--on", "2026-06-01")
    assert code == 0 and "Removed 1" in out
    assert len(json.loads(run(capsys, db_path, "rate", "list", "--json")[1])["rates"]) == 1
    assert run(capsys, db_path, "rate", "remove", "USD")[0] == 2


def test_a_client_in_a_running_plan_has_the_status_ending(capsys, db_path):
    run(capsys, db_path, "client", "add", "Acme AB")
    run(capsys, db_path, "client", "add", "Calm Co")
    code, _, err = run(capsys, db_path, "offboard", "Acme AB", "--reason", "Scope creep.")
    assert code == 0, err
    code, out, _ = run(capsys, db_path, "clients", "--json")
    assert {r["name"]: r["status"] for r in json.loads(out)} == {
        "Acme AB": "ending",
        "Calm Co": "active",
    }
    run(capsys, db_path, "plan", "Acme AB", "--cancel")
    code, out, _ = run(capsys, db_path, "clients", "--json")
    assert {r["name"]: r["status"] for r in json.loads(out)}["Acme AB"] == "active"


def test_clients_text_names_what_is_owed_in_other_currencies(capsys, db_path):
    """A SEK client owing 500 EUR read "0.00 SEK" outstanding: the other currency is listed
    beside it, never added to it."""
    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Client, Invoice

    run(capsys, db_path, "client", "add", "Duo AB")
    open_database(db_path)
    day = dt.date(2026, 1, 10)
    Invoice.create(
        client=Client.get(),
        number="1",
        issued_on=day,
        due_on=day,
        total_minor=50000,
        currency="EUR",
    )
    close_database()
    code, out, _ = run(capsys, db_path, "clients")
    line = next(line for line in out.splitlines() if line.startswith("Duo AB"))
    assert code == 0 and "0.00 SEK + 500.00 EUR" in line
