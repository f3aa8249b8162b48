"""The Today list as a Qt table model: one row per `core.today.TodayItem`, sorted on raw values.

Due rows are bold; rows still ahead and snoozed rows are greyed; a proxy hides the snoozed ones
unless the user asks to see them. No widget needed (tests check it with qtmodeltester).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.record_model import ROW_ROLE, SORT_ROLE, Column, RecordModel

if TYPE_CHECKING:
    from clientfit.core.today import TodayItem

CLIENT_ID_ROLE = ROW_ROLE + 1
ITEM_ROLE = ROW_ROLE + 2
TODAY = "TodayModel"  # translation context of the table's texts


def _t(text: str) -> str:
    return QCoreApplication.translate(TODAY, text)


def due_text(item: TodayItem) -> str:
    """ "today", "3 days late", "in 2 days", "snoozed until 2026-07-03"."""
    if item.snoozed_until is not None:
        return _t("snoozed until %1").replace("%1", format_day(item.snoozed_until))
    if item.days_overdue is None:
        ahead = item.days_ahead or 0
        return _t("tomorrow") if ahead == 1 else _t("in %1 days").replace("%1", str(ahead))
    if item.days_overdue == 0:
        return _t("today")
    if item.days_overdue == 1:
        return _t("1 day late")
    return _t("%1 days late").replace("%1", str(item.days_overdue))


def _when(item: TodayItem) -> str:
    day = format_day(item.date)
    return f"{day} {item.at:%H:%M}" if item.at else day


def _font(item: TodayItem) -> QFont | None:
    if not item.due:
        return None
    font = QFont()
    font.setBold(True)
    return font


def _foreground(item: TodayItem):
    if item.due:
        return None
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def _tooltip(item: TodayItem) -> str:
    text = f"{item.client}: {item.detail}"
    if item.snoozed_until is not None and item.reason:
        text += "\n" + _t("Snoozed: %1").replace("%1", item.reason)
    return text


class TodayModel(RecordModel):
    """The items, one row each; the generic model with these columns and row roles."""

    WHEN, DUE, WHAT, CLIENT = range(4)
    COLUMNS = (
        Column(TODAY, "When", _when, sort=lambda i: (i.at or i.date).isoformat()),
        Column(TODAY, "Due", lambda i: due_text(i), sort=lambda i: i.date.isoformat()),
        Column(TODAY, "What", lambda i: i.detail),
        Column(TODAY, "Client", lambda i: i.client, sort=lambda i: i.client.casefold()),
    )

    def __init__(self, parent=None):
        super().__init__(
            self.COLUMNS,
            parent,
            row_roles={
                CLIENT_ID_ROLE: lambda i: i.client_id,
                ITEM_ROLE: lambda i: i,
                Qt.ItemDataRole.FontRole: _font,
                Qt.ItemDataRole.ForegroundRole: _foreground,
                Qt.ItemDataRole.ToolTipRole: _tooltip,
            },
        )

    def set_listing(self, listing) -> None:
        """Show a `core.today.TodayList`."""
        self.set_rows(listing.items)


class TodayFilter(QSortFilterProxyModel):
    """Sorts on raw values; leaves snoozed items out unless `set_show_snoozed(True)`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._show_snoozed = False

    def set_show_snoozed(self, show: bool) -> None:
        from clientfit.ui.roster.model import rows_filter_change

        with rows_filter_change(self):
            self._show_snoozed = show

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._show_snoozed:
            return True
        item = self.sourceModel().index(row, 0, parent).data(ITEM_ROLE)
        return item is None or item.snoozed_until is None
