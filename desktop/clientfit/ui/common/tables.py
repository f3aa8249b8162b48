"""The app's tables of records, set up one way: whole rows selected one at a time, sorted by a
click on the header, alternating row colours, no row numbers, nothing edited in place (a record
is changed through its dialog). The roster, the client view's tabs, the backups and the plans'
coming-up list are all such tables; each adds only what is its own (headers, sizes, wrapping).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

COLUMN_CAP = 360  # px: a column fitted to its content is never wider (the main one may be)


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
    _own_viewport(table)
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


def _own_viewport(table: QTableView) -> None:
    """Give `table` a viewport made from Python, set up as Qt's own (name, background, place).

    The first `viewport()` call from Python on a viewport Qt made has PySide work out which
    widget class it is, building every widget class it could be: about 20 ms before the first
    paint (the roster's notes and column fitting need it; benchmarks/RESULTS.md). A widget made
    here is known already."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    table.setViewport(viewport)
    viewport.lower()  # below the headers and scroll bars, where Qt keeps its own


def fit_columns(table: QTableView, stretch: int | None, cap: int = COLUMN_CAP) -> None:
    """Size every column to its content (the rows the header's precision measures, plus a little
    slack for the rows it did not) and let the `stretch` column take the width that is left, so
    no column is stretched past its numbers and no blank space trails the last one."""
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    slack = 2 * table.fontMetrics().averageCharWidth()
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column) + slack, cap))


def column_menu(table: QTableView, hidden: tuple[int, ...] = ()) -> None:
    """Hide `hidden` columns for now and let a right-click on the header show or hide any column,
    so a wide table fits its window and nothing is out of reach."""
    header = table.horizontalHeader()
    model = table.model()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        action = QAction(" ".join(title.split()), header)
        action.setCheckable(True)
        action.setChecked(column not in hidden)
        header.setSectionHidden(column, column in hidden)
        action.toggled.connect(lambda on, column=column: header.setSectionHidden(column, not on))
        header.addAction(action)
