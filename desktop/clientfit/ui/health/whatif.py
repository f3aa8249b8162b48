"""The what-if view: your year now, and without the clients you picked, side by side.

Opened from the Pareto view (its selected rows), the roster (Client menu, context menu) and the
offboarding dialog. A headline names the clients and the year; a table (`WhatIfModel`) lists each
figure now, without them, and the difference, with a fourth column once the user adds replacement
hours at a rate; lines below say what share of today's trouble the others cause, how many hours
of new work keep revenue level, and where each picked client was heading (its forecast).

The numbers come from `clientfit.core.whatif`: the year's per-client figures are gathered once
off the GUI thread and kept until the data changes (`refresh()`), so changing the replacement
answers at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.core.whatif import WhatIf
from clientfit.ui.common.formatting import format_day, format_money, format_number
from clientfit.ui.common.tasks import run_in_background
from clientfit.ui.health.whatif_model import WhatIfModel, forecast_line, pct

NAMED = 5  # the headline and the forecasts name this many of the chosen clients


def _tr(text: str) -> str:
    return QCoreApplication.translate("WhatIfView", text)


class WhatIfView(QWidget):
    """The what-if of `set_clients(ids)`. `computed` once a result is shown."""

    computed = Signal()

    def __init__(self, parent: QWidget | None = None, at: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("What-if"))
        self.at = at
        self.ids: list[int] = []
        self.figures = None  # (day, the year's per-client figures), kept until refresh()
        self._generation = 0  # bumped by refresh(): figures gathered before it are not kept
        self.result: WhatIf | None = None
        self.busy = False
        self._pending = False
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.window_label = QLabel()
        self.model = WhatIfModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("The year now and without them"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # as tall as its rows: the lines below it follow the figures, not the window's bottom
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 10_000)
        self.hours.setDecimals(0)
        self.hours.setSingleStep(10)
        self.hours.setAccessibleName(_tr("Replacement hours"))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 1_000_000)
        self.rate.setDecimals(0)
        self.rate.setSingleStep(50)
        self.rate.setSpecialValueText(_tr("median rate"))
        self.rate.setAccessibleName(_tr("Replacement rate per hour"))
        self.hours.valueChanged.connect(self._recompute)
        self.rate.valueChanged.connect(self._recompute)
        replace = QHBoxLayout()
        replace.addWidget(QLabel(_tr("Replace with")))
        replace.addWidget(self.hours)
        replace.addWidget(QLabel(_tr("hours of new work at")))
        replace.addWidget(self.rate)
        replace.addWidget(QLabel(_tr("an hour")))
        replace.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(_tr("What it means"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.window_label)
        layout.addWidget(self.table)
        layout.addLayout(replace)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def set_clients(self, ids: list[int]) -> None:
        """Show the year without the clients in `ids`."""
        self.ids = list(dict.fromkeys(ids))
        self._recompute()

    def refresh(self) -> None:
        """The data changed: gather the year's figures again, then answer."""
        self.figures = None
        self._generation += 1
        self._recompute()

    def _recompute(self) -> None:
        if not self.ids:
            return
        if self.busy:
            self._pending = True
            return
        from clientfit.core.figures import gather_figures
        from clientfit.core.whatif import user_rates, what_if
        from clientfit.health.score import today

        self.busy = True
        if self.result is None:
            self.headline.setText(_tr("Computing…"))
        at = self.at or today()
        ids = list(self.ids)
        figures = self.figures[1] if self.figures and self.figures[0] == at else None
        hours = self.hours.value() or None
        rate = Decimal(str(self.rate.value())) if self.rate.value() > 0 else None

        generation = self._generation

        def work():
            held = figures if figures is not None else gather_figures(at)
            return (
                generation,
                (at, held),
                what_if(ids, at, held, replace_hours=hours, rate=rate, rates=user_rates(at)),
            )

        run_in_background(work, self._show, self._failed, context=self)

    def _show(self, answer) -> None:
        self.busy = False
        generation, figures, result = answer
        if generation == self._generation:
            self.figures = figures
        if self._pending:
            self._pending = False
            self._recompute()
            return
        self.result = result
        names = ", ".join(c.name for c in result.removed[:NAMED])
        if len(result.removed) > NAMED:
            names += _tr(" and {n} more").replace("{n}", str(len(result.removed) - NAMED))
        self.headline.setText(_tr("Your year without {names}").replace("{names}", names))
        self.window_label.setText(
            _tr("{first} – {last}: invoiced revenue, hours and messages from clients.")
            .replace("{first}", format_day(result.window.first))
            .replace("{last}", format_day(result.window.at))
        )
        self.model.set_result(result)
        self.summary.setText("\n".join(self._summary(result)))
        self.computed.emit()

    def _summary(self, result: WhatIf) -> list[str]:
        lines = []
        if result.remaining_trouble_share is not None:
            lines.append(
                _tr("The clients who remain cause {share} of today's time and messages.").replace(
                    "{share}", pct(result.remaining_trouble_share)
                )
            )
        r = result.replacement
        if r is not None and r.revenue_lost > 0 and r.hours_to_keep_level:
            how = _tr("your median rate") if r.rate_is_median else _tr("your rate")
            lines.append(
                _tr(
                    "To keep revenue level: about {hours} hours of new work at {rate} an hour ({how})."
                )
                .replace("{hours}", format_number(r.hours_to_keep_level, 0))
                .replace("{rate}", format_money(r.rate, r.currency))
                .replace("{how}", how)
            )
        for c in result.removed[:NAMED]:
            lines.append(forecast_line(c.name, result.forecasts[c.client_id]))
        return lines

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._pending = False
        self.headline.setText(
            _tr("The what-if could not be computed: {error}").replace("{error}", str(exc))
        )
        self.computed.emit()


def chosen_in_pareto(view) -> list[int]:
    """The clients selected in a Pareto view's table (in its order), else its top 20 %: what
    "What if they went?" asks about."""
    rows = sorted(view.table.selectionModel().selectedRows(), key=lambda i: i.row())
    ids = [view.model.row(view.proxy.mapToSource(i).row()).client_id for i in rows]
    if not ids and view.result is not None:
        ids = [r.client_id for r in view.result.rows if r.top]
    return ids


class WhatIfWindow(QDialog):
    """The what-if in a window of its own beside the main one."""

    def __init__(self, parent: QWidget | None = None, at: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhatIfWindow")
        self.setWindowTitle(_tr("What if they went?"))
        self.view = WhatIfView(self, at=at)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 440)
