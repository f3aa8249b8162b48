"""Per-character font fallback and escaping of user text."""

from __future__ import annotations

from clientfit.packet.fonts import BOLD, CJK, REGULAR, SYMBOLS, clean, markup, runs


def test_latin_swedish_and_cyrillic_stay_in_dejavu():
    assert runs("Åsa Öberg, Иван") == [(REGULAR, "Åsa Öberg, Иван")]


def test_cjk_and_emoji_runs_fall_back_to_the_fonts_that_have_them():
    assert runs("Hi 株式会社 🚀!") == [
        (REGULAR, "Hi "),
        (CJK, "株式会社"),
        (REGULAR, " "),
        (SYMBOLS, "🚀"),
        (REGULAR, "!"),
    ]


def test_bold_text_falls_back_from_the_bold_face():
    assert runs("Ö 김", BOLD) == [(BOLD, "Ö "), (CJK, "김")]


def test_markup_escapes_and_wraps_fallback_runs():
    assert markup("a<b>&c 日本\nnext") == (
        'a&lt;b&gt;&amp;c <font name="ClientfitCJK">日本</font><br/>next'
    )


def test_shaping_only_characters_are_dropped_and_unknown_ones_shown_as_replacement():
    # Variation selector, zero-width joiner and skin tone go; a private-use character has no glyph.
    assert clean("❤\ufe0f 👍\U0001f3fd a\u200db\x07") == "❤ 👍 ab"
    assert runs("x\U000f0000y") == [(REGULAR, "x\ufffdy")]


def test_the_coverage_file_says_exactly_what_the_fallback_fonts_draw():
    import json

    from clientfit.packet.fonts import COVERAGE_FILE, FALLBACKS, measure_coverage
    from clientfit.resources import resource

    kept = json.loads(resource(*COVERAGE_FILE).read_text(encoding="utf-8"))
    for name in FALLBACKS:
        assert kept[name] == measure_coverage(name), (
            f"{name} changed: regenerate {'/'.join(COVERAGE_FILE)} with write_coverage()"
        )


def test_fallback_fonts_are_registered_only_when_text_needs_them():
    from reportlab.pdfbase import pdfmetrics

    from clientfit.packet import fonts

    fonts._use.cache_clear()
    markup("Plain Swedish text: Åsa, Örjan")
    registered = pdfmetrics.getRegisteredFontNames()
    assert fonts.REGULAR in registered
    assert fonts._use.cache_info().currsize == 0
    markup("Kund 株式会社")
    assert CJK in pdfmetrics.getRegisteredFontNames()
