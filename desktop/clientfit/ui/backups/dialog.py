"""File → Backups…: the database's backups with date, kind and size; Back up now; Restore.

All the work is `clientfit.store.backup` (Qt-free); this dialog only lists, asks and reports. A
restore asks first, then waits for background work, closes the app's connection, restores (the
current state is backed up first, by the store), reopens the database (which upgrades an older
backup) and emits `restored` so the main window reloads. `AutoBackups` is the half-hourly timer
the app starts beside the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.store.backup import (
    AUTO,
    BEFORE_RESTORE,
    MANUAL,
    MIN_INTERVAL,
    BackupError,
    BackupInfo,
    auto_backup,
    backup_database,
    list_backups,
    manual_keep_days,
)
from clientfit.store.restore import restore_database
from clientfit.ui.common.dialogs import confirm, inform
from clientfit.ui.common.formatting import format_local_moment, format_number
from clientfit.ui.common.read_only import writes
from clientfit.ui.common.record_model import SORT_ROLE, Column, RecordModel
from clientfit.ui.common.tables import record_table
from clientfit.ui.common.tasks import run_in_background, wait_for_background
from clientfit.ui.common.translate import translator

_CTX = "BackupsDialog"

_tr = translator(_CTX)


def kind_text(reason: str) -> str:
    """A backup's reason in words."""
    if reason == AUTO:
        return _tr("automatic")
    if reason == MANUAL:
        return _tr("made by hand")
    if reason == BEFORE_RESTORE:
        return _tr("before a restore")
    if reason.startswith("before-migration"):
        return _tr("before an upgrade")
    if reason == "damaged":
        return _tr("damaged database, set aside")
    return reason or _tr("backup")


def size_text(n: int) -> str:
    if n < 1000:
        return _tr("{n} bytes").replace("{n}", str(n))
    if n < 1_000_000:
        return _tr("{n} kB").replace("{n}", format_number(n / 1000, 0))
    return _tr("{n} MB").replace("{n}", format_number(n / 1_000_000, 1))


class BackupsModel(RecordModel):
    """Backups as rows (BackupInfo): date (local time), kind, size; sorted on the raw values."""

    DATE, KIND, SIZE = range(3)

    def __init__(self, parent=None):
        super().__init__(
            [
                Column(
                    _CTX,
                    QT_TRANSLATE_NOOP("BackupsDialog", "Date"),
                    lambda b: format_local_moment(b.local_time),
                    sort=lambda b: b.created.timestamp(),
                ),
                Column(
                    _CTX, QT_TRANSLATE_NOOP("BackupsDialog", "Kind"), lambda b: kind_text(b.reason)
                ),
                Column(
                    _CTX,
                    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
                    lambda b: size_text(b.size),
                    sort=lambda b: b.size,
                    align_right=True,
                ),
            ],
            parent,
        )


class BackupsDialog(QDialog):
    """Signals: `backed_up(path)` after Back up now; `restored(path of the safety backup or "")`.

    `confirm(text) -> bool` and `inform(text)` are attributes so tests can replace the message boxes.
    """

    backed_up = Signal(str)
    restored = Signal(str)

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.busy = False
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("BackupsDialog")
        self.confirm = self._confirm
        self.inform = self._inform

        intro = QLabel(
            self.tr(
                "Clientfit backs up your database automatically every half hour while you work "
                "and keeps the newest of each of the last 12 days, 10 weeks and 9 months. Every "
                "backup is checked before it is kept."
            )
            + " "
            + self.kept_text(manual_keep_days(self.db_path))
        )
        intro.setObjectName("backup_intro")
        intro.setWordWrap(True)
        folder = QLabel(
            self.tr("Folder: {folder}").replace(
                "{folder}", str(self.db_path.resolve().parent / "backups")
            )
        )
        folder.setObjectName("backup_folder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = record_table(
            self.proxy,
            self.tr("Backups"),
            "backups",
            BackupsModel.DATE,
            Qt.SortOrder.DescendingOrder,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.KIND, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No backups yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back Up Now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = writes(QPushButton(self.tr("&Restore…")))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.resize(620, 420)
        self.reload()

    def kept_text(self, days: int | None) -> str:
        """How long backups made by hand, before a restore or before an upgrade are kept: the
        retention the user set in Settings → Privacy (store/backup.py deletes them after it)."""
        if days is None:
            return self.tr(
                "Backups made by hand, before a restore or before an upgrade are kept until you "
                "delete them; Settings → Privacy can delete them after a number of days."
            )
        if days == 1:
            return self.tr(
                "Backups made by hand, before a restore or before an upgrade are deleted after "
                "one day (Settings → Privacy)."
            )
        return self.tr(
            "Backups made by hand, before a restore or before an upgrade are deleted after {n} "
            "days (Settings → Privacy)."
        ).replace("{n}", str(days))

    # --- state ---
    def reload(self) -> None:
        self.model.set_rows(list_backups(self.db_path))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()

    def selected(self) -> BackupInfo | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _update(self, *_args) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.backup_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    # --- actions ---
    def back_up_now(self) -> None:
        self.busy = True
        self._update()
        path = self.db_path
        run_in_background(
            lambda: backup_database(path, reason=MANUAL),
            self._backed_up,
            self._failed,
            context=self,
        )

    def _backed_up(self, made: Path) -> None:
        self.busy = False
        self.reload()
        self.backed_up.emit(str(made))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._update()
        self.inform(str(exc))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr(
            "Restore the backup from {date} ({kind})?\n\nEverything you changed since then will be "
            "replaced. The current state is backed up first, so you can go back to it."
        )
        text = text.replace("{date}", format_local_moment(chosen.local_time))
        if not self.confirm(text.replace("{kind}", kind_text(chosen.reason))):
            return
        from clientfit.store.database import DatabaseError, close_database, open_database

        wait_for_background()  # no worker may hold a connection while the file is replaced
        close_database()
        result, error = None, ""
        try:
            result = restore_database(self.db_path, chosen.path)
        except BackupError as exc:
            error = str(exc)
        try:
            open_database(self.db_path)  # the old one again, or the restored one (upgraded)
        except DatabaseError as exc:  # pragma: no cover - the backup passed every check
            error = error or str(exc)
        self.reload()
        if result is None or error:
            self.inform(error)
            return
        self.restored.emit(str(result.safety_backup or ""))
        self.inform(
            self.tr("Restored the backup from {date}.").replace(
                "{date}", format_local_moment(chosen.local_time)
            )
        )

    def _confirm(self, text: str) -> bool:
        return confirm(self, self.tr("Restore backup"), text, cancel=True)

    def _inform(self, text: str) -> None:
        inform(self, self.tr("Backups"), text)


class AutoBackups(QObject):
    """The automatic backup: once now (off the GUI thread) and then every 30 minutes of use.

    `store.backup.auto_backup` decides whether one is due (30 minutes since the last, the database
    changed) and rotates old ones. Signal `made(path)` when a backup was made, `failed(message)`."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.timer = QTimer(self)
        self.timer.setInterval(int(MIN_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        self.run()
        self.timer.start()

    def run(self) -> None:
        path = self.db_path
        run_in_background(
            lambda: auto_backup(path),
            lambda made: made is not None and self.made.emit(str(made)),
            lambda exc: self.failed.emit(str(exc)),
            context=self,
        )
