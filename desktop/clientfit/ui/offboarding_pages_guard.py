"""The offboarding dialog's pages 3 and 4: the payment guard and the meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.formatting import format_day, format_money
from clientfit.ui.offboarding_pages import (
    StepPage,
    fit_rows,
    make_table,
    pydate,
    qdate,
    wrap_label,
)

# --- 3. payment guard ---------------------------------------------------------------------------


class InvoiceModel(QAbstractTableModel):
    NUMBER, DUE, OUTSTANDING, STATE = range(4)

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
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Invoice"), self.tr("Due"), self.tr("Outstanding"), self.tr("State"))[
                section
            ]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        inv = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return inv.number
            if col == self.DUE:
                return format_day(inv.due_on)
            if col == self.OUTSTANDING:
                return format_money(inv.outstanding, inv.currency)
            if inv.overdue:
                if inv.days_overdue == 1:
                    return self.tr("1 day overdue")
                return self.tr("%1 days overdue").replace("%1", str(inv.days_overdue))
            return self.tr("open")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.OUTSTANDING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


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
        self.model = InvoiceModel(self)
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


# --- 4. the meeting -----------------------------------------------------------------------------


class MeetingPage(StepPage):
    meeting_requested = Signal(object, str, str)  # local datetime, channel, place
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
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
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
        self.export = QPushButton(self.tr("Export to calendar (.ics)…"))
        self.export.clicked.connect(self.export_requested)
        row.addWidget(self.save)
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
