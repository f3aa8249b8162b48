"""clientfit-cli score / pareto / revision / snapshot / trend, as DESIGN.md's contract says."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine
from tests.conftest import DEMO_DAY

from clientfit.cli import main

FACTORS = [
    "after_hours",
    "intensity",
    "indecision",
    "late_payment",
    "profitability",
    "pareto",
    "gut",
]


def run(capsys, db_path, *args):
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys, db_path):
    """The demo on the fixed DEMO_DAY, so no figure below depends on the day the suite runs."""
    with time_machine.travel(DEMO_DAY, tick=True):
        assert run(capsys, db_path, "demo")[0] == 0
        yield db_path


@pytest.fixture
def demo_today(capsys, db_path):
    """The demo on the real date, as a user sees it (test_demo_any_day covers every weekday)."""
    assert run(capsys, db_path, "demo")[0] == 0
    return db_path


def test_score_json_follows_the_contract(capsys, demo):
    code, out, _ = run(capsys, demo, "score", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 8
    for row in rows:
        assert set(row) == {"client", "score", "band", "missing", "factors"}
        assert row["missing"] == []  # every demo client has enough evidence
        assert row["band"] in {"healthy", "watch", "consider_ending", "unknown"}
        assert row["score"] is None or (isinstance(row["score"], int) and 0 <= row["score"] <= 100)
        assert [f["key"] for f in row["factors"]] == FACTORS
        for f in row["factors"]:
            assert set(f) == {"key", "risk", "weight", "detail"}
            assert f["risk"] is None or 0 <= f["risk"] <= 1
            assert isinstance(f["weight"], float) and f["detail"]
        if row["score"] is not None:
            band = (
                "healthy"
                if row["score"] >= 70
                else "watch"
                if row["score"] >= 40
                else "consider_ending"
            )
            assert row["band"] == band


def test_the_demo_problem_clients_land_where_a_freelancer_would_put_them(capsys, demo_today):
    rows = {r["client"]: r for r in json.loads(run(capsys, demo_today, "score", "--json")[1])}
    assert rows["Sundqvist Event & PR"]["band"] == "consider_ending"
    assert rows["Hansson Bygg & Fasad"]["band"] == "consider_ending"
    assert rows["Fjällvind Outdoor AB"]["band"] == "watch"
    assert rows["Lumo Studio"]["band"] in {"watch", "consider_ending"}
    for fine in ("Nordlys Bageri AB", "Kvarnström & Co Advokatbyrå", "Grönvik Förlag"):
        assert rows[fine]["band"] == "healthy"
    late = {f["key"]: f for f in rows["Fjällvind Outdoor AB"]["factors"]}["late_payment"]
    assert late["risk"] > 0.5 and "overdue now" in late["detail"]
    lumo = {f["key"]: f for f in rows["Lumo Studio"]["factors"]}["indecision"]
    assert lumo["risk"] == 1.0 and "not quite" in lumo["detail"]


def test_score_for_one_client_matches_names_loosely_and_at_is_reproducible(capsys, demo):
    at = (dt.date.today() - dt.timedelta(days=10)).isoformat()
    code, out, _ = run(capsys, demo, "score", "--json", "--client", "  lumo STUDIO ", "--at", at)
    first = json.loads(out)
    assert code == 0 and [r["client"] for r in first] == ["Lumo Studio"]
    assert (
        json.loads(run(capsys, demo, "score", "--json", "--client", "Lumo Studio", "--at", at)[1])
        == first
    )


def test_score_text_shows_each_factor_with_its_detail(capsys, demo):
    code, out, _ = run(capsys, demo, "score", "--client", "Sundqvist Event & PR")
    assert code == 0
    assert "Consider ending" in out and "Late payment (risk" in out and "after 18:00" in out


def test_score_of_an_unknown_client_is_bad_usage(capsys, demo):
    code, _, err = run(capsys, demo, "score", "--client", "Nobody")
    assert code == 2 and "Nobody" in err


def test_score_on_an_empty_database_is_an_empty_list(capsys, db_path):
    code, out, _ = run(capsys, db_path, "score", "--json")
    assert code == 0 and json.loads(out) == []


def test_pareto_json_names_the_top_fifth(capsys, demo):
    code, out, _ = run(capsys, demo, "pareto", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["top"]["count"] == 2 and len(data["clients"]) == 8
    assert set(data["top"]["clients"]) == {"Hansson Bygg & Fasad", "Sundqvist Event & PR"}
    # ranked by trouble share minus revenue share; the top ones have a positive difference
    gaps = [c["trouble_share"] - c["revenue_share"] for c in data["clients"]]
    assert gaps == sorted(gaps, reverse=True)
    assert [c["difference"] for c in data["clients"]] == pytest.approx(gaps, abs=1e-3)
    assert all(c["difference"] > 0 for c in data["clients"] if c["top"])
    assert data["currency"] == "SEK" and data["unrated"] == []
    assert data["clients"][-1]["cumulative_trouble_share"] == pytest.approx(1.0, abs=1e-3)
    assert data["top"]["trouble_share"] > data["top"]["revenue_share"]
    assert sum(c["revenue_share"] for c in data["clients"]) == pytest.approx(1.0, abs=1e-3)


def test_pareto_text_says_what_the_top_fifth_costs(capsys, demo):
    code, out, _ = run(capsys, demo, "pareto")
    assert code == 0 and "The top 2 (Hansson Bygg & Fasad, Sundqvist Event & PR) cause" in out


def test_revision_logs_a_round_on_a_deliverable_by_title(capsys, demo):
    code, out, _ = run(capsys, demo, "revision", "Lumo Studio", "logo and identity")
    assert code == 0 and "Logged revision round 10 on Logo and identity" in out
    code, _, err = run(capsys, demo, "revision", "Lumo Studio", "Brochure")
    assert code == 2 and "no deliverable" in err


def test_snapshot_and_trend(capsys, demo):
    code, out, _ = run(capsys, demo, "snapshot", "--months", "3")
    assert code == 0 and "Wrote 24 snapshots" in out
    code, out, _ = run(capsys, demo, "trend", "Sundqvist Event & PR", "--json")
    points = json.loads(out)
    assert code == 0 and len(points) == 3
    assert points[-1]["month"] == dt.date.today().strftime("%Y-%m")
    assert points[-1]["band"] == "consider_ending"
