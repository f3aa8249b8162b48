"""The top of the client view: the gauge, the factors with their evidence, the trend, and the
buttons for what only the user knows (a revision round, the gut rating, "I considered ending
this client today").

All numbers come from `clientfit.health`; the panel loads them off the GUI thread (scoring one
client still weighs it against the whole portfolio) and only arranges them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clientfit import health
from clientfit.health.config import FACTOR_KEYS
from clientfit.store import user_log
from clientfit.store.clients import set_gut
from clientfit.store.user_log import DeliverableRounds
from clientfit.ui.common.formatting import format_number, keep_units_together
from clientfit.ui.common.gut_scale import gut_label, gut_steps
from clientfit.ui.common.read_only import writes
from clientfit.ui.common.tasks import run_in_background
from clientfit.ui.health.charts import FactorBar, TrendChart
from clientfit.ui.health.gauge import HealthGauge
from clientfit.ui.health.legend import FactorLegend
from clientfit.ui.health.no_score import NoScoreNote

GAUGE_WIDTH = 180  # the gauge and its trend: one column this wide


@dataclass(frozen=True)
class PanelData:
    """Everything the panel shows about one client, read in one background job."""

    client_id: int
    score: health.ClientScore
    trend: list[tuple[str, int | None]]
    deliverables: list[DeliverableRounds]
    gut: int | None
    considered: int
    missing: list[str]  # what keeps the client from a score (empty when scored)


def load_panel_data(client_id: int, at: dt.date | None = None) -> PanelData:
    """Score, trend (snapshots, with the running month replaced by the live score) and logs."""
    from clientfit.store.models import Client

    at = at or dt.date.today()
    score = health.score_client(client_id, at)
    points = {p.month: p.score for p in health.trend(client_id, months=12, at=at)}
    points[f"{at.year:04d}-{at.month:02d}"] = score.score
    client = Client.get_by_id(client_id)
    return PanelData(
        client_id=client_id,
        score=score,
        trend=sorted(points.items()),
        deliverables=user_log.deliverable_rounds(client_id),
        gut=client.gut,
        considered=user_log.considerations(client_id, at),
        missing=score.missing,  # worked out here, off the GUI thread
    )


class FactorRow:
    """One line of the breakdown: name, weight, risk bar, evidence (or "no data")."""

    def __init__(self, key: str, grid: QGridLayout, row: int) -> None:
        self.key = key
        self.name = QLabel(health.factor_label(key))
        self.weight = QLabel()
        self.weight.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.weight.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.bar = FactorBar()
        self.bar.setAccessibleName(health.factor_label(key))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Preferred (not Ignored) width keeps QLabel's height-for-width, so wrapped evidence
        # gets the lines it needs instead of being clipped.
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.detail.setMinimumWidth(130)
        grid.addWidget(self.name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.weight, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.bar, row, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.detail, row, 3)

    def show(self, factor: health.Factor | None) -> None:
        risk = factor.risk if factor else None
        self.weight.setText(weight_text(factor.weight) if factor else "")
        self.bar.set_risk(risk)
        no_data = QCoreApplication.translate("HealthPanel", "No data")
        if factor is None:
            text = no_data
        elif risk is None:
            text = f"{no_data} – {factor.detail}"
        else:
            text = factor.detail
        self.detail.setText(keep_units_together(text))
        self.detail.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if risk is None else QPalette.ColorRole.WindowText
        )
        tip = (
            no_data
            if risk is None
            else QCoreApplication.translate("HealthPanel", "Risk {risk} %, weight {weight}")
            .replace("{risk}", str(round(risk * 100)))
            .replace("{weight}", weight_text(factor.weight))
        )
        self.bar.setToolTip(tip)
        self.name.setToolTip(tip)


def weight_text(weight: float) -> str:
    """A factor's weight as the panel shows it ("×1.5", "×1,5" in Swedish)."""
    return "×" + format_number(weight, 1 if weight != int(weight) else 0)


