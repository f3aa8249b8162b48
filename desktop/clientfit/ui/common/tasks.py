"""Database work off the GUI thread, through one small helper (Anki's `operations` idea).

`run_in_background(fn, on_success, on_failure)` runs `fn()` on Qt's thread pool and calls back on the
GUI thread. Each worker thread closes its own database connection when done (peewee keeps one
connection per thread; SQLite's WAL lets readers run beside the GUI's connection).
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        from clientfit.store.database import db

        try:
            try:
                result = self.fn()
            except Exception as exc:  # reported to the GUI thread, never swallowed
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self.relay.failed.emit(exc)
            else:
                self.relay.succeeded.emit(result)
        except RuntimeError:
            pass  # the window that asked has closed: nobody to tell
        finally:
            if not db.is_closed():
                db.close()


_live: set[_Relay] = set()


class Activity(QObject):
    """How many background jobs run: `changed(n)` when the number changes (a busy indicator)."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.running = 0

    def add(self, n: int) -> None:
        self.running = max(0, self.running + n)
        self.changed.emit(self.running)


_activity: Activity | None = None


def activity() -> Activity:
    """The one `Activity` of the app (made on first use, on the GUI thread)."""
    global _activity
    if _activity is None:
        _activity = Activity()
    return _activity


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    context: QObject | None = None,
) -> None:
    """Run `fn` on a worker thread; `on_success(result)` / `on_failure(exc)` run on the GUI thread.

    With a `context` object the callbacks are dropped if it is destroyed first (a closed window).
    """
    relay = _Relay(context)
    _live.add(relay)
    counter = activity()
    counter.add(1)
    ended = []

    def end(*_args) -> None:
        if not ended:  # once: answered, or its window closed first
            ended.append(True)
            with contextlib.suppress(RuntimeError):  # the app is shutting down
                counter.add(-1)

    relay.destroyed.connect(end)

    def done(result: Any) -> None:
        _live.discard(relay)
        end()
        on_success(result)

    def failed(exc: BaseException) -> None:
        _live.discard(relay)
        end()
        if on_failure is not None:
            on_failure(exc)
        else:
            raise exc

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_for_background(msecs: int = 30_000) -> bool:
    """Block until background jobs are done (tests, shutdown)."""
    return QThreadPool.globalInstance().waitForDone(msecs)


def drain_background(msecs: int = 30_000) -> bool:
    """Wait for background jobs and deliver their results, again while those results start new
    jobs (a panel loading the client picked meanwhile): afterwards nothing runs (tests)."""
    from PySide6.QtCore import QCoreApplication

    pool = QThreadPool.globalInstance()
    for _ in range(50):
        if not pool.waitForDone(msecs):
            return False
        QCoreApplication.processEvents()
        if pool.activeThreadCount() == 0 and not _live:
            return True
    return pool.activeThreadCount() == 0
