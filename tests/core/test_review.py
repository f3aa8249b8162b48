"""The yearly review: what it gathers (exactly) and the PDF read back in English and Swedish."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfit.cli import main
from clientfit.core.review import assemble_review, endings, review_day
from clientfit.packet.review import write_review
from clientfit.store.database import close_database
from clientfit.store.models import Client, Colleague, OffboardingPlan, PlanEvent

from .conftest import AT, D


def plan(client, started, *, announce=None, notice=30, finished=None, status="finished"):
    made = OffboardingPlan.create(
        client=client,
        reason=f"Ending {client.name}",
        started_on=started,
        announce_on=announce,
        notice_days=notice,
        finished_on=finished,
        status=status,
    )
    if status == "finished":
        Client.update(status="archived", ended_on=finished).where(Client.id == client.id).execute()
    return made


@pytest.fixture
def year(portfolio, make):
    alfa, beta, gamma = portfolio["alfa"], portfolio["beta"], portfolio["gamma"]
    # Delta takes time and writes a lot and brings nothing: the year's clear troublemaker
    # (40 hours not billable, so no rate or revenue of the others changes).
    delta = make.client("Delta")
    make.hours(delta, D(2026, 3, 2), 9, 0, 40, billable=False)
    for k in range(30):
        make.message(delta, D(2026, 4, 1) + dt.timedelta(days=k), 11)
    # Alfa: announced 5 March with 30 days' notice, ended 10 April (after 4 April: notice kept);
    # on 5 March 5,000 SEK of the 20,000 invoiced on 1 July was still unpaid.
    p = plan(alfa, D(2026, 3, 1), announce=D(2026, 3, 5), finished=D(2026, 4, 10))
    # ... what actually happened: announced and notice sent a day later than planned, a
    # colleague referred; a referral recorded after AT does not count yet.
    maja = Colleague.create(name="Maja Lindqvist", name_key="maja lindqvist")
    PlanEvent.create(plan=p, kind="announced", on=D(2026, 3, 6))
    PlanEvent.create(plan=p, kind="notice_sent", on=D(2026, 3, 6))
    PlanEvent.create(plan=p, kind="referred", on=D(2026, 3, 6), colleague=maja)
    PlanEvent.create(plan=p, kind="referred", on=D(2026, 7, 2), detail="Someone later")
    # Gamma: announced 15 January with 30 days' notice, ended 1 February (notice not kept);
    # everything it was invoiced was paid in 2024.
    plan(gamma, D(2026, 1, 10), announce=D(2026, 1, 15), finished=D(2026, 2, 1))
    # Beta: running; announced 10 June with 2,000 EUR unpaid.
    plan(beta, D(2026, 6, 1), announce=D(2026, 6, 10), status="running")
    # Neither a cancelled plan nor one finished last year belongs to this year's review.
    plan(beta, D(2026, 2, 1), status="cancelled")
    OffboardingPlan.create(
        client=gamma,
        reason="old",
        started_on=D(2025, 3, 1),
        finished_on=D(2025, 4, 1),
        status="finished",
    )
    return portfolio


def test_the_years_endings_and_how_they_went(year):
    got = {(e.client, e.status): e for e in endings(AT)}
    assert list(got) == [("Gamma", "finished"), ("Alfa AB", "finished"), ("Beta GmbH", "running")]
    alfa, gamma, beta = (
        got["Alfa AB", "finished"],
        got["Gamma", "finished"],
        got["Beta GmbH", "running"],
    )
    # Alfa: announced 6 March (recorded), notice sent that day: 30 days end 5 April, before it
    # ended on 10 April; 5,000 SEK of the 20,000 invoiced on 1 July was still unpaid then.
    assert (alfa.announce_on, alfa.announce_recorded, alfa.notice_sent_on) == (
        D(2026, 3, 6),
        True,
        D(2026, 3, 6),
    )
    assert (alfa.notice_kept, alfa.paid_before_announcing) == (True, False)
    assert alfa.referrals == ("Maja Lindqvist",)
    # Gamma recorded nothing: its planned day stands in, the notice ran out after it ended.
    assert (gamma.announce_on, gamma.announce_recorded) == (D(2026, 1, 15), False)
    assert (gamma.notice_kept, gamma.paid_before_announcing, gamma.referrals) == (False, True, ())
    assert (beta.notice_kept, beta.paid_before_announcing, beta.finished_on) == (None, False, None)


def test_review_day():
    assert review_day(2025, None) == D(2025, 12, 31)
    assert review_day(None, AT) == AT
    assert review_day(9999, None) == dt.date.today()


def test_assembled_review_holds_the_figures_of_the_year(year):
    data = assemble_review(AT, "en")
    assert (data.year, data.made_on, data.window_first) == (2026, AT, D(2025, 7, 1))
    assert data.totals.revenue == {"SEK": Decimal("25000.00"), "EUR": Decimal("2500.00")}
    assert data.totals.rate == {"SEK": Decimal("1923.08"), "EUR": Decimal("125.00")}
    names = {c.name: c for c in data.clients}
    assert names["Alfa AB"].status == "archived" and names["Beta GmbH"].status == "ending"
    assert sum(data.band_counts.values()) == len(data.clients)
    assert [b.name for b in data.pareto if b.top] == ["Delta"]
    assert data.whatif.removed == ("Delta",)
    assert data.whatif.without.messages == 8 and data.whatif.now.messages == 38


def _read(path):
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())
    return reader, text.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Yearly portfolio review",
                "Bands and direction",
                "Who takes the time and trouble",
                "What if the top troublemakers went",
                "Verdict per client",
                "Endings this year",
                "25,000.00 SEK",
                "2,500.00 EUR",
                "1,923.08 SEK/h",
                "125.00 EUR/h",
                "Notice kept yes",
                "Notice kept no",
                "Paid before announcing no",
                "Paid before announcing yes",
                "Referrals given Maja Lindqvist",
                "Referrals given none recorded",
                "Notice sent 6 March 2026",
                "Announced 15 January 2026 (planned)",
                "Page 1 of",
            ],
        ),
        (
            "sv",
            [
                "Årsöversikt över kunderna",
                "Hälsa och riktning",
                "Vilka som tar tid och kraft",
                "Tänk om de mest krävande kunderna försvann",
                "Omdöme per kund",
                "Avslut under året",
                "25 000,00 SEK",
                "2 500,00 EUR",
                "1 923,08 SEK/tim",
                "Uppsägningstiden hölls ja",
                "Uppsägningstiden hölls nej",
                "Betalt före beskedet nej",
                "Rekommenderade Maja Lindqvist",
                "Rekommenderade inga antecknade",
                "Uppsägningen skickad 6 mars 2026",
                "Sida 1 av",
            ],
        ),
    ],
)
def test_the_review_pdf_reads_back(year, tmp_path, lang, expected):
    path = write_review(assemble_review(AT, lang), tmp_path / f"review-{lang}.pdf")
    reader, text = _read(path)
    for phrase in expected:
        assert phrase in text, phrase
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("+" in name for name in fonts)  # subset-embedded TrueType only
    assert [d.title for d in reader.outline][:2] == (
        ["Yearly portfolio review", "Bands and direction"]
        if lang == "en"
        else ["Årsöversikt över kunderna", "Hälsa och riktning"]
    )


def test_cli_review_writes_the_pdf_and_refuses_a_day_outside_the_year(
    capsys, db_path, year, tmp_path
):
    close_database()
    out = tmp_path / "r.pdf"
    code = main(
        ["--db", str(db_path), "review", "-o", str(out), "--lang", "sv", "--at", "2026-06-30"]
    )
    assert code == 0 and out.stat().st_size > 10_000
    _reader, text = _read(out)
    assert "Årsöversikt över kunderna" in text
    code = main(
        ["--db", str(db_path), "review", "-o", str(out), "--year", "2025", "--at", "2026-06-30"]
    )
    assert code == 2 and "--year 2025" in capsys.readouterr().err


def test_with_exchange_rates_the_review_adds_the_year_up_in_the_base_currency(year, tmp_path):
    rates = {"SEK": Decimal(1), "EUR": Decimal("11.5")}
    data = assemble_review(AT, "en", rates=rates)
    # 25,000 SEK + 2,500 EUR x 11.5 over 13 + 20 billable hours
    assert data.totals.in_base == ("SEK", Decimal("53750.00"), Decimal("1628.79"))
    assert data.totals.revenue == {"SEK": Decimal("25000.00"), "EUR": Decimal("2500.00")}
    _reader, text = _read(write_review(data, tmp_path / "r.pdf"))
    assert "Revenue in SEK (your exchange rates) 53,750.00 SEK" in text
    assert "Effective hourly rate in SEK 1,628.79 SEK/h" in text
