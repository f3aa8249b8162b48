"""The review's Pareto chart, drawn in vector graphics: who takes the trouble, who brings the money.

Per client (most trouble first) a pair of bars, its share of trouble and its share of revenue, on
a 0-100 % axis, and the cumulative share of trouble as a line with dots over them; the top 20 %
stand on a shaded band. Names are drawn slanted under the bars with the packet's font fallback.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from clientfit.health.bands import HEALTHY
from clientfit.packet.fonts import REGULAR, draw_text, fit_text, plain_width
from clientfit.packet.review_data import ParetoBar
from clientfit.packet.styles import ACCENT, INK, MUTED, RULE, WARN_BG

TROUBLE = colors.HexColor("#d1453b")
REVENUE = colors.HexColor(HEALTHY.colour)


class ParetoChart(Flowable):
    """`bars` (most trouble first) as a chart `width` wide; `labels` = (trouble, revenue, cumulative)."""

    def __init__(self, bars: list[ParetoBar], labels: tuple[str, str, str], width: float):
        super().__init__()
        self.bars = bars
        self.labels = labels
        self.width = width
        self.plot_h = 150.0
        self.name_room = 62.0
        self.legend_room = 18.0
        self.axis_room = 26.0
        self.height = self.plot_h + self.name_room + self.legend_room + 8

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _y(self, share: float) -> float:
        return self.name_room + max(0.0, min(1.0, share)) * self.plot_h

    def draw(self) -> None:
        c = self.canv
        left, right = self.axis_room, self.width - self.axis_room
        c.saveState()
        self._axes(left, right)
        if self.bars:
            slot = (right - left) / len(self.bars)
            bar = min(14.0, slot * 0.34)
            for k, b in enumerate(self.bars):
                x0 = left + k * slot
                if b.top:
                    c.setFillColor(WARN_BG)
                    c.rect(x0, self.name_room, slot, self.plot_h, stroke=0, fill=1)
                mid = x0 + slot / 2
                for colour, share, dx in (
                    (TROUBLE, b.trouble_share, -bar),
                    (REVENUE, b.revenue_share, 0),
                ):
                    c.setFillColor(colour)
                    h = max(0.0, min(1.0, share)) * self.plot_h
                    c.rect(mid + dx, self.name_room, bar, h, stroke=0, fill=1)
                self._name(b.name, mid, slot)
            self._cumulative(left, slot)
        self._legend()
        c.restoreState()

    def _axes(self, left: float, right: float) -> None:
        c = self.canv
        c.setLineWidth(0.4)
        for pct in (0, 25, 50, 75, 100):
            y = self._y(pct / 100)
            c.setStrokeColor(RULE if pct else MUTED)
            c.line(left, y, right, y)
            c.setFillColor(MUTED)
            draw_text(c, left - 3, y - 2.5, f"{pct}", REGULAR, 6.5, "right")
            draw_text(c, right + 3, y - 2.5, f"{pct}", REGULAR, 6.5)
        draw_text(c, left - 3, self._y(1) + 6, "%", REGULAR, 6.5, "right")

    def _name(self, name: str, mid: float, slot: float) -> None:
        c = self.canv
        c.saveState()
        c.translate(mid + 2, self.name_room - 4)
        c.rotate(40)
        c.setFillColor(INK)
        text = fit_text(name, REGULAR, 7, self.name_room * 1.45)
        draw_text(c, 0, 0, text, REGULAR, 7, "right")
        c.restoreState()

    def _cumulative(self, left: float, slot: float) -> None:
        c = self.canv
        points = [(left + (k + 0.5) * slot, self._y(b.cumulative)) for k, b in enumerate(self.bars)]
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        path = c.beginPath()
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(ACCENT)
        for x, y in points:
            c.circle(x, y, 1.8, stroke=0, fill=1)

    def _legend(self) -> None:
        c = self.canv
        y = self.height - 10
        x = self.axis_room
        for colour, label, line in zip(
            (TROUBLE, REVENUE, ACCENT), self.labels, (False, False, True), strict=True
        ):
            c.setFillColor(colour)
            c.setStrokeColor(colour)
            if line:
                c.setLineWidth(1.2)
                c.line(x, y + 3, x + 12, y + 3)
                c.circle(x + 6, y + 3, 1.8, stroke=0, fill=1)
            else:
                c.rect(x, y, 12, 7, stroke=0, fill=1)
            c.setFillColor(INK)
            draw_text(c, x + 16, y, label, REGULAR, 7.5)
            x += 16 + plain_width(label, REGULAR, 7.5) + 16
