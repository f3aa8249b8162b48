"""Opening a detected CSV export: rows as dicts keyed by normalised header name, with line numbers,
progress between batches, and a first pass over date columns when their day/month order must be
learned from the whole file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from clientfit.intake.base import BATCH, ImportContext, Rejection
from clientfit.intake.csvexport import unneutralise
from clientfit.intake.detect import Detected
from clientfit.intake.textio import CsvReader, CsvRow, LineReader
from clientfit.intake.values import DateReader


class Row(dict):
    """One CSV record: cells by normalised column name; `line` is where it starts."""

    line: int = 0
    cells: list[str] = []

    def get_text(self, *names: str) -> str:
        for name in names:
            value = self.get(name)
            if value is not None and value.strip():
                return " ".join(value.split())
        return ""


def _records(path: Path, found: Detected, ctx: ImportContext | None) -> Iterator[Row | Rejection]:
    with open(path, "rb") as fh:
        lines = LineReader(fh)
        header_seen = False
        n = 0
        for item in CsvReader(lines, found.delimiter):
            if isinstance(item, Rejection):
                if header_seen:
                    yield item
                continue
            if not header_seen:
                if item.line <= found.skip:
                    continue
                header_seen = True
                continue
            n += 1
            if ctx is not None and n % BATCH == 0:
                ctx.checkpoint(fh.tell())
            yield _row(found.header, item, own=found.fmt.startswith("clientfit"))


def _row(header: list[str], item: CsvRow, own: bool = False) -> Row:
    cells = [unneutralise(c) for c in item.cells] if own else item.cells
    row = Row(zip(header, cells, strict=False))
    row.line = item.line
    row.cells = item.cells
    if len(item.cells) > len(header):
        row["__extra__"] = ",".join(item.cells[len(header) :])
    return row


def rows(path: Path, found: Detected, ctx: ImportContext) -> Iterator[Row | Rejection]:
    """The data rows of the export, streamed."""
    ctx.total = path.stat().st_size
    yield from _records(path, found, ctx)
    ctx.checkpoint(ctx.total)


def date_reader(path: Path, found: Detected, ctx: ImportContext, *columns: str) -> DateReader:
    """A date reader for `columns`, its day/month order decided from the whole file (or the file
    refused: `DateOrderError`); the summary is told which order and why."""
    values = (
        (row.line, row.get(c, ""))
        for row in _records(path, found, None)
        if not isinstance(row, Rejection)
        for c in columns
    )
    reader = DateReader().learn(values)
    ctx.dates = reader.settle(path, ctx.date_order, ctx.date_order_how) or ctx.dates
    return reader
