"""Long user text cut into paragraph-sized pieces, so laying out a note costs time in proportion
to its length.

reportlab re-wraps the rest of a paragraph each time it splits it across a page, so one 100,000-
character paragraph takes seconds; pieces of a few hundred words flow the same way at a fraction
of the cost. Pieces end at line breaks where there are any, else at a space.
"""

from __future__ import annotations

PIECE = 1500  # characters: a third of a page of body text


def pieces(text: str, limit: int = PIECE) -> list[str]:
    """`text` as consecutive pieces of at most `limit` characters (a word longer than that is
    cut), joined back by a line break where one was, so nothing is lost or reordered."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            head, line = line[:cut], line[cut:].lstrip(" ")
            if current:
                out.append("\n".join(current))
                current, size = [], 0
            out.append(head)
        if current and size + len(line) + 1 > limit:
            out.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        out.append("\n".join(current))
    return out


_TIGHT: dict[str, object] = {}


def tight(style):
    """`style` without space before or after, so the pieces of one note read as one block."""
    if style.name not in _TIGHT:
        from reportlab.lib.styles import ParagraphStyle

        _TIGHT[style.name] = ParagraphStyle(
            style.name + "-piece", parent=style, spaceBefore=0, spaceAfter=0
        )
    return _TIGHT[style.name]
