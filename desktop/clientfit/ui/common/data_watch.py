"""Notice what another program committed - `clientfit-cli` writing while the app runs - and say so.

SQLite's `PRAGMA data_version` changes on a connection whenever another connection committed, so a
cheap poll on the GUI thread's connection sees the command line's writes. The app's own worker
threads use connections of their own too (a roster load keeps its scores, a sync imports mail):
their writes are counted by the database (`ClientfitDatabase.background_writes`). A change with
none of those is another program's; a change beside them is the command line's when it says so
(`store.outside_writes`, counted by clientfit-cli while the app holds the file), else the app's
own, which refreshes what it changed itself. `changed` is emitted once per poll that saw another
program's commit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 2000


class DataWatch(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._seen: tuple[int, int] | None = None
        self._outside = 0

    def start(self) -> None:
        from clientfit.store.outside_writes import outside_writes

        self._seen = self._now()
        if self._seen is not None:
            self._outside = outside_writes()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @staticmethod
    def _now() -> tuple[int, int] | None:
        from clientfit.store.database import db
        from clientfit.store.signal_cache import data_version

        if db.is_closed():
            return None
        try:
            return data_version(), db.background_writes
        except Exception:  # the file went away or is being replaced: try again next time
            return None

    def check(self) -> bool:
        """Poll once; True (and `changed`) when another program committed since the last poll."""
        now = self._now()
        if now is None:
            return False
        before, self._seen = self._seen, now
        if before is None or now[0] == before[0]:
            return False
        if now[1] != before[1]:  # our own workers wrote too: was the command line there as well?
            from clientfit.store.outside_writes import outside_writes

            outside, self._outside = self._outside, outside_writes()
            if outside == self._outside:
                return False  # only ours: whoever asked for that refreshes
        self.changed.emit()
        return True
