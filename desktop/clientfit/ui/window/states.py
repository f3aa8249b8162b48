"""What the main window says about its own state, so the user is never left guessing.

- An empty roster: a note in the roster with Import…, New Client… and Load Demo Portfolio…, and
  File → Load Demo Portfolio… (enabled while the database is empty: "Start empty" is not final).
- A search or band filter that matches nobody: "No clients match …" with a Clear Filter button.
- A selection the filter hid: the first client that matches takes its place (or none, and the
  client side says why), never a client the roster no longer shows.
- The count in the status bar ("Clients: 3 of 8 shown") is a permanent widget, so it honours the
  filter and survives the passing messages ("Loading…", "Exported to …").
- A spinner (a busy bar) in the status bar while background work runs (`tasks.activity`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.read_only import writes
from clientfit.ui.common.tasks import activity
from clientfit.ui.common.translate import translator

CTX = "WindowStates"

_t = translator(CTX)


class RosterNote(QWidget):
    """A message with buttons, laid over the roster's empty viewport."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("rosterNote")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QVBoxLayout()
        self.buttons.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(self.buttons)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.hide()

    def button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def fill(self) -> None:
        self.setGeometry(self.parentWidget().rect())


class WindowStates(QObject):
    """Watches the roster's model and the background work; see the module's docstring."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        bar = window.statusBar()
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate: it moves while work runs
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(90, 12)
        self.busy.setAccessibleName(_t("Working in the background"))
        self.busy.hide()
        self.count = QLabel()
        self.count.setObjectName("clientCount")
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.count)
        activity().changed.connect(self._busy_changed)

        viewport = window.table.viewport()
        self.empty_note = RosterNote(viewport)
        self.empty_note.text.setText(
            _t(
                "No clients yet. Import your contacts, mail, time or invoices, add a client, or look around with the demo portfolio."
            )
        )
        for name, text, slot in (
            ("importFromNote", _t("Import…"), window.import_file),
            ("newFromNote", _t("New Client…"), window.new_client),
            ("demoFromNote", _t("Load Demo Portfolio…"), self.load_demo),
        ):
            writes(self.empty_note.button(name, text, slot))  # off in a read-only file
        self.no_match = RosterNote(viewport)
        self.no_match.button("clearFilter", _t("Clear Filter"), self.clear_filter)
        viewport.installEventFilter(self)

        self.act_demo = QAction(_t("Load &Demo Portfolio…"), window)
        self.act_demo.setObjectName("load_demo")
        writes(self.act_demo)
        self.act_demo.triggered.connect(self.load_demo)
        window.act_demo = self.act_demo
        window.file_menu.insertAction(window.act_backups, self.act_demo)

        self._active = 0
        self._total = 0
        proxy = window.proxy
        proxy.modelReset.connect(self._rows_loaded)
        proxy.layoutChanged.connect(self._filtered)
        proxy.rowsInserted.connect(self._filtered)
        proxy.rowsRemoved.connect(self._filtered)

    # --- the count and the notes ---
    def _rows_loaded(self) -> None:
        rows = self.window.model.all_rows()
        self._total = len(rows)
        self._active = sum(1 for r in rows if r.status != "archived")  # ending is active
        self._filtered()

    def _filtered(self, *_args) -> None:
        window = self.window
        shown = window.proxy.rowCount()
        if self._total == 0:
            text = _t("No clients")
        elif shown == self._total:
            text = (
                _t("Clients: {total} ({active} active)")
                .replace("{total}", str(self._total))
                .replace("{active}", str(self._active))
            )
        else:
            text = (
                _t("Clients: {shown} of {total} shown")
                .replace("{shown}", str(shown))
                .replace("{total}", str(self._total))
            )
        self.count.setText(text)
        loaded = not window.roster_loading
        self.act_demo.setEnabled(self._total == 0 and loaded)
        self.empty_note.setVisible(self._total == 0 and loaded)
        filtered_out = self._total > 0 and shown == 0
        if filtered_out:
            needle = window.search.text().strip()
            self.no_match.text.setText(
                _t("No clients match “{text}”.").replace("{text}", needle)
                if needle
                else _t("No clients match the filter.")
            )
        self.no_match.setVisible(filtered_out)
        for note in (self.empty_note, self.no_match):
            note.fill()
        self._placeholder_text(filtered_out)
        if not window.roster_loading:
            QTimer.singleShot(0, self, self._follow_filter)

    def _placeholder_text(self, filtered_out: bool) -> None:
        view = self.window.client_view
        if view is None:
            return
        if self._total == 0:
            text = _t(
                "Your roster is empty.\n\nImport what you have (File → Import…), add a client "
                "(Client → New Client…) or look around with the demo portfolio (File → Load "
                "Demo Portfolio…)."
            )
        elif filtered_out:
            text = _t("No client matches the filter. Clear it to see your clients again.")
        else:
            text = _t("Select a client on the left.")
        view.placeholder.setText(text)

    def _follow_filter(self) -> None:
        """The filter hid the client on the right: the first one shown instead, or none."""
        window = self.window
        view = window.client_view
        if view is None or window.roster_loading:
            return
        if window.current_client_id() is not None:
            return
        if window.proxy.rowCount() > 0:
            window.table.selectRow(0)
        elif view.client_id is not None or view.loading:
            view.show_client(None)
            window.health_panel.set_client(None)
            window._update_actions()

    def clear_filter(self) -> None:
        window = self.window
        window.search.clear()
        window.band_filter.setCurrentIndex(0)
        if window.proxy.rowCount() == 0:  # every client is archived: show them
            window.show_archived.setProperty("chosen", True)
            window.show_archived.setChecked(True)

    def load_demo(self) -> None:
        """The demo portfolio, into an empty database only (the menu item is off otherwise)."""
        from clientfit.store import demo

        window = self.window
        if not demo.is_empty():
            QMessageBox.information(
                window,
                _t("Load Demo Portfolio"),
                _t("The demo portfolio can only be loaded into an empty database."),
            )
            return
        demo.load_demo()
        window.data_changed.emit()

    # --- busy ---
    def _busy_changed(self, running: int) -> None:
        self.busy.setVisible(running > 0)

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize:
            for note in (self.empty_note, self.no_match):
                note.fill()
        return False
