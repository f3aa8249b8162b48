"""The score on small hand-made portfolios: each factor pinned by a client a freelancer would recognise."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.health import FACTOR_KEYS, config, score_client, score_portfolio
from clientfit.store.settings import set_setting


def _fine(make, name="Nordlys Bageri", days_late=0):
    """Writes in office hours, modest volume, pays on time at a good rate, a delight (unless
    `days_late`: each invoice paid that many days after its due date, or still open by then)."""
    c = make.client(name, gut=5)
    make.office_messages(c, 10)
    make.weekly_hours(c, 5)
    for k in range(10):
        due = make.AT - dt.timedelta(days=30 * k + 5)
        make.invoice(c, 5000, due, paid=due + dt.timedelta(days=days_late))
    return c


def test_every_client_gets_the_seven_factors_in_the_contract_order(make):
    c = _fine(make)
    s = score_client(c.id, make.AT)
    assert [f.key for f in s.factors] == list(FACTOR_KEYS)
    assert s.client_id == c.id and s.name == "Nordlys Bageri"


def test_a_fine_client_is_healthy_with_low_risks(make):
    c = _fine(make)
    _fine(make, "Ekdahl")  # someone to compare with
    s = score_client(c.id, make.AT)
    assert s.band.key == "healthy" and s.score >= 90
    assert all(f.risk is not None and f.risk <= 0.1 for f in s.factors)
    assert s.factor("late_payment").detail.startswith("Pays on time: none of ")


def test_a_client_who_writes_at_23_and_on_sundays_is_flagged_after_hours(make):
    c = make.client("Night Owl")
    day = make.AT
    for _ in range(5):
        day -= dt.timedelta(days=1)
        make.message(c, make.utc(day, 23))
    sunday = make.AT - dt.timedelta(days=make.AT.weekday() + 1)
    for k in range(5):  # over five weeks: enough to judge
        make.message(c, make.utc(sunday - dt.timedelta(weeks=k), 14))
    f = score_client(c.id, make.AT).factor("after_hours")
    assert f.risk == 1.0
    assert f.detail == (
        "100 % of the client's messages (10 of 10) arrive before 08:00, after 18:00 "
        "or on days off (last 90 days)"
    )


def test_after_hours_share_is_ramped_from_ten_to_fifty_percent(make):
    c = make.client("Sometimes late")
    make.office_messages(c, 7)
    for k in range(3):
        make.message(c, make.utc(make.AT - dt.timedelta(days=k + 1), 21))
    # (the office messages span more than four weeks: enough to judge)
    f = score_client(c.id, make.AT).factor("after_hours")
    assert f.detail.startswith("30 % of the client's messages (3 of 10)")
    assert f.risk == pytest.approx(0.5)


def test_messages_older_than_90_days_and_outbound_ones_do_not_count(make):
    c = make.client("Old news")
    make.office_messages(c, 10)
    make.message(c, make.utc(make.AT - dt.timedelta(days=120), 23))
    make.message(c, make.utc(make.AT - dt.timedelta(days=2), 23), direction="out")
    assert score_client(c.id, make.AT).factor("after_hours").risk == 0.0


def test_a_day_off_counts_as_after_hours(make):
    c = make.client("Holiday writer")
    make.office_messages(c, 9)
    holiday = make.AT - dt.timedelta(days=7)  # a Tuesday
    make.message(c, make.utc(holiday, 10))
    set_setting(config.DAYS_OFF, [holiday.isoformat()])
    assert score_client(c.id, make.AT).factor("after_hours").detail.startswith("10 %")


def test_a_client_who_says_not_quite_in_every_mail_is_indecisive(make):
    c = make.client("Lumo Studio")
    make.office_messages(c, 10, subject="Not quite it")
    f = score_client(c.id, make.AT).factor("indecision")
    assert f.risk == 1.0
    assert (
        '100 % of the client\'s messages ask for changes or say "not quite" (10 of 10' in f.detail
    )


def test_revision_rounds_per_deliverable_count_as_indecision(make):
    c = make.client("Round and round")
    make.deliverable(c, "Logo", rounds=7)
    make.deliverable(c, "Website", rounds=1)
    f = score_client(c.id, make.AT).factor("indecision")
    assert f.detail == "Revision rounds: 8 on 2 deliverables (4.0 per deliverable)"
    assert f.risk == 1.0


def test_a_client_who_pays_60_days_late_is_flagged(make):
    c = make.client("Fjällvind")
    for k in range(4):
        due = make.AT - dt.timedelta(days=90 * k + 70)
        make.invoice(c, 10000, due, paid=due + dt.timedelta(days=60))
    f = score_client(c.id, make.AT).factor("late_payment")
    assert f.risk == 1.0
    assert f.detail.startswith(
        "4 of 4 invoices paid late or overdue, 100 % of the amount (last 12 months); "
        "the worst 60 days late"
    )


def test_lateness_is_the_share_of_the_amount_late_times_how_late_the_worst_was(make):
    """1,000 SEK of 10,000 paid 50 days late: 10 % × 100 % (the worst counts from 5 days late and
    is full at 45) = 0.1; a third invoice, paid on time, dilutes the share (1,000 of 10,500): an
    on-time payment is no late payment. Another late one never does (test_monotone)."""
    c = make.client("Mostly punctual")
    make.invoice(c, 9000, make.AT - dt.timedelta(days=100), paid=make.AT - dt.timedelta(days=100))
    make.invoice(c, 1000, make.AT - dt.timedelta(days=100), paid=make.AT - dt.timedelta(days=50))
    f = score_client(c.id, make.AT).factor("late_payment")
    assert f.detail == (
        "1 of 2 invoices paid late or overdue, 10 % of the amount (last 12 months); "
        "the worst 50 days late; risk = 10 % × 100 % for the worst "
        "(0 % up to 5 days late, 100 % from 45)"
    )
    assert f.risk == pytest.approx(0.1)
    make.invoice(c, 500, make.AT - dt.timedelta(days=40), paid=make.AT - dt.timedelta(days=41))
    assert score_client(c.id, make.AT).factor("late_payment").risk == pytest.approx(1 / 10.5)


def test_a_few_days_late_counts_as_late_but_no_risk(make):
    c = make.client("Nearly punctual")
    for k, days in enumerate((0, 3, 5)):
        due = make.AT - dt.timedelta(days=30 * k + 20)
        make.invoice(c, 1000, due, paid=due + dt.timedelta(days=days))
    f = score_client(c.id, make.AT).factor("late_payment")
    assert f.risk == 0.0
    assert f.detail == (
        "2 of 3 invoices paid late or overdue, 67 % of the amount (last 12 months); "
        "the worst 5 days late; up to 5 days late counts as on time"
    )


def test_all_invoices_open_and_not_yet_due_is_no_data(make):
    c = make.client("Brand new")
    make.invoice(c, 12000, make.AT + dt.timedelta(days=20), issued=make.AT - dt.timedelta(days=10))
    f = score_client(c.id, make.AT).factor("late_payment")
    assert f.risk is None
    assert f.detail == (
        "0 invoices due in the last 12 months (12,000 SEK open, not yet due); needs 2"
    )


def test_all_invoices_open_and_overdue_counts_the_days_so_far(make):
    c = make.client("Silent")
    make.invoice(c, 5000, make.AT - dt.timedelta(days=50))
    make.invoice(c, 5000, make.AT - dt.timedelta(days=10))
    f = score_client(c.id, make.AT).factor("late_payment")
    assert f.detail == (
        "2 of 2 invoices paid late or overdue, 100 % of the amount (last 12 months); "
        "the worst 50 days late; risk = 100 % × 100 % for the worst "
        "(0 % up to 5 days late, 100 % from 45); 10,000 SEK overdue now"
    )
    assert f.risk == 1.0


def test_a_payment_after_the_as_of_day_is_still_open_then(make):
    c = make.client("Paid later")
    due = make.AT - dt.timedelta(days=20)
    make.invoice(c, 5000, due, paid=make.AT + dt.timedelta(days=5))
    make.invoice(c, 5000, due - dt.timedelta(days=30), paid=due - dt.timedelta(days=30))
    assert "overdue now" in score_client(c.id, make.AT).factor("late_payment").detail


def test_hours_but_no_revenue_is_full_profitability_risk(make):
    c = make.client("Free work")
    make.weekly_hours(c, 4, weeks=20)
    make.invoice(make.client("Invoiced"), 1000, make.AT - dt.timedelta(days=10))
    f = score_client(c.id, make.AT).factor("profitability")
    assert f.risk == 1.0
    assert f.detail == "80.0 hours worked in the last 12 months and nothing invoiced"


def test_without_any_invoice_in_clientfit_no_rate_is_judged(make):
    """A new user who imported time and mail but no invoices yet: "nothing invoiced" is missing
    data, not every client at full risk (with the worst factor counted, Consider ending)."""
    clients = [make.client(name) for name in ("Kund A", "Kund B")]
    for c in clients:
        make.weekly_hours(c, 4, weeks=20)
        make.office_messages(c, 12)
    for c in clients:
        s = score_client(c.id, make.AT)
        f = s.factor("profitability")
        assert f.risk is None
        assert f.detail == "No invoices in Clientfit yet: import them to judge the rate"
        assert s.band.key == "healthy"  # judged on its (quiet) messages alone


def test_without_any_hours_in_clientfit_intensity_is_not_judged(make):
    """A freelancer who tracks no time (fixed prices) or has not imported it yet: messages per
    billed hour cannot be judged, rather than every client with 20 messages at full risk."""
    clients = [make.client(name) for name in ("Kund A", "Kund B")]
    for c in clients:
        make.office_messages(c, 24)
        for k in range(3):
            due = make.AT - dt.timedelta(days=30 * k + 20)
            make.invoice(c, 10_000, due, paid=due)
    s = score_client(clients[0].id, make.AT)
    f = s.factor("intensity")
    assert f.risk is None
    assert f.detail == "No hours in Clientfit yet: import them to judge messages per hour"
    assert s.band.key == "healthy"
    make.weekly_hours(clients[1], 4, weeks=20)  # once hours exist, none billed is full risk
    assert score_client(clients[0].id, make.AT).factor("intensity").risk == 1.0


def test_a_new_clients_rate_is_not_judged_yet(make):
    c = make.client("New")
    make.weekly_hours(c, 4, weeks=4)
    f = score_client(c.id, make.AT).factor("profitability")
    assert f.risk is None and f.detail.startswith("New client")


def test_the_rate_is_judged_against_the_target_rate_setting(make):
    c = make.client("Cheap")
    make.weekly_hours(c, 10, weeks=10)  # 100 hours
    make.invoice(c, 50000, make.AT + dt.timedelta(days=30), issued=make.AT)
    set_setting(config.TARGET_RATE, 1000)
    f = score_client(c.id, make.AT).factor("profitability")
    assert f.detail == (
        "Effective rate 500 SEK/h (50,000 SEK invoiced over 100.0 hours logged, last 12 months) "
        "against your target of 1,000 SEK/h"
    )
    assert f.risk == pytest.approx(0.5 / 0.6)


def test_without_a_target_the_rate_is_judged_against_the_portfolio_median(make):
    rates = {"A": 400, "B": 800, "C": 1200}
    for name, rate in rates.items():
        c = make.client(name)
        make.weekly_hours(c, 10, weeks=10)
        make.invoice(c, rate * 100, make.AT, paid=make.AT, issued=make.AT)
    scores = {s.name: s.factor("profitability") for s in score_portfolio(make.AT).values()}
    assert "median of 800 SEK/h" in scores["A"].detail
    assert scores["A"].risk == pytest.approx(0.5 / 0.6)
    assert scores["B"].risk == 0.0 and scores["C"].risk == 0.0


def test_intensity_compares_messages_per_billed_hour_with_the_median(make):
    for name, messages in (("Calm", 10), ("Normal", 20), ("Chatty", 60)):
        c = make.client(name)
        make.office_messages(c, messages)
        make.weekly_hours(c, 4, weeks=5)  # 20 billed hours each
    f = {s.name: s.factor("intensity") for s in score_portfolio(make.AT).values()}
    assert f["Chatty"].detail == (
        "3.00 messages per billed hour (last 90 days), 3.0× the portfolio's median of 1.00"
    )
    assert f["Chatty"].risk == 1.0 and f["Normal"].risk == 0.0 and f["Calm"].risk == 0.0


def test_many_messages_and_no_billed_hours_is_intense(make):
    c = make.client("All talk")
    make.office_messages(c, 10)
    make.weekly_hours(make.client("Billed"), 4, weeks=10)  # the user tracks time
    f = score_client(c.id, make.AT).factor("intensity")
    assert f.risk == 0.5 and "not one billed hour" in f.detail


def test_gut_rating_and_considering_ending_feed_the_gut_factor(make):
    c = make.client("Dread", gut=2)
    make.considered(c, 2)
    make.considered(c, 9)
    make.considered(c, 40)  # outside the 30 days
    f = score_client(c.id, make.AT).factor("gut")
    assert f.detail == "Your rating: 2 of 5; you considered ending it 2 times in the last 30 days"
    assert f.risk == 0.75
    make.considered(c, 20)
    assert score_client(c.id, make.AT).factor("gut").risk == 1.0


def test_a_client_with_no_data_is_unknown(make):
    c = make.client("Nothing yet")
    s = score_client(c.id, make.AT)
    assert s.score is None and s.band.key == "unknown"
    assert all(f.risk is None for f in s.factors)


def test_one_message_is_too_few_to_judge(make):
    c = make.client("One mail")
    make.message(c, make.utc(make.AT - dt.timedelta(days=1), 23), "Not quite")
    s = score_client(c.id, make.AT)
    assert s.factor("after_hours").risk is None
    assert s.factor("after_hours").detail == (
        "1 message from the client so far (last 90 days); needs 10 over 4 weeks"
    )
    assert s.factor("indecision").risk is None
    assert s.band.key == "unknown"


def test_a_factor_with_weight_zero_does_not_count(make):
    c = make.client("Late but liked", gut=5)
    for days in (100, 130):
        make.invoice(c, 1000, make.AT - dt.timedelta(days=days), paid=make.AT)
    make.weekly_hours(c, 2, weeks=30)
    assert score_client(c.id, make.AT).score < 70
    set_setting(config.WEIGHTS, {"late_payment": 0})
    assert score_client(c.id, make.AT).score == 100


def test_one_bad_factor_pulls_a_client_out_of_healthy(make):
    c = _fine(make, "Slow payer", days_late=60)
    _fine(make, "Other")
    s = score_client(c.id, make.AT)
    assert s.factor("late_payment").risk == 1.0  # 60 days late every time (or open till now)
    # one factor in full trouble is not diluted by the fine ones (health.aggregate.WORST_SHARE)
    assert s.band.key == "consider_ending"


def test_the_problem_clients_rank_below_the_fine_ones(make):
    fine = _fine(make)
    bad = make.client("Sundqvist", gut=1)
    make.office_messages(bad, 10, subject="Inte riktigt vad jag bad om")
    for k in range(10):
        make.message(bad, make.utc(make.AT - dt.timedelta(days=k + 1), 22), "Ikväll?")
    make.weekly_hours(bad, 8)
    make.invoice(bad, 20000, make.AT - dt.timedelta(days=60))
    scores = score_portfolio(make.AT)
    assert scores[bad.id].band.key == "consider_ending"
    assert scores[fine.id].score > scores[bad.id].score


def test_score_portfolio_and_score_client_agree(make):
    _fine(make)
    c = make.client("Other", gut=3)
    make.office_messages(c, 4, subject="Kan vi ändra?")
    portfolio = score_portfolio(make.AT)
    for cid, s in portfolio.items():
        assert score_client(cid, make.AT) == s


def test_as_of_a_day_ignores_what_happened_after_it(make):
    c = make.client("Changed")
    make.office_messages(c, 10, end=make.AT - dt.timedelta(days=30))
    for k in range(10):
        make.message(c, make.utc(make.AT - dt.timedelta(days=k + 1), 23))
    assert score_client(c.id, make.AT - dt.timedelta(days=30)).factor("after_hours").risk == 0.0
    assert score_client(c.id, make.AT).factor("after_hours").risk > 0.5


def test_details_are_translatable_and_numbers_follow_the_language(make, monkeypatch):
    from clientfit.health import score as score_mod

    c = make.client("Cheap")
    make.hours(c, 1000, make.AT - dt.timedelta(days=100))
    make.invoice(make.client("Invoiced"), 1000, make.AT - dt.timedelta(days=10))
    seen = []

    def fake_gettext_for(lang):
        return lambda msg: seen.append(msg) or msg

    monkeypatch.setattr(score_mod, "gettext_for", fake_gettext_for)
    f = score_client(c.id, make.AT, lang="sv").factor("profitability")
    assert "1\u00a0000,0 hours" in f.detail  # Swedish digit grouping and decimal comma
    assert any("nothing invoiced" in m for m in seen)


def test_the_gut_rating_does_not_reach_back_before_the_client_was_added(make):
    c = make.client("Rated today", gut=1)
    c.created_at = dt.datetime(2026, 6, 1, 12)
    c.save()
    assert score_client(c.id, dt.date(2026, 5, 31)).band.key == "unknown"
    assert score_client(c.id, make.AT).factor("gut").risk == 1.0


def test_the_rate_counts_every_hour_and_every_invoice_of_the_same_12_months(make):
    c = make.client("Monthly")
    make.weekly_hours(c, 10, weeks=12)  # 120 hours, the last 4 weeks after the last invoice
    make.invoice(c, 80000, make.AT, issued=make.AT - dt.timedelta(days=27))
    make.invoice(
        c, 40000, make.AT - dt.timedelta(days=400), issued=make.AT - dt.timedelta(days=430)
    )
    set_setting(config.TARGET_RATE, 1000)
    f = score_client(c.id, make.AT).factor("profitability")
    # 80,000 / 120 h = 667 SEK/h: later hours lower it, an invoice from before the window does not count
    assert "Effective rate 667 SEK/h (80,000 SEK invoiced over 120.0 hours logged" in f.detail
    assert f.risk == pytest.approx((1 - 80000 / 120 / 1000) / 0.6)


def test_overdue_invoices_count_as_revenue(make):
    c = make.client("Slow")
    make.weekly_hours(c, 10, weeks=10)  # 100 hours
    make.invoice(c, 50000, make.AT - dt.timedelta(days=10), paid=make.AT - dt.timedelta(days=5))
    make.invoice(c, 50000, make.AT - dt.timedelta(days=3))  # overdue, unpaid: still invoiced
    f = score_client(c.id, make.AT).factor("profitability")
    assert "Effective rate 1,000 SEK/h (100,000 SEK invoiced over 100.0 hours logged" in f.detail


def test_a_partly_paid_invoice_owes_the_rest_and_counts_its_days(make):
    c = make.client("Partly")
    inv = make.invoice(c, 10000, make.AT - dt.timedelta(days=20))
    make.invoice(c, 1000, make.AT - dt.timedelta(days=50), paid=make.AT - dt.timedelta(days=50))
    from clientfit.store.models import Payment

    Payment.create(invoice=inv, paid_on=make.AT - dt.timedelta(days=10), amount_minor=400000)
    f = score_client(c.id, make.AT).factor("late_payment")
    # the first invoice still owes 6,000 SEK, 20 days past due: 10,000 of 11,000 SEK late,
    # the worst 20 days: 10 ÷ 11 × (20 − 5) ÷ 40
    assert f.detail.startswith("1 of 2 invoices paid late or overdue, 91 % of the amount")
    assert "the worst 20 days late" in f.detail and f.detail.endswith("; 6,000 SEK overdue now")
    assert f.risk == pytest.approx(10 / 11 * 15 / 40)
