"""Offboarding step 6: the notice period and the timeline of key dates."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from clientfit.ui.common.plural import plural_suffix
from clientfit.ui.common.record_model import Column, RecordModel
from clientfit.ui.offboarding.step_page import StepPage, fit_rows, make_table, wrap_label

TIMELINE = "TimelineModel"  # translation context of the table's headers
TIMELINE_COLUMNS = (
    Column(TIMELINE, "Date", lambda e: format_day(e.day), sort=lambda e: e.day),
    Column(TIMELINE, "What", lambda e: e.label),
)


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
        plural_suffix(self.days, self.tr(" day"), self.tr(" days"))
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
        self.warning = wrap_label(bold=True, name=self.tr("Notice warning"))
        self.layout_.addWidget(self.warning)
        warn_row = QHBoxLayout()
        self.until_suggested = QPushButton()
        self.until_suggested.clicked.connect(self._until_suggested)
        warn_row.addWidget(self.until_suggested)
        warn_row.addStretch(1)
        self.layout_.addLayout(warn_row)
        self._suggested: int | None = None
        self.model = RecordModel(TIMELINE_COLUMNS, self)
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

    def _until_suggested(self) -> None:
        """The one click: notice until the paid deliverable is done, the days kept."""
        if self._suggested is not None:
            self.notice_requested.emit(self.days.value(), self._suggested)

    def _apply(self) -> None:
        deliverable = self.deliverable.currentData() if self.by_deliverable.isChecked() else None
        self.notice_requested.emit(self.days.value(), deliverable)

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        n = view.notice
        # Every choice is shown as stored, so Apply keeps what it does not change: the days even
        # while a deliverable decides, the deliverable even while its missing date falls back.
        self.days.setValue(n.chosen_days)
        if n.deliverable_id is not None:
            self.by_deliverable.setChecked(True)
            self.deliverable.setCurrentIndex(max(0, self.deliverable.findData(n.deliverable_id)))
        else:
            self.by_days.setChecked(True)
        self.note.setText(n.note or "")
        self.note.setVisible(bool(n.note))
        self.warning.setText(f"⚠ {n.warning}" if n.warning else "")
        self.warning.setVisible(bool(n.warning))
        self._suggested = n.suggest_deliverable_id
        self.until_suggested.setText(
            self.tr("Notice until “%1” is done").replace("%1", n.suggest_deliverable_title or "")
        )
        self.until_suggested.setVisible(n.suggest_deliverable_id is not None)
        self.until_suggested.setEnabled(view.status == "running")
        self.model.set_rows(n.timeline)
        self.table.resizeColumnToContents(0)
        fit_rows(self.table)
        self.apply.setEnabled(view.status == "running")
