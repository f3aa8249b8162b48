"""What is coming up across running offboarding plans, so no date is missed.

Cooling-off ends, meetings, notice ends and handovers from `clientfit.offboarding.upcoming`, soonest
first, in a table model (sorting on raw values) with a small panel around it for the main window.
Double-clicking (or Enter on) a row asks to open that client's plan: `plan_requested(client_id)`.

`clientfit.offboarding` is imported on the first `refresh()`, not with this module: the main window
builds the panel before its first paint and fills it in just after (`UpcomingPanel(load=False)`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clientfit.i18n import current_language
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.record_model import ROW_ROLE, SORT_ROLE, Column, RecordModel
from clientfit.ui.common.tables import record_table

if TYPE_CHECKING:
    from clientfit.offboarding.views import UpcomingEvent

CLIENT_ID_ROLE = ROW_ROLE + 1
UPCOMING = "UpcomingModel"  # translation context of the table's texts


def _in_days(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate(UPCOMING, "today")
    if days == 1:
        return QCoreApplication.translate(UPCOMING, "tomorrow")
    if days == -1:
        return QCoreApplication.translate(UPCOMING, "yesterday")
    if days < 0:
        return QCoreApplication.translate(UPCOMING, "%1 days ago").replace("%1", str(-days))
    return QCoreApplication.translate(UPCOMING, "in %1 days").replace("%1", str(days))


def _when(event: UpcomingEvent) -> str:
    day = format_day(event.day)
    return f"{day} {event.at:%H:%M}" if event.at else day


def _moment(event: UpcomingEvent) -> str:
    return (event.at or dt.datetime.combine(event.day, dt.time.min)).isoformat()


def _soon_font(event: UpcomingEvent) -> QFont | None:
    """Within two days: bold, which stands out in light and dark palettes alike."""
    if event.days_away > 2:
        return None
    font = QFont()
    font.setBold(True)
    return font


class UpcomingModel(RecordModel):
    """The upcoming dates, one row each; the generic model with these columns and row roles."""

    WHEN, IN, WHAT, CLIENT = range(4)
    COLUMNS = (
        Column(UPCOMING, "When", _when, sort=_moment),
        Column(UPCOMING, "In", lambda e: _in_days(e.days_away), sort=_moment),
        Column(UPCOMING, "What", lambda e: e.label),
        Column(
            UPCOMING, "Client", lambda e: e.client_name, sort=lambda e: e.client_name.casefold()
        ),
    )

    def __init__(self, parent=None):
        super().__init__(
            self.COLUMNS,
            parent,
            row_roles={
                CLIENT_ID_ROLE: lambda e: e.client_id,
                Qt.ItemDataRole.FontRole: _soon_font,
                Qt.ItemDataRole.ToolTipRole: lambda e: f"{e.client_name}: {e.label}",
            },
        )


class UpcomingPanel(QWidget):
    """The "coming up" panel: embed it in the main window and call `refresh()` after changes.

    With `load=False` it starts with an empty line where the "nothing runs" text goes (the usual
    case, so nothing moves when `refresh()` fills it in).
    """

    plan_requested = Signal(int)

    def __init__(
        self,
        parent=None,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
        load: bool = True,
    ):
        super().__init__(parent)
        self._today = today
        self.lang = lang or current_language()
        self.title = QLabel(self.tr("Coming up"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.model = UpcomingModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(
            self.proxy,
            self.tr("Coming up in offboarding plans"),
            "upcomingTable",
            UpcomingModel.WHEN,
        )
        # Rows as tall as their wrapped text: "Waiting for payment of INV-1023, INV-1024" in full.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UpcomingModel.WHAT, QHeaderView.ResizeMode.Stretch)
        # the client's name wraps too, in at most a quarter of the width: What keeps room
        header.setSectionResizeMode(UpcomingModel.CLIENT, QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        if load:
            self.refresh()
        else:
            self.empty.setText(" ")
            self.table.hide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_client_column()

    def _fit_client_column(self) -> None:
        table = self.table
        wanted = max(table.sizeHintForColumn(UpcomingModel.CLIENT), 60)
        room = table.viewport().width()
        dates = sum(table.columnWidth(c) for c in (UpcomingModel.WHEN, UpcomingModel.IN))
        whole = room - dates - wanted >= room * 0.4  # What keeps two fifths: the name unwrapped
        table.setColumnWidth(UpcomingModel.CLIENT, wanted if whole else min(wanted, room // 4))
        table.resizeRowsToContents()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def refresh(self) -> None:
        """Reload the dates (one query over all running plans; cheap enough for the GUI thread)."""
        from clientfit.offboarding import upcoming

        rows = upcoming(self.today(), self.lang)
        self.empty.setText(self.tr("No offboarding plans are running."))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._fit_client_column()

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.proxy.data(index, CLIENT_ID_ROLE)
        if client_id is not None:
            self.plan_requested.emit(int(client_id))
