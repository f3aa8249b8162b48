"""The packet's look, defined once: colours, paragraph styles, table styles, page geometry.

One factory (`make_styles`) builds every paragraph style on the registered TrueType fonts, so no
built-in (unembedded) PDF font is ever referenced. Band colours are not here: they come from
`clientfit.health.bands`, the same source the Qt gauge reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from clientfit.packet.fonts import BOLD, REGULAR

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#cfd6de")
HEADER_BG = colors.HexColor("#eef1f5")
ZEBRA = colors.HexColor("#f7f8fa")
ACCENT = colors.HexColor("#1d4e89")
WARN_BG = colors.HexColor("#fff6e0")
WARN_EDGE = colors.HexColor("#e0a526")
DRAFT_RED = colors.HexColor("#c0392b")

PAPERS = {"a4": A4, "letter": LETTER}
LETTER_REGIONS = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "CR"}
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm


def default_paper(environ: dict[str, str] | None = None) -> str:
    """A4, or Letter where the user's locale uses it (the US, Canada and a few more)."""
    env = os.environ if environ is None else environ
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        value = env.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            region = value.split(".")[0].split("@")[0].partition("_")[2].upper()
            return "letter" if region in LETTER_REGIONS else "a4"
    return "a4"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    client: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    label: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    box: ParagraphStyle
    warning: ParagraphStyle
    draft_note: ParagraphStyle
    check: ParagraphStyle
    score: ParagraphStyle


def make_styles() -> Styles:
    """Every paragraph style of the packet, on the bundled fonts."""
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, spaceAfter=6
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=INK)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=18
        ),
        client=ParagraphStyle(
            "client", parent=body, fontName=BOLD, fontSize=20, leading=26, spaceAfter=14
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=15, spaceBefore=8, keepWithNext=1
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        box=ParagraphStyle(
            "box",
            parent=body,
            fontSize=10.5,
            leading=15.5,
            backColor=ZEBRA,
            borderColor=RULE,
            borderWidth=0.6,
            borderPadding=(9, 10, 9, 10),
            leftIndent=10,
            rightIndent=10,
            spaceBefore=14,
            spaceAfter=24,
        ),
        warning=_framed("warning", body, WARN_EDGE, backColor=WARN_BG, spaceBefore=6),
        draft_note=_framed("draft_note", body, DRAFT_RED, textColor=DRAFT_RED, spaceBefore=14),
        check=ParagraphStyle("check", parent=cell, fontSize=13, leading=13, alignment=TA_CENTER),
        score=ParagraphStyle(
            "score", parent=body, fontName=BOLD, fontSize=12, leading=16, spaceAfter=2
        ),
    )


def _framed(name: str, parent: ParagraphStyle, edge, **look) -> ParagraphStyle:
    """A note in a thin frame (a warning, the draft note): the frame's geometry is shared."""
    frame = {"borderWidth": 0.8, "borderPadding": (7, 8, 7, 8), "leftIndent": 8, "rightIndent": 8}
    return ParagraphStyle(name, parent=parent, borderColor=edge, spaceAfter=12, **frame, **look)


def table_style(header: bool = True, zebra_rows: int = 0, total_row: bool = False) -> list:
    """The commands every packet table shares: thin rules, a shaded header, zebra rows."""
    cmds: list = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ]
    first = 1 if header else 0
    for row in range(first + 1, first + zebra_rows, 2):
        cmds.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    if total_row:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED))
    return cmds


def facts_style() -> list:
    """Label/value tables (cover, decision, meeting): no header, labels muted."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
