"""The packet's words: every English label has Swedish, and numbers and dates read naturally."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import string
from decimal import Decimal

import pytest

from clientfit.health.bands import ALL_BANDS
from clientfit.packet import texts as T

PACKET_TEXTS = ("texts", "texts_ending", "review_texts")


def _msgids(module) -> set[tuple[str, str | None]]:
    """Every English label a packet text module marks with `N_` or `NC_`, with its context (as the
    catalog update finds them)."""
    from babel.messages.extract import extract_from_file

    keywords = {"N_": None, "NC_": ((1, "c"), 2)}
    found = extract_from_file("python", module.__file__, keywords=keywords)
    return {(message, context) for _, message, _, context in found}


def _swedish_catalog():
    from babel.messages.pofile import read_po

    from clientfit.resources import resource

    path = resource("locale", "sv", "LC_MESSAGES", "clientfit.po")
    return read_po(io.BytesIO(path.read_bytes()), locale="sv", domain="clientfit")


@pytest.mark.parametrize("name", PACKET_TEXTS)
def test_every_packet_label_has_swedish_in_the_catalog_with_the_same_placeholders(name):
    """The .po is the one home of the packet's Swedish: a label missing there (or left empty or
    fuzzy) would print in English in a Swedish packet."""
    module = importlib.import_module(f"clientfit.packet.{name}")
    bands = {(b.label, None) for b in ALL_BANDS} if name == "texts" else set()
    catalog = _swedish_catalog()
    fields = string.Formatter()
    missing, wrong = [], []
    for msgid, context in sorted(_msgids(module) | bands, key=str):
        found = catalog.get(msgid, context=context)
        if found is None or found.fuzzy or not str(found.string).strip():
            missing.append(msgid if context is None else f"{context}|{msgid}")
            continue
        names = {f for _, f, _, _ in fields.parse(msgid) if f}
        if names != {f for _, f, _, _ in fields.parse(found.string) if f}:
            wrong.append(f"{msgid!r} -> {found.string!r}")
    assert missing == [], (
        f"no Swedish in clientfit.po for packet/{name}.py: run `make translations`"
    )
    assert wrong == []


def test_a_swedish_packet_speaks_the_compiled_catalog():
    """The packet reads its Swedish from the compiled .mo, not from a table of its own."""
    t = T.Texts("sv")
    assert t(T.TITLE) == "Underlag för avslut"
    assert t(T.MONTHS[0]) == "januari"
    assert not hasattr(T, "SV")


@pytest.mark.parametrize(
    ("lang", "money", "date", "moment", "share", "number"),
    [
        ("en", "12,500.50\u00a0SEK", "3 December 2026", "Thursday 3 December 2026, 09:05", "38%", "1.5"),
        ("sv", "12\u00a0500,50\u00a0SEK", "3 december 2026", "torsdag 3 december 2026 kl. 09.05", "38\u00a0%", "1,5"),
    ],
)  # fmt: skip
def test_numbers_and_dates_follow_the_language(lang, money, date, moment, share, number):
    t = T.Texts(lang)
    assert t.money(Decimal("12500.5"), "SEK") == money
    assert t.date(dt.date(2026, 12, 3)) == date
    assert t.moment(dt.datetime(2026, 12, 3, 9, 5)) == moment
    assert t.share(0.384) == share
    assert t.number(1.5) == number
    assert t.days(1) == ("1 day" if lang == "en" else "1 dag")


def test_unknown_language_falls_back_to_english():
    assert T.Texts("de")(T.TITLE) == "Offboarding packet"
