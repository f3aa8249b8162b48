"""The health gauge and the factor risk bars, drawn in vector graphics.

The gauge is the same half-dial the app paints with Qt: one arc per scored band, thresholds and
colours read from `clientfit.health.bands` (nothing here hard-codes either), a needle at the
score, the score and the band's name beneath. A client without a score gets a grey dial, no needle.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.platypus import Flowable

from clientfit.health.bands import SCORED_BANDS, UNKNOWN, band_for
from clientfit.packet.fonts import BOLD, REGULAR, draw_text
from clientfit.packet.styles import INK, MUTED, RULE

_SWEEP = 180.0


def _angle(score: float) -> float:
    """Degrees counter-clockwise from 3 o'clock: 0 points left (180°), 100 points right (0°)."""
    return _SWEEP - max(0.0, min(100.0, score)) * _SWEEP / 100.0


class Gauge(Flowable):
    """A half-dial `width` wide, with the score and band label under its hub."""

    def __init__(self, score: int | None, band_label: str, width: float = 150):
        super().__init__()
        self.score = score
        self.band_label = band_label
        self.width = width
        self.thickness = width * 0.085
        self.radius = width / 2 - self.thickness / 2 - 8
        self.label_room = 36
        self.height = self.radius + self.thickness / 2 + 8 + self.label_room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cx, cy, r = self.width / 2, self.label_room, self.radius
        c.saveState()
        c.setLineCap(0)
        c.setLineWidth(self.thickness)
        bands = SCORED_BANDS if self.score is not None else (UNKNOWN,)
        for band in bands:
            low = band.low if band.low is not None else 0
            high = min(100, band.high + 1) if band.high is not None else 100
            c.setStrokeColor(colors.HexColor(band.colour))
            c.arc(cx - r, cy - r, cx + r, cy + r, _angle(high), (high - low) * _SWEEP / 100.0)
        # Thresholds: a thin white gap and a small figure outside the dial.
        outer = r + self.thickness / 2
        for band in SCORED_BANDS[1:]:
            a = math.radians(_angle(band.low))
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.2)
            c.line(
                cx + (r - self.thickness / 2) * math.cos(a),
                cy + (r - self.thickness / 2) * math.sin(a),
                cx + outer * math.cos(a),
                cy + outer * math.sin(a),
            )
            c.setFillColor(MUTED)
            draw_text(
                c,
                cx + (outer + 6) * math.cos(a),
                cy + (outer + 3) * math.sin(a),
                str(band.low),
                REGULAR,
                6.5,
                align="center",
            )
        c.setFillColor(MUTED)
        draw_text(c, cx - r, cy - 9, "0", REGULAR, 6.5, align="center")
        draw_text(c, cx + r, cy - 9, "100", REGULAR, 6.5, align="center")
        if self.score is not None:
            a = math.radians(_angle(self.score))
            c.setStrokeColor(INK)
            c.setLineWidth(2.2)
            c.setLineCap(1)
            length = r - self.thickness * 0.2
            c.line(cx, cy, cx + length * math.cos(a), cy + length * math.sin(a))
            c.setFillColor(INK)
            c.circle(cx, cy, 4, stroke=0, fill=1)
        else:
            c.setFillColor(RULE)
            c.circle(cx, cy, 4, stroke=0, fill=1)
        c.setFillColor(INK)
        draw_text(
            c, cx, cy - 22, "–" if self.score is None else str(self.score), BOLD, 16, "center"
        )
        c.setFillColor(colors.HexColor(band_for(self.score).colour))
        draw_text(c, cx, cy - 34, self.band_label, BOLD, 8.5, align="center")
        c.restoreState()


class RiskBar(Flowable):
    """A short horizontal bar for one factor's risk (0..1), coloured like the band it points to."""

    def __init__(self, risk: float | None, width: float = 48, height: float = 6):
        # Drawn at the height of the first text line of its table row (cells are top-aligned).
        super().__init__()
        self.risk = risk
        self.width = width
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height + 6

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor("#e4e8ee"))
        c.roundRect(0, 3, self.width, self.height, 2, stroke=0, fill=1)
        if self.risk is not None:
            risk = max(0.0, min(1.0, self.risk))
            # A factor at risk r pulls the score towards 100 * (1 - r): colour it by that band.
            colour = band_for(round(100 * (1 - risk))).colour
            c.setFillColor(colors.HexColor(colour))
            if risk > 0:
                c.roundRect(
                    0, 3, max(self.height, self.width * risk), self.height, 2, stroke=0, fill=1
                )
        c.restoreState()
