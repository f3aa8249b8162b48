"""The packet PDF, read back: every section and figure, both languages, marks, outline, metadata."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys

import pytest

from clientfit.packet import texts as T
from clientfit.packet.data import HealthSummary

from .conftest import pdf_fonts
from .samples import referrals, sample_packet

SECTIONS_EN = [
    "Offboarding packet",
    "Health summary",
    "Decision record",
    "Contract checklist",
    "Open invoices and payment",
    "Meeting",
    "Message draft",
    "Notice and key dates",
    "Referrals",
    "Evidence log",
    "Rights",
    "What actually happened",
    "Client notes",
]
SECTIONS_SV = [
    "Underlag för avslut",
    "Relationens hälsa",
    "Beslutet",
    "Genomgång av avtalet",
    "Obetalda fakturor",
    "Mötet",
    "Utkast till meddelande",
    "Uppsägningstid och viktiga datum",
    "Rekommendera vidare",
    "Händelselogg",
    "Rättigheter",
    "Vad som faktiskt hände",
    "Anteckningar om kunden",
]


def test_english_packet_shows_every_section_and_figure(render):
    pdf = render(sample_packet("en"))
    flat = pdf.flat
    for heading in SECTIONS_EN:
        assert heading in flat
    expected = [
        # cover
        "Ending the client relationship with Nordbo Bygg AB",
        "10 March 2026",
        "Active",
        "webbdesign, wordpress",
        "Örjan Åkesson <orjan@nordbo.se>",
        "No contract on file",
        "The cooling-off period ends on 12 March 2026.",
        "At a glance",
        "Health score 31 / 100 · Consider ending",
        "Open invoices 14,900.00 SEK",
        "Contract checklist 2 of 5 done",
        "Meeting Monday 16 March 2026, 14:00 · Video call",
        # health: score, band, every factor with risk, weight and evidence, Pareto position
        "Health score: 31 / 100",
        "Consider ending",
        "After hours",
        "76%",
        "38 % of messages arrive after 18:00",
        "Indecision",
        "90%",
        "7 revision rounds on the logo",
        "Late payment",
        "1.5",
        "2 of 3 invoices paid late, 24 days on average",
        "Profitability",
        "no data",
        "Gut feeling",
        "Rank 1 of 12 clients by trouble against revenue: 41% of all hours and messages, against 9% of the revenue.",
        "Among the 20% of clients that cause the most trouble.",
        # decision
        "I no longer believe my services meet your needs.",
        "9 March 2026",
        "3 days, ends on 12 March 2026",
        "You have considered ending this client 4 times in the last year: listen to your gut.",
        # checklist
        "2 of 5 done",
        "Logo: paid, not delivered",
        "Deliver it before you announce.",
        "Hand back the WordPress admin login",
        # invoices
        "Wait until the invoices are paid before you announce",
        "2026-014",
        "20 Jan 2026",
        "19 Feb 2026",
        "12,500.00 SEK",
        "2,400.00 SEK",
        "19 days",
        "Total outstanding",
        "14,900.00 SEK",
        # meeting, message, notice, referrals, notes
        "Video call",
        "Monday 16 March 2026, 14:00",
        "Teams",
        "Hi Örjan,",
        "30 days",
        "Cooling-off ends",
        "Announce the decision",
        "15 April 2026",
        "Handover: WordPress logins and files",
        "Lina Berg",
        "lina@example.se",
        "Your needs have grown: a full-service agency",
        "Ringde tre gånger på söndagen om logotypen.",
    ]
    missing = [e for e in expected if e not in flat]
    assert missing == []


@pytest.mark.parametrize(
    ("count", "sentence"),
    [
        (1, "This is the first time you have considered ending this client."),
        (2, "You have considered ending this client 2 times."),
    ],
)
def test_decision_record_counts_the_times_considered(render, count, sentence):
    base = sample_packet("en")
    decision = dataclasses.replace(base.decision, times_considered=count, gut_hint=None)
    assert sentence in render(dataclasses.replace(base, decision=decision)).flat


def test_checklist_shows_a_ticked_box_for_done_items_and_an_empty_one_for_the_rest(render):
    pdf = render(sample_packet("en"))
    assert pdf.flat.count("\u2611") == 2
    assert pdf.flat.count("\u2610") == 3


def test_swedish_packet_is_swedish_throughout(render):
    pdf = render(sample_packet("sv"))
    flat = pdf.flat
    for heading in SECTIONS_SV:
        assert heading in flat
    for phrase in [
        "Så avslutar du samarbetet med Nordbo Bygg AB",
        "10 mars 2026",
        "Aktiv",
        "Inget avtal sparat",
        "Betänketiden går ut 12 mars 2026.",
        "I korthet",
        "Hälsopoäng 31 / 100 · Överväg att avsluta",
        "Obetalda fakturor 14 900,00 SEK",
        "Hälsopoäng: 31 / 100",
        "Överväg att avsluta",
        "Utanför arbetstid",
        "76 %",
        "Plats 1 av 12 kunder räknat i besvär mot intäkter: 41 % av alla timmar och meddelanden",
        "3 dagar, går ut 12 mars 2026",
        "lita på magkänslan.",
        "2 av 5 klara",
        "12 500,00 SEK",
        "14 900,00 SEK",
        "20 jan. 2026",
        "19 feb. 2026",
        "Summa obetalt",
        "Videosamtal",
        "måndag 16 mars 2026 kl. 14.00",
        "Jag tror inte längre att mina tjänster motsvarar era behov.",
        "Uppsägningstid 30 dagar",
        "Betänketiden går ut",
        "Beskedet lämnas",
        "15 april 2026",
    ]:
        assert phrase in flat.replace("\u00a0", " "), phrase
    # None of the packet's own English labels is left.
    english = [
        T.TITLE, T.HEALTH, T.DECISION, T.CHECKLIST, T.MEETING, T.NOTICE, T.REFERRALS,
        T.REASON, T.COOLING_OFF, T.TOTAL_OUTSTANDING, T.PLAN_STARTED, T.ISSUED, T.OUTSTANDING,
        "Page ", "DRAFT", "March",
    ]  # fmt: skip
    assert [e for e in english if e in flat] == []


@pytest.mark.parametrize(("lang", "mark"), [("en", "DRAFT"), ("sv", "UTKAST")])
def test_draft_mark_is_on_every_page_while_cooling_off_runs(render, lang, mark):
    data = sample_packet(
        lang, client=dataclasses.replace(sample_packet().client, notes=("x" * 9000,))
    )
    pdf = render(data)
    assert len(pdf.pages) >= 4
    assert all(mark in page for page in pdf.pages)


def test_no_draft_mark_once_the_cooling_off_period_has_passed(render):
    pdf = render(sample_packet("en", draft=False))
    assert not any("DRAFT" in page for page in pdf.pages)
    assert "The cooling-off period ended on 12 March 2026." in pdf.flat


@pytest.mark.parametrize(("lang", "pattern"), [("en", "Page {} of {}"), ("sv", "Sida {} av {}")])
def test_every_page_says_page_x_of_y(render, lang, pattern):
    pdf = render(sample_packet(lang))
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert pattern.format(number, total) in page


def test_outline_has_one_entry_per_section_pointing_at_its_page(render):
    pdf = render(sample_packet("en"))
    outline = pdf.outline()
    assert [title for title, _ in outline] == SECTIONS_EN
    for title, page in outline:
        assert title in " ".join(pdf.pages[page].split())
    pages = [page for _, page in outline]
    assert pages == sorted(pages) and pages[0] == 0 and pages[1] == 1


def test_outline_is_in_swedish_for_a_swedish_packet(render):
    assert [t for t, _ in render(sample_packet("sv")).outline()] == SECTIONS_SV


def test_metadata_names_the_packet_the_client_and_the_author(render):
    pdf = render(sample_packet("en"))
    meta = pdf.reader.metadata
    assert meta.title == "Offboarding packet: Nordbo Bygg AB"
    assert meta.author == "Maja Freelance"
    assert meta.subject.startswith("Offboarding packet for Nordbo Bygg AB")
    assert meta.creator == "Clientfit"
    assert pdf.reader.trailer["/Root"]["/Lang"] == "en"
    sv = render(sample_packet("sv"), "sv.pdf").reader
    assert sv.metadata.title == "Underlag för avslut: Nordbo Bygg AB"
    assert sv.trailer["/Root"]["/Lang"] == "sv-SE"


def test_every_font_is_an_embedded_truetype_subset(render):
    pdf = render(sample_packet("en"))
    fonts = pdf_fonts(pdf)
    assert fonts
    for name, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name
        assert "/FontFile2" in font["/FontDescriptor"], name


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdffonts_reports_every_font_embedded(render):
    pdf = render(sample_packet("sv"))
    out = subprocess.run(["pdffonts", str(pdf.path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"TrueType\s+\S+\s+yes\s+yes\s+yes", row), row


def test_a_client_without_plan_or_score_still_gets_a_readable_packet(render):
    data = dataclasses.replace(
        sample_packet("en"),
        health=HealthSummary(score=None, band="unknown"),
        decision=None,
        checklist=(),
        invoices=(),
        payment_guard=None,
        meeting=None,
        message=None,
        notice=None,
        referrals=referrals(omitted=True, note="Left out: the client was disrespectful."),
        draft=False,
    )
    flat = render(data).flat
    for phrase in [
        "Health score: – / 100",
        "Not enough data yet",
        "There is not enough data to score this client yet.",
        "No offboarding plan has been started for this client.",
        "Nothing to check.",
        "No open invoices: everything is paid.",
        "No meeting scheduled yet.",
        "No message written yet.",
        "No notice period set yet.",
        "Left out: the client was disrespectful.",
    ]:
        assert phrase in flat


def test_paper_is_a4_by_default_and_letter_on_request(render):
    a4 = render(sample_packet("en")).reader.pages[0].mediabox
    letter = render(sample_packet("en"), "letter.pdf", paper="letter").reader.pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


@pytest.mark.parametrize(
    ("env", "paper"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "a4"),
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LC_PAPER": "fr_CA.UTF-8", "LANG": "sv_SE.UTF-8"}, "letter"),
        ({"LC_ALL": "en_GB.UTF-8"}, "a4"),
        ({"LANG": "C.UTF-8"}, "a4"),
        ({}, "a4"),
    ],
)
def test_default_paper_follows_the_locale(env, paper):
    from clientfit.packet.styles import default_paper

    assert default_paper(env) == paper


def test_gauge_draws_every_band_in_its_shared_colour(render):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.rl_accel import fp_str

    from clientfit.health.bands import SCORED_BANDS

    pdf = render(sample_packet("en"))
    stream = pdf.reader.pages[1].get_contents().get_data().decode("latin-1")
    for band in SCORED_BANDS:
        c = HexColor(band.colour)
        assert f"{fp_str(c.red, c.green, c.blue)} RG" in stream, band.key


def test_a_failed_export_leaves_the_old_file_and_no_partial_file(tmp_path, monkeypatch):
    from clientfit.packet import render as render_mod
    from clientfit.packet.render import PacketDocument, write_packet

    target = tmp_path / "packet.pdf"
    target.write_bytes(b"the old packet")
    seen = []
    original = PacketDocument.afterFlowable

    def fail_midway(self, flowable):
        original(self, flowable)
        if getattr(flowable, "outline_key", None) == "notice":
            seen.append(self.page)
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(PacketDocument, "afterFlowable", fail_midway)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_packet(sample_packet("en"), target)
    assert seen and seen[0] >= 2  # pages had been laid out when it failed
    assert target.read_bytes() == b"the old packet"
    assert [p.name for p in tmp_path.iterdir()] == ["packet.pdf"]
    monkeypatch.undo()
    assert render_mod.write_packet(sample_packet("en"), target).read_bytes().startswith(b"%PDF")


def test_data_and_export_entry_points_do_not_import_reportlab():
    code = (
        "import sys, clientfit.packet.data, clientfit.packet.texts, clientfit.packet.export;"
        "print(any(m.startswith('reportlab') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
