"""The what-if's table: each figure of the year now, without the chosen clients, the change, and
with the replacement work (`WhatIfModel`, read-only, over a `core.whatif.WhatIf`); and the line
that says where a chosen client was heading (`forecast_line`).

Money is shown one line per currency (never summed across currencies); with the user's exchange
rates two more rows give revenue and rate in the base currency.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from clientfit.core.forecast import Forecast
from clientfit.core.whatif import Side, WhatIf
from clientfit.ui.common.formatting import format_money, format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatIfView", text)


def _money(values: dict[str, int]) -> str:
    """One line per currency: money is never summed across currencies."""
    return (
        "\n".join(format_money(Decimal(v) / 100, cur) for cur, v in sorted(values.items()) if v)
        or "–"
    )


def pct(share: float | None) -> str:
    return "–" if share is None else format_number(share * 100, 1) + " %"


def _rows() -> list[tuple[str, Callable[[Side], str]]]:
    """(label, how a side shows the figure), in the table's order."""
    return [
        (_tr("Revenue (invoiced)"), lambda s: _money(s.revenue)),
        (_tr("Billed hours"), lambda s: format_number(s.billed_seconds / 3600, 1)),
        (_tr("Messages from clients"), lambda s: format_number(s.messages, 0)),
        (_tr("… after hours"), lambda s: format_number(s.after_hours, 0)),
        (_tr("Revision rounds"), lambda s: format_number(s.rounds, 0)),
        (_tr("Overdue now"), lambda s: _money(s.overdue)),
        (
            _tr("… days late (weighted)"),
            lambda s: (
                "\n".join(
                    f"{format_number(s.average_days_late(c) or 0, 0)} ({c})"
                    for c in sorted(s.overdue)
                )
                or "–"
            ),
        ),
        (
            _tr("Effective hourly rate"),
            lambda s: (
                "\n".join(
                    _tr("{amount}/h").replace("{amount}", format_money(v, c))
                    for c, v in s.effective_rate().items()
                )
                or "–"
            ),
        ),
        (_tr("Share of trouble of the top 20 %"), lambda s: pct(s.top_trouble_share)),
    ]


def _base_rows(result: WhatIf) -> list[tuple[str, Callable[[Side], str]]]:
    """Revenue and rate again in the base currency, converted with the user's exchange rates
    (the in-base sides are picked by the side's identity: now, without, replaced)."""
    b = result.in_base
    pick = {id(result.now): b.now, id(result.without): b.without}

    def base_side(s: Side) -> Side:
        return pick.get(id(s), s)

    return [
        (
            _tr("Revenue in {currency} (your exchange rates)").replace("{currency}", b.currency),
            lambda s: _money({b.currency: base_side(s).revenue.get(b.currency, 0)}),
        ),
        (
            _tr("Effective hourly rate in {currency}").replace("{currency}", b.currency),
            lambda s: (
                "\n".join(
                    _tr("{amount}/h").replace("{amount}", format_money(v, c))
                    for c, v in base_side(s).effective_rate().items()
                    if c == b.currency
                )
                or "–"
            ),
        ),
    ]


def _difference(row: int, now: Side, without: Side) -> str:
    """The change a figure makes, where it is one number (money: per currency)."""
    if row in (0, 5):
        attr = "revenue" if row == 0 else "overdue"
        a, b = getattr(now, attr), getattr(without, attr)
        lines = [
            ("+" if b.get(c, 0) - a.get(c, 0) > 0 else "")
            + format_money(Decimal(b.get(c, 0) - a.get(c, 0)) / 100, c)
            for c in sorted(set(a) | set(b))
            if b.get(c, 0) != a.get(c, 0)
        ]
        return "\n".join(lines) or "0"
    values = {
        1: (now.billed_seconds / 3600, without.billed_seconds / 3600, 1),
        2: (now.messages, without.messages, 0),
        3: (now.after_hours, without.after_hours, 0),
        4: (now.rounds, without.rounds, 0),
    }
    if row not in values:
        return ""
    a, b, decimals = values[row]
    diff = b - a
    text = format_number(diff, decimals)
    return ("+" + text) if diff > 0 else text


class WhatIfModel(QAbstractTableModel):
    """The figures of one what-if: Figure, Now, Without, Change (, With replacement)."""

    FIGURE, NOW, WITHOUT, CHANGE, REPLACED = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: WhatIf | None = None
        self._rows = _rows()

    def set_result(self, result: WhatIf | None) -> None:
        self.beginResetModel()
        self.result = result
        self._rows = _rows()
        if result is not None and result.in_base is not None:
            self._rows += _base_rows(result)
        self.endResetModel()

    def _replaced(self) -> Side | None:
        r = self.result.replacement if self.result else None
        return r.replaced if r else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.result is None else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 5 if self._replaced() is not None else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.REPLACED and self.result and self.result.replacement:
            r = self.result.replacement
            return (
                _tr("With {hours} h at {rate}")
                .replace("{hours}", format_number(r.hours or 0, 0))
                .replace("{rate}", format_money(r.rate, r.currency))
            )
        return (_tr("Figure"), _tr("Now"), _tr("Without them"), _tr("Change"), "")[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.result is None:
            return None
        label, show = self._rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.FIGURE:
                return label
            if c == self.NOW:
                return show(self.result.now)
            if c == self.WITHOUT:
                return show(self.result.without)
            if c == self.CHANGE:
                return _difference(index.row(), self.result.now, self.result.without)
            replaced = self._replaced()
            return show(replaced) if replaced is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and c != self.FIGURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and c == self.WITHOUT:
            font = QFont()
            font.setBold(True)
            return font
        return None


def forecast_line(name: str, f: Forecast) -> str:
    """ "Lumo Studio was worsening: −5.0 points a month over 12 months." """
    if not f.known:
        return (
            _tr("{client}: no forecast yet ({n} of the 4 monthly scores it needs).")
            .replace("{client}", name)
            .replace("{n}", str(len(f.months)))
        )
    words = {
        "improving": _tr("improving"),
        "steady": _tr("steady"),
        "worsening": _tr("worsening"),
    }
    slope = format_number(f.slope or 0.0, 1)
    if (f.slope or 0) > 0:
        slope = "+" + slope
    return (
        _tr("{client} was {direction}: {slope} points a month over {n} months.")
        .replace("{client}", name)
        .replace("{direction}", words[f.direction])
        .replace("{slope}", slope.replace("-", "−"))
        .replace("{n}", str(len(f.months)))
    )
