"""The app's tables of records, set up one way: whole rows selected one at a time, sorted by a
click on the header, alternating row colours, no row numbers, nothing edited in place (a record
is changed through its dialog). The roster, the client view's tabs, the backups and the plans'
coming-up list are all such tables; each adds only what is its own (headers, sizes, wrapping).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(
    model: QAbstractItemModel,
    accessible_name: str,
    object_name: str = "",
    sort_column: int | None = None,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> QTableView:
    """A read-only table over `model` (usually a sort proxy), sorted by `sort_column` (-1: in
    the model's order until the user clicks a header; None: as Qt's header indicator says)."""
    table = QTableView()
    if object_name:
        table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    if sort_column is not None:
        table.sortByColumn(sort_column, order)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table
