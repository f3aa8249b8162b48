"""The selected client: header, health panel, and tabs for its records.

The view adapts the store's dataclasses with `RecordModel`s; edits go through the store's services
(which validate and run in transactions), and `changed` tells the window to refresh the roster.
The record forms are imported when one opens. A client's records are read off the GUI thread
(`load_client_record`; the busiest client has tens of thousands of messages): the view keeps
showing the previous client until they are in, then `loaded` fires.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientfit.store import clients, records
from clientfit.store.contracts import contract_of
from clientfit.store.models import Client, Note
from clientfit.ui.client.banner import EndingBanner, banner_facts
from clientfit.ui.client.columns import (
    CONTACT_COLUMNS,
    DELIVERABLE_COLUMNS,
    INVOICE_COLUMNS,
    MESSAGE_COLUMNS,
    NOTE_COLUMNS,
    TIME_COLUMNS,
    _day,
)
from clientfit.ui.client.contract_tab import ContractTab
from clientfit.ui.client.split import FlowBox, SplitFit
from clientfit.ui.common.dialogs import confirm
from clientfit.ui.common.fitting_tabs import FittingTabBar
from clientfit.ui.common.plural import plural
from clientfit.ui.common.record_tab import RecordTab
from clientfit.ui.common.tasks import run_in_background

if TYPE_CHECKING:
    from clientfit.ui.client.forms import ContactValues, DeliverableValues


@dataclass(frozen=True)
class ClientRecord:
    """Everything the view shows about one client, read in one background job."""

    client: Client
    needs: list[str]
    contacts: list[Any]
    notes: list[Any]
    messages: list[Any]
    time: list[Any]
    invoices: list[Any]
    deliverables: list[Any]
    banner: Any = None  # client.banner.BannerFacts
    contract: Any = None  # store.contracts.ContractInfo or None


def load_client_record(client_id: int) -> ClientRecord | None:
    """The client and its records (None when it is gone); runs on a worker thread."""
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        return None
    return ClientRecord(
        client=client,
        needs=clients.needs_of(client),
        contacts=clients.contacts_of(client),
        notes=clients.notes_of(client),
        messages=records.messages_of(client.id),
        time=records.time_entries_of(client.id),
        invoices=records.invoices_of(client.id),
        deliverables=records.deliverables_of(client.id),
        banner=banner_facts(client.id, client.status),
        contract=contract_of(client.id),
    )


class ClientView(QWidget):
    """Details of one client. Emits `changed` after any edit so the roster can refresh, `loaded`
    once the client asked for with `show_client` is on screen (`loading` meanwhile)."""

    changed = Signal()
    loaded = Signal()
    plan_requested = Signal(int)  # the banner's "End collaboration…" / "Open the plan…"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_id: int | None = None  # the client on screen
        self.loading = False
        self._wanted: int | None = None  # the client asked for (on screen once loaded)
        self._generation = 0
        self._running = False  # a background load is under way
        self._pending = False  # another load was asked for meanwhile
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
        self.banner = EndingBanner()
        self.banner.plan_requested.connect(
            lambda: self.client_id is not None and self.plan_requested.emit(self.client_id)
        )
        # the health panel scrolls inside its part of the splitter: long evidence never makes
        # the window taller than the screen (issue 17)
        health_box = FlowBox()
        self.health_slot = health_box.box
        self.health_scroll = QScrollArea()
        self.health_scroll.setObjectName("healthScroll")
        self.health_scroll.setWidgetResizable(True)
        self.health_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.health_scroll.setWidget(health_box)

        self.tabs = QTabWidget()
        self.tabs.setTabBar(FittingTabBar(self.tabs))  # every tab whole at 1024 px, both languages
        self.tabs.setAccessibleName(self.tr("Client records"))
        self.contacts = RecordTab(self.tr("Contacts"), CONTACT_COLUMNS, True)
        self.notes = RecordTab(self.tr("Notes"), NOTE_COLUMNS, True)
        self.messages = RecordTab(self.tr("Messages"), MESSAGE_COLUMNS, False)
        self.time = RecordTab(self.tr("Time"), TIME_COLUMNS, False)
        self.invoices = RecordTab(self.tr("Invoices"), INVOICE_COLUMNS, False)
        self.deliverables = RecordTab(self.tr("Deliverables"), DELIVERABLE_COLUMNS, True)
        self.contract = ContractTab()
        self.contract.saved.connect(self._done)
        for tab, label in (
            (self.contacts, self.tr("&Contacts")),
            (self.notes, self.tr("N&otes")),
            (self.messages, self.tr("&Messages")),
            (self.time, self.tr("&Time")),
            (self.invoices, self.tr("&Invoices")),
            (self.deliverables, self.tr("&Deliverables")),
            (self.contract, self.tr("Contr&act")),
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
        body.addWidget(self.banner)
        self.split = SplitFit(self.health_scroll, self.tabs)
        body.addWidget(self.split, 1)
        self.placeholder.setMaximumWidth(560)  # a short measure, centred, reads better
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignCenter)
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
        """Show a client (None: the placeholder). Its records load in the background; until
        they are in, the previous client stays on screen (and edits go to it)."""
        self._wanted = client_id or None
        self._generation += 1
        if self._wanted is None:
            self._show(None)
            return
        self.loading = True
        if self._running:
            self._pending = True  # clicking through clients: load the newest when this one ends
            return
        self._start()

    def _start(self) -> None:
        self._running, self._pending = True, False
        generation, client_id = self._generation, self._wanted
        run_in_background(
            lambda: load_client_record(client_id),
            lambda record: self._record_in(generation, record, None),
            lambda exc: self._record_in(generation, None, exc),
            context=self,
        )

    def _record_in(
        self, generation: int, record: ClientRecord | None, exc: BaseException | None
    ) -> None:
        self._running = False
        if self._pending or generation != self._generation:
            if self._wanted is not None:
                self._start()
            return
        if exc is not None:
            self._show(None)
            raise exc  # as when the records were read here: reported like any failing slot
        self._show(record)

    def _show(self, record: ClientRecord | None) -> None:
        self.loading = False
        self.placeholder.setVisible(record is None)
        self.body.setVisible(record is not None)
        if record is None:
            self.client_id = self._wanted = None
            self.loaded.emit()
            return
        client = record.client
        self.client_id = client.id
        self.title.setText(client.name)
        parts = []
        if client.status != "active":
            parts.append(self.tr("Archived {day}").replace("{day}", _day(client.ended_on)))
        needs = record.needs
        parts.append(
            self.tr("Needs: {needs}").replace("{needs}", ", ".join(needs))
            if needs
            else self.tr("No needs recorded")
        )
        parts.append(
            plural(
                client.payment_terms_days,
                self.tr("Payment terms: 1 day"),
                self.tr("Payment terms: %1 days"),
            )
        )
        if client.gut:
            parts.append(self.tr("Gut feeling: {n}/5").replace("{n}", str(client.gut)))
        contract = record.contract
        # the file's name only (a long folder path would not wrap); the whole path in the tip
        parts.append(
            self.tr("Contract: {path}").replace("{path}", PurePath(contract.file_name).name)
            if contract is not None and contract.file_name
            else self.tr("No contract on file")
        )
        self.subtitle.setToolTip(contract.file_name if contract and contract.file_name else "")
        if client.disrespectful:
            parts.append(self.tr("Marked disrespectful"))
        self.subtitle.setText(" · ".join(parts))
        self.banner.set_facts(record.banner)
        self.contacts.set_rows(record.contacts, self.tr("No contacts yet."))
        self.notes.set_rows(record.notes, self.tr("No notes yet."))
        self.messages.set_rows(
            record.messages, self.tr("No messages. Import mail with File → Import…")
        )
        self.time.set_rows(
            record.time,
            self.tr("No time entries. Import a time-tracker export with File → Import…"),
        )
        self.invoices.set_rows(
            record.invoices,
            self.tr("No invoices. Import an invoice export with File → Import…"),
        )
        self.deliverables.set_rows(record.deliverables, self.tr("No deliverables yet."))
        self.split.fit()
        self.contract.set_contract(client.id, record.contract)
        counts = (
            (self.contacts, self.tr("&Contacts"), self.contacts.model.rowCount()),
            (self.messages, self.tr("&Messages"), self.messages.model.rowCount()),
            (self.invoices, self.tr("&Invoices"), self.invoices.model.rowCount()),
        )
        for tab, label, n in counts:
            self.tabs.setTabText(self.tabs.indexOf(tab), f"{label} ({n})" if n else label)
        self.loaded.emit()

    def refresh(self) -> None:
        self.show_client(self._wanted)

    def _client(self) -> Client:
        return Client.get_by_id(self.client_id)

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def _confirm(self, text: str) -> bool:
        return confirm(self, self.tr("Delete"), text)

    # --- contacts ---
    def _save_contact(self, contact_id: int | None, v: ContactValues):
        info = clients.ContactInfo(
            id=contact_id,
            name=v.name,
            title=v.title,
            emails=clients.split_list(v.emails),
            phones=clients.split_list(v.phones),
        )
        return clients.save_contact(self._client(), info)

    def add_contact(self) -> None:
        from clientfit.ui.client.forms import ContactDialog

        if ContactDialog(lambda v: self._save_contact(None, v), parent=self).exec():
            self._done()

    def edit_contact(self, info: clients.ContactInfo) -> None:
        from clientfit.ui.client.forms import ContactDialog, ContactValues

        initial = ContactValues(
            info.name, info.title, ", ".join(info.emails), ", ".join(info.phones)
        )
        if ContactDialog(lambda v: self._save_contact(info.id, v), initial, parent=self).exec():
            self._done()

    def delete_contact(self, info: clients.ContactInfo) -> None:
        if self._confirm(self.tr("Delete the contact “{name}”?").replace("{name}", info.name)):
            clients.delete_contact(info.id)
            self._done()

    # --- notes ---
    def add_note(self) -> None:
        from clientfit.ui.client.forms import NoteDialog

        dialog = NoteDialog(
            lambda body: clients.add_note(self._client(), body, private=dialog.private.isChecked()),
            parent=self,
        )
        if dialog.exec():
            self._done()

    def edit_note(self, note: Note) -> None:
        from clientfit.ui.client.forms import NoteDialog

        if NoteDialog(
            lambda body: clients.update_note(note.id, body), note.body, parent=self
        ).exec():
            self._done()

    def delete_note(self, note: Note) -> None:
        if self._confirm(self.tr("Delete this note?")):
            clients.delete_note(note.id)
            self._done()

    # --- deliverables ---
    def _save_deliverable(self, deliverable_id: int | None, v: DeliverableValues):
        """Store the form in one transaction; the invoice an import linked stays linked."""
        from clientfit.store.database import db
        from clientfit.store.models import Deliverable

        old = Deliverable.get_or_none(Deliverable.id == deliverable_id) if deliverable_id else None
        with db.atomic():
            row = clients.save_deliverable(
                self._client(),
                v.title,
                deliverable_id=deliverable_id,
                due_on=v.due_on,
                delivered_on=v.delivered_on,
                amount=v.amount,
                invoice_id=old.invoice_id if old else None,
            )
            Deliverable.update(paid=v.paid).where(Deliverable.id == row.id).execute()
        return row

    def add_deliverable(self) -> None:
        from clientfit.ui.client.forms import DeliverableDialog

        if DeliverableDialog(lambda v: self._save_deliverable(None, v), parent=self).exec():
            self._done()

    def edit_deliverable(self, row: records.DeliverableRow) -> None:
        from clientfit.ui.client.forms import DeliverableDialog, DeliverableValues

        initial = DeliverableValues(
            row.title, row.due_on, row.delivered_on, row.amount, row.paid_mark
        )
        if DeliverableDialog(
            lambda v: self._save_deliverable(row.id, v), initial, parent=self
        ).exec():
            self._done()

    def delete_deliverable(self, row: records.DeliverableRow) -> None:
        if self._confirm(
            self.tr("Delete the deliverable “{title}” and its revision rounds?").replace(
                "{title}", row.title
            )
        ):
            clients.delete_deliverable(row.id)
            self._done()
