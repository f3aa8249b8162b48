"""The settings dialog's Sources page: the mail sources kept current, how each last went, and the
mail folders found on this computer for the user to pick.

Adding or removing a source takes effect at once (like an account list); the sync runner of the
main window (`ui.sources.runner`) reads a new source straight away and watches it from then on.
What connects where is said on the page itself: nothing, unless the user adds an IMAP account.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.intake.sources import SourceError, SourceInfo
from clientfit.ui.common.formatting import format_moment
from clientfit.ui.common.record_model import Column, RecordModel
from clientfit.ui.common.tables import record_table

CTX = "SourcesPage"
ERROR_COLOUR = QColor("#a4262c")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _kind(info: SourceInfo) -> str:
    return {"maildir": "Maildir", "mbox": "mbox", "imap": "IMAP"}[info.kind]


def _where(info: SourceInfo) -> str:
    if info.kind == "imap":
        return f"{info.label} ({', '.join(info.folders)})"
    return info.label


def _synced(info: SourceInfo) -> str:
    if not info.synced_at:
        return _t("not yet")
    return format_moment(dt.datetime.fromisoformat(info.synced_at))


def _status(info: SourceInfo) -> str:
    """Short: the whole problem shows below the table for the selected source."""
    if info.last_error:
        return _t("Problem")
    return _t("OK") if info.synced_at else ""


COLUMNS = [
    Column(CTX, "Kind", _kind),
    Column(CTX, "Source", _where),
    Column(CTX, "Last sync", _synced, sort=lambda i: i.synced_at or ""),
    Column(CTX, "Status", _status),
]


class SourcesPage(QWidget):
    """Sources: add a folder or an IMAP account, remove one, sync now, see what went wrong."""

    @classmethod
    def for_window(cls, window: QWidget | None) -> SourcesPage:
        """The page over the main window's background sync runner (none in a bare dialog)."""
        return cls(getattr(window, "sync_runner", None))

    def __init__(self, runner=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_page")
        self.runner = runner  # the main window's SyncRunner, when there is one
        intro = QLabel(
            self.tr(
                "Clientfit keeps client mail current from these sources, by the same rules as "
                "File → Import: local folders are read when new mail arrives, IMAP accounts every "
                "few minutes. Only the headers and the first text part of a client's own mail are "
                "read, and only the flags and a short excerpt are kept."
            )
        )
        intro.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "Clientfit connects to nothing unless you add an IMAP account, and then only to "
                "that server."
            )
        )
        privacy.setObjectName("sources_privacy")
        privacy.setWordWrap(True)

        self.model = RecordModel(
            COLUMNS,
            self,
            row_roles={
                Qt.ItemDataRole.ToolTipRole: lambda i: i.last_error or i.label,
                Qt.ItemDataRole.ForegroundRole: lambda i: ERROR_COLOUR if i.last_error else None,
            },
        )
        self.table = record_table(self.model, self.tr("Mail sources"), "sources", -1)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)

        self.add_maildir = QPushButton(self.tr("Add &Maildir…"))
        self.add_mbox = QPushButton(self.tr("Add m&box…"))
        self.add_imap = QPushButton(self.tr("Add &IMAP Account…"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.sync_now = QPushButton(self.tr("&Sync Now"))
        self.add_maildir.clicked.connect(lambda: self._add_folder("maildir"))
        self.add_mbox.clicked.connect(lambda: self._add_folder("mbox"))
        self.add_imap.clicked.connect(self._add_imap)
        self.remove.clicked.connect(self._remove)
        self.sync_now.clicked.connect(self._sync)
        self.sync_now.setEnabled(runner is not None)
        buttons = QHBoxLayout()
        for b in (self.add_maildir, self.add_mbox, self.add_imap, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_now)

        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Mail folders found on this computer"))
        self.found.setMaximumHeight(110)
        self.add_found = QPushButton(self.tr("Add &Selected"))
        self.add_found.clicked.connect(self._add_selected)
        found_box = QGroupBox(self.tr("Found on this computer"))
        found_layout = QVBoxLayout(found_box)
        found_layout.addWidget(self.found)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_found)
        found_layout.addLayout(row)

        self.message = QLabel()
        self.message.setObjectName("sources_message")
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(found_box)
        layout.addWidget(privacy)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if runner is not None:
            runner.finished.connect(lambda _report: self.reload())
        self.reload()

    def title(self) -> str:
        """The tab's text in the settings dialog."""
        return self.tr("S&ources")

    def save(self) -> None:
        """Sources are kept as they are added or removed: nothing waits for OK."""

    # --- the lists ---
    def reload(self) -> None:
        from clientfit.intake.discover import discover
        from clientfit.intake.sources import list_sources

        sources = list_sources()
        self.model.set_rows(sources)
        troubled = [n for n, s in enumerate(sources) if s.last_error]
        if troubled:  # the first problem shows at once
            self.table.selectRow(troubled[0])
        self.found.clear()
        for c in discover():
            if c.added:
                continue
            item = QListWidgetItem(
                self.tr("%1: %2 (mail folders: %3)")
                .replace("%1", c.what)
                .replace("%2", Path(c.path).name)
                .replace("%3", str(c.folders))
            )
            item.setToolTip(c.path)
            item.setData(Qt.ItemDataRole.UserRole, (c.kind, c.path))
            self.found.addItem(item)
        if not self.found.count():
            none = QListWidgetItem(self.tr("No Thunderbird, Maildir or mbox folders found."))
            none.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(none)
        self._update_buttons()

    def _selected(self) -> SourceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        info = self._selected()
        self.remove.setEnabled(info is not None)
        if info is not None and info.last_error:
            self._say(info.last_error, error=True)
        elif info is not None:
            self._say("")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("QLabel { color: #a4262c; }" if error else "")
        self.message.setText(text)

    # --- adding and removing ---
    def _add_folder(self, kind: str) -> None:
        if kind == "maildir":
            path = QFileDialog.getExistingDirectory(self, self.tr("Maildir folder"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder of mbox files"))
        if path:
            self.add_local(kind, path)

    def add_local(self, kind: str, path: str) -> None:
        from clientfit.intake.sources import add_local

        try:
            info = add_local(kind, path)
        except SourceError as exc:
            self._say(str(exc), error=True)
            return
        self._added(info)

    def _add_selected(self) -> None:
        for item in self.found.selectedItems():
            data = item.data(Qt.ItemDataRole.UserRole)
            if data:
                self.add_local(*data)

    def _add_imap(self) -> None:
        from clientfit.ui.sources.imap_dialog import ImapDialog

        dialog = ImapDialog(self)
        dialog.added.connect(self._added)
        self.imap_dialog = dialog  # (tests drive it)
        dialog.open()

    def _added(self, info: SourceInfo) -> None:
        self._say(self.tr("Added %1; reading it now.").replace("%1", info.label))
        self.reload()
        if self.runner is not None:
            self.runner.rewatch()
            self.runner.sync(info.id)

    def _remove(self) -> None:
        from clientfit.intake.sources import remove_source

        info = self._selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove Source"),
            self.tr("Stop reading %1? The mail it brought in stays.").replace("%1", info.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove_source(info.id)
        self._say(self.tr("Removed %1.").replace("%1", info.label))
        self.reload()
        if self.runner is not None:
            self.runner.rewatch()

    def _sync(self) -> None:
        if self.runner is not None:
            self._say(self.tr("Syncing…"))
            self.runner.sync()
