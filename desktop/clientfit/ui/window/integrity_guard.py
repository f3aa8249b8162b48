"""The database is checked once the window is on screen, and a read-only one says so.

A cold start must not pay for a check of the whole file, so `IntegrityGuard.start` is called after
the first paint: writes are held (`PRAGMA query_only`, for every connection opened meanwhile) while
`PRAGMA quick_check` runs off the GUI thread, then released when it passes; the full
`integrity_check` follows in the background. When either finds damage, writes stay held and a
dialog names the newest good backup and offers the Backups window to restore it.

`show_read_only_banner` puts a plain banner above the roster when the file could only be opened
read-only (store.database.OpenResult.read_only): nothing in it can change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSizePolicy, QToolBar

from clientfit.ui.common.read_only import lock_writers


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntegrityGuard", text)


class IntegrityGuard(QObject):
    """Signals: `passed()` when the quick check is ok; `damaged(message)` when a check is not."""

    passed = Signal()
    damaged = Signal(str)

    def __init__(self, db_path: str | Path, window: QMainWindow, read_only: bool = False):
        super().__init__(window)
        self.db_path = Path(db_path)
        self.window = window
        self.read_only = read_only
        self.holding = False
        self.result: str | None = None
        self.damaged.connect(self._tell)

    def start(self) -> None:
        from clientfit.ui.common.tasks import run_in_background

        self._hold(True)
        run_in_background(self._quick, self._quick_done, self._failed, context=self)

    def _hold(self, on: bool) -> None:
        from clientfit.store.database import db

        if self.read_only:
            return
        db.pragma("query_only", 1 if on else 0, permanent=True)
        self.holding = on

    def _quick(self) -> str:
        from clientfit.store.integrity import check_file

        return check_file(self.db_path)

    def _full(self) -> str:
        from clientfit.store.integrity import check_file

        return check_file(self.db_path, full=True)

    def _quick_done(self, problem: str) -> None:
        from clientfit.ui.common.tasks import run_in_background

        if problem != "ok":
            self._report(problem)
            return
        self._hold(False)
        self.passed.emit()
        run_in_background(self._full, self._full_done, self._failed, context=self)

    def _full_done(self, problem: str) -> None:
        self.result = problem
        if problem != "ok":
            self._hold(True)
            self._report(problem)

    def _failed(self, exc: BaseException) -> None:
        self._report(str(exc))

    def _report(self, problem: str) -> None:
        from clientfit.store.integrity import damage_message

        self.result = problem
        self.damaged.emit(damage_message(self.db_path, problem))

    def _tell(self, message: str) -> None:
        """The dialog: what is wrong, the newest good backup, and a way to restore it."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("The database is damaged"))
        box.setText(_tr("Clientfit found damage in your database and will not write to it."))
        box.setInformativeText(message)
        open_backups = box.addButton(_tr("Open Backups…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.dialog = box
        box.finished.connect(lambda _r: self._after_dialog(box.clickedButton() is open_backups))
        box.open()

    def _after_dialog(self, show_backups: bool) -> None:
        if not show_backups:
            return
        from clientfit.ui.backups.dialog import BackupsDialog

        dialog = BackupsDialog(self.db_path, self.window)
        dialog.restored.connect(lambda _p: self._hold(False))
        dialog.open()


def show_read_only_banner(window: QMainWindow, db_path: str | Path) -> QToolBar:
    """A banner across the top of the window: the file is read-only, nothing will change."""
    bar = QToolBar(window)
    bar.setObjectName("ReadOnlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = QLabel(
        _tr(
            "{path} is read-only: you can look, but nothing can be changed or saved. "
            "Make the file writable and restart Clientfit to work in it."
        ).replace("{path}", Path(db_path).name)
    )
    label.setToolTip(str(db_path))  # the whole path; the banner stays one line
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px 10px; "
        "border-bottom: 1px solid #e0c060; }"
    )
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.setWindowTitle(window.windowTitle() + " " + _tr("(read-only)"))
    window.read_only = True  # the window starts no writes (trend snapshots, mail re-reading)
    panel = getattr(window, "health_panel", None)
    if panel is not None:
        panel.set_read_only(True)
    lock_writers(window)  # every control that writes: off, and kept off (ui.common.read_only)
    return bar
