"""The packet renderer: PacketData in, PDF bytes out (reportlab platypus).

One document template with two page templates (the cover, then the working pages with a running
header), a numbered canvas that writes "page X of Y" and, while the cooling-off period runs, the
DRAFT mark on every page once the page count is known, an outline entry per section, and title,
author, subject and language metadata. Only the bundled TrueType fonts are used, so every font in
the file is embedded. This module imports reportlab at the top: import it only when exporting.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak

from clientfit.packet import texts as T
from clientfit.packet.data import PacketData
from clientfit.packet.fonts import BOLD, REGULAR, draw_text, register_fonts
from clientfit.packet.page import (
    ClientfitDocument,
    running_header,
    sections_after,
    to_bytes,
    to_file,
)
from clientfit.packet.sections import Ctx, Heading, cover
from clientfit.packet.sections_ending import PACKET_SECTIONS
from clientfit.packet.styles import (
    DRAFT_RED,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    make_styles,
)

# reportlab never fetches a URL, whatever RL_* variables or ~/.reportlab_settings say: a packet is
# built from bundled fonts and the user's own data only.
rl_config.trustedHosts = None
rl_config.trustedSchemes = []


def _numbered_canvas(texts: T.Texts, draft: bool) -> type[Canvas]:
    """A canvas class that holds its pages back until the end, to stamp 'page X of Y' and DRAFT."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", REGULAR)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._marks: list[list[tuple[str, dict]]] = [[]]

        def bookmarkPage(self, key: str, **kwargs) -> None:
            # A bookmark names the page being written; pages are written only in save(), so
            # the bookmark is set there, on the right page.
            self._marks[-1].append((key, kwargs))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._marks.append([])
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            marks = self._marks
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                for key, kwargs in marks[number - 1]:
                    super().bookmarkPage(key, **kwargs)
                self._stamp(number, total)
                super().showPage()
            self.showOutline()  # open the viewer with the bookmarks panel showing
            super().save()

        def _stamp(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(MUTED)
            text = texts(T.PAGE_X_OF_Y, page=number, pages=total)
            draw_text(self, width - MARGIN_X, MARGIN_BOTTOM - 10 * mm, text, REGULAR, 8, "right")
            if draft:
                self.setFillColor(DRAFT_RED)
                self.setFillAlpha(0.13)
                self.translate(width / 2, height / 2)
                self.rotate(52)
                size = min(width, height) / 5.2
                draw_text(self, 0, -size / 3, texts(T.DRAFT), BOLD, size, "center")
            self.restoreState()

    return NumberedCanvas


class PacketDocument(ClientfitDocument):
    """Cover page, then working pages; each section heading becomes a bookmark and outline entry."""

    def __init__(self, out: BinaryIO, data: PacketData, texts: T.Texts, paper: str):
        self.data = data
        self.texts = texts
        super().__init__(
            out,
            paper,
            texts.lang,
            {"cover": self._cover_page, "pages": self._working_page},
            title=f"{texts(T.TITLE)}: {data.client.name}",
            author=data.author,
            subject=texts(T.SUBJECT, client=data.client.name),
            keywords=[texts(T.TITLE), data.client.name] + ([texts(T.DRAFT)] if data.draft else []),
        )
        self._outline_seen: set[str] = set()

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(3)
        top = self.pagesize[1] - MARGIN_TOP + 8 * mm
        canvas.line(MARGIN_X, top, self.pagesize[0] - MARGIN_X, top)
        canvas.restoreState()

    def _working_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        left = f"{self.texts(T.TITLE)} · {self.data.client.name}"
        running_header(canvas, self.pagesize, left, self.texts.date(self.data.made_on))

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Heading) and flowable.outline_key not in self._outline_seen:
            self._outline_seen.add(flowable.outline_key)
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(
                flowable.outline_title, flowable.outline_key, level=flowable.outline_level
            )


def story(data: PacketData, texts: T.Texts, frame_width: float) -> list:
    """The flowables of the whole packet: the cover, a page break, then each section in turn."""
    ctx = Ctx(data=data, t=texts, s=make_styles(), width=frame_width)
    return sections_after(
        [*cover(ctx), NextPageTemplate("pages"), PageBreak()], PACKET_SECTIONS, ctx
    )


def render_packet(data: PacketData, out: BinaryIO, paper: str = "a4") -> int:
    """Write the packet as PDF to a binary stream; returns the number of pages."""
    register_fonts()
    texts = T.Texts(data.lang)
    doc = PacketDocument(out, data, texts, paper)
    doc.build(story(data, texts, doc.width), canvasmaker=_numbered_canvas(texts, data.draft))
    return doc.page


def render_bytes(data: PacketData, paper: str = "a4") -> bytes:
    return to_bytes(render_packet, data, paper)


def write_packet(data: PacketData, path: Path | str, paper: str = "a4") -> Path:
    """Render to `path` atomically: a failure midway leaves the old file or none, never half a PDF."""
    return to_file(render_packet, data, path, paper)
