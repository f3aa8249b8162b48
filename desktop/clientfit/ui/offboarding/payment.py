"""Offboarding step 3: the payment guard - open invoices, and announcing after payment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
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
        self.apply = QPushButton(self.tr("Set"))
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
        self.layout_.addStretch(1)

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
        }
        self.source.setText(
            sources[view.notice.announce_source].replace("%1", format_day(view.notice.announce_on))
        )
        running = view.status == "running"
        for w in (self.choose, self.use_suggested):
            w.setEnabled(running)
