"""Fonts for the packet: TrueType files registered once, and per-character fallback in text.

Client names and notes can hold any script. DejaVu Sans covers Latin (Swedish letters), Greek and
Cyrillic; Symbola (subset) the emoji and symbols DejaVu lacks; Droid Sans Fallback Chinese,
Japanese and Korean. `markup()` turns user text into reportlab paragraph markup: escaped, with each
run DejaVu cannot draw wrapped in `<font name=...>` for the first font that can, so no character
ever shows as a box. Characters no font has become U+FFFD, drawn visibly by DejaVu.

Parsing the two fallback fonts (4.5 MB) costs more than drawing a whole packet, and most
packets need neither, so they are registered only when a run needs them; which characters they
cover is read from `fonts/coverage.json` (ranges measured from the files by `measure_coverage`;
a test keeps the two in step - regenerate with
`python -c "from clientfit.packet.fonts import write_coverage; write_coverage()"`).

reportlab writes the ToUnicode map of a TrueType subset with 4 hex digits per character, which
breaks copy/paste and search for characters beyond U+FFFF (emoji). `register_fonts()` replaces that
one helper with a correct version (UTF-16 surrogate pairs), so emoji can be found in the PDF text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

from clientfit.resources import resource

REGULAR = "ClientfitSans"
BOLD = "ClientfitSans-Bold"
SYMBOLS = "ClientfitSymbols"
CJK = "ClientfitCJK"

FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "Symbola-emoji.ttf",
    CJK: "DroidSansFallback.ttf",
}
FALLBACKS = (SYMBOLS, CJK)
REPLACEMENT = "\ufffd"

# Characters that only steer shaping (variation selectors, joiners, skin tones, tags, BOM): a
# renderer without shaping draws the base characters on their own and drops these.
_IGNORABLE = re.compile(
    "[\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f]"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond the BMP written as surrogate pairs."""
    entries = [
        "<{:02X}> <{}>".format(code, chr(uni).encode("utf-16-be").hex().upper())
        for code, uni in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<00> <%02X>" % (len(subset) - 1),
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


COVERAGE_FILE = ("fonts", "coverage.json")


@cache
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the base fonts with reportlab (once); return every font's character coverage.

    The fallback fonts are registered by `_use` when a run first needs one.
    """
    from reportlab.pdfbase import pdfmetrics, ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    coverage = {name: frozenset(_register(name).face.charToGlyph) for name in (REGULAR, BOLD)}
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    ranges = json.loads(resource(*COVERAGE_FILE).read_text(encoding="utf-8"))
    for name in FALLBACKS:
        coverage[name] = frozenset(c for lo, hi in ranges[name] for c in range(lo, hi + 1))
    return coverage


def _register(name: str):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(name, str(resource("fonts", FILES[name])))
    pdfmetrics.registerFont(font)
    return font


@cache
def _use(name: str) -> str:
    """A fallback font, registered on first use."""
    _register(name)
    return name


def measure_coverage(name: str) -> list[list[int]]:
    """The characters a bundled font maps, as [first, last] ranges (parses the file)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    codes = sorted(TTFontFile(str(resource("fonts", FILES[name]))).charToGlyph)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


def write_coverage() -> None:
    """Measure the fallback fonts and write `fonts/coverage.json` (after changing a font file)."""
    data = {name: measure_coverage(name) for name in FALLBACKS}
    resource(*COVERAGE_FILE).write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def clean(text: str) -> str:
    """User text as the packet draws it: NFC, tabs as spaces, no control or shaping characters."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _IGNORABLE.sub("", text.replace("\t", "    "))
    return _CONTROL.sub("", text)


def runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """Split cleaned text into (font name, text) runs, each run drawable by its font."""
    coverage = register_fonts()
    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        if ch == "\n" or code in coverage[base]:
            font = base
        else:
            font = next((_use(f) for f in FALLBACKS if code in coverage[f]), base)
            if font == base:
                ch = REPLACEMENT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, fallback fonts per run."""
    base = BOLD if bold else REGULAR
    parts = []
    for font, chunk in runs(clean(text), base):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if font == base else f'<font name="{font}">{body}</font>')
    return "".join(parts)


def has_cjk(text: str) -> bool:
    """Whether text holds CJK characters (they wrap anywhere, not only at spaces)."""
    return bool(text) and any(font == CJK for font, _ in runs(clean(text)))


def plain_width(text: str, font: str, size: float) -> float:
    """The drawn width of user text at a size, following the same fallback as `markup`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, f, size) for f, chunk in runs(clean(text), font))


def fit_text(text: str, font: str, size: float, max_width: float) -> str:
    """One line of user text shortened with an ellipsis to fit `max_width` (running headers)."""
    line = clean(text).replace("\n", " ")
    if plain_width(line, font, size) <= max_width:
        return line
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if plain_width(line[:mid].rstrip() + "…", font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return line[:low].rstrip() + "…"


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"):
    """Draw one line of user text on a canvas (headers, footers) with the same fallback."""
    line = clean(text).replace("\n", " ")
    if align != "left":
        width = plain_width(line, font, size)
        x -= width if align == "right" else width / 2
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for f, chunk in runs(line, font):
        canvas.setFont(f, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, f, size)
