"""One Clientfit per database: a `QLockFile` beside it, and a local socket to wake the first window.

The lock file is `store.lock.lock_path(db)`, the same file the command line reads (without Qt) to
refuse writes while the app has the database. Qt writes its pid and host name into it and holds an
flock on it; a lock left by a crashed app is recognised as stale (its process is gone) and taken
over. A second Clientfit started on the same database connects to the first one's `QLocalServer`
(a per-user local socket, not a network connection) and asks it to bring its window forward; when
that fails too, it tells the user the database is in use and by whom.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from clientfit.store.lock import LockInfo, lock_path, make_private, read_lock

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
    object is destroyed or `release()` is called."""

    activation_requested = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path).expanduser()
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self.holder: LockInfo | None = None

    def acquire(self, timeout_ms: int = 200) -> Outcome:
        lock_path(self.db_path).parent.mkdir(parents=True, exist_ok=True)
        if self.lock.tryLock(timeout_ms):
            make_private(Path(self.lock.fileName()))
            self._listen()
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
    def _listen(self) -> None:
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

    def _ask_first_to_activate(self, timeout_ms: int = 1000) -> bool:
        sock = QLocalSocket(self)
        sock.connectToServer(server_name(self.db_path))
        try:
            if not sock.waitForConnected(timeout_ms):
                return False
            sock.write(ACTIVATE)
            if not sock.waitForBytesWritten(timeout_ms):
                return False
            return sock.waitForReadyRead(timeout_ms) and b"ok" in bytes(sock.readAll().data())
        finally:
            sock.abort()
            sock.deleteLater()


def bring_forward(window) -> None:
    """Show a window un-minimised, on top, with focus (as far as the window manager allows)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
