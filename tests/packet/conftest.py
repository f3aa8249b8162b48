"""Packet test helpers: render hand-built data to a file and read it back with pypdf."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class ReadPdf:
    path: Path
    pages: list[str]
    reader: object

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def flat(self) -> str:
        """All text with line breaks and runs of spaces collapsed (wrapped phrases match)."""
        return " ".join(self.text.split())

    def outline(self) -> list[tuple[str, int]]:
        return [(d.title, self.reader.get_destination_page_number(d)) for d in self.reader.outline]


def read_pdf(path: Path) -> ReadPdf:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return ReadPdf(path, [p.extract_text() or "" for p in reader.pages], reader)


def pdf_fonts(pdf: ReadPdf) -> dict[str, object]:
    """Every font the pages use, by PDF BaseFont name."""
    fonts = {}
    for page in pdf.reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


@pytest.fixture
def render(tmp_path):
    """render(data, name="packet.pdf", paper="a4") -> ReadPdf."""
    from clientfit.packet.render import write_packet

    def _render(data, name: str = "packet.pdf", paper: str = "a4") -> ReadPdf:
        path = write_packet(data, tmp_path / name, paper=paper)
        return read_pdf(path)

    return _render