class HealthPanel(QWidget):
    """Gauge + factor breakdown + trend + logging buttons. `set_client(id)`; `changed` after a log."""

    changed = Signal()
    loaded = Signal()  # the panel shows fresh data (tests wait for it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Client health"))
        self.client_id: int | None = None
        self.data: PanelData | None = None
        self.loading = False
        self.read_only = False  # the file is read-only: scores are shown, nothing can be logged
        self._running = False  # a background load is under way
        self._pending = False  # another load was asked for meanwhile
        self._generation = 0

        self.gauge = HealthGauge()
        self.trend = TrendChart()
        self.trend_title = QLabel(self.tr("Last 12 months"))
        self.trend_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.gauge.setFixedSize(GAUGE_WIDTH, 140)
        self.trend.setFixedWidth(GAUGE_WIDTH)
        self.gauge_box = QWidget()  # hidden, like the factors, for a client without a score
        left = QVBoxLayout(self.gauge_box)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(2)
        left.addWidget(self.gauge)
        left.addWidget(self.trend_title)
        left.addWidget(self.trend)
        left.addStretch(1)

        self.factors_box = QWidget()
        grid = QGridLayout(self.factors_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(3, 1)
        self.legend = FactorLegend(grid)
        self.rows = {key: FactorRow(key, grid, n + 1) for n, key in enumerate(FACTOR_KEYS)}

        self.revision_button = writes(QPushButton(self.tr("Log a revision round")))
        self.revision_button.setAccessibleName(self.tr("Log a revision round on a deliverable"))
        self.revision_menu = QMenu(self.revision_button)
        self.revision_button.setMenu(self.revision_menu)
        self.revision_menu.triggered.connect(self._log_revision)

        self.gut_combo = writes(QComboBox())
        self.gut_combo.setAccessibleName(self.tr("Gut feeling about this client"))
        self.gut_combo.addItem(gut_label(None), None)
        for rating, label in gut_steps():
            self.gut_combo.addItem(label, rating)
        self.gut_combo.activated.connect(self._set_gut)
        self.gut_title = QLabel(self.tr("&Gut feeling:"))
        self.gut_title.setBuddy(self.gut_combo)

        self.consider_button = writes(QPushButton(self.tr("I considered ending this client today")))
        self.consider_button.setAccessibleName(self.consider_button.text())
        self.consider_button.clicked.connect(self._consider)
        self.considered_label = QLabel()
        self.considered_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.considered_label.setWordWrap(True)  # beside two buttons: wraps rather than clips

        # short rows rather than one long one: the panel fits a narrow window
        first = QHBoxLayout()
        first.addWidget(self.gut_title)
        first.addWidget(self.gut_combo)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.revision_button)
        second.addWidget(self.consider_button)
        second.addStretch(1)
        actions = QVBoxLayout()
        actions.setSpacing(4)
        actions.addLayout(first)
        actions.addLayout(second)
        actions.addWidget(self.considered_label)

        # a client without enough data: what is missing and what to do, not empty bars
        self.no_score = NoScoreNote()
        self.import_requested = self.no_score.import_requested
        self.deliverable_requested = self.no_score.deliverable_requested
        right = QVBoxLayout()
        right.addWidget(self.no_score)
        right.addWidget(self.factors_box)
        right.addSpacing(6)
        right.addLayout(actions)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.gauge_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(right, 1)
        self._show(None)

    # --- loading ---
    def set_client(self, client_id: int | None) -> None:
        """Show a client (None: an empty panel). Loads in the background; `loaded` when shown."""
        self.client_id = client_id
        self._generation += 1
        if client_id is None:
            self.loading = False
            self._show(None)
            self.loaded.emit()
            return
        self.refresh()

    def refresh(self) -> None:
        """Load the current client again (after an import, a settings change, a log).

        One load runs at a time: clicking through ten clients quickly starts the newest one
        when the running load ends, instead of queueing ten portfolio passes.
        """
        if self.client_id is None:
            return
        self.loading = True
        if self._running:
            self._pending = True
            return
        self._start()

    def _start(self) -> None:
        self._running, self._pending = True, False
        generation, client_id = self._generation, self.client_id
        run_in_background(
            lambda: load_panel_data(client_id),
            lambda data: self._done(generation, data, None),
            lambda exc: self._done(generation, None, exc),
            context=self,
        )

    def _done(self, generation: int, data: PanelData | None, exc: BaseException | None) -> None:
        self._running = False
        if self._pending or generation != self._generation:
            if self.client_id is not None:
                self._start()  # the user has moved on (or logged something): load that
            return
        self.loading = False
        if exc is not None:
            self._failed(exc)
            return
        self._show(data)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._show(None)
        # a client deleted meanwhile is no error; a hidden panel (closing window) has nobody to tell
        if not isinstance(exc, LookupError) and self.isVisible():
            QMessageBox.warning(
                self,
                self.tr("Client health"),
                self.tr("The health score could not be computed:\n{error}").replace(
                    "{error}", str(exc)
                ),
            )
        self.loaded.emit()

    def set_read_only(self, on: bool) -> None:
        """A read-only file: the scores stay, the logging buttons say why they are off."""
        self.read_only = on
        self._show(self.data)

    # --- showing ---
    def _show(self, data: PanelData | None) -> None:
        self.data = data
        score = data.score if data else None
        self.gauge.set_score(score.score if score else None)
        missing = data.missing if data else []
        self.no_score.set_missing(missing)
        self.no_score.set_read_only(self.read_only)
        self.no_score.setVisible(bool(missing))
        self.gauge_box.setVisible(not missing)
        self.factors_box.setVisible(not missing)
        factors = {f.key: f for f in score.factors} if score else {}
        for key, row in self.rows.items():
            row.show(factors.get(key))
        self.trend.set_points(data.trend if data else [])
        enabled = data is not None and not self.read_only
        for w in (self.revision_button, self.gut_combo, self.consider_button):
            w.setEnabled(enabled)
            w.setToolTip(
                self.tr("The database is read-only: nothing can be logged.")
                if self.read_only
                else ""
            )
        self.revision_menu.clear()
        deliverables = data.deliverables if data else []
        for d in deliverables:
            text = (
                self.tr("{title} ({n} rounds so far)")
                .replace("{title}", d.title)
                .replace("{n}", str(d.rounds))
            )
            action = writes(self.revision_menu.addAction(text))
            action.setData(d.deliverable_id)
        if enabled and not deliverables:
            self.revision_button.setEnabled(False)
            self.revision_button.setToolTip(self.tr("Add a deliverable first"))
        elif not self.read_only:
            self.revision_button.setToolTip(self.tr("Log one more round of changes"))
        self.gut_combo.setCurrentIndex(max(0, self.gut_combo.findData(data.gut if data else None)))
        considered = data.considered if data else 0
        self.considered_label.setText(
            self.tr("Considered ending {n}× in the last 30 days").replace("{n}", str(considered))
            if considered
            else ""
        )

    # --- logging ---
    def _after_log(self) -> None:
        self.refresh()
        self.changed.emit()

    def _log_revision(self, action) -> None:
        if self.client_id is None or action.data() is None:
            return
        user_log.log_revision(int(action.data()))
        self._after_log()

    def _set_gut(self, index: int) -> None:
        if self.client_id is None:
            return
        rating = self.gut_combo.itemData(index)
        if self.data is not None and rating == self.data.gut:
            return
        set_gut(self.client_id, rating)
        self._after_log()

    def _consider(self) -> None:
        if self.client_id is None:
            return
        user_log.log_consideration(self.client_id)
        self._after_log()
