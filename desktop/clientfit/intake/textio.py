"""Reading big files a line at a time: bounded lines, per-line decoding, CSV rows with line numbers.

Exports arrive as UTF-8 (with or without a BOM) or as Windows-1252 from older spreadsheet software;
each line is decoded on its own so one stray byte costs one record, not the file. No line longer
than `MAX_LINE` is ever held in memory: it is skipped and the record it belongs to is rejected.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from clientfit.i18n import _
from clientfit.intake.base import MAX_LINE, Rejection, at_line

BOM = b"\xef\xbb\xbf"
MAX_RECORD = 4 * MAX_LINE  # a CSV record may span lines (quoted newlines), within reason


def decode_line(raw: bytes) -> str:
    """UTF-8 if it is, else Windows-1252 (what Excel on Windows writes)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def too_long_reason() -> str:
    return _("the line is longer than 1 MB; this record was skipped")


class LineReader:
    """Numbered binary lines (from 1) of at most `max_line` bytes; a longer line is swallowed and
    its number kept in `too_long`, and an empty line stands in for it."""

    def __init__(self, fh: BinaryIO, max_line: int = MAX_LINE):
        self.fh = fh
        self.max_line = max_line
        self.lineno = 0
        self.too_long: set[int] = set()
        self._first = True

    def __iter__(self) -> Iterator[bytes]:
        fh, limit = self.fh, self.max_line
        while True:
            line = fh.readline(limit + 1)
            if not line:
                return
            self.lineno += 1
            if self._first:
                self._first = False
                if line.startswith(BOM):
                    line = line[len(BOM) :]
            if len(line) > limit and not line.endswith(b"\n"):
                while True:
                    rest = fh.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                self.too_long.add(self.lineno)
                yield b"\n"
                continue
            yield line

    def position(self) -> int:
        return self.fh.tell()


def sniff_delimiter(header_line: str) -> str:
    """Comma, semicolon (Excel in Swedish and most European locales) or tab, from the header row."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass
class CsvRow:
    line: int  # the line the record starts on
    cells: list[str]


class CsvReader:
    """CSV records as `CsvRow`s (or `Rejection`s), streamed, with the line each record starts on."""

    def __init__(self, lines: LineReader, delimiter: str = ","):
        self.lines = lines
        self.delimiter = delimiter

    def __iter__(self) -> Iterator[CsvRow | Rejection]:
        csv.field_size_limit(MAX_RECORD)
        text = (decode_line(raw) for raw in self.lines)
        reader = csv.reader(text, delimiter=self.delimiter)
        start = self.lines.lineno + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Rejection(at_line(start), _("unreadable CSV ({error})").format(error=exc))
                start = self.lines.lineno + 1
                continue
            end = self.lines.lineno
            bad = [n for n in range(start, end + 1) if n in self.lines.too_long]
            row_start, start = start, end + 1
            if bad:
                yield Rejection(at_line(bad[0]), too_long_reason())
                continue
            if not any(c.strip() for c in cells):
                continue
            yield CsvRow(row_start, cells)
