"""No score without evidence: the real cases of issue 13 are `unknown` with what they lack."""

from __future__ import annotations

import datetime as dt
import json

from clientfit.common.dates import day_text
from clientfit.health import score_client, score_portfolio
from clientfit.health.evidence import MIN_AGE_DAYS, MIN_FACTORS, MIN_MESSAGES
from clientfit.health.factors import Texts
from clientfit.health.quotes import quoted


def test_a_freshly_imported_client_with_three_messages_is_not_99_healthy(make):
    c = make.client("Fresh")
    for k in range(3):
        make.message(c, make.utc(make.AT - dt.timedelta(days=k + 1), 10))
    s = score_client(c.id, make.AT)
    assert s.score is None and s.band.key == "unknown"
    assert s.band.label == "Not enough data yet"
    assert s.missing[0] == (
        f"First record {day_text(make.AT - dt.timedelta(days=3))}, 3 days ago; needs 28 days of history"
    )
    assert "0 factors besides gut feeling have data; needs 2" in s.missing
    assert "3 messages from the client so far (last 90 days); needs 10 over 4 weeks" in s.missing


def test_a_new_client_with_only_a_gut_rating_has_no_score(make):
    c = make.client("Gut only", gut=1)
    s = score_client(c.id, make.AT)
    assert s.score is None and s.band.key == "unknown"
    assert s.factor("gut").risk == 1.0  # counted, but never a score on its own
    assert s.missing[0] == "No messages, hours or invoices yet"


def test_a_prospect_with_three_enquiries_one_late_evening_is_unknown(make):
    c = make.client("Prospect")
    make.message(c, make.utc(make.AT - dt.timedelta(days=5), 21, 15))
    make.message(c, make.utc(make.AT - dt.timedelta(days=4), 10))
    make.message(c, make.utc(make.AT - dt.timedelta(days=2), 11))
    assert score_client(c.id, make.AT).band.key == "unknown"


def test_an_old_client_with_too_few_factors_is_unknown_and_says_which(make):
    c = make.client("Quiet", gut=3)
    for k in range(4):  # a year of invoices, paid on time, and nothing else
        due = make.AT - dt.timedelta(days=90 * k + 10)
        make.invoice(c, 10_000, due, paid=due)
    s = score_client(c.id, make.AT)
    assert s.factor("late_payment").risk == 0.0
    assert s.score is None and MIN_FACTORS == 2
    assert s.missing[0] == "1 factor besides gut feeling has data; needs 2"
    assert "0.0 hours logged in the last 12 months; needs 10" in s.missing
    make.weekly_hours(c, 5, weeks=20)  # hours: the rate and the time-vs-revenue share
    assert score_client(c.id, make.AT).score is not None


def test_enough_evidence_over_enough_time_is_scored(make):
    c = make.client("Steady", gut=4)
    make.office_messages(c, MIN_MESSAGES)
    first = make.AT - dt.timedelta(days=MIN_AGE_DAYS)
    make.message(c, make.utc(first, 10), direction="out")
    s = score_client(c.id, make.AT)
    assert s.missing == [] and s.score is not None


def test_score_json_lists_what_an_unknown_client_lacks(capsys, make, db_target):
    from clientfit.cli import main
    from clientfit.store.database import close_database

    c = make.client("Fresh")
    make.message(c, make.utc(dt.date.today() - dt.timedelta(days=1), 10))
    close_database()
    assert main(["--db", db_target, "score", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["score"] is None and row["band"] == "unknown"
    assert any("needs 10 over 4 weeks" in m for m in row["missing"])
    assert main(["--db", db_target, "score", "--client", "Fresh"]) == 0
    out = capsys.readouterr().out
    assert "Not enough data yet:" in out and "needs 28 days of history" in out


def test_the_roster_scores_say_the_same_from_kept_scores(make):
    c = make.client("Fresh")
    make.message(c, make.utc(make.AT - dt.timedelta(days=1), 10))
    first = score_portfolio(make.AT)[c.id].missing
    again = score_portfolio(make.AT)[c.id]  # from the kept score: factors made on demand
    assert again.score is None and again.missing == first != []


def test_a_quote_is_cut_and_dated_in_the_language():
    en = Texts(lambda s: s, lambda a, b, n: a if n == 1 else b, "en")
    sv = Texts(lambda s: {"Oct": "okt"}.get(s, s), lambda a, b, n: a if n == 1 else b, "sv")
    day = dt.date(2026, 10, 12)
    assert (
        quoted("Inte riktigt vad jag tänkt mig", day, en)
        == "“Inte riktigt vad jag tänkt mig”, 12 Oct"
    )
    assert quoted("x " * 100, day, sv).endswith("…”, 12 okt")
    assert len(quoted("x " * 100, day, sv)) < 100


def test_the_indecision_evidence_quotes_the_latest_not_quite_message(make):
    from clientfit.store.models import Message

    c = make.client("Lumo")
    make.office_messages(c, 12)
    sent = make.utc(dt.date(2026, 6, 12), 10)
    Message.create(
        client=c,
        sent_at=sent,
        direction="in",
        message_id="<nq@test.invalid>",
        not_quite=True,
        excerpt="Inte riktigt vad jag tänkt mig, kan vi prova en annan riktning?",
    )
    f = score_client(c.id, make.AT).factor("indecision")
    assert f.detail.endswith(
        "“Inte riktigt vad jag tänkt mig, kan vi prova en annan riktning?”, 12 Jun"
    )
