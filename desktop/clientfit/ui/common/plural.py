"""Counted words in the UI: "1 record", "3 records"; "1 dag", "3 dagar".

English and Swedish both have one form for exactly one and another for every other number, so a
caller translates both forms where lupdate can see them and lets `plural` pick:

    plural(n, self.tr("1 record"), self.tr("%1 records"))

The number is written as the app's language writes numbers (37 500, 37,500).
"""

from __future__ import annotations

from clientfit.ui.common.formatting import format_number


def plural(n: int, one: str, many: str) -> str:
    """`one` when n is 1, else `many` with %1 replaced by n."""
    return (one if n == 1 else many).replace("%1", format_number(int(n), 0))


def plural_suffix(spin, one: str, many: str) -> None:
    """Keep a spin box's unit right for its value (" day" at 1, " days" otherwise)."""

    def update(value: int) -> None:
        spin.setSuffix(one if value == 1 else many)

    spin.valueChanged.connect(update)
    update(spin.value())
