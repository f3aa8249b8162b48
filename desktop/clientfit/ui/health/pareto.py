"""The Pareto view: which clients take the time and trouble, and which bring the revenue.

A headline names the top 20 % of clients and the share of trouble they cause; a painted chart
shows the clients sorted by trouble (bars for their share of hours and of messages, the
cumulative share as a line, their share of revenue beside it); a sortable table lists them all.
The numbers come from `health.pareto()`, loaded off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.health.pareto import ParetoResult, ParetoRow
from clientfit.ui.common.formatting import format_money, format_number
from clientfit.ui.common.record_model import SORT_ROLE, Column, RecordModel
from clientfit.ui.common.tables import column_menu
from clientfit.ui.common.tasks import run_in_background

HOURS_COLOUR = "#3b78c4"
MESSAGES_COLOUR = "#9061c9"
REVENUE_COLOUR = "#159a9a"
CHART_ROWS = 25  # the chart shows the most troublesome clients; the table shows everyone


PARETO = "ParetoView"  # translation context of the view's texts


def _tr(text: str) -> str:
    return QCoreApplication.translate(PARETO, text)


def _pct(share: float) -> str:
    """A share as a percentage, with two decimals below 1 % so small shares do not read as 0."""
    return format_number(share * 100, 2 if 0 < share < 0.01 else 1) + " %"


def headline(result: ParetoResult) -> str:
    """ "The top 2 clients (20 %) – A and B – take 41 % of your time and trouble and bring 16 % …" """
    if not result.rows:
        return _tr("No hours, messages or payments in the last 12 months yet.")
    note = ""
    if result.unrated:
        note = " " + _tr(
            "Revenue in {codes} is left out: add an exchange rate in Settings → Money."
        ).replace("{codes}", ", ".join(result.unrated))
    names = result.top_names
    if not names:
        return (
            _tr(
                "No client takes more of your time and messages than of your revenue "
                "(last 12 months)."
            )
            + note
        )
    shown = ", ".join(names[:5]) + (
        _tr(" and {n} more").replace("{n}", str(len(names) - 5)) if len(names) > 5 else ""
    )
    return (
        _tr(
            "The top {n} of {total} clients ({names}) take {trouble} of your time and messages "
            "and bring {revenue} of your revenue (last 12 months)."
        )
        .replace("{n}", str(result.top_count))
        .replace("{total}", str(len(result.rows)))
        .replace("{names}", shown)
        .replace("{trouble}", _pct(result.top_trouble_share))
        .replace("{revenue}", _pct(result.top_revenue_share))
    ) + note


def _top_font(r: ParetoRow) -> QFont | None:
    if not r.top:
        return None
    font = QFont()
    font.setBold(True)
    return font


class ParetoTableModel(RecordModel):
    """Every client of the Pareto breakdown, one row each; raw values in SORT_ROLE."""

    (
        CLIENT,
        HOURS,
        MESSAGES,
        HOURS_SHARE,
        MESSAGES_SHARE,
        TROUBLE,
        CUMULATIVE,
        REVENUE,
        REVENUE_SHARE,
        DIFFERENCE,
    ) = range(10)

    def __init__(self, parent=None) -> None:
        self._currency = "SEK"
        columns = (
            Column(PARETO, "Client", lambda r: r.name, sort=lambda r: r.name.casefold()),
            Column(PARETO, "Hours", lambda r: format_number(r.hours, 1), sort=lambda r: r.hours, align_right=True),
            Column(PARETO, "Messages", lambda r: str(r.messages), sort=lambda r: r.messages, align_right=True),
            Column(PARETO, "Share of\nhours", *_share("hours_share"), align_right=True),
            Column(PARETO, "Share of\nmessages", *_share("messages_share"), align_right=True),
            Column(PARETO, "Share of\ntrouble", *_share("trouble_share"), align_right=True),
            Column(PARETO, "Cumulative", *_share("cumulative_trouble_share"), align_right=True),
            Column(
                PARETO,
                "Revenue",
                lambda r: "–" if r.revenue is None else format_money(r.revenue, self._currency),
                sort=lambda r: -1.0 if r.revenue is None else float(r.revenue),
                align_right=True,
            ),
            Column(PARETO, "Share of\nrevenue", *_share("revenue_share"), align_right=True),
            Column(
                PARETO,
                "Trouble minus\nrevenue",
                lambda r: ("+" if r.difference > 0 else "") + _pct(r.difference),
                sort=lambda r: r.difference,
                align_right=True,
            ),
        )  # fmt: skip
        super().__init__(
            columns,
            parent,
            row_roles={
                Qt.ItemDataRole.FontRole: _top_font,
                Qt.ItemDataRole.ToolTipRole: _tooltip,
            },
        )

    def set_result(self, result: ParetoResult | None) -> None:
        self._currency = result.currency if result else "SEK"
        self.set_rows(result.rows if result else [])

    def row(self, n: int) -> ParetoRow:
        return self.row_at(n)


def _share(field: str) -> tuple[Callable, Callable]:
    """A share column's display (the percentage) and sort key (the fraction)."""
    return (lambda r: _pct(getattr(r, field))), (lambda r: getattr(r, field))


