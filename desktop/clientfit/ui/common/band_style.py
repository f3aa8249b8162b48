"""The health bands in Qt: colours, the roster's band marker, translated labels.

Everything reads `health.bands`, so a threshold or colour changed there changes the gauge, the
roster marker and the PDF together. The marker is a filled circle with a thin darker rim, so it
stays visible on light and dark row backgrounds, and it is cached per band and size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from clientfit.health.bands import BY_KEY, UNKNOWN, Band, band_for
from clientfit.i18n import current_language, gettext_for

_ICONS: dict[tuple[str, int], QIcon] = {}


def band(key: str) -> Band:
    return BY_KEY.get(key, UNKNOWN)


def band_colour(key: str) -> QColor:
    """The band's colour (unknown keys get the unknown band's grey)."""
    return QColor(band(key).colour)


def risk_colour(risk: float | None) -> QColor:
    """A factor's risk in the colour of the band its score-equivalent (100 × (1 − risk)) falls in."""
    return QColor(band_for(None if risk is None else round(100 * (1 - risk))).colour)


def band_label(key: str) -> str:
    """The band's name in the UI language ("Consider ending"): the health layer's label through
    its gettext catalog, the one translation the packet and the CLI use too."""
    return gettext_for(current_language())(band(key).label)


def band_icon(key: str, size: int = 12) -> QIcon:
    """The roster row's band marker: a filled circle in the band's colour, cached."""
    icon = _ICONS.get((key, size))
    if icon is None:
        scale = 2  # drawn at twice the size so it stays crisp on high-DPI screens
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = band_colour(key)
        painter.setPen(QPen(colour.darker(140), scale))
        painter.setBrush(colour)
        inset = scale * 1.5
        painter.drawEllipse(
            QRectF(inset, inset, size * scale - 2 * inset, size * scale - 2 * inset)
        )
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon = _ICONS[(key, size)] = QIcon(pixmap)
    return icon
