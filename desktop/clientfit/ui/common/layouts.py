"""Small pieces of layout that many screens build the same way: a paragraph that wraps, a row of
buttons pushed to the left, a page whose body scrolls inside it. One home each, so a fix (a
wrap, a margin) reaches every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


def wrapped_label(text: str = "") -> QLabel:
    """A plain-text label that wraps at word boundaries instead of widening its window."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """`buttons` side by side from the left, the rest of the row empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def scroll_body(page: QWidget, body: QWidget) -> QScrollArea:
    """Fill `page` with `body` in a frameless scroll area (a settings page taller than the
    dialog scrolls inside it, never stretches the dialog); returns the scroll area."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