def _tooltip(r: ParetoRow) -> str | None:
    if r.revenue is None:
        return _tr("Revenue left out: its currency has no exchange rate (Settings → Money)")
    if r.top:
        return _tr("In the top 20 %: more of your time and trouble than of your revenue")
    return None


class ParetoChart(QWidget):
    """Clients sorted by trouble: hours and messages bars, cumulative line, revenue beside."""

    ROW_H = 24
    NAME_W = 190
    SIDE_W = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParetoRow] = []
        self._others: tuple[int, float, float] | None = None  # count, trouble, revenue shares
        self.setAccessibleName(_tr("Pareto chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_result(self, result: ParetoResult | None) -> None:
        rows = list(result.rows) if result else []
        self._rows = rows[:CHART_ROWS]
        rest = rows[CHART_ROWS:]
        self._others = (
            (len(rest), sum(r.trouble_share for r in rest), sum(r.revenue_share for r in rest))
            if rest
            else None
        )
        self.setFixedHeight(self.sizeHint().height())
        self.setAccessibleDescription(headline(result) if result else "")
        self.update()

    def sizeHint(self) -> QSize:
        n = len(self._rows) + (1 if self._others else 0)
        return QSize(760, 40 + max(1, n) * self.ROW_H + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        w = self.width()
        bars_x = self.NAME_W + 8
        cum_x = w - 2 * self.SIDE_W - 8
        rev_x = w - self.SIDE_W
        bars_w = max(60, cum_x - bars_x - 70)
        top = 40
        fm = painter.fontMetrics()

        # Header: column titles with the legend swatches.
        painter.setPen(muted)
        painter.drawText(QRectF(0, 4, self.NAME_W, 20), Qt.AlignmentFlag.AlignLeft, _tr("Client"))
        x = bars_x
        for colour, label in ((HOURS_COLOUR, _tr("Hours")), (MESSAGES_COLOUR, _tr("Messages"))):
            painter.fillRect(QRectF(x, 9, 10, 10), QColor(colour))
            painter.drawText(QRectF(x + 14, 4, 120, 20), Qt.AlignmentFlag.AlignLeft, label)
            x += 14 + fm.horizontalAdvance(label) + 16
        painter.drawText(
            QRectF(cum_x, 4, self.SIDE_W, 20), Qt.AlignmentFlag.AlignLeft, _tr("Cumulative")
        )
        painter.fillRect(QRectF(rev_x, 9, 10, 10), QColor(REVENUE_COLOUR))
        painter.drawText(
            QRectF(rev_x + 14, 4, self.SIDE_W, 20), Qt.AlignmentFlag.AlignLeft, _tr("Revenue")
        )

        if not self._rows:
            painter.drawText(
                QRectF(0, top, w, self.ROW_H), Qt.AlignmentFlag.AlignCenter, _tr("No data yet")
            )
            painter.end()
            return
        scale = max(max(r.hours_share, r.messages_share) for r in self._rows) or 1.0
        rev_scale = max([r.revenue_share for r in self._rows] + [0.0001])
        highlight = pal.color(QPalette.ColorRole.Highlight)
        highlight.setAlphaF(0.13)
        cum_points = []
        for i, r in enumerate(self._rows):
            y = top + i * self.ROW_H
            if r.top:
                painter.fillRect(QRectF(0, y, w, self.ROW_H), highlight)
            painter.setPen(text)
            name = fm.elidedText(r.name, Qt.TextElideMode.ElideRight, self.NAME_W - 6)
            painter.drawText(
                QRectF(4, y, self.NAME_W - 4, self.ROW_H), Qt.AlignmentFlag.AlignVCenter, name
            )
            painter.fillRect(
                QRectF(bars_x, y + 5, bars_w * r.hours_share / scale, 6), QColor(HOURS_COLOUR)
            )
            painter.fillRect(
                QRectF(bars_x, y + 13, bars_w * r.messages_share / scale, 6),
                QColor(MESSAGES_COLOUR),
            )
            end = bars_x + bars_w * max(r.hours_share, r.messages_share) / scale
            painter.drawText(
                QRectF(end + 6, y, 70, self.ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                _pct(r.trouble_share),
            )
            cum_points.append(
                QPointF(cum_x + (self.SIDE_W - 50) * r.cumulative_trouble_share, y + self.ROW_H / 2)
            )
            painter.fillRect(
                QRectF(rev_x, y + 7, (self.SIDE_W - 52) * r.revenue_share / rev_scale, 10),
                QColor(REVENUE_COLOUR),
            )
            painter.drawText(
                QRectF(rev_x + self.SIDE_W - 48, y, 48, self.ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                _pct(r.revenue_share),
            )
        # The cumulative line, with the 80 % mark.
        guide = QPen(muted, 1, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        x80 = cum_x + (self.SIDE_W - 50) * 0.8
        bottom = top + len(self._rows) * self.ROW_H
        painter.drawLine(QPointF(x80, top), QPointF(x80, bottom))
        painter.drawText(QRectF(x80 - 20, top - 14, 40, 12), Qt.AlignmentFlag.AlignCenter, "80 %")
        painter.setPen(QPen(text, 1.6))
        painter.drawPolyline(QPolygonF(cum_points))
        painter.setBrush(text)
        for p in cum_points:
            painter.drawEllipse(p, 2.5, 2.5)
        painter.setPen(text)
        last = self._rows[-1]
        painter.drawText(
            QRectF(cum_points[-1].x() + 6, bottom - self.ROW_H, 50, self.ROW_H),
            Qt.AlignmentFlag.AlignVCenter,
            _pct(last.cumulative_trouble_share),
        )
        top_n = sum(1 for r in self._rows if r.top)
        if 0 < top_n < len(self._rows):
            y = top + top_n * self.ROW_H
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1.5))
            painter.drawLine(QPointF(0, y), QPointF(w, y))
        if self._others:
            n, trouble, revenue = self._others
            painter.setPen(muted)
            text_others = (
                _tr("{n} more clients: {trouble} of the trouble, {revenue} of the revenue")
                .replace("{n}", str(n))
                .replace("{trouble}", _pct(trouble))
                .replace("{revenue}", _pct(revenue))
            )
            painter.drawText(
                QRectF(4, bottom, w - 8, self.ROW_H), Qt.AlignmentFlag.AlignVCenter, text_others
            )
        painter.end()


class ParetoView(QWidget):
    """The whole portfolio's Pareto breakdown. `refresh()` reloads it; `loaded` when shown."""

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Pareto view"))
        self.result: ParetoResult | None = None
        self.loading = False
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setAccessibleName(_tr("Top 20 % of clients"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.chart = ParetoChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.model = ParetoTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_tr("Clients by share of trouble"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # what-if
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # two-line headers and content-wide columns: every column fits a 1000-pixel window
        # without a sideways scrollbar; the names take what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        # the two shares that make up the trouble share: behind a right-click on the header
        column_menu(self.table, (ParetoTableModel.HOURS_SHARE, ParetoTableModel.MESSAGES_SHARE))
        # the ranking: trouble share minus revenue share (only a positive one makes the top)
        self.table.sortByColumn(ParetoTableModel.DIFFERENCE, Qt.SortOrder.DescendingOrder)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Compute the breakdown again (in the background) and show it."""
        from clientfit.health import pareto

        self.loading = True
        self.headline.setText(_tr("Computing…"))
        run_in_background(pareto, self._show, self._failed, context=self)

    def _show(self, result: ParetoResult) -> None:
        self.loading = False
        self.result = result
        self.headline.setText(headline(result))
        self.chart.set_result(result)
        self.model.set_result(result)
        total = sum(self.splitter.sizes()) or self.height()
        chart_h = min(self.chart.sizeHint().height() + 12, int(total * 0.65))
        self.splitter.setSizes([chart_h, max(120, total - chart_h)])
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.headline.setText(
            _tr("The Pareto view could not be computed: {error}").replace("{error}", str(exc))
        )
        self.loaded.emit()
