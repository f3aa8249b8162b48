"""The what-if against a hand calculation, and its one invariant: leaving clients out never
changes the absolute figures of the clients who remain."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientfit.core.figures import ClientFigures, gather_figures, year_window
from clientfit.core.whatif import side, what_if
from clientfit.store.database import db
from clientfit.store.models import Client

from .conftest import AT, D

H = 3600


def test_the_year_runs_from_the_day_after_a_year_ago_to_at(database):
    w = year_window(AT)
    assert (w.first, w.at) == (D(2025, 7, 1), AT)


def test_each_clients_figures_match_the_hand_calculation(portfolio):
    f = gather_figures(AT)
    alfa, beta, gamma = (f[portfolio[k].id] for k in ("alfa", "beta", "gamma"))
    # Alfa: 20,000 issued on the year's first day + 5,000 on its last (not 10,000 before it,
    # not 7,000 after it); 2 + 10 + 4 + 1 h logged (not the 3 h begun the evening before, not
    # the 5 h after AT), 4 h of them not billable; messages at 00:01 on the first day, 10:00,
    # 21:00 and a Saturday (3 after hours); rounds on the first and the last day.
    assert alfa.revenue == {"SEK": 2_500_000}
    assert (alfa.seconds, alfa.billed_seconds) == (17 * H, 13 * H)
    assert (alfa.messages, alfa.after_hours, alfa.rounds) == (4, 3, 2)
    # 20,000 due 2025-07-31, 15,000 paid by AT (5,000 only after): 5,000 owed, 334 days late.
    assert alfa.overdue == {"SEK": 500_000}
    assert alfa.overdue_weighted == {"SEK": 500_000 * 334}
    # Beta, in euros: 2,000 EUR due 2026-02-14, unpaid: 136 days late at AT; 500 EUR overpaid
    # by 100 (owes nothing, pays nothing off the other).
    assert beta.revenue == {"EUR": 250_000} and beta.currency == "EUR"
    assert (beta.seconds, beta.billed_seconds, beta.messages, beta.after_hours) == (
        20 * H,
        20 * H,
        4,
        0,
    )
    assert beta.overdue == {"EUR": 200_000}
    assert beta.overdue_weighted == {"EUR": 200_000 * 136}
    # Gamma worked and was paid two years ago: nothing in this year.
    assert not gamma.active


def test_now_and_without_beta_side_by_side(portfolio):
    result = what_if([portfolio["beta"].id], AT)
    now, without = result.now, result.without
    assert (result.window.first, result.window.at) == (D(2025, 7, 1), AT)
    # Money stays in its own currency; nothing is ever summed across SEK and EUR.
    assert now.revenue == {"SEK": 2_500_000, "EUR": 250_000}
    assert without.revenue == {"SEK": 2_500_000}
    assert (now.billed_seconds, without.billed_seconds) == (33 * H, 13 * H)
    assert (now.messages, without.messages) == (8, 4)
    assert (now.after_hours, without.after_hours) == (3, 3)
    assert (now.rounds, without.rounds) == (2, 2)
    assert now.overdue == {"SEK": 500_000, "EUR": 200_000}
    assert without.overdue == {"SEK": 500_000}
    assert now.average_days_late("EUR") == 136 and without.average_days_late("EUR") is None
    # 25,000 SEK over 13 billable hours; 2,500 EUR over Beta's 20.
    assert now.effective_rate() == {"SEK": Decimal("1923.08"), "EUR": Decimal("125.00")}
    assert without.effective_rate() == {"SEK": Decimal("1923.08")}
    # Trouble: Alfa has 17 of 37 h and 4 of 8 messages, (17/37 + 1/2) / 2; Beta the rest.
    alfa_share = (17 / 37 + 0.5) / 2
    assert result.remaining_trouble_share == pytest.approx(alfa_share)
    assert now.top_trouble_share == pytest.approx(1 - alfa_share)  # 1 of 2 is the top 20 %
    assert without.top_trouble_share == pytest.approx(1.0)
    assert [name for _cid, name, _s in now.trouble] == ["Beta GmbH", "Alfa AB"]
    assert (now.clients, without.clients) == (2, 1)


def test_replacing_the_revenue_of_a_client(portfolio):
    alfa = portfolio["alfa"].id
    # The median rate in SEK is Alfa's own, 25,000 / 13 h; losing Alfa loses 25,000 SEK.
    r = what_if([alfa], AT).replacement
    assert (r.currency, r.rate, r.rate_is_median) == ("SEK", Decimal("1923.08"), True)
    assert r.revenue_lost == 2_500_000
    assert r.hours_to_keep_level == pytest.approx(25_000 / 1923.08)
    assert r.replaced is None
    # At 500 SEK/h it takes 50 h; 10 h at 500 bring back 5,000 SEK (rate 500 on those hours).
    r = what_if([alfa], AT, replace_hours=10, rate=Decimal(500)).replacement
    assert r.hours_to_keep_level == pytest.approx(50.0) and not r.rate_is_median
    assert r.replaced.revenue == {"SEK": 500_000, "EUR": 250_000}
    assert r.replaced.billed_seconds == 30 * H
    assert r.replaced.effective_rate() == {"SEK": Decimal("500.00"), "EUR": Decimal("125.00")}


def test_an_unknown_client_is_refused(portfolio):
    with pytest.raises(LookupError):
        what_if([999], AT)


money = st.dictionaries(st.sampled_from(["SEK", "EUR", "USD"]), st.integers(1, 10**9), max_size=2)
figures = st.builds(
    ClientFigures,
    client_id=st.integers(1, 10**6),
    name=st.text(min_size=1, max_size=5),
    currency=st.sampled_from(["SEK", "EUR"]),
    revenue=money,
    seconds=st.integers(0, 10**7),
    billed_seconds=st.integers(0, 10**7),
    messages=st.integers(0, 5000),
    after_hours=st.integers(0, 5000),
    rounds=st.integers(0, 100),
    overdue=money,
)


@given(st.lists(figures, max_size=12, unique_by=lambda f: f.client_id), st.data())
def test_without_is_now_minus_the_removed_exactly(rows, data):
    gone = data.draw(st.sets(st.sampled_from([r.client_id for r in rows]))) if rows else set()
    now = side(rows)
    without = side([r for r in rows if r.client_id not in gone])
    removed = side([r for r in rows if r.client_id in gone])
    for attr in ("seconds", "billed_seconds", "messages", "after_hours", "rounds", "clients"):
        assert getattr(without, attr) == getattr(now, attr) - getattr(removed, attr)
    for attr in ("revenue", "overdue", "billed_by_currency"):
        a, b, c = getattr(now, attr), getattr(without, attr), getattr(removed, attr)
        assert {k: v for k, v in b.items() if v} == {
            k: a.get(k, 0) - c.get(k, 0) for k in a if a.get(k, 0) - c.get(k, 0)
        }


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(gone=st.sets(st.sampled_from(["alfa", "beta", "gamma"]), min_size=1))
def test_removing_clients_from_the_database_never_changes_the_others(portfolio, gone):
    before = gather_figures(AT)
    keep = [c.id for k, c in portfolio.items() if k not in gone]
    with db.atomic() as txn:
        Client.delete().where(Client.id.in_([portfolio[k].id for k in gone])).execute()
        after = gather_figures(AT)
        txn.rollback()
    assert set(after) == set(keep)
    for cid in keep:
        assert after[cid] == before[cid]
    # and asking for some clients only gives them exactly as the whole portfolio does
    assert gather_figures(AT, keep) == {cid: before[cid] for cid in keep}


def test_with_the_users_rates_both_sides_add_up_in_the_base_currency(portfolio):
    rates = {"SEK": Decimal(1), "EUR": Decimal("11.5")}
    result = what_if([portfolio["beta"].id], AT, rates=rates)
    b = result.in_base
    assert (b.currency, b.left_out) == ("SEK", ())
    # 25,000 SEK + 2,500 EUR x 11.5 = 53,750 SEK over 13 + 20 billable hours
    assert b.now.revenue == {"SEK": 5_375_000}
    assert b.now.effective_rate() == {"SEK": Decimal("1628.79")}
    # overdue 5,000 SEK (334 days) + 2,000 EUR = 23,000 SEK (136 days)
    assert b.now.overdue == {"SEK": 2_800_000}
    assert b.now.average_days_late("SEK") == pytest.approx((5_000 * 334 + 23_000 * 136) / 28_000)
    assert b.without.revenue == {"SEK": 2_500_000}
    assert b.without.effective_rate() == {"SEK": Decimal("1923.08")}
    # the amounts in their own currencies are still there, unconverted
    assert result.now.revenue == {"SEK": 2_500_000, "EUR": 250_000}
    # the replacement is reckoned in the base currency: 28,750 SEK lost; the median of
    # Alfa's 1,923.08 and Beta's 28,750 / 20 = 1,437.50 SEK/h
    r = result.replacement
    assert (r.currency, r.revenue_lost, r.rate) == ("SEK", 2_875_000, Decimal("1680.29"))
    assert r.hours_to_keep_level == pytest.approx(28_750 / 1680.29)


def test_a_currency_without_a_rate_is_left_out_of_the_base_sum_and_named(portfolio):
    result = what_if([portfolio["alfa"].id], AT, rates={"SEK": Decimal(1), "USD": Decimal(10)})
    b = result.in_base
    assert b.left_out == ("EUR",)
    assert b.now.revenue == {"SEK": 2_500_000, "EUR": 250_000}
    assert b.without.revenue == {"EUR": 250_000}
