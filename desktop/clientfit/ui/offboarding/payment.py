"""Offboarding step 3: the payment guard - open invoices, and announcing after payment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import format_day, format_money
from clientfit.ui.common.record_model import Column, RecordModel
from clientfit.ui.offboarding.step_page import (
    StepPage,
    fit_rows,
    make_table,
    pydate,
    qdate,
    wrap_label,
)

# --- 3. payment guard ---------------------------------------------------------------------------


INVOICES = "InvoiceModel"  # translation context of the table's texts


def _invoice_state(inv) -> str:
    if not inv.overdue:
        return QCoreApplication.translate(INVOICES, "open")
    if inv.days_overdue == 1:
        return QCoreApplication.translate(INVOICES, "1 day overdue")
    return QCoreApplication.translate(INVOICES, "%1 days overdue").replace(
        "%1", str(inv.days_overdue)
    )


INVOICE_COLUMNS = (
    Column(INVOICES, "Invoice", lambda inv: inv.number),
    Column(INVOICES, "Due", lambda inv: format_day(inv.due_on), sort=lambda inv: inv.due_on),
    Column(
        INVOICES,
        "Outstanding",
        lambda inv: format_money(inv.outstanding, inv.currency),
        sort=lambda inv: float(inv.outstanding),
        align_right=True,
    ),
    Column(INVOICES, "State", _invoice_state, sort=lambda inv: inv.days_overdue or 0),
)


class PaymentPage(StepPage):
    announce_changed = Signal(object)  # a date, or None to let the meeting decide
    override_requested = Signal(str)  # go ahead before payment, for this reason ("" takes it back)
    latest_changed = Signal(object)  # announce on this day at the latest, paid or not (or None)
    reminder_requested = Signal()  # write the payment reminder (PDF)

    def __init__(self, parent=None):
        super().__init__(
            self.tr("3. Payment guard"),
            self.tr(
                "If the client may not pay what it owes, limit the damage: perhaps wait until it "
                "has paid before you tell it your intentions."
            ),
            parent,
        )
        self.warning = wrap_label(bold=True, name=self.tr("Payment warning"))
        self.layout_.addWidget(self.warning)
        self.model = RecordModel(INVOICE_COLUMNS, self)
        self.table = make_table(self.tr("Open invoices"))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)
        self.suggestion = wrap_label(name=self.tr("Suggestion"))
        self.layout_.addWidget(self.suggestion)
        row = QHBoxLayout()
        self.choose = QCheckBox(self.tr("Announce on:"))
        self.choose.setAccessibleName(self.tr("Choose the day to announce"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Day to announce"))
        self.apply = QPushButton(self.tr("Use This Day"))
        self.use_suggested = QPushButton(self.tr("Use the suggested day"))
        self.choose.toggled.connect(self.date.setEnabled)
        self.choose.toggled.connect(self._toggled)
        self.apply.clicked.connect(lambda: self.announce_changed.emit(pydate(self.date.date())))
        self.use_suggested.clicked.connect(self._use_suggested)
        self._suggested: dt.date | None = None
        for w in (self.choose, self.date, self.apply, self.use_suggested):
            row.addWidget(w)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.source = wrap_label(name=self.tr("Announcement day"))
        self.layout_.addWidget(self.source)
        self._payment_first()
        self.layout_.addStretch(1)

    def _payment_first(self) -> None:
        """While invoices are overdue: chase the money, set a latest day, or go ahead anyway."""
        self.first = QWidget()
        box = QVBoxLayout(self.first)
        box.setContentsMargins(0, 6, 0, 0)
        chase = QHBoxLayout()
        self.reminder = QPushButton(self.tr("Payment Reminder…"))
        self.reminder.setToolTip(
            self.tr("The overdue invoices, days late, interest and compensation, as a PDF.")
        )
        self.reminder.clicked.connect(self.reminder_requested)
        chase.addWidget(self.reminder)
        chase.addStretch(1)
        box.addLayout(chase)
        latest = QHBoxLayout()
        self.latest_check = QCheckBox(self.tr("Announce at the latest on:"))
        self.latest_date = QDateEdit()
        self.latest_date.setCalendarPopup(True)
        self.latest_date.setDisplayFormat("yyyy-MM-dd")
        self.latest_date.setAccessibleName(self.tr("Latest day to announce"))
        self.latest_set = QPushButton(self.tr("Set Latest Day"))
        self.latest_check.toggled.connect(self.latest_date.setEnabled)
        self.latest_check.toggled.connect(lambda on: on or self.latest_changed.emit(None))
        self.latest_set.clicked.connect(
            lambda: self.latest_changed.emit(pydate(self.latest_date.date()))
        )
        for w in (self.latest_check, self.latest_date, self.latest_set):
            latest.addWidget(w)
        latest.addStretch(1)
        box.addLayout(latest)
        override = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Why you go ahead before payment (kept in the record)")
        )
        self.reason.setAccessibleName(self.tr("Reason to go ahead before payment"))
        self.go_ahead = QPushButton(self.tr("Go Ahead Anyway"))
        self.go_ahead.clicked.connect(lambda: self.override_requested.emit(self.reason.text()))
        self.wait_again = QPushButton(self.tr("Wait for Payment"))
        self.wait_again.clicked.connect(lambda: self.override_requested.emit(""))
        override.addWidget(self.reason, 1)
        override.addWidget(self.go_ahead)
        override.addWidget(self.wait_again)
        box.addLayout(override)
        self.layout_.addWidget(self.first)

    def _toggled(self, on: bool) -> None:
        self.apply.setEnabled(on)
        if not on:
            self.announce_changed.emit(None)

    def _use_suggested(self) -> None:
        if self._suggested:
            self.announce_changed.emit(self._suggested)

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        guard = view.payment_guard
        self.warning.setText(guard.warning or self.tr("No open invoices: nothing to wait for."))
        self.model.set_rows(guard.invoices)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_rows(self.table)
        self.table.setVisible(guard.active)
        self.suggestion.setText(guard.suggestion or "")
        self.suggestion.setVisible(bool(guard.suggestion))
        self._suggested = guard.suggested_announce_on
        self.use_suggested.setVisible(guard.suggested_announce_on is not None)
        chosen = view.notice.announce_source == "chosen"
        self.choose.blockSignals(True)
        self.choose.setChecked(chosen)
        self.choose.blockSignals(False)
        self.date.setEnabled(chosen)
        self.apply.setEnabled(chosen)
        self.date.setDate(qdate(view.notice.announce_on))
        sources = {
            "chosen": self.tr("You announce on %1 (your choice)."),
            "meeting": self.tr("You announce on %1, at the meeting."),
            "cooling_off": self.tr("You announce on %1, when cooling off ends (no meeting yet)."),
            "paid": self.tr("You announce on %1: the overdue invoices were paid that day."),
            "when_paid": self.tr(
                "You announce once the overdue invoices are paid (%1 at the earliest)."
            ),
            "latest": self.tr(
                "You announce once the overdue invoices are paid, on %1 at the latest."
            ),
        }
        self.source.setText(
            sources[view.notice.announce_source].replace("%1", format_day(view.notice.announce_on))
        )
        running = view.status == "running"
        for w in (self.choose, self.use_suggested):
            w.setEnabled(running)
        overdue = bool(guard.waiting_for)
        self.first.setVisible(overdue)
        self.latest_check.blockSignals(True)
        self.latest_check.setChecked(guard.latest is not None)
        self.latest_check.blockSignals(False)
        self.latest_date.setEnabled(guard.latest is not None)
        self.latest_date.setDate(qdate(guard.latest or view.notice.announce_on))
        self.reason.setText(guard.override or "")
        waiting = guard.waiting
        self.go_ahead.setVisible(waiting)
        self.wait_again.setVisible(not waiting)
        for w in (self.latest_check, self.latest_set, self.go_ahead, self.wait_again, self.reason):
            w.setEnabled(running)
