"""Syncs in the background: one at a time, off the GUI thread, with progress in the status bar.

`SyncRunner` starts `core.sync.sync_all` on the thread pool when asked (Sync Mail Now, a source
just added), when a watched folder changes (`QFileSystemWatcher` on each Maildir's `new/` and
`cur/` and each mbox file, after a short quiet spell, since a delivery touches several files),
and every few minutes as a fallback for what a watcher misses (network shares, IMAP). A request
that comes while a sync runs is kept and run after it, never beside it. `finished(report)` is
emitted once per sync - the one summary the Today view and the tray build on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from clientfit.ui.common.tasks import run_in_background

QUIET_MS = 2_000  # a changed folder is read once it has been still this long
PERIODIC_MS = 5 * 60_000  # the fallback check of every source


class _Progress(QObject):
    """Progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(str, int, int)


class SyncRunner(QObject):
    """Runs syncs one at a time and tells what happened."""

    started = Signal()
    progress = Signal(str, int, int)  # source label, done, total
    finished = Signal(object)  # core.sync.SyncReport
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._pending: tuple | None = None
        self._stop = False
        self._relay = _Progress(self)
        self._relay.changed.connect(self.progress)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.sync)
        self.periodic = QTimer(self)
        self.periodic.setInterval(PERIODIC_MS)
        self.periodic.timeout.connect(self.sync)

    # --- asking ---
    def sync(self, only: int | None = None) -> None:
        """Sync every enabled source (or `only`); after the running sync, if one runs."""
        if self._stop:
            return
        if self.running:  # one more sync after this one: of `only`, or of all when asked twice
            same = self._pending is None or self._pending == (only,)
            self._pending = (only,) if same else (None,)
            return
        self.running = True
        self.started.emit()
        relay = self._relay

        def work():
            from clientfit.core.sync import sync_all

            return sync_all(
                only=only,
                progress=lambda label, done, total: relay.changed.emit(label, done, total),
                cancel=lambda: self._stop,
            )

        run_in_background(work, self._done, self._failed, context=self)

    def find_past_mail(self, client_id: int) -> None:
        """ "Find past mail" for one client (after the running sync, if one runs)."""
        if self.running or self._stop:
            QTimer.singleShot(500, self, lambda: self.find_past_mail(client_id))
            return
        self.running = True
        self.started.emit()
        relay = self._relay

        def work():
            from clientfit.core.sync import past_mail

            return past_mail(
                client_id,
                progress=lambda label, done, total: relay.changed.emit(label, done, total),
            )

        run_in_background(work, self._done, self._failed, context=self)

    def stop(self) -> None:
        """No more syncs; the running one stops after its current batch (what it wrote stays)."""
        self._stop = True
        self.periodic.stop()
        self.quiet.stop()

    # --- watching ---
    def start_watching(self) -> None:
        """Watch every local source and check all of them every few minutes."""
        self.rewatch()
        self.periodic.start()

    def rewatch(self) -> None:
        """Watch what the sources are now (after one was added or removed)."""
        from clientfit.intake.sources import iter_enabled, mail_files

        paths: list[str] = []
        for source in iter_enabled():
            if source.kind == "imap" or not source.path or not Path(source.path).exists():
                continue
            root = Path(source.path)
            paths.append(str(root if root.is_dir() else root.parent))
            for f in mail_files(source.kind, root):
                if source.kind == "maildir":
                    paths.extend(str(f / sub) for sub in ("new", "cur") if (f / sub).is_dir())
                else:
                    paths.append(str(f))
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if paths:
            self.watcher.addPaths(sorted(set(paths)))

    def _changed(self, _path: str) -> None:
        self.quiet.start()  # (re)started: read once the folder is still

    # --- done ---
    def _done(self, report) -> None:
        self.running = False
        if self.periodic.isActive():
            self.rewatch()  # a compacted mbox is a new file: watch what is there now
        self.finished.emit(report)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.failed.emit(str(exc))
        self._next()

    def _next(self) -> None:
        if self._pending is not None and not self._stop:
            (only,) = self._pending
            self._pending = None
            self.sync(only)


class SyncStatus(QWidget):
    """The status bar's part: which source is being read, and how far."""

    def __init__(self, runner: SyncRunner, bar: QStatusBar) -> None:
        super().__init__(bar)
        from PySide6.QtWidgets import QHBoxLayout

        self.bar = bar
        self.label = QLabel()
        self.meter = QProgressBar()
        self.meter.setMaximumWidth(140)
        self.meter.setMaximumHeight(14)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Mail sync progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.meter)
        self.hide()
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.finished.connect(self._finished)
        runner.failed.connect(self._failed)
        bar.addPermanentWidget(self)

    def _started(self) -> None:
        self.label.setText(self.tr("Syncing mail…"))
        self.label.setStyleSheet("")
        self.meter.setRange(0, 0)  # busy until the first source says how much
        self.meter.show()
        self.show()

    def _progress(self, label: str, done: int, total: int) -> None:
        self.label.setText(self.tr("Syncing %1…").replace("%1", _short(label)))
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.meter.setRange(0, max(total, 1))
        self.meter.setValue(min(done, max(total, 1)))

    def _finished(self, report) -> None:
        """The summary stays beside the status bar's messages until the next sync."""
        self.meter.hide()
        self.label.setText(report.summary())
        self.label.setMinimumWidth(self.label.sizeHint().width())
        problems = "\n".join(r.line() for r in report.errors)
        self.label.setToolTip(problems)
        self.label.setStyleSheet("QLabel { color: #a4262c; }" if problems else "")
        self.show()

    def _failed(self, message: str) -> None:
        self.meter.hide()
        self.label.setText(self.tr("Mail sync failed: %1").replace("%1", message))
        self.label.setStyleSheet("QLabel { color: #a4262c; }")
        self.show()


def _short(label: str, width: int = 40) -> str:
    """A source's label for the status bar: a folder's own name, an account as it is."""
    if "/" in label or "\\" in label:
        label = Path(label).name or label
    return label if len(label) <= width else "…" + label[-(width - 1) :]
