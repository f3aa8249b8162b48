"""A sortable table of records with optional Add / Edit / Delete buttons: one tab of the client view.

Columns are fitted to the rows on screen, when the tab is on screen, not to every row of all six
tabs at once (GUI-thread work that showed for the busiest client; benchmarks/RESULTS.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.read_only import writes
from clientfit.ui.common.record_model import SORT_ROLE, Column, RecordModel
from clientfit.ui.common.tables import fit_columns, record_table


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientView", text)


class RecordTab(QWidget):
    """A sortable table of records with optional Add / Edit / Delete buttons."""

    add_clicked = Signal()
    edit_clicked = Signal(object)
    delete_clicked = Signal(object)

    def __init__(self, name: str, columns: list[Column], editable: bool, parent=None):
        super().__init__(parent)
        self.model = RecordModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(self.proxy, name, sort_column=-1)
        self.table.setWordWrap(False)
        # Columns fit the widest of the first 1,000 rows, not only those on screen: a flag further
        # down must not be cut (a client's tab rarely holds more; past that a little slack helps).
        self.table.horizontalHeader().setResizeContentsPrecision(1000)
        self._stretch = next((n for n, c in enumerate(columns) if c.stretch), None)
        self._fit_pending = False
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        if editable:
            buttons = QHBoxLayout()
            self.add_button = QPushButton(_t("Add…"))
            self.edit_button = QPushButton(_t("Edit…"))
            self.delete_button = QPushButton(_t("Delete"))
            for button in (self.add_button, self.edit_button, self.delete_button):
                writes(button)  # off in a read-only file (ui.common.read_only)
                # the button's own (translated) text, without the mnemonic and the ellipsis
                button.setAccessibleName(f"{button.text().replace('&', '').rstrip('…')} – {name}")
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            self.add_button.clicked.connect(self.add_clicked)
            self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_clicked))
            self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_clicked))
            self.table.doubleClicked.connect(
                lambda _: self.edit_button.isEnabled() and self._emit_selected(self.edit_clicked)
            )
            self.table.selectionModel().selectionChanged.connect(self._update_buttons)
            self._update_buttons()

    def set_rows(self, rows, empty_text: str) -> None:
        self.model.set_rows(rows)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self._fit_pending = True
        if self.isVisible():
            self._fit_columns()
        if hasattr(self, "edit_button"):
            self._update_buttons()

    def showEvent(self, event) -> None:
        if self._fit_pending:
            self._fit_columns()
        super().showEvent(event)

    def _fit_columns(self) -> None:
        self._fit_pending = False
        fit_columns(self.table, self._stretch)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _emit_selected(self, signal) -> None:
        row = self.selected()
        if row is not None:
            signal.emit(row)

    def _update_buttons(self, *args) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
