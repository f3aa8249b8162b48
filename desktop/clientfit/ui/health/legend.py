"""The key to the health panel's factor bars, as the first row of their grid: what each column
is, and a small scale that says a bar runs from 0 to 100 % risk and takes its band's colour.

Without it a green bar beside "1.6× the portfolio median" reads as "good" or "a lot" at random;
the colours come from `health.bands` through `band_style`, the same ones the bars are drawn in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from clientfit.health.bands import SCORED_BANDS
from clientfit.ui.common.band_style import band_colour
from clientfit.ui.health.charts import BAR_WIDTH


def risk_segments() -> list[tuple[float, float, str]]:
    """[(risk from, risk to, band key)], low risk first: a score of 100 × (1 − risk) falls in the band."""
    segments = []
    for band in reversed(SCORED_BANDS):  # healthy (low risk) first
        low = max(0.0, 1 - (band.high + 1) / 100)
        high = min(1.0, 1 - band.low / 100)
        segments.append((low, high, band.key))
    return segments


class RiskScale(QWidget):
    """A bar-wide strip in the band colours with "0", "Risk" and "100 %" under it."""

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._width = width
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Risk"))
        self.setAccessibleDescription(_tr("Risk from 0 to 100 %, in the colours of the bands"))

    def _small(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        return font

    def sizeHint(self) -> QSize:
        return QSize(self._width, 8 + QFontMetrics(self._small()).height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strip = QRectF(0.5, 0.5, self._width - 1, 6)
        for low, high, key in risk_segments():
            painter.fillRect(
                QRectF(strip.x() + strip.width() * low, strip.y(), strip.width() * (high - low), 6),
                band_colour(key),
            )
        painter.setFont(self._small())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        text = QRectF(0, 8, self._width, self.height() - 8)
        top = Qt.AlignmentFlag.AlignTop
        metrics = painter.fontMetrics()
        low, high, word = "0", "100 %", _tr("Risk")
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | top, low)
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | top, high)
        gap = QRectF(
            metrics.horizontalAdvance(low + " "),
            text.y(),
            self._width - metrics.horizontalAdvance(low + "  " + high),
            text.height(),
        )
        if metrics.horizontalAdvance(word) <= gap.width():  # the word between, when it fits
            painter.drawText(gap, Qt.AlignmentFlag.AlignHCenter | top, word)
        painter.end()


class FactorLegend:
    """The header row (row 0) of the factor grid: Factor · Weight · risk scale · Evidence."""

    def __init__(self, grid: QGridLayout, bar_width: int = BAR_WIDTH) -> None:
        tip = _tr(
            "Each bar is the factor's risk, 0–100 %: green is low, amber is worth watching, red "
            "is high. The weight says how much a factor counts in the score (×1.5 counts half "
            "again as much as ×1). A dashed frame means no data yet."
        )
        self.factor = _head(_tr("Factor"), tip)
        self.weight = _head(_tr("Weight"), tip)
        self.scale = RiskScale(bar_width)
        self.scale.setToolTip(tip)
        self.evidence = _head(_tr("Evidence"), tip)
        grid.addWidget(self.factor, 0, 0, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.weight, 0, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.scale, 0, 2, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.evidence, 0, 3, Qt.AlignmentFlag.AlignBottom)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FactorLegend", text)


def _head(text: str, tip: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setToolTip(tip)
    return label
