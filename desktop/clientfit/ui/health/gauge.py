"""The health gauge: a painted half-dial with the three bands, a needle and the score.

Bands, thresholds and colours come from `health.bands` (the PDF gauge reads the same), text uses
the palette's colours so the gauge reads in light and dark themes. With no score the dial is drawn
faded, without a needle, and says so.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from clientfit.health.bands import SCORED_BANDS, band_for
from clientfit.ui.common.band_style import band_label


def angle_for(score: float) -> float:
    """Degrees counter-clockwise from 3 o'clock: 0 → 180° (left), 100 → 0° (right)."""
    return 180.0 - max(0.0, min(100.0, score)) * 1.8


class HealthGauge(QWidget):
    """Shows one score 0..100 (or none) on a half-dial. `set_score(score)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setAccessibleName(self.tr("Health gauge"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(180, 130)
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(230, 160)

    def heightForWidth(self, width: int) -> int:
        return max(130, int(width * 0.68))

    @property
    def score(self) -> int | None:
        return self._score

    def set_score(self, score: int | None) -> None:
        self._score = None if score is None else max(0, min(100, int(score)))
        self._describe()
        self.update()

    def _describe(self) -> None:
        band = band_for(self._score)
        if self._score is None:
            text = self.tr("No score: not enough data yet")
        else:
            text = (
                self.tr("Score {score} of 100: {band}")
                .replace("{score}", str(self._score))
                .replace("{band}", band_label(band.key))
            )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # --- painting ---
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """(tick labels, the number, the band label)."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        label = QFont(self.font())
        label.setBold(self._score is not None)
        return small, big, label

    def _geometry(self) -> tuple[QPointF, float, float]:
        """(centre, radius, ring width) of the dial that fits the widget with its text below."""
        w, h = self.width(), self.height()
        _small, big, label = self._fonts()
        text_h = QFontMetricsF(big).height() + QFontMetricsF(label).height() + 8
        ring = max(10.0, min(w, h) * 0.09)
        radius = max(30.0, min((w - ring - 8) / 2, h - ring / 2 - 4 - text_h))
        centre = QPointF(w / 2, ring / 2 + 4 + radius)
        return centre, radius, ring

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        centre, radius, ring = self._geometry()
        arc_rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        faded = self._score is None

        for band in SCORED_BANDS:
            high = min(100, band.high + 1)
            colour = QColor(band.colour)
            if faded:
                colour.setAlphaF(0.3)
            elif band_for(self._score) is not band:
                colour.setAlphaF(0.55)
            pen = QPen(colour, ring, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            start = angle_for(high)
            painter.drawArc(arc_rect, int(start * 16), int((high - band.low) * 1.8 * 16))

        small, big, label_font = self._fonts()
        painter.setFont(small)
        painter.setPen(muted)
        for value in (0, 40, 70, 100):
            a = math.radians(angle_for(value))
            r = radius - ring / 2 - 9
            p = QPointF(centre.x() + r * math.cos(a), centre.y() - r * math.sin(a))
            if value in (0, 100):  # under the ends of the dial, clear of the needle
                x = centre.x() + (radius if value else -radius)
                p = QPointF(x, centre.y() + 10)
            rect = QRectF(p.x() - 14, p.y() - 8, 28, 16)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))

        if not faded:
            a = math.radians(angle_for(self._score))
            tip = QPointF(
                centre.x() + (radius + ring / 2) * math.cos(a),
                centre.y() - (radius + ring / 2) * math.sin(a),
            )
            side = math.radians(angle_for(self._score) + 90)
            base = 5.0
            needle = QPainterPath(tip)
            needle.lineTo(centre.x() + base * math.cos(side), centre.y() - base * math.sin(side))
            needle.lineTo(centre.x() - base * math.cos(side), centre.y() + base * math.sin(side))
            needle.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_colour)
            painter.drawPath(needle)
            painter.drawEllipse(centre, 7, 7)

        painter.setFont(big)
        painter.setPen(text_colour)
        number_h = QFontMetricsF(big).height()
        number_rect = QRectF(0, centre.y() + 8, self.width(), number_h)
        painter.drawText(
            number_rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            "–" if faded else str(self._score),
        )
        painter.setFont(label_font)
        band = band_for(self._score)
        painter.setPen(muted if faded else text_colour)
        label = band_label(band.key)  # an unknown client: "Not enough data yet"
        label_rect = QRectF(
            0, number_rect.bottom(), self.width(), QFontMetricsF(label_font).height()
        )
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label
        )
        painter.end()
