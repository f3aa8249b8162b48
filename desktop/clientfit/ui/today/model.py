"""The Today list as a Qt table model: one row per `core.today.TodayItem`, sorted on raw values.

Due rows are bold; rows still ahead and snoozed rows are greyed; snoozed ones are left out unless
the user asks to see them. No widget needed (tests check it with qtmodeltester).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
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


_BOLD: list[QFont] = []


def _font(item: TodayItem) -> QFont | None:
    """Bold in the Due column of what is due (the rest of the row stays readable at its width)."""
    if not item.due:
        return None
    if not _BOLD:  # one font for every due row (made once the app is up)
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


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

    WHEN, DUE, CLIENT, WHAT = range(4)
    COLUMNS = (
        Column(TODAY, "When", _when, sort=lambda i: (i.at or i.date).isoformat()),
        Column(TODAY, "Due", lambda i: due_text(i), sort=lambda i: i.date.isoformat()),
        Column(TODAY, "Client", lambda i: i.client, sort=lambda i: i.client.casefold()),
        Column(TODAY, "What", lambda i: i.detail),
    )

    def __init__(self, parent=None):
        super().__init__(
            self.COLUMNS,
            parent,
            row_roles={
                CLIENT_ID_ROLE: lambda i: i.client_id,
                ITEM_ROLE: lambda i: i,
                Qt.ItemDataRole.ForegroundRole: _foreground,
                Qt.ItemDataRole.ToolTipRole: _tooltip,
            },
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole:
            if index.isValid() and index.column() == self.DUE:
                return _font(self.row_at(index.row()))
            return None
        return super().data(index, role)

    def set_listing(self, listing, snoozed: bool = False) -> None:
        """Show a `core.today.TodayList`: its snoozed items too with `snoozed` (chosen in
        Python here: a proxy's filter would call back into Python once per row)."""
        items = listing.items
        self.set_rows(items if snoozed else [i for i in items if i.snoozed_until is None])


class TodayFilter(QSortFilterProxyModel):
    """Sorts on raw values when a header is clicked (the list comes sorted by date)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
