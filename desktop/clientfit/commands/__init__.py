"""The CLI's subcommands, one module per area, each with `register(subparsers)`.

Handlers take the parsed arguments and return an exit code; they print text or JSON and leave all
the work to the domain layers.

The command line's half of the faces (with `cli.py`): may import every layer below the faces,
never `ui/` or Qt. Each command module's `WRITES` says which of its commands change the
database.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A failure to report in one line on stderr, with the exit code it maps to."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def parse_day(text: str) -> dt.date:
    """argparse type for --at YYYY-MM-DD."""
    import argparse

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned text table for terminals."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def days_arg(text: str) -> int:
    """argparse type for a number of days, 0-365 (notice, cooling-off, payment terms)."""
    from clientfit.commands.arguments import whole_number

    return whole_number("a number of days", 0, 365, "0-365 days")(text)
