"""What every Clientfit PDF shares: the page and its metadata, the running header, the output.

The offboarding packet (`render`), the yearly review (`review`) and the payment reminder
(`reminder_pdf`) each build their own story; the paper, margins, font, language tag and creator,
the header line of a working page, and writing to bytes or atomically to a file are the same for
all three, and live here. Imports reportlab at the top: import it only when writing a PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from clientfit.fileio import atomic_write
from clientfit.packet.fonts import REGULAR, draw_text, fit_text, plain_width
from clientfit.packet.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAPERS, RULE

D = TypeVar("D")


def doc_options(paper: str, lang: str, **meta: Any) -> dict[str, Any]:
    """Keyword arguments for a reportlab doc template: the paper (A4 unless named), the margins,
    the embedded font, the language tag and creator, and `meta` (title, author, subject...)."""
    return {
        "pagesize": PAPERS.get(paper, PAPERS["a4"]),
        "leftMargin": MARGIN_X,
        "rightMargin": MARGIN_X,
        "topMargin": MARGIN_TOP,
        "bottomMargin": MARGIN_BOTTOM,
        "creator": "Clientfit",
        "lang": "sv-SE" if lang == "sv" else "en",
        "initialFontName": REGULAR,
        "displayDocTitle": 1,  # viewers show the title, not the file name
        **meta,
        "author": meta.get("author") or "Clientfit",
    }


class ClientfitDocument(BaseDocTemplate):
    """A Clientfit PDF's document template: `doc_options` (paper, language, `meta`) and one body
    frame that every page template lays the story in; `pages` maps a template's id to the callback
    that draws its page (the first is where the story starts)."""

    def __init__(
        self, out: BinaryIO, paper: str, lang: str, pages: dict[str, Callable], **meta: Any
    ) -> None:
        super().__init__(out, **doc_options(paper, lang, **meta))
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [PageTemplate(id=key, frames=[frame], onPage=draw) for key, draw in pages.items()]
        )


def running_header(canvas: Canvas, pagesize: tuple[float, float], left: str, right: str) -> None:
    """A working page's header: `left` (shortened to fit) and `right` above a thin rule."""
    width, height = pagesize
    canvas.saveState()
    canvas.setFillColor(MUTED)
    y = height - MARGIN_TOP + 8 * mm
    room = width - 2 * MARGIN_X - plain_width(right, REGULAR, 8) - 6 * mm
    draw_text(canvas, MARGIN_X, y, fit_text(left, REGULAR, 8, room), REGULAR, 8)
    draw_text(canvas, width - MARGIN_X, y, right, REGULAR, 8, "right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
    canvas.restoreState()


def sections_after(start: list, sections, ctx) -> list:
    """The flowables of a document: `start` (its cover), then each section's for `ctx`."""
    flow = list(start)
    for section in sections:
        flow += section(ctx)
    return flow


def to_bytes(render: Callable[[D, BinaryIO, str], object], data: D, paper: str = "a4") -> bytes:
    """The PDF `render(data, stream, paper)` writes, as bytes."""
    buffer = io.BytesIO()
    render(data, buffer, paper)
    return buffer.getvalue()


def to_file(
    render: Callable[[D, BinaryIO, str], object], data: D, path: Path | str, paper: str = "a4"
) -> Path:
    """Render to `path` atomically: a failure midway leaves the old file or none, never half a PDF."""
    path = Path(path)
    with atomic_write(path, "wb") as fh:
        render(data, fh, paper)
    return path
