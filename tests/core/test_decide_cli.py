"""clientfit-cli whatif, as DESIGN.md's contract spells it, on the hand-made portfolio."""

from __future__ import annotations

import json

import pytest

from clientfit.cli import main
from clientfit.store.database import close_database

# The command line is given the SQLite file by path (`db_path`); the engines meet in test_whatif.
pytestmark = pytest.mark.sqlite_only


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_whatif_json_follows_the_contract(capsys, db_path, portfolio):
    close_database()  # the command opens the database itself
    code, out, _ = run(capsys, db_path, "whatif", "beta gmbh", "--json", "--at", "2026-06-30")
    data = json.loads(out)
    assert code == 0
    assert data["window"] == {"from": "2025-07-01", "to": "2026-06-30"}
    assert data["removed"] == ["Beta GmbH"]
    for key in ("now", "without"):
        assert {
            "revenue",
            "billed_hours",
            "messages",
            "after_hours_messages",
            "revision_rounds",
            "effective_rate",
        } <= set(data[key])
    now, without = data["now"], data["without"]
    assert now["revenue"] == {"EUR": "2500.00", "SEK": "25000.00"}
    assert without["revenue"] == {"SEK": "25000.00"}
    assert (now["billed_hours"], without["billed_hours"]) == (33.0, 13.0)
    assert (now["messages"], now["after_hours_messages"], now["revision_rounds"]) == (8, 3, 2)
    assert now["effective_rate"] == {"EUR": "125.00", "SEK": "1923.08"}
    assert now["overdue"] == {"EUR": "2000.00", "SEK": "5000.00"}
    assert now["average_days_late"] == {"EUR": 136.0, "SEK": 334.0}
    assert data["forecast"] == [
        {"client": "Beta GmbH", "direction": "none", "slope": None, "months": []}
    ]


def test_whatif_replace_hours_at_a_rate(capsys, db_path, portfolio):
    close_database()
    code, out, _ = run(
        capsys,
        db_path,
        "whatif",
        "Alfa AB",
        "--replace-hours",
        "10",
        "--rate",
        "500",
        "--json",
        "--at",
        "2026-06-30",
    )
    r = json.loads(out)["replacement"]
    assert code == 0
    assert (r["currency"], r["rate"], r["rate_is_median"], r["revenue_lost"]) == (
        "SEK",
        "500",
        False,
        "25000.00",
    )
    assert r["hours_to_keep_revenue"] == 50.0
    assert r["with_replacement"]["revenue"] == {"EUR": "2500.00", "SEK": "5000.00"}


def test_whatif_text_and_bad_usage(capsys, db_path, portfolio):
    close_database()
    code, out, _ = run(capsys, db_path, "whatif", "Alfa AB", "--at", "2026-06-30")
    assert code == 0 and "25,000.00 SEK, 2,500.00 EUR" not in out  # never one figure for both
    assert "2,500.00 EUR, 25,000.00 SEK" in out and "Without" in out
    code, _, err = run(capsys, db_path, "whatif", "Nobody")
    assert code == 2 and "Nobody" in err
    code, _, err = run(capsys, db_path, "whatif", "Alfa AB", "--rate", "500")
    assert code == 2 and "--replace-hours" in err


def test_whatif_json_adds_up_in_the_base_currency_with_the_users_rates(capsys, db_path, portfolio):
    close_database()
    assert run(capsys, db_path, "me", "set", "--currency", "SEK")[0] == 0
    assert run(capsys, db_path, "rate", "set", "EUR", "11.5", "--on", "2026-01-01")[0] == 0
    code, out, _ = run(capsys, db_path, "whatif", "Beta GmbH", "--json", "--at", "2026-06-30")
    data = json.loads(out)
    assert code == 0
    b = data["in_base"]
    assert (b["currency"], b["left_out"]) == ("SEK", [])
    # 25,000 SEK + 2,500 EUR x 11.5 = 53,750 SEK over 33 billable hours
    assert b["now"]["revenue"] == {"SEK": "53750.00"}
    assert b["now"]["effective_rate"] == {"SEK": "1628.79"}
    assert b["without"]["revenue"] == {"SEK": "25000.00"}
    assert data["now"]["revenue"] == {"EUR": "2500.00", "SEK": "25000.00"}  # still kept apart
    code, out, _ = run(capsys, db_path, "whatif", "Beta GmbH", "--at", "2026-06-30")
    line = next(x for x in out.splitlines() if x.startswith("Revenue in SEK (your exchange rates)"))
    assert line.split()[-2:] == ["25,000.00", "SEK"] and "53,750.00 SEK" in line
    # a rate dated after --at is not used: before 2026-01-01 there is no EUR rate
    code, out, _ = run(capsys, db_path, "whatif", "Beta GmbH", "--json", "--at", "2025-12-31")
    assert json.loads(out)["in_base"] is None
