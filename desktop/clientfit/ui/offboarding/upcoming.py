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

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.i18n import current_language
from clientfit.ui.common.formatting import format_day

if TYPE_CHECKING:
    from clientfit.offboarding.views import UpcomingEvent

SORT_ROLE = Qt.ItemDataRole.UserRole
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UpcomingModel(QAbstractTableModel):
    WHEN, IN, WHAT, CLIENT = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[UpcomingEvent] = []

    def set_rows(self, rows: list[UpcomingEvent]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UpcomingEvent:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("In"), self.tr("What"), self.tr("Client"))[section]
        return None

    def _in_days(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days < 0:
            return self.tr("%1 days ago").replace("%1", str(-days))
        return self.tr("in %1 days").replace("%1", str(days))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        event = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                when = format_day(event.day)
                return f"{when} {event.at:%H:%M}" if event.at else when
            if col == self.IN:
                return self._in_days(event.days_away)
            return event.label if col == self.WHAT else event.client_name
        if role == SORT_ROLE:
            if col in (self.WHEN, self.IN):
                moment = event.at or dt.datetime.combine(event.day, dt.time.min)
                return moment.isoformat()
            return event.label if col == self.WHAT else event.client_name.casefold()
        if role == CLIENT_ID_ROLE:
            return event.client_id
        if role == Qt.ItemDataRole.FontRole and event.days_away <= 2:
            font = QFont()
            font.setBold(True)  # within two days: stands out in light and dark palettes alike
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{event.client_name}: {event.label}"
        return None


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
        self.table = QTableView()
        self.table.setObjectName("upcomingTable")
        self.table.setAccessibleName(self.tr("Coming up in offboarding plans"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UpcomingModel.WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UpcomingModel.WHAT, QHeaderView.ResizeMode.Stretch)
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

    def _activated(self, index: QModelIndex) -> None:
        client_id = self.proxy.data(index, CLIENT_ID_ROLE)
        if client_id is not None:
            self.plan_requested.emit(int(client_id))
