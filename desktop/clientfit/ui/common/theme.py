"""Appearance: the system's own look, or Clientfit's light or dark palette, switched live.

"system" leaves the platform style and palette as the app found them; "light" and "dark" use
the Fusion style with a palette of our own, so the choice looks the same on every desktop. The
painted widgets (gauge, charts, roster markers) draw text and lines from the palette and fill with
the band colours of `health.bands`, which are mid-tones chosen to read on both backgrounds; the
dark palette keeps its base a little lighter than black so red and green fills stay distinct.
The choice is stored with the user's other settings (`ui.theme`) and applied before the first
window is built, and again at once when Settings → Appearance changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from clientfit.ui.common.stored_choice import store_choice, stored_choice

THEME_KEY = "ui.theme"
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"

_found: dict[str, object] = {}  # the style name and palette the app started with

_DARK = {
    "Window": "#2b2d30",
    "WindowText": "#e8e8e8",
    "Base": "#1f2023",
    "AlternateBase": "#27292c",
    "ToolTipBase": "#33363a",
    "ToolTipText": "#e8e8e8",
    "PlaceholderText": "#a0a4aa",
    "Text": "#e8e8e8",
    "Button": "#35383c",
    "ButtonText": "#e8e8e8",
    "BrightText": "#ff7b72",
    "Light": "#4a4d52",
    "Midlight": "#3d4044",
    "Mid": "#2f3134",
    "Dark": "#1b1c1e",
    "Shadow": "#0d0d0e",
    "Highlight": "#3b6fb6",
    "HighlightedText": "#ffffff",
    "Link": "#79b0ff",
    "LinkVisited": "#c3a6ff",
}
_DARK_DISABLED = {"WindowText": "#7b7f85", "Text": "#7b7f85", "ButtonText": "#7b7f85"}


def chosen_theme() -> str:
    """The stored choice: "system", "light" or "dark" (anything else, or no database, "system")."""
    return stored_choice(THEME_KEY, THEMES, DEFAULT_THEME)


def set_chosen_theme(choice: str) -> None:
    """Store the choice (applying it is `apply_theme`'s)."""
    store_choice(THEME_KEY, choice, THEMES, "theme")


def dark_palette() -> QPalette:
    """Clientfit's dark palette."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour)
        )
    return palette


def light_palette() -> QPalette:
    """Clientfit's light palette: Fusion's own, which is neutral and readable."""
    return QStyleFactory.create("Fusion").standardPalette()


class OutlinedIndicators(QProxyStyle):
    """Fusion, with a visible rim round check boxes and radio buttons: Fusion draws it a shade
    darker than the window, which vanishes on a dark background."""

    RIMMED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self.RIMMED or not is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the (application's) window background is dark: for painters that must choose."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, choice: str | None = None) -> str:
    """Give the running app the look `choice` names (default: the stored one); returns it.

    Every open window follows at once: Qt sends each widget a palette and style change.
    """
    choice = chosen_theme() if choice is None else choice
    if choice not in THEMES:
        choice = DEFAULT_THEME
    if not _found:
        _found["style"] = app.style().name()
        _found["palette"] = QPalette(app.palette())
    hints = app.styleHints()
    if choice == "system":
        app.setStyle(str(_found["style"]))
        app.setPalette(_found["palette"])
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    else:
        app.setStyle(OutlinedIndicators(QStyleFactory.create("Fusion")))
        app.setPalette(dark_palette() if choice == "dark" else light_palette())
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    app.setProperty("clientfit_theme", choice)
    return choice
