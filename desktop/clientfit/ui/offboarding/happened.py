"""What actually happened in a plan: the decision announced, notice sent, a colleague referred,
a payment reminder sent - each on its day, for the packet's record and the yearly review.

A small box on the last step: pick what happened and when, Record; the list shows what the plan
has recorded (`PlanView.events`). The dialog stores it through `offboarding.record_event`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT, format_day
from clientfit.ui.offboarding.step_page import pydate, qdate, wrap_label


class HappenedBox(QWidget):
    event_recorded = Signal(str, object, object)  # kind, day, colleague id (or None)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = wrap_label(self.tr("What actually happened:"), bold=True)
        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("What happened"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DAY_EDIT_FORMAT)
        self.day.setAccessibleName(self.tr("On which day"))
        self.record = QPushButton(self.tr("Record"))
        self.record.clicked.connect(self._record)
        row = QHBoxLayout()
        row.addWidget(self.what, 1)
        row.addWidget(self.day)
        row.addWidget(self.record)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recorded events"))
        self.list.setMaximumHeight(64)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def _record(self) -> None:
        kind, colleague = self.what.currentData() or ("announced", None)
        self.event_recorded.emit(kind, pydate(self.day.date()), colleague)

    def show_view(self, view: PlanView, colleagues: list[tuple[int, str]], today: dt.date) -> None:
        self.what.clear()
        self.what.addItem(self.tr("Decision announced"), ("announced", None))
        self.what.addItem(self.tr("Notice sent"), ("notice_sent", None))
        self.what.addItem(self.tr("Payment reminder sent"), ("reminder_sent", None))
        for cid, name in colleagues:
            self.what.addItem(self.tr("Referred to %1").replace("%1", name), ("referred", cid))
        self.day.setDate(qdate(today))
        self.list.clear()
        for event in view.events:
            self.list.addItem(f"{format_day(event.on)}  {event.label}")
        self.list.setVisible(bool(view.events))
        running = view.status == "running"
        for w in (self.what, self.day, self.record):
            w.setEnabled(running)
