"""The Pareto breakdown, the monthly snapshots behind the trend, and what the user logs by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.health import pareto, score_client, take_monthly_snapshots, trend
from clientfit.health.pareto import top_count
from clientfit.health.trend import months_back
from clientfit.store.clients import ValidationError, set_gut
from clientfit.store.models import Client, HealthSnapshot
from clientfit.store.user_log import deliverable_rounds, log_consideration, log_revision


def _portfolio(make):
    """Ten clients: one takes half the work and brings a tenth of the revenue."""
    big = make.client("Big Trouble")
    make.weekly_hours(big, 9, weeks=10)
    make.office_messages(big, 45)
    make.invoice(big, 10000, make.AT - dt.timedelta(days=20), paid=make.AT - dt.timedelta(days=20))
    others = []
    for k in range(9):
        c = make.client(f"Client {k}")
        make.weekly_hours(c, 1, weeks=10)
        make.office_messages(c, 5)
        make.invoice(
            c, 10000, make.AT - dt.timedelta(days=20), paid=make.AT - dt.timedelta(days=20)
        )
        others.append(c)
    return big, others


def test_pareto_sorts_by_trouble_and_names_the_top_fifth(make):
    big, _ = _portfolio(make)
    result = pareto(make.AT)
    # 20 % of ten is two, but only a client whose trouble share exceeds its revenue share ranks
    # among the top troublemakers: each of the others takes 5.6 % of the trouble for 10 % revenue
    assert result.top_count == 1 and len(result.rows) == 10
    assert result.rows[0].name == "Big Trouble" and result.rows[0].top
    assert result.rows[0].difference == pytest.approx(0.4)
    assert result.rows[0].hours_share == pytest.approx(0.5)
    assert result.rows[0].messages_share == pytest.approx(0.5)
    assert result.rows[0].revenue_share == pytest.approx(0.1)
    assert result.rows[-1].cumulative_trouble_share == pytest.approx(1.0)
    assert result.top_trouble_share == pytest.approx(0.5)
    assert result.top_names == ["Big Trouble"]
    f = score_client(big.id, make.AT).factor("pareto")
    assert f.risk == 1.0
    assert f.detail == (
        "Takes 50.0 % of your time and messages and brings 10.0 % of your revenue (last 12 months)"
    )


def test_a_client_with_a_small_part_of_the_work_is_not_a_pareto_problem(make):
    _, others = _portfolio(make)
    assert score_client(others[0].id, make.AT).factor("pareto").risk < 0.5


def test_pareto_of_an_empty_portfolio(database):
    result = pareto(dt.date(2026, 1, 1))
    assert result.rows == [] and result.top_count == 0 and result.top_names == []


@pytest.mark.parametrize(("n", "top"), [(0, 0), (1, 1), (3, 1), (8, 2), (10, 2), (10000, 2000)])
def test_the_top_fifth_is_at_least_one_client(n, top):
    assert top_count(n) == top


def test_months_back_judges_past_months_at_their_last_day():
    assert months_back(dt.date(2026, 3, 15), 3) == [
        ("2026-01", dt.date(2026, 1, 31)),
        ("2026-02", dt.date(2026, 2, 28)),
        ("2026-03", dt.date(2026, 3, 15)),
    ]


def _judged(make, name: str, gut: int):
    """A client with a year of messages, hours and invoices: enough evidence to be scored."""
    c = make.client(name, gut=gut)
    for month in range(12):
        make.office_messages(c, 12, end=make.AT - dt.timedelta(days=30 * month))
    make.weekly_hours(c, 5, weeks=50)
    for k in range(12):
        due = make.AT - dt.timedelta(days=30 * k + 5)
        make.invoice(c, 5000, due, paid=due)
    return c


def test_snapshots_fill_the_trend_and_refresh_the_running_month(make):
    c = _judged(make, "Trend", gut=2)
    assert take_monthly_snapshots(make.AT, months=3) == 3
    points = trend(c.id, at=make.AT)
    assert [p.month for p in points] == ["2026-04", "2026-05", "2026-06"]
    assert points[-1].score == score_client(c.id, make.AT).score is not None
    before = points[-1].score
    set_gut(c.id, 5)
    assert take_monthly_snapshots(make.AT, months=3, only_missing=True) == 1
    assert trend(c.id, at=make.AT)[-1].score == score_client(c.id, make.AT).score > before
    assert HealthSnapshot.select().count() == 3


def test_snapshots_from_older_scoring_rules_are_recomputed(make):
    from clientfit.health.score import SCORE_VERSION

    c = _judged(make, "Trend", gut=3)
    take_monthly_snapshots(make.AT, months=3)
    HealthSnapshot.update(score=12, band="consider_ending", rules=SCORE_VERSION - 1).where(
        HealthSnapshot.month == "2026-04"
    ).execute()
    HealthSnapshot.update(score=12, rules=None).where(HealthSnapshot.month == "2026-05").execute()
    # the running month and the two months of older rules; none is left as the old rules had it
    assert take_monthly_snapshots(make.AT, months=3, only_missing=True) == 3
    points = trend(c.id, at=make.AT)
    assert all(p.score != 12 for p in points)
    assert {s.rules for s in HealthSnapshot.select()} == {SCORE_VERSION}


def test_logging_a_revision_round_and_a_consideration(make):
    c = make.client("Logged")
    d = make.deliverable(c, "Logo", rounds=2)
    log_revision(d.id, make.AT, "colours again")
    assert deliverable_rounds(c.id)[0].rounds == 3
    log_consideration(c.id, make.AT)
    assert score_client(c.id, make.AT).factor("gut").detail == (
        "You considered ending it 1 time in the last 30 days"
    )
    with pytest.raises(ValidationError):
        log_revision(9999)
    with pytest.raises(ValidationError):
        set_gut(c.id, 6)
    set_gut(c.id, 4)
    assert Client.get_by_id(c.id).gut == 4
