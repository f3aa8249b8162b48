"""The packet's words: every English label has Swedish, and numbers and dates read naturally."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest

from clientfit.health.bands import ALL_BANDS
from clientfit.packet import texts as T


def _msgids() -> set[str]:
    ids: set[str] = set()
    for name, value in vars(T).items():
        if name.isupper() and name not in ("SV", "CATALOGS"):
            if isinstance(value, str):
                ids.add(value)
            elif isinstance(value, dict):
                ids.update(value.values())
            elif isinstance(value, tuple):
                ids.update(value)
    return ids | {b.label for b in ALL_BANDS}


def test_every_packet_label_has_a_swedish_text_with_the_same_placeholders():
    import string

    missing = sorted(m for m in _msgids() if m not in T.SV)
    assert missing == []
    fields = string.Formatter()
    for msgid, sv in T.SV.items():
        names = {f for _, f, _, _ in fields.parse(msgid) if f}
        assert names == {f for _, f, _, _ in fields.parse(sv) if f}, msgid


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


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext tools not installed")
def test_swedish_strings_export_as_a_valid_po_catalog(tmp_path):
    po = tmp_path / "packet-sv.po"
    po.write_text(T.po_entries("sv"), encoding="utf-8")
    subprocess.run(["msgfmt", "-c", "-o", str(tmp_path / "p.mo"), str(po)], check=True)


def test_every_ending_label_has_a_swedish_text_with_the_same_placeholders():
    import string

    from clientfit.packet import texts_ending as TE

    ids = {v for k, v in vars(TE).items() if k.isupper() and k != "SV" and isinstance(v, str)}
    assert sorted(m for m in ids if m not in TE.SV) == []
    fields = string.Formatter()
    for msgid, sv in TE.SV.items():
        names = {f for _, f, _, _ in fields.parse(msgid) if f}
        assert names == {f for _, f, _, _ in fields.parse(sv) if f}, msgid
