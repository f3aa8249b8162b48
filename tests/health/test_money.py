"""Money in its own currency: a mixed SEK/EUR portfolio against hand calculations, with and
without the user's exchange rate (DESIGN.md: never summed across currencies; without a rate,
left out with a note naming the rate to add)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfit.health import pareto, score_portfolio
from clientfit.store.models import Client
from clientfit.store.rates import rates_on, set_base_currency, set_rate


def _portfolio(make):
    """Kr AB: 100 h, 100,000 SEK invoiced. Euro GmbH: 100 h, 10,000 EUR invoiced, 2,000 EUR of
    it 20 days overdue. Both invoiced in the last 12 months, both worked 100 hours."""
    set_base_currency("SEK")
    kr = make.client("Kr AB")
    eu = make.client("Euro GmbH")
    Client.update(currency="EUR").where(Client.id == eu.id).execute()
    for c in (kr, eu):
        make.weekly_hours(c, 10, weeks=10)  # 100 hours, the first 64 days ago
    for k in range(4):
        due = make.AT - dt.timedelta(days=30 * k + 40)
        make.invoice(kr, 25_000, due, paid=due)
    for k in range(4):
        due = make.AT - dt.timedelta(days=30 * k + 40)
        make.invoice(eu, 2_000, due, paid=due, currency="EUR")
    make.invoice(eu, 2_000, make.AT - dt.timedelta(days=20), currency="EUR")  # overdue
    return kr, eu


def _factors(at):
    return {s.name: {f.key: f for f in s.factors} for s in score_portfolio(at).values()}


def test_with_a_rate_euros_are_converted_and_compared(make):
    _portfolio(make)
    set_rate("EUR", "11.00", dt.date(2026, 1, 1))
    f = _factors(make.AT)
    # Euro GmbH: 10,000 EUR × 11 = 110,000 SEK over 100 h = 1,100 SEK/h; Kr AB: 1,000 SEK/h;
    # the median of the two is 1,050 SEK/h
    assert f["Euro GmbH"]["profitability"].detail == (
        "Effective rate 1,100 SEK/h (110,000 SEK invoiced over 100.0 hours logged, "
        "last 12 months) against the portfolio's median of 1,050 SEK/h; "
        "EUR converted at your exchange rates"
    )
    assert f["Euro GmbH"]["profitability"].risk == 0.0
    assert f["Kr AB"]["profitability"].risk == pytest.approx((1 - 1000 / 1050) / 0.6)
    # Pareto: half the hours each; revenue 100,000 vs 110,000 SEK of 210,000
    assert "brings 52.4 % of your revenue" in f["Euro GmbH"]["pareto"].detail
    assert "brings 47.6 % of your revenue" in f["Kr AB"]["pareto"].detail
    result = pareto(make.AT)
    assert result.currency == "SEK" and result.unrated == ()
    assert result.total_revenue == Decimal("210000.00")
    shares = {r.name: r.revenue_share for r in result.rows}
    assert shares == pytest.approx({"Kr AB": 100 / 210, "Euro GmbH": 110 / 210})
    # lateness: 1 of 5 invoices late, 20 days overdue; 2,000 EUR (22,000 SEK) overdue now
    late = f["Euro GmbH"]["late_payment"]
    assert late.detail.startswith("1 of 5 invoices paid late or overdue, 20 % of the amount ")
    assert late.detail.endswith("; 22,000 SEK overdue now")
    assert late.risk == pytest.approx(1 / 5 * (20 - 5) / 40)


def test_without_a_rate_euros_are_left_out_with_a_note_never_taken_as_kronor(make):
    _portfolio(make)
    f = _factors(make.AT)
    eu = f["Euro GmbH"]
    assert eu["profitability"].risk is None
    assert eu["profitability"].detail == (
        "Invoices in EUR left out: add an exchange rate for EUR "
        "(Settings → Money, or clientfit-cli rate set EUR RATE)"
    )
    assert eu["pareto"].risk is None and "rate set EUR" in eu["pareto"].detail
    # lateness needs no rate: 2,000 EUR overdue, in euros
    assert "1 of 5 invoices paid late or overdue" in eu["late_payment"].detail
    assert eu["late_payment"].detail.endswith("; 2,000 EUR overdue now")
    assert eu["late_payment"].risk == pytest.approx(1 / 5 * (20 - 5) / 40)
    # Kr AB is judged against itself alone (1,000 SEK/h), with all the known revenue
    assert "median of 1,000 SEK/h" in f["Kr AB"]["profitability"].detail
    assert "brings 100.0 % of your revenue" in f["Kr AB"]["pareto"].detail
    result = pareto(make.AT)
    assert result.unrated == ("EUR",) and result.total_revenue == Decimal("100000.00")
    euro = next(r for r in result.rows if r.name == "Euro GmbH")
    assert euro.revenue is None and not euro.top


def test_each_figure_uses_the_latest_rate_on_or_before_the_day(make):
    set_base_currency("SEK")
    set_rate("EUR", "10", dt.date(2026, 1, 1))
    set_rate("EUR", "11.5", dt.date(2026, 6, 1))
    assert rates_on(dt.date(2025, 12, 31)) == {"SEK": 1}
    assert rates_on(dt.date(2026, 5, 31))["EUR"] == Decimal("10")
    assert rates_on(dt.date(2026, 6, 1))["EUR"] == Decimal("11.5")
    assert rates_on(dt.date(2026, 6, 30))["EUR"] == Decimal("11.5")


def test_a_new_rate_rescores_kept_scores(make):
    _portfolio(make)
    before = _factors(make.AT)["Euro GmbH"]["profitability"].risk
    set_rate("EUR", "11", dt.date(2026, 1, 1))
    assert before is None and _factors(make.AT)["Euro GmbH"]["profitability"].risk == 0.0


def test_a_client_billed_in_two_currencies_counts_both_only_when_both_have_a_rate(make):
    set_base_currency("SEK")
    c = make.client("Mixed")
    make.weekly_hours(c, 10, weeks=10)  # 100 hours
    for k in range(2):
        due = make.AT - dt.timedelta(days=30 * k + 40)
        make.invoice(c, 50_000, due, paid=due)
        make.invoice(c, 1_000, due, paid=due + dt.timedelta(days=30), currency="USD")
    f = _factors(make.AT)["Mixed"]
    assert f["profitability"].risk is None and "rate set USD" in f["profitability"].detail
    # the SEK invoices alone are judged for lateness; the USD ones are named as left out
    assert f["late_payment"].detail.startswith("Pays on time: none of 2 invoices paid late")
    assert "invoices in USD left out: add an exchange rate for USD" in f["late_payment"].detail
    set_rate("USD", "10", dt.date(2026, 1, 1))
    f = _factors(make.AT)["Mixed"]
    # (100,000 SEK + 2,000 USD × 10) / 100 h = 1,200 SEK/h
    assert "Effective rate 1,200 SEK/h (120,000 SEK invoiced" in f["profitability"].detail
    # the USD invoices paid 30 days late, 20,000 of 120,000 SEK: 1/6 × (30 − 5) / 40
    assert f["late_payment"].detail.startswith(
        "2 of 4 invoices paid late or overdue, 17 % of the amount (last 12 months); "
        "the worst 30 days late; risk = 17 % × 62 % for the worst"
    )
    assert f["late_payment"].risk == pytest.approx(1 / 6 * 25 / 40)


def test_a_disputed_invoice_is_left_out_of_lateness_until_resolved(make):
    from clientfit.store.models import Invoice

    c = make.client("Disputes")
    for k in range(3):
        due = make.AT - dt.timedelta(days=30 * k + 40)
        make.invoice(c, 10_000, due, paid=due)
    bad = make.invoice(c, 50_000, make.AT - dt.timedelta(days=60))  # 60 days overdue
    f = {s.name: {x.key: x for x in s.factors} for s in score_portfolio(make.AT).values()}
    assert f["Disputes"]["late_payment"].detail.startswith("1 of 4 invoices paid late or overdue")
    assert f["Disputes"]["late_payment"].detail.endswith("; 50,000 SEK overdue now")
    Invoice.update(status="disputed").where(Invoice.id == bad.id).execute()
    f = {s.name: {x.key: x for x in s.factors} for s in score_portfolio(make.AT).values()}
    assert f["Disputes"]["late_payment"].detail == (
        "Pays on time: none of 3 invoices paid late or overdue (last 12 months)"
    )
    assert f["Disputes"]["late_payment"].risk == 0.0


def test_a_partly_paid_invoice_counts_its_paid_part_and_an_unknown_part_is_left_out(make):
    from clientfit.store.models import Invoice, Payment

    c = make.client("Partial")
    for k in range(2):
        due = make.AT - dt.timedelta(days=30 * k + 40)
        make.invoice(c, 10_000, due, paid=due)
    part = make.invoice(c, 10_000, make.AT - dt.timedelta(days=20))
    Invoice.update(status="partial", amount_paid=Decimal("4000")).where(
        Invoice.id == part.id
    ).execute()
    Payment.create(invoice=part, paid_on=make.AT - dt.timedelta(days=20), amount_minor=400_000)
    f = {s.name: {x.key: x for x in s.factors} for s in score_portfolio(make.AT).values()}
    # the rest is owed: the invoice is 20 days overdue, 1 of 3
    assert f["Partial"]["late_payment"].detail.startswith(
        "1 of 3 invoices paid late or overdue, 33 % of the amount (last 12 months); "
        "the worst 20 days late"
    )
    assert f["Partial"]["late_payment"].detail.endswith("; 6,000 SEK overdue now")
    Payment.delete().where(Payment.invoice == part.id).execute()
    Invoice.update(amount_paid=None).where(Invoice.id == part.id).execute()
    f = {s.name: {x.key: x for x in s.factors} for s in score_portfolio(make.AT).values()}
    assert f["Partial"]["late_payment"].detail == (
        "Pays on time: none of 2 invoices paid late or overdue (last 12 months)"
    )


def test_a_currency_first_invoiced_after_the_day_judged_needs_no_rate_yet(make):
    """Kr AB's first EUR invoice is issued ten days after `at`: as of `at` it has no EUR figures,
    so nothing of it may be left out "for want of a rate" (seen: Gamma, SEK and EUR, scored as
    of a day before any of its invoices, asked for an EUR rate in three factors)."""
    kr, _eu = _portfolio(make)
    make.invoice(
        kr,
        500,
        make.AT + dt.timedelta(days=40),
        issued=make.AT + dt.timedelta(days=10),
        currency="EUR",
    )
    f = _factors(make.AT)["Kr AB"]
    assert f["profitability"].detail.startswith("Effective rate 1,000 SEK/h (100,000 SEK")
    assert f["profitability"].risk == 0.0
    assert "EUR" not in f["late_payment"].detail and "EUR" not in f["pareto"].detail
    assert pareto(make.AT).unrated == ("EUR",)  # Euro GmbH's, which has EUR invoices by `at`


def test_late_payment_shows_the_figures_its_risk_comes_from(make):
    """Two invoices paid on the day, two still open 90 and 30 days past due (2,500 SEK each):
    2 of 4 late, the worst 90 days (full severity from 45): risk 2 ÷ 4 × 1 = 0.5, and the
    detail names both figures and how they make the risk, so it can be checked by hand."""
    set_base_currency("SEK")
    c = make.client("Slow")
    make.weekly_hours(c, 5, weeks=20)
    for days, paid in ((200, True), (150, True), (90, False), (30, False)):
        due = make.AT - dt.timedelta(days=days)
        make.invoice(c, 2_500, due, paid=due if paid else None)
    f = _factors(make.AT)["Slow"]["late_payment"]
    assert f.risk == pytest.approx(0.5)
    assert f.detail == (
        "2 of 4 invoices paid late or overdue, 50 % of the amount (last 12 months); "
        "the worst 90 days late; risk = 50 % × 100 % for the worst "
        "(0 % up to 5 days late, 100 % from 45); 5,000 SEK overdue now"
    )
    sv = score_portfolio(make.AT, lang="sv")
    detail = next(s for s in sv.values() if s.name == "Slow").factor("late_payment").detail
    assert detail == (
        "2 av 4 fakturor betalda sent eller förfallna, 50 % av beloppet (senaste 12 "
        "månaderna); den värsta 90 dagar sent; risk = 50 % × 100 % för den värsta "
        "(0 % upp till 5 dagar sent, 100 % från 45); 5\u00a0000 SEK förfallet just nu"
    )
