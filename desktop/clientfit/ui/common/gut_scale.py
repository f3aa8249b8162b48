"""The gut-feeling scale, defined once: the client form and the health panel offer the same five
steps with the same words, so a "3" means one thing wherever the user rates a client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CTX = "GutScale"
# best first, as the choice lists show them: the label of rating n is _LABELS[5 - n]
_LABELS = (
    "5 – a joy to work with",
    "4 – good",
    "3 – fine",
    "2 – draining",
    "1 – dread every message",
)


def gut_steps() -> list[tuple[int, str]]:
    """[(rating, label)] from 5 down to 1, in the UI language."""
    return [(5 - n, QCoreApplication.translate(CTX, _LABELS[n])) for n in range(len(_LABELS))]


def gut_label(rating: int | None) -> str:
    """One rating's label ("3 – fine"), or "Not rated"."""
    for n, label in gut_steps():
        if n == rating:
            return label
    return QCoreApplication.translate(CTX, "Not rated")
