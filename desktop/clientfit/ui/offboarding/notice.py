"""Offboarding step 6: the notice period and the timeline of key dates."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import format_day
from clientfit.ui.offboarding.step_page import StepPage, fit_rows, make_table, wrap_label


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("What"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        return format_day(entry.day) if index.column() == 0 else entry.label


class NoticePage(StepPage):
    notice_requested = Signal(int, object)  # days, deliverable id or None

    def __init__(self, parent=None):
        super().__init__(
            self.tr("6. Notice"),
            self.tr(
                "If the client relies on you for regular work, give it time to find someone new: "
                "30 days, the end of a larger deliverable, or whatever fits."
            ),
            parent,
        )
        form = QFormLayout()
        self.group = QButtonGroup(self)
        self.by_days = QRadioButton(self.tr("Days:"))
        self.by_deliverable = QRadioButton(self.tr("Until done:"))
        self.group.addButton(self.by_days, 0)
        self.group.addButton(self.by_deliverable, 1)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Notice period in days"))
        self.deliverable = QComboBox()
        self.deliverable.setAccessibleName(self.tr("Deliverable that ends the notice"))
        form.addRow(self.by_days, self.days)
        form.addRow(self.by_deliverable, self.deliverable)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        self.apply = QPushButton(self.tr("Apply"))
        self.apply.clicked.connect(self._apply)
        row.addWidget(self.apply)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.note = wrap_label(name=self.tr("Notice note"))
        self.layout_.addWidget(self.note)
        self.model = TimelineModel(self)
        self.table = make_table(self.tr("Timeline"))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)
        self.layout_.addStretch(1)
        self.by_days.setChecked(True)

    def set_deliverables(self, rows: list[tuple[int, str]]) -> None:
        self.deliverable.clear()
        for did, text in rows:
            self.deliverable.addItem(text, did)
        self.by_deliverable.setEnabled(bool(rows))

    def _apply(self) -> None:
        deliverable = self.deliverable.currentData() if self.by_deliverable.isChecked() else None
        self.notice_requested.emit(self.days.value(), deliverable)

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        n = view.notice
        if n.mode == "deliverable":
            self.by_deliverable.setChecked(True)
            self.deliverable.setCurrentIndex(max(0, self.deliverable.findData(n.deliverable_id)))
        else:
            self.by_days.setChecked(True)
            self.days.setValue(n.days)
        self.note.setText(n.note or "")
        self.note.setVisible(bool(n.note))
        self.model.set_rows(n.timeline)
        self.table.resizeColumnToContents(0)
        fit_rows(self.table)
        self.apply.setEnabled(view.status == "running")
