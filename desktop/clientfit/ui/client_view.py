"""The selected client: header, health panel, and tabs for its records.

The view adapts the store's dataclasses with `RecordModel`s; edits go through the store's services
(which validate and run in transactions), and `changed` tells the window to refresh the roster.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientfit.store import roster, timeline
from clientfit.store.models import Client, Note
from clientfit.ui.client_columns import (
    CONTACT_COLUMNS,
    DELIVERABLE_COLUMNS,
    INVOICE_COLUMNS,
    MESSAGE_COLUMNS,
    NOTE_COLUMNS,
    TIME_COLUMNS,
    _day,
)
from clientfit.ui.dialogs import (
    ContactDialog,
    ContactValues,
    DeliverableDialog,
    DeliverableValues,
    NoteDialog,
)
from clientfit.ui.record_tab import RecordTab


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
