"""Inline validation: a message right under the field it is about, and the field outlined.

Pop-ups are for decisions; a wrong value is said where it was typed, while the user can still
see and fix it (`FieldMessage.show_error`), and cleared as soon as it is right (`clear`). The
colour follows the palette, so the message reads in the light and the dark appearance.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

LIGHT_ERROR = "#b3261e"
DARK_ERROR = "#ff8a80"


def error_colour(palette: QPalette) -> str:
    """Red that reads as text on this palette's window colour."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return DARK_ERROR if dark else LIGHT_ERROR


class FieldMessage(QLabel):
    """The message line of one field; hidden while the field is fine."""

    def __init__(self, field: QWidget | None, parent: QWidget | None = None):
        """`field`: the widget the message is about (outlined with it), or None for a form."""
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        # as wide as its field: a form grows only expanding widgets to the column's width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setVisible(False)
        self._outlined = False
        self._restyling = False
        self._restyle()

    def show_error(self, text: str) -> None:
        """Say what is wrong with the field, under it, and outline the field."""
        self.setText(text)
        self.setVisible(True)
        self._outlined = True
        self._restyle()
        if self.field is not None:
            self.field.setAccessibleDescription(text)

    def clear(self) -> None:
        """The field is fine again: the message and the outline go."""
        super().clear()
        self.setVisible(False)
        if self._outlined:
            self._outlined = False
            if self.field is not None:
                self.field.setStyleSheet("")
                self.field.setAccessibleDescription("")

    def has_error(self) -> bool:
        return self._outlined

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyle()

    def _restyle(self) -> None:
        colour = error_colour(QApplication.palette())  # the app's look, not this label's colour
        self._restyling = True
        try:
            self.setStyleSheet(f"color: {colour};")
        finally:
            self._restyling = False
        if self._outlined and self.field is not None:
            # the Qt class of the field (a subclass's own name would not match the selector)
            base = next(
                c.__name__ for c in type(self.field).__mro__ if c.__module__.startswith("PySide6")
            )
            self.field.setStyleSheet(
                f"{base} {{ border: 1px solid {colour}; border-radius: 2px; }}"
            )
