"""Any script in user text, markup in user text, and text too long for a page or a table row."""

from __future__ import annotations

import dataclasses

from clientfit.packet.data import ClientInfo

from .conftest import pdf_fonts
from .samples import sample_packet

NAME = "Åsa Öberg & <Söner> · Иван Петров · 株式会社さくら · 김민준 · 🎉👍🚀"


def test_any_script_and_emoji_in_names_and_notes_is_drawn_and_searchable(render):
    long_note = ("Мы обсудили новый логотип. 会議は長すぎた。 Ärendet 🔥 drog ut. " * 120)[:5000]
    client = ClientInfo(name=NAME, status="active", notes=(long_note, "短いメモ 😀"))
    pdf = render(sample_packet("en", client=client))
    flat = pdf.flat
    assert NAME in flat
    assert "会議は長すぎた。" in flat and "Ärendet 🔥 drog ut." in flat
    assert "短いメモ 😀" in flat
    assert "\ufffd" not in flat
    assert len(long_note) == 5000
    fonts = pdf_fonts(pdf)
    for family in ("DejaVuSans", "Symbola", "DroidSansFallback"):
        assert any(family in name for name in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts.values())  # all embedded
    # The 5,000-character note runs over a page break without being cut.
    note_pages = [p for p in pdf.pages if "Мы обсудили" in p]
    assert len(note_pages) >= 2
    assert flat.count("обсудили") == long_note.count("обсудили") == 91


def test_user_text_cannot_inject_paragraph_markup(render):
    client = ClientInfo(name="<b>Bold</b> & <font size=40>Co</font>", status="active")
    pdf = render(sample_packet("en", client=client, message="Hi <br/> & bye"))
    assert "<b>Bold</b> & <font size=40>Co</font>" in pdf.flat
    assert "Hi <br/> & bye" in pdf.flat


def test_long_lists_and_oversized_text_run_over_pages_with_their_headers_repeated(render):
    import datetime as dt
    from decimal import Decimal

    from clientfit.packet.data import ChecklistRow

    from .samples import invoice

    base = sample_packet("en")
    huge = "Hand back every login: " + ", ".join(f"server{i}.example.com" for i in range(300))
    items = tuple(ChecklistRow("loose_end", f"Loose end {i}", i % 3 == 0) for i in range(40))
    invoices = tuple(
        invoice(
            f"2026-{i:03}",
            dt.date(2026, 1, 1),
            dt.date(2026, 2, 1),
            Decimal("1000.00"),
            Decimal("1000.00"),
            "SEK",
            38,
        )
        for i in range(60)
    )
    data = dataclasses.replace(
        base,
        client=dataclasses.replace(base.client, name="Ödegaard " * 40),
        decision=dataclasses.replace(base.decision, reason="Because " * 500),
        checklist=(*items, ChecklistRow("loose_end", huge)),
        invoices=invoices,
        message="Word " * 3000,
    )
    pdf = render(data)
    flat = pdf.flat
    assert "server299.example.com" in flat and "2026-059" in flat and "Loose end 39" in flat
    assert flat.count("60,000.00 SEK") == 2  # the total row and the cover
    invoice_pages = [p for p in pdf.pages if "2026-0" in p and "Outstanding" in p]
    assert len(invoice_pages) >= 2  # the header row is repeated on the next page
    header = pdf.pages[2].splitlines()[0]
    assert header.startswith("Offboarding packet · Ödegaard") and header.endswith("…")
