"""The roster as a Qt table model, and the proxy that filters it.

Rows are plain `RosterRow`s (a client summary plus its score; named tuples, quick to build by the
ten thousand). Sorting and filtering both happen in the source model, in one Python pass each:
each column's order is computed once per load (`column_orders`, which the window runs on its
loading worker, so no header click pays for it) and the filter is one list comprehension over
precomputed case-folded names. The proxy only passes rows through, so Qt never calls Python once per row: at
10,000 clients a keystroke or a header click costs a few milliseconds, not a thousand Python calls.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from clientfit.health.bands import BAND_RANK
from clientfit.ui.common.band_style import band_icon, band_label
from clientfit.ui.common.formatting import format_day, format_money

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BAND_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset(
    (_DISPLAY, int(SORT_ROLE), ID_ROLE, BAND_ROLE, _ALIGNMENT, _DECORATION, _ACCESSIBLE, _TOOLTIP)
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


class RosterRow(NamedTuple):
    id: int
    name: str
    status: str  # active | ending (an offboarding plan runs) | archived
    score: int | None
    band: str  # a bands key
    last_contact: dt.date | None
    outstanding: Decimal
    currency: str
    missing: str = ""  # an unknown client's first lack ("3 messages so far; needs 10 ...")


NAME, STATUS, HEALTH, LAST_CONTACT, OUTSTANDING = range(5)
STATUS_RANK = {"active": 0, "ending": 1, "archived": 2}


def sort_key(r: RosterRow, col: int):
    """What a column sorts on; the name (case-folded) breaks ties."""
    if col == NAME:
        return r.name.casefold()
    if col == STATUS:
        return (STATUS_RANK.get(r.status, 2), r.name.casefold())
    if col == HEALTH:
        return (BAND_RANK[r.band], r.score if r.score is not None else 999, r.name.casefold())
    if col == LAST_CONTACT:
        return (r.last_contact or dt.date.min, r.name.casefold())
    return (r.outstanding, r.name.casefold())


def column_orders(rows: list[RosterRow]) -> dict[int, list[RosterRow]]:
    """Every column's ascending order, as `sort_key` defines it. Pure Python, no Qt: the window
    runs it on its loading worker. The name order first, then a stable sort on each column's own
    value keeps the name as the tie-break without building tuple keys."""
    by_name = sorted(rows, key=lambda r: r.name.casefold())
    rank = BAND_RANK
    return {
        NAME: by_name,
        STATUS: sorted(by_name, key=lambda r: STATUS_RANK.get(r.status, 2)),
        HEALTH: sorted(
            by_name, key=lambda r: (rank[r.band], r.score if r.score is not None else 999)
        ),
        LAST_CONTACT: sorted(by_name, key=lambda r: r.last_contact or dt.date.min),
        OUTSTANDING: sorted(by_name, key=lambda r: r.outstanding),
    }


class RosterModel(QAbstractTableModel):
    NAME, STATUS, HEALTH, LAST_CONTACT, OUTSTANDING = range(5)  # the module's column numbers
    HEADERS = (
        ("RosterModel", "Client"),
        ("RosterModel", "Status"),
        ("RosterModel", "Health"),
        ("RosterModel", "Last contact"),
        ("RosterModel", "Outstanding"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[RosterRow] = []  # every row, in sort order
        self._rows: list[RosterRow] = []  # the rows shown: _all through the filter
        self._folded: dict[int, str] = {}  # id -> case-folded name
        self._orders: dict[int, list[RosterRow]] = {}  # column -> rows in ascending order
        self._filter: tuple[str, frozenset[str] | None, bool] = ("", None, True)
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)

    # --- data in ---
    def set_rows(
        self, rows: list[RosterRow], orders: dict[int, list[RosterRow]] | None = None
    ) -> None:
        """New rows; `orders` (from `column_orders(rows)`) spares computing each column's order
        on the first click on its header."""
        self.beginResetModel()
        self._all = list(rows)
        folded = [r.name.casefold() for r in self._all]
        self._folded = dict(zip([r.id for r in self._all], folded, strict=True))
        self._orders = dict(orders) if orders else {}
        if NAME not in self._orders:  # by index: no Python call per row (the first paint waits)
            by_name = sorted(range(len(folded)), key=folded.__getitem__)
            self._orders[NAME] = [self._all[i] for i in by_name]
        self._apply_sort()
        self.endResetModel()

    def row_at(self, row: int) -> RosterRow:
        return self._rows[row]

    def all_rows(self) -> list[RosterRow]:
        """Every row loaded, the filter's hidden ones too (for counts)."""
        return self._all

    def row_of(self, client_id: int) -> int:
        for n, r in enumerate(self._rows):
            if r.id == client_id:
                return n
        return -1

    # --- Qt model API ---
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(*self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # a repaint asks a dozen roles per cell: the ones this model never answers leave at once
        if role not in _ANSWERED or not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == NAME:
                return r.name
            if col == STATUS:
                return {"active": _tr("Active"), "ending": _tr("Ending")}.get(
                    r.status, _tr("Archived")
                )
            if col == HEALTH:
                if r.score is None:  # no number without evidence: say so (once scores are in),
                    # briefly, so the column leaves the names their room; the tooltip says why
                    return _tr("No score yet") if r.missing else "–"
                return str(r.score)
            if col == LAST_CONTACT:
                return format_day(r.last_contact)
            if col == OUTSTANDING:
                return format_money(r.outstanding, r.currency)
        elif role == SORT_ROLE:
            return sort_key(r, col)
        elif role == ID_ROLE:
            return r.id
        elif role == BAND_ROLE:
            return r.band
        elif role == _ALIGNMENT and col == OUTSTANDING:
            return _RIGHT
        elif role == _DECORATION and col == HEALTH:
            return band_icon(r.band)
        elif role == _ACCESSIBLE and col == HEALTH:
            label = band_label(r.band)
            return label if r.score is None else f"{r.score}, {label}"
        elif role == _TOOLTIP and col == HEALTH:
            if r.score is None:
                band = band_label(r.band)
                return f"{band}: {r.missing}" if r.missing.strip() else band
            band = band_label(r.band)
            return (
                _tr("Health score {score} of 100: {band}")
                .replace("{score}", str(r.score))
                .replace("{band}", band)
            )
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout(self._apply_sort)

    def set_filter(self, needle: str, bands: set[str] | None, show_archived: bool) -> None:
        """Show only rows whose folded name contains `needle`, in `bands`, archived or not."""
        self._filter = (needle, None if bands is None else frozenset(bands), show_archived)
        self._relayout(self._apply_filter)

    def _relayout(self, change) -> None:
        """Rows reordered or filtered in place: persistent indexes (the selection) follow their
        client, or become invalid when it is filtered out."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[i.row()] for i in persistent]
        change()
        # a handful of persistent indexes (the selection): find their rows by identity, a C loop
        # each, rather than mapping all 10,000 rows on every keystroke and click
        pos: dict[int, int] = {}
        for r in set(before):
            with contextlib.suppress(ValueError):
                pos[r.id] = self._rows.index(r)
        self.changePersistentIndexList(
            persistent,
            [
                self.index(pos[r.id], p.column()) if r.id in pos else QModelIndex()
                for r, p in zip(before, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        ascending = self._orders.get(column)
        if ascending is None:
            ascending = self._orders[column] = sorted(self._all, key=lambda r: sort_key(r, column))
        self._all = ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle, bands, show_archived = self._filter
        rows = self._all
        if needle:
            folded = self._folded
            rows = [r for r in rows if needle in folded[r.id]]
        if not show_archived:
            rows = [r for r in rows if r.status != "archived"]
        if bands is not None:
            rows = [r for r in rows if r.band in bands]
        self._rows = rows

    def folded_name(self, row: int) -> str:
        return self._folded[self._rows[row].id]


@contextlib.contextmanager
def rows_filter_change(proxy: QSortFilterProxyModel):
    """Change a proxy's row filter: begin/endFilterChange on Qt >= 6.10, invalidateRowsFilter before."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older Qt
        yield
        proxy.invalidateRowsFilter()


class RosterFilter(QSortFilterProxyModel):
    """Filters by search text, band and archived state; both the filter and the sort are applied
    by the source `RosterModel` (no Python call per row), this proxy passes its rows through."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._bands: set[str] | None = None
        self._show_archived = True

    def set_search(self, text: str) -> None:
        self._needle = " ".join(text.split()).casefold()
        self._push()

    def set_bands(self, bands: set[str] | None) -> None:
        self._bands = bands
        self._push()

    def set_show_archived(self, show: bool) -> None:
        self._show_archived = show
        self._push()

    def _push(self) -> None:
        self.sourceModel().set_filter(self._needle, self._bands, self._show_archived)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
