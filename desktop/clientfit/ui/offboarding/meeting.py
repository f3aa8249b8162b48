"""Offboarding step 4: the meeting - in person, by phone or video - and its calendar export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import MOMENT_EDIT_FORMAT, format_day
from clientfit.ui.offboarding.step_page import (
    StepPage,
    qdate,
    wrap_label,
)

# --- 4. the meeting -----------------------------------------------------------------------------


class MeetingPage(StepPage):
    meeting_requested = Signal(object, str, str)  # local datetime, channel, place
    clear_requested = Signal()
    export_requested = Signal()

    CHANNELS = ("in_person", "phone", "video")

    def __init__(self, parent=None):
        super().__init__(
            self.tr("4. Meet"),
            self.tr(
                "Meet face to face, or by phone or video if you work remotely. Don't just stop "
                "answering, and don't end it by e-mail."
            ),
            parent,
        )
        form = QFormLayout()
        channels = QHBoxLayout()
        self.group = QButtonGroup(self)
        labels = (self.tr("In person"), self.tr("By phone"), self.tr("By video"))
        for n, text in enumerate(labels):
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.group.addButton(button, n)
            channels.addWidget(button)
        channels.addStretch(1)
        self.group.button(0).setChecked(True)
        form.addRow(self.tr("How:"), channels)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(MOMENT_EDIT_FORMAT)
        self.when.setAccessibleName(self.tr("Meeting date and time"))
        form.addRow(self.tr("When:"), self.when)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place or call link"))
        self.place.setPlaceholderText(self.tr("Address, phone number or call link"))
        form.addRow(self.tr("Where:"), self.place)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("Schedule the meeting"))
        self.save.clicked.connect(self._save)
        self.clear = QPushButton(self.tr("Clear the meeting"))
        self.clear.clicked.connect(self.clear_requested)
        self.export = QPushButton(self.tr("Export to calendar (.ics)…"))
        self.export.clicked.connect(self.export_requested)
        row.addWidget(self.save)
        row.addWidget(self.clear)
        row.addWidget(self.export)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.summary = wrap_label(name=self.tr("Meeting"))
        self.warnings = wrap_label(bold=True, name=self.tr("Meeting warnings"))
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.warnings)
        self.layout_.addStretch(1)

    def _save(self) -> None:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        moment = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        channel = self.CHANNELS[max(0, self.group.checkedId())]
        self.meeting_requested.emit(moment, channel, self.place.text())

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        m = view.meeting
        running = view.status == "running"
        self.save.setEnabled(running)
        self.export.setEnabled(m is not None)
        self.clear.setEnabled(running and m is not None)
        if m is None:
            day = view.cooling_off.ends_on if not view.cooling_off.passed else view.today
            self.when.setDateTime(QDateTime(qdate(day), QTime(10, 0)))
            self.summary.setText(self.tr("No meeting scheduled yet."))
            self.warnings.clear()
            return
        self.group.button(self.CHANNELS.index(m.channel)).setChecked(True)
        self.when.setDateTime(QDateTime(qdate(m.at.date()), QTime(m.at.hour, m.at.minute)))
        self.place.setText(m.place)
        where = f", {m.place}" if m.place else ""
        self.summary.setText(
            self.tr("Meeting %1 on %2 at %3%4 (%5 minutes).")
            .replace("%1", m.channel_label)
            .replace("%2", format_day(m.at.date()))
            .replace("%3", f"{m.at:%H:%M}")
            .replace("%4", where)
            .replace("%5", str(m.minutes))
        )
        self.warnings.setText("\n".join(m.warnings))
