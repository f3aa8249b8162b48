"""clientfit-cli demo / clients / client add|set / colleague add, as DESIGN.md's contract says."""

from __future__ import annotations

import json
from decimal import Decimal

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


def test_bad_usage_exits_2_and_writes_nothing(capsys, db_path):
    code, _, err = run(capsys, db_path, "client", "set", "Nobody", "--gut", "3")
    assert code == 2 and "No client named" in err
    try:
        main(["--db", str(db_path), "client", "set", "x", "--gut", "9"])
    except SystemExit as exc:
        assert exc.code == 2
    capsys.readouterr()


def test_colleague_add_and_list(capsys, db_path):
    assert run(capsys, db_path, "colleague", "add", "Maja", "--skills", "branding, print")[0] == 0
    rows = json.loads(run(capsys, db_path, "colleague", "list", "--json")[1])
    assert rows == [{"name": "Maja", "email": None, "skills": ["branding", "print"]}]
