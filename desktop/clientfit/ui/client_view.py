"""The selected client: header, health panel, and tabs for its records.

The view adapts the store's dataclasses with `RecordModel`s; edits go through the store's services
(which validate and run in transactions), and `changed` tells the window to refresh the roster.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientfit.store import roster, timeline
from clientfit.store.models import Client, Note
from clientfit.ui.dialogs import (
    ContactDialog,
    ContactValues,
    DeliverableDialog,
    DeliverableValues,
    NoteDialog,
)
from clientfit.ui.formatting import format_day, format_moment, format_money
from clientfit.ui.record_model import SORT_ROLE, Column, RecordModel

CTX = "ClientView"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


_day = format_day
_local = format_moment
_money = format_money


MESSAGE_COLUMNS = [
    Column(CTX, "Sent", lambda r: _local(r.sent_at), lambda r: r.sent_at.isoformat()),
    Column(
        CTX, "Direction", lambda r: _t("from client") if r.direction == "in" else _t("to client")
    ),
    Column(CTX, "Subject", lambda r: r.subject),
    Column(
        CTX,
        "Flags",
        lambda r: " ".join(
            f for f, on in ((_t("change request"), r.asks_change), (_t("urgent"), r.urgent)) if on
        ),
    ),
]
TIME_COLUMNS = [
    Column(CTX, "Started", lambda r: _local(r.started_at), lambda r: r.started_at.isoformat()),
    Column(CTX, "Hours", lambda r: f"{r.hours:.2f}", lambda r: r.hours, align_right=True),
    Column(CTX, "Project", lambda r: r.project),
    Column(CTX, "Description", lambda r: r.description),
]


def _invoice_status(r: timeline.InvoiceRow) -> str:
    status = r.status(dt.date.today())
    return {"paid": _t("paid"), "overdue": _t("overdue"), "open": _t("open")}[status]


INVOICE_COLUMNS = [
    Column(CTX, "Number", lambda r: r.number),
    Column(CTX, "Issued", lambda r: _day(r.issued_on)),
    Column(CTX, "Due", lambda r: _day(r.due_on)),
    Column(
        CTX,
        "Total",
        lambda r: _money(r.total, r.currency),
        lambda r: float(r.total),
        align_right=True,
    ),
    Column(
        CTX,
        "Outstanding",
        lambda r: _money(r.outstanding, r.currency),
        lambda r: float(r.outstanding),
        align_right=True,
    ),
    Column(CTX, "Status", _invoice_status),
    Column(CTX, "Paid on", lambda r: _day(r.last_paid_on)),
]
DELIVERABLE_COLUMNS = [
    Column(CTX, "Deliverable", lambda r: r.title),
    Column(CTX, "Due", lambda r: _day(r.due_on)),
    Column(CTX, "Delivered", lambda r: _day(r.delivered_on)),
    Column(CTX, "Paid", lambda r: _t("yes") if r.paid else _t("no")),
    Column(
        CTX, "Revision rounds", lambda r: str(r.revisions), lambda r: r.revisions, align_right=True
    ),
]
CONTACT_COLUMNS = [
    Column(CTX, "Name", lambda r: r.name),
    Column(CTX, "Role", lambda r: r.title),
    Column(CTX, "E-mail", lambda r: ", ".join(r.emails)),
    Column(CTX, "Phone", lambda r: ", ".join(r.phones)),
]
NOTE_COLUMNS = [
    Column(CTX, "Written", lambda r: _local(r.created_at), lambda r: r.created_at.isoformat()),
    Column(CTX, "Note", lambda r: " ".join(r.body.split())[:300]),
]


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
        self.table = QTableView()
        self.table.setAccessibleName(name)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
            for button, label in (
                (self.add_button, "Add"),
                (self.edit_button, "Edit"),
                (self.delete_button, "Delete"),
            ):
                button.setAccessibleName(f"{_t(label)} – {name}")
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            self.add_button.clicked.connect(self.add_clicked)
            self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_clicked))
            self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_clicked))
            self.table.doubleClicked.connect(lambda _: self._emit_selected(self.edit_clicked))
            self.table.selectionModel().selectionChanged.connect(self._update_buttons)
            self._update_buttons()

    def set_rows(self, rows, empty_text: str) -> None:
        self.model.set_rows(rows)
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        if hasattr(self, "edit_button"):
            self._update_buttons()

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


class ClientView(QWidget):
    """Details of one client. Emits `changed` after any edit so the roster can refresh."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Client name"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setAccessibleName(self.tr("Client summary"))
        self.health_slot = QVBoxLayout()
        self.health_slot.setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client records"))
        self.contacts = RecordTab(self.tr("Contacts"), CONTACT_COLUMNS, True)
        self.notes = RecordTab(self.tr("Notes"), NOTE_COLUMNS, True)
        self.messages = RecordTab(self.tr("Messages"), MESSAGE_COLUMNS, False)
        self.time = RecordTab(self.tr("Time"), TIME_COLUMNS, False)
        self.invoices = RecordTab(self.tr("Invoices"), INVOICE_COLUMNS, False)
        self.deliverables = RecordTab(self.tr("Deliverables"), DELIVERABLE_COLUMNS, True)
        for tab, label in (
            (self.contacts, self.tr("&Contacts")),
            (self.notes, self.tr("N&otes")),
            (self.messages, self.tr("&Messages")),
            (self.time, self.tr("&Time")),
            (self.invoices, self.tr("&Invoices")),
            (self.deliverables, self.tr("&Deliverables")),
        ):
            self.tabs.addTab(tab, label)

        self.placeholder = QLabel(
            self.tr("Select a client on the left, or add one with Client → New Client (Ctrl+N).")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addLayout(self.health_slot)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.body.hide()

        self.contacts.add_clicked.connect(self.add_contact)
        self.contacts.edit_clicked.connect(self.edit_contact)
        self.contacts.delete_clicked.connect(self.delete_contact)
        self.notes.add_clicked.connect(self.add_note)
        self.notes.edit_clicked.connect(self.edit_note)
        self.notes.delete_clicked.connect(self.delete_note)
        self.deliverables.add_clicked.connect(self.add_deliverable)
        self.deliverables.edit_clicked.connect(self.edit_deliverable)
        self.deliverables.delete_clicked.connect(self.delete_deliverable)

    def set_health_panel(self, widget: QWidget) -> None:
        self.health_slot.addWidget(widget)

    # --- showing ---
    def show_client(self, client_id: int | None) -> None:
        self.client_id = client_id
        client = Client.get_or_none(Client.id == client_id) if client_id else None
        self.placeholder.setVisible(client is None)
        self.body.setVisible(client is not None)
        if client is None:
            self.client_id = None
            return
        self.title.setText(client.name)
        parts = []
        if client.status != "active":
            parts.append(self.tr("Archived {day}").replace("{day}", _day(client.ended_on)))
        needs = roster.needs_of(client)
        parts.append(
            self.tr("Needs: {needs}").replace("{needs}", ", ".join(needs))
            if needs
            else self.tr("No needs recorded")
        )
        parts.append(
            self.tr("Payment terms: {n} days").replace("{n}", str(client.payment_terms_days))
        )
        if client.gut:
            parts.append(self.tr("Gut feeling: {n}/5").replace("{n}", str(client.gut)))
        parts.append(
            self.tr("Contract: {path}").replace("{path}", client.contract_path)
            if client.contract_path
            else self.tr("No contract on file")
        )
        if client.disrespectful:
            parts.append(self.tr("Marked disrespectful"))
        self.subtitle.setText(" · ".join(parts))
        self.contacts.set_rows(roster.contacts_of(client), self.tr("No contacts yet."))
        self.notes.set_rows(roster.notes_of(client), self.tr("No notes yet."))
        self.messages.set_rows(
            timeline.messages_of(client.id), self.tr("No messages. Import mail with File → Import…")
        )
        self.time.set_rows(
            timeline.time_entries_of(client.id),
            self.tr("No time entries. Import a time-tracker export with File → Import…"),
        )
        self.invoices.set_rows(
            timeline.invoices_of(client.id),
            self.tr("No invoices. Import an invoice export with File → Import…"),
        )
        self.deliverables.set_rows(
            timeline.deliverables_of(client.id), self.tr("No deliverables yet.")
        )
        counts = (
            (self.contacts, self.tr("&Contacts"), self.contacts.model.rowCount()),
            (self.messages, self.tr("&Messages"), self.messages.model.rowCount()),
            (self.invoices, self.tr("&Invoices"), self.invoices.model.rowCount()),
        )
        for tab, label, n in counts:
            self.tabs.setTabText(self.tabs.indexOf(tab), f"{label} ({n})" if n else label)

    def refresh(self) -> None:
        self.show_client(self.client_id)

    def _client(self) -> Client:
        return Client.get_by_id(self.client_id)

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- contacts ---
    def _save_contact(self, contact_id: int | None, v: ContactValues):
        info = roster.ContactInfo(
            id=contact_id,
            name=v.name,
            title=v.title,
            emails=roster.split_list(v.emails),
            phones=roster.split_list(v.phones),
        )
        return roster.save_contact(self._client(), info)

    def add_contact(self) -> None:
        if ContactDialog(lambda v: self._save_contact(None, v), parent=self).exec():
            self._done()

    def edit_contact(self, info: roster.ContactInfo) -> None:
        initial = ContactValues(
            info.name, info.title, ", ".join(info.emails), ", ".join(info.phones)
        )
        if ContactDialog(lambda v: self._save_contact(info.id, v), initial, parent=self).exec():
            self._done()

    def delete_contact(self, info: roster.ContactInfo) -> None:
        if self._confirm(self.tr("Delete the contact “{name}”?").replace("{name}", info.name)):
            roster.delete_contact(info.id)
            self._done()

    # --- notes ---
    def add_note(self) -> None:
        if NoteDialog(lambda body: roster.add_note(self._client(), body), parent=self).exec():
            self._done()

    def edit_note(self, note: Note) -> None:
        if NoteDialog(
            lambda body: roster.update_note(note.id, body), note.body, parent=self
        ).exec():
            self._done()

    def delete_note(self, note: Note) -> None:
        if self._confirm(self.tr("Delete this note?")):
            roster.delete_note(note.id)
            self._done()

    # --- deliverables ---
    def _save_deliverable(self, deliverable_id: int | None, v: DeliverableValues):
        return roster.save_deliverable(
            self._client(),
            v.title,
            deliverable_id=deliverable_id,
            due_on=v.due_on,
            delivered_on=v.delivered_on,
            amount=v.amount,
        )

    def add_deliverable(self) -> None:
        if DeliverableDialog(lambda v: self._save_deliverable(None, v), parent=self).exec():
            self._done()

    def edit_deliverable(self, row: timeline.DeliverableRow) -> None:
        initial = DeliverableValues(row.title, row.due_on, row.delivered_on, row.amount)
        if DeliverableDialog(
            lambda v: self._save_deliverable(row.id, v), initial, parent=self
        ).exec():
            self._done()

    def delete_deliverable(self, row: timeline.DeliverableRow) -> None:
        if self._confirm(
            self.tr("Delete the deliverable “{title}” and its revision rounds?").replace(
                "{title}", row.title
            )
        ):
            roster.delete_deliverable(row.id)
            self._done()
