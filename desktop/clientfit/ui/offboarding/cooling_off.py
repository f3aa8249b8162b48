"""Offboarding step 1: cool off - the reason, the waiting days, and how often this client was considered."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.plural import plural_suffix
from clientfit.ui.offboarding.step_page import (
    StepPage,
    wrap_label,
)

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
        plural_suffix(self.cooling, self.tr(" day"), self.tr(" days"))
        self.cooling.setAccessibleName(self.tr("Cooling-off period"))
        form.addRow(self.tr("Cooling-off period:"), self.cooling)
        self.notice = QSpinBox()
        self.notice.setRange(0, 365)
        self.notice.setValue(notice_default)
        plural_suffix(self.notice, self.tr(" day"), self.tr(" days"))
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
