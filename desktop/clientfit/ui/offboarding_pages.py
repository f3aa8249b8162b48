"""The offboarding dialog's page base and its first pages: cool off, and the contract checklist.

Each page shows a `PlanView` and asks for changes through signals; the dialog calls the domain
services and hands every page the fresh view. No page touches the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.offboarding.views import ChecklistEntry, PlanView
from clientfit.ui.formatting import format_day


def wrap_label(text: str = "", *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def make_table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fit_rows(table: QTableView, max_rows: int = 8) -> None:
    """Size a short table to its rows (no empty grey area), scrolling past `max_rows`."""
    table.resizeRowsToContents()
    rows = table.model().rowCount() if table.model() else 0
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    for row in range(min(rows, max_rows)):
        height += table.rowHeight(row)
    table.setFixedHeight(height)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StepPage(QWidget):
    """A page: a heading, a short why (from the article), then its content."""

    def __init__(self, heading: str, why: str, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.heading = wrap_label(heading, bold=True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.why = wrap_label(why)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.why)

    def show_view(self, view: PlanView | None) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


# --- 1. cool off --------------------------------------------------------------------------------


class CoolOffPage(StepPage):
    start_requested = Signal(str, int, int)  # reason, cooling-off days, notice days
    reason_changed = Signal(str)
    cancel_requested = Signal()

    def __init__(self, cooling_default: int, notice_default: int, parent=None):
        super().__init__(
            self.tr("1. Cool off"),
            self.tr(
                "Take emotion out of it: don't act in frustration. Write down why, then wait a "
                "few days before you act. Until the cooling-off period has passed, everything the "
                "plan produces is a draft."
            ),
            parent,
        )
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for ending"))
        self.reason.setPlaceholderText(self.tr("Why are you ending this client? (for you)"))
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("Reason:"), self.reason)
        self.cooling = QSpinBox()
        self.cooling.setRange(0, 60)
        self.cooling.setValue(cooling_default)
        self.cooling.setSuffix(self.tr(" days"))
        self.cooling.setAccessibleName(self.tr("Cooling-off period"))
        form.addRow(self.tr("Cooling-off period:"), self.cooling)
        self.notice = QSpinBox()
        self.notice.setRange(0, 365)
        self.notice.setValue(notice_default)
        self.notice.setSuffix(self.tr(" days"))
        self.notice.setAccessibleName(self.tr("Notice period"))
        form.addRow(self.tr("Notice period:"), self.notice)
        self.layout_.addLayout(form)
        self.status = wrap_label(name=self.tr("Cooling-off status"))
        self.considered = wrap_label(name=self.tr("Considerations"))
        self.hint = wrap_label(bold=True, name=self.tr("Gut feeling"))
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.considered)
        self.layout_.addWidget(self.hint)
        row = QHBoxLayout()
        self.start = QPushButton(self.tr("Start the plan"))
        self.start.clicked.connect(self._start)
        self.save = QPushButton(self.tr("Save reason"))
        self.save.clicked.connect(lambda: self.reason_changed.emit(self.reason.toPlainText()))
        self.cancel = QPushButton(self.tr("I changed my mind…"))
        self.cancel.setToolTip(self.tr("Drop the plan; the client stays active."))
        self.cancel.clicked.connect(self.cancel_requested)
        for button in (self.start, self.save, self.cancel):
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def _start(self) -> None:
        self.start_requested.emit(
            self.reason.toPlainText(), self.cooling.value(), self.notice.value()
        )

    def show_view(self, view: PlanView | None) -> None:
        started = view is not None
        running = started and view.status == "running"
        self.start.setVisible(not started)
        self.save.setVisible(running)
        self.cancel.setVisible(running)
        self.cooling.setEnabled(not started)
        self.notice.setEnabled(not started)
        self.reason.setReadOnly(started and not running)
        if not started:
            self.status.setText(self.tr("The plan has not started yet."))
            self.considered.clear()
            self.hint.clear()
            return
        cool = view.cooling_off
        self.reason.setPlainText(view.reason)
        self.cooling.setValue(cool.days)
        self.notice.setValue(view.notice.days)
        if cool.passed:
            self.status.setText(
                self.tr("Started %1. The cooling-off period ended on %2.")
                .replace("%1", format_day(cool.started_on))
                .replace("%2", format_day(cool.ends_on))
            )
        else:
            left = (
                self.tr("1 day left")
                if cool.days_left == 1
                else self.tr("%1 days left").replace("%1", str(cool.days_left))
            )
            self.status.setText(
                self.tr("Started %1. Cooling off until %2 (%3): this is a draft.")
                .replace("%1", format_day(cool.started_on))
                .replace("%2", format_day(cool.ends_on))
                .replace("%3", left)
            )
        c = view.considerations
        self.considered.setText(
            self.tr(
                "Times you have considered ending this client: %1 in all, %2 in the last 30 days, "
                "%3 in the last year."
            )
            .replace("%1", str(c.total))
            .replace("%2", str(c.last_30_days))
            .replace("%3", str(c.last_365_days))
        )
        self.hint.setText(c.hint or "")
        self.hint.setVisible(bool(c.hint))


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
