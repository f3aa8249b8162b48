"""One line per module for the strings of a fixed translation context.

Modules whose text is not a widget's own (`self.tr`) used to define the same three lines each:
`CTX = "Help"` and `def _t(text): return QCoreApplication.translate(CTX, text)`. Now they write
`_t = translator("Help")`; `scripts/update_translations.py` finds the strings behind it as it found
them behind the hand-written helper.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """A function that translates a text in `context` (read at call time, so a language applied
    later is honoured)."""

    def translate(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return translate
