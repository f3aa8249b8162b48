"""A letter on the user's letterhead: the closing letter page of the packet and the payment
reminder share it. Plain text in (the letterhead lines, the date line, the recipient, the body),
flowables out; the body keeps its paragraphs and line breaks exactly as the user wrote them.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from clientfit.packet.fonts import markup
from clientfit.packet.styles import MUTED, RULE, Styles


def _lines(text: str) -> str:
    return "<br/>".join(markup(line) for line in text.split("\n"))


def letter(
    s: Styles,
    width: float,
    letterhead: list[str],
    date_line: str,
    recipient: list[str],
    body: str,
) -> list[Flowable]:
    """Letterhead top left (the business name bold), the date top right, the recipient, the body."""
    head_style = ParagraphStyle(
        "letterhead", parent=s.small, textColor=MUTED, leading=11.5, spaceAfter=0
    )
    to_style = ParagraphStyle("recipient", parent=s.body, spaceAfter=0)
    date_style = ParagraphStyle("letterdate", parent=s.body, alignment=TA_RIGHT)
    head: list[Flowable] = []
    if letterhead:
        head.append(Paragraph(markup(letterhead[0], bold=True), s.h2))
        head += [Paragraph(markup(line), head_style) for line in letterhead[1:]]
    top = Table(
        [[head or "", Paragraph(markup(date_line), date_style)]],
        colWidths=[width * 0.62, width * 0.38],
        hAlign="LEFT",
    )
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
            ]
        )
    )
    out: list[Flowable] = [top, Spacer(1, 18)]
    if recipient:
        out.append(Paragraph(markup(recipient[0], bold=True), to_style))
        out += [Paragraph(markup(line), to_style) for line in recipient[1:]]
        out.append(Spacer(1, 12))
    body_style = ParagraphStyle("letterbody", parent=s.body, fontSize=10.5, leading=15.5)
    for paragraph in body.strip().split("\n\n"):
        out.append(Paragraph(_lines(paragraph.strip("\n")), body_style))
        out.append(Spacer(1, 4))
    return out
