"""Offboarding step 2: the contract checklist, every item ticked or answered."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
)

from clientfit.offboarding.views import ChecklistEntry, PlanView
from clientfit.ui.offboarding.step_page import (
    StepPage,
    make_table,
    wrap_label,
)

# --- 2. the contract checklist ------------------------------------------------------------------


class ChecklistModel(QAbstractTableModel):
    """The checklist rows: column 0 is checkable; ticking asks (signal) rather than stores."""

    ITEM, DETAIL = range(2)
    tick_requested = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ChecklistEntry] = []

    def set_rows(self, rows: list[ChecklistEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ChecklistEntry:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("Details"))[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ITEM:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.number}. {item.text}" if index.column() == self.ITEM else item.detail
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.ITEM:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and item.needs_action and not item.done:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.text}\n{item.detail}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.ITEM:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            self.tick_requested.emit(self._rows[index.row()].key, done)
            return True
        return False


class ChecklistPage(StepPage):
    loose_end_added = Signal(str)
    loose_end_removed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(
            self.tr("2. Review the contract"),
            self.tr(
                "Go through the contract line by line; without one, gather every document that "
                "defined the scope, the first e-mails included. Deliver what has been paid for. "
                "Bold items need doing before you announce. Tick what is settled."
            ),
            parent,
        )
        self._running = False
        self.model = ChecklistModel(self)
        self.table = make_table(self.tr("Contract checklist"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.progress = wrap_label(name=self.tr("Checklist progress"))
        self.layout_.addWidget(self.progress)
        row = QHBoxLayout()
        self.loose_end = QLineEdit()
        self.loose_end.setAccessibleName(self.tr("New loose end"))
        self.loose_end.setPlaceholderText(
            self.tr("A loose end: credentials, files or access to hand back…")
        )
        self.loose_end.returnPressed.connect(self._add)
        self.add = QPushButton(self.tr("Add loose end"))
        self.add.clicked.connect(self._add)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the selected loose end"))
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.loose_end, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        self.layout_.addLayout(row)

    def _selected_loose_end(self) -> ChecklistEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.row_at(rows[0].row())
        return item if item.kind == "loose_end" and item.ref_id else None

    def _selection_changed(self, *_args) -> None:
        self.remove.setEnabled(self._running and self._selected_loose_end() is not None)

    def _add(self) -> None:
        text = self.loose_end.text().strip()
        if text:
            self.loose_end_added.emit(text)

    def _remove(self) -> None:
        item = self._selected_loose_end()
        if item is not None:
            self.loose_end_removed.emit(item.ref_id)

    def show_view(self, view: PlanView | None) -> None:
        self.model.set_rows(view.checklist if view else [])
        self.table.resizeRowsToContents()
        running = bool(view) and view.status == "running"
        self._running = running
        for widget in (self.loose_end, self.add):
            widget.setEnabled(running)
        self._selection_changed()
        if view:
            self.loose_end.clear()
            self.progress.setText(
                self.tr("%1 of %2 items ticked.")
                .replace("%1", str(view.checklist_done))
                .replace("%2", str(len(view.checklist)))
            )
