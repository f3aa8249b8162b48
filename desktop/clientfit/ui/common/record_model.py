"""A read-only table model over a list of dataclass rows, described by column specs.

Every read-only table of the app shows plain rows with a few formatted columns: the detail tabs,
the backups, the offboarding pages' invoices, timeline and referrals, the Today list, the
import summary and the Pareto table. One model with named columns serves them all; a table says
only what its columns show. Sorting uses the raw value (`SORT_ROLE`), never the display text.
Roles that belong to the whole row (a bold font, a tooltip, an id) come from `row_roles`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    context: str
    title: str  # translated through QCoreApplication.translate(context, title)
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align_right: bool = False


class RecordModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        parent=None,
        *,
        row_roles: Mapping[int, Callable[[Any], Any]] | None = None,
    ):
        super().__init__(parent)
        self._columns = list(columns)
        self._row_roles = dict(row_roles or {})
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            c = self._columns[section]
            return QCoreApplication.translate(c.context, c.title)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == SORT_ROLE:
            value = (col.sort or col.display)(row)
            return value if isinstance(value, (int, float, str)) else str(value)
        if role == ROW_ROLE:
            return index.row()
        if role in self._row_roles:
            return self._row_roles[role](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = col.display(row)
            return text if len(text) > 40 else None
        return None
