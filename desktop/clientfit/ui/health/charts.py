"""Small painted pieces of the health panel: a factor's risk bar and the monthly trend line.

Colours come from `band_style` (so from `health.bands`); lines and text from the palette, so both
read in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from clientfit.health.bands import SCORED_BANDS, band_for
from clientfit.ui.common.band_style import band_colour, risk_colour
from clientfit.ui.common.formatting import format_month

BAR_WIDTH = 84  # px, the factor bars and the legend's scale above them


class FactorBar(QWidget):
    """A factor's risk 0..1 as a filled bar; an empty dashed frame when the factor has no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._risk: float | None = None
        self.setFixedSize(BAR_WIDTH, 12)
        self.setAccessibleName(self.tr("Risk"))

    def risk(self) -> float | None:
        return self._risk

    def set_risk(self, risk: float | None) -> None:
        self._risk = risk
        self.setAccessibleDescription(
            self.tr("No data")
            if risk is None
            else self.tr("Risk {pct} %").replace("{pct}", str(round(risk * 100)))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        # the text colour, faint: a grey track on light and dark alike (Mid vanishes on dark)
        track = palette.color(QPalette.ColorRole.WindowText)
        if self._risk is None:
            track.setAlphaF(0.4)
            pen = QPen(track, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame, 3, 3)
        else:
            track.setAlphaF(0.13)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(frame, 3, 3)
            width = max(3.0, frame.width() * self._risk) if self._risk > 0 else 0
            if width:
                painter.setBrush(risk_colour(self._risk))
                painter.drawRoundedRect(QRectF(frame.x(), frame.y(), width, frame.height()), 3, 3)
        painter.end()


class TrendChart(QWidget):
    """The monthly scores as a line over faint band stripes; says so when there is no history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, int | None]] = []
        self.setAccessibleName(self.tr("Health trend by month"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(80)
        self.set_points([])

    def sizeHint(self) -> QSize:
        return QSize(230, 90)

    def points(self) -> list[tuple[str, int | None]]:
        return list(self._points)

    def set_points(self, points: list[tuple[str, int | None]]) -> None:
        """[(YYYY-MM, score or None)], oldest first."""
        self._points = list(points)
        scored = [f"{format_month(m)}: {s}" for m, s in self._points if s is not None]
        self.setAccessibleDescription(", ".join(scored) if scored else self.tr("No history yet"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        label_h = painter.fontMetrics().height()
        plot = QRectF(8, 6, self.width() - 16, self.height() - label_h - 10)

        def y_for(score: float) -> float:
            return plot.bottom() - plot.height() * score / 100

        for band in SCORED_BANDS:
            colour = QColor(band.colour)
            colour.setAlphaF(0.14)
            top, bottom = y_for(min(100, band.high + 1)), y_for(band.low)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), colour)

        scored = [(i, s) for i, (_m, s) in enumerate(self._points) if s is not None]
        if not scored:
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No history yet"))
            painter.end()
            return
        n = len(self._points)

        def x_for(i: int) -> float:
            return plot.center().x() if n == 1 else plot.left() + plot.width() * i / (n - 1)

        painter.setPen(QPen(text, 1.6))
        painter.drawPolyline(QPolygonF([QPointF(x_for(i), y_for(s)) for i, s in scored]))
        for i, s in scored:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
            painter.setBrush(band_colour(band_for(s).key))
            painter.drawEllipse(QPointF(x_for(i), y_for(s)), 3.5, 3.5)
        painter.setPen(muted)
        first, last = (format_month(self._points[k][0]) for k in (0, -1))
        baseline = QRectF(0, plot.bottom() + 3, self.width(), label_h)
        painter.drawText(baseline, Qt.AlignmentFlag.AlignLeft, first)
        if n > 1:
            painter.drawText(baseline, Qt.AlignmentFlag.AlignRight, last)
        painter.end()
