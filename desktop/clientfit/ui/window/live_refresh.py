"""Live refresh on a shared PostgreSQL roster: another person's edit shows within seconds.

A thread of its own waits on `store.engines.postgres_listen.ChangeListener` (LISTEN/NOTIFY on a
connection of its own, never the GUI's) and signals `changed` with the tables someone wrote; the
main window reloads its roster then (`MainWindow.refresh`, which keeps the selection). Nothing
runs on SQLite: one file has one user.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal


class LiveRefresh(QThread):
    """Signals: `listening()` once its LISTEN is in place (commits before it are not heard),
    `changed(list[str])`, the tables changed by commits heard (ours too)."""

    listening = Signal()
    changed = Signal(list)

    def __init__(self, url: str, parent=None, poll_seconds: float = 1.0):
        super().__init__(parent)
        self._url = url
        self._poll = poll_seconds
        self._stopping = False
        self.is_listening = False  # set (before `listening`) once commits are heard

    def run(self) -> None:
        from clientfit.store.engines.postgres_listen import ChangeListener

        try:
            listener = ChangeListener(self._url)
        except Exception:  # no second connection now: the window still works, without live refresh
            return
        self.is_listening = True
        self.listening.emit()
        try:
            while not self._stopping:
                tables = listener.wait(self._poll)
                if tables and not self._stopping:
                    self.changed.emit(sorted(tables))
        finally:
            listener.close()

    def stop(self) -> None:
        """End the thread (within one poll interval) and wait for it."""
        self._stopping = True
        self.wait(10_000)


def start_for(window, url: str) -> LiveRefresh:
    """Reload `window`'s roster whenever someone else changes the roster's tables."""
    live = LiveRefresh(url, window)
    watched = {"client", "message", "invoice", "payment", "time_entry", "offboarding_plan"}
    live.changed.connect(lambda tables: window.refresh() if watched & set(tables) else None)
    window.destroyed.connect(live.stop)
    live.start()
    return live
