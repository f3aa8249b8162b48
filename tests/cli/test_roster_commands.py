"""clientfit-cli demo / clients / client add|set / colleague add, as DESIGN.md's contract says."""

from __future__ import annotations

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
        "last_contact",
    }
    nordlys = next(r for r in rows if r["name"] == "Nordlys Bageri AB")
    assert nordlys["currency"] == "SEK"
    assert Decimal(nordlys["outstanding"]) == Decimal(nordlys["invoiced"]) - Decimal(
        nordlys["paid"]
    )
    assert isinstance(nordlys["hours"], float) and nordlys["messages"] > 0


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
    assert "the gut rating is 1-5, not 9" in capsys.readouterr().err
    assert stored(db_path, "acme ab") == (2, 0, 30)  # neither the gut nor the terms changed


def test_colleague_add_and_list(capsys, db_path):
    assert run(capsys, db_path, "colleague", "add", "Maja", "--skills", "branding, print")[0] == 0
    rows = json.loads(run(capsys, db_path, "colleague", "list", "--json")[1])
    assert rows == [{"name": "Maja", "email": None, "skills": ["branding", "print"]}]
