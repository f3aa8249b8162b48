"""One Clientfit per database: a `QLockFile` beside it, and a local socket to wake the first window.

The lock file is `store.lock.lock_path(db)`, the same file the command line reads (without Qt) to
refuse writes while the app has the database. Qt writes its pid and host name into it and holds an
flock on it; a lock left by a crashed app is recognised as stale (its process is gone) and taken
over. A second Clientfit started on the same database connects to the first one's `QLocalServer`
(a per-user local socket, not a network connection) and asks it to bring its window forward; when
that fails too, it tells the user the database is in use and by whom.

Importing `PySide6.QtNetwork` is a visible share of a cold start (benchmarks/RESULTS.md): the app takes the lock
before its window and starts listening only after the first paint (`acquire(listen=False)`, then
`listen()`); a second start that finds the lock retries its connection for a moment, so it still
reaches a first Clientfit that is just opening.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QThread, Signal

from clientfit.store.lock import LockInfo, lock_path, make_private, read_lock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"


class Outcome(enum.Enum):
    ACQUIRED = "acquired"  # this process has the database
    ACTIVATED = "activated"  # another Clientfit has it and was asked to come forward
    IN_USE = "in_use"  # another Clientfit (or one on another computer) has it


def server_name(db_path: Path | str) -> str:
    """A short socket name unique to this user and database file."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: still unique per database
        user = ""
    key = f"{user}\0{Path(db_path).expanduser().resolve()}".encode()
    return "clientfit-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    """Hold the app lock for `db_path`. Signal `activation_requested` when a second start asks for
    this window. Call `acquire()` once before opening the database; the lock is released when this
    object is destroyed or `release()` is called. `acquire(listen=False)` takes the lock without the
    wake-up socket; call `listen()` once the window is up."""

    activation_requested = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path).expanduser()
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self.holder: LockInfo | None = None

    def acquire(self, timeout_ms: int = 200, listen: bool = True) -> Outcome:
        lock_path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        if self.lock.tryLock(timeout_ms):
            make_private(Path(self.lock.fileName()))
            if listen:
                self.listen()
            return Outcome.ACQUIRED
        self.holder = read_lock(Path(self.lock.fileName()))
        if self._ask_first_to_activate():
            return Outcome.ACTIVATED
        return Outcome.IN_USE

    def in_use_text(self) -> str:
        """What to tell the user when the database is in use."""
        who = self.holder.describe() if self.holder else "?"
        return (
            QCoreApplication.translate(
                "SingleInstance",
                "The database {path} is already open in Clientfit ({who}).\n\n"
                "Close Clientfit there first, or open another database with --db.",
            )
            .replace("{path}", str(self.db_path))
            .replace("{who}", who)
        )

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    # --- the local socket ---
    def listen(self) -> None:
        """Answer second starts (bring this window forward). Needs the lock; a no-op without it."""
        if self.server is not None or not self.lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.db_path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crash; we hold the lock
            if not server.listen(name):
                return  # activation is a convenience; the lock is what matters
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        assert self.server is not None
        while (conn := self.server.nextPendingConnection()) is not None:
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                self._read(conn)

    def _read(self, conn: QLocalSocket) -> None:
        data = bytes(conn.readAll().data())
        if ACTIVATE.strip() in data:
            self.activation_requested.emit()
            conn.write(b"ok\n")
            conn.flush()

    def _ask_first_to_activate(self, timeout_ms: int = 1000, connect_ms: int = 2000) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket(self)
        try:
            if not self._connect(sock, connect_ms):
                return False
            sock.write(ACTIVATE)
            if not sock.waitForBytesWritten(timeout_ms):
                return False
            return sock.waitForReadyRead(timeout_ms) and b"ok" in bytes(sock.readAll().data())
        finally:
            sock.abort()
            sock.deleteLater()

    def _connect(self, sock: QLocalSocket, timeout_ms: int) -> bool:
        """Connect to the first Clientfit, retrying while it may still be opening its window (it
        listens only after its first paint): a missing socket is retried until `timeout_ms`."""
        deadline = time.monotonic() + timeout_ms / 1000
        name = server_name(self.db_path)
        while True:
            sock.connectToServer(name)
            left = int((deadline - time.monotonic()) * 1000)
            if sock.waitForConnected(max(left, 1)):
                return True
            sock.abort()
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)


def bring_forward(window) -> None:
    """Show a window un-minimised, on top, with focus (as far as the window manager allows)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
