"""Mail sources in the main window: the background sync, its status-bar progress, Sync Mail Now
(File) and Find Past Mail (Client). `install(window)` is the one line the window calls; Settings →
Sources is `ui.settings.sources_page`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from clientfit.ui.common.read_only import writes
from clientfit.ui.sources.runner import SyncRunner, SyncStatus

CTX = "Sources"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def install(window) -> SyncRunner:
    """Give `window` its sync runner, status-bar progress and the two actions; the first sync
    (and the watching) start once the window is on screen."""
    runner = SyncRunner(window)
    window.sync_runner = runner
    window.sync_status = SyncStatus(runner, window.statusBar())
    runner.finished.connect(lambda report: _after(window, report))

    window.act_sync = QAction(_t("S&ync Mail Now"), window)
    window.act_sync.setObjectName("sync_mail")
    writes(window.act_sync)  # off in a read-only file
    window.act_sync.setShortcut(QKeySequence("F9"))
    window.act_sync.triggered.connect(lambda: runner.sync())
    window.file_menu.insertAction(window.act_backups, window.act_sync)

    window.act_past_mail = QAction(_t("Find Pa&st Mail"), window)
    window.act_past_mail.setObjectName("find_past_mail")
    writes(window.act_past_mail)
    window.act_past_mail.setToolTip(
        _t("Read your mail sources again for this client's earlier messages")
    )
    window.act_past_mail.triggered.connect(lambda: _past_mail(window))
    window.client_menu.insertAction(window.act_whatif, window.act_past_mail)
    window.client_actions.append(window.act_past_mail)
    window.act_past_mail.setEnabled(window.current_client_id() is not None)

    window.first_painted.connect(lambda: _start(runner))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.stop)
    return runner


def _start(runner: SyncRunner) -> None:
    from clientfit.store.source_models import SyncSource

    runner.start_watching()
    if SyncSource.select().where(SyncSource.enabled == True).exists():  # noqa: E712
        runner.sync()


def _after(window, report) -> None:
    if report.changed_anything():
        window.data_changed.emit()


def _past_mail(window) -> None:
    client_id = window.current_client_id()
    if client_id is not None:
        window.sync_runner.find_past_mail(client_id)
