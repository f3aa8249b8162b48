"""Who holds the database: the app's single-instance lock, readable without Qt.

The app takes a `QLockFile` at `lock_path(db)` (`<db>.lock`, beside the database) for as long as it
has the database open (`ui/single_instance.py`). Qt writes the holder into that file - its process
id, process name and host name, one per line - and, on POSIX, keeps an `flock` on it while it lives.
The command line cannot use Qt, so this module reads the same file the same way Qt does: the lock
is live when the flock is held, or (where flock says nothing, e.g. Windows or a different host) when
its process still runs on this host / it was written by another host. A lock left behind by a crash
is stale and ignored, here as in Qt (`QLockFile` removes it on the next start).

A lock file is per name, and so are SQLite's -wal/-shm: a database open in the app as
`clientfit.db` and written through a hard link `other.db` would have two write-ahead logs, and one
of them is lost. So the app also holds an `flock` on the database file itself (`IdentityLock`),
which is per file - device and inode - whatever name it is reached by: a second app, or the command
line, reaching the same file under another name is refused. (flock and SQLite's POSIX byte-range
locks are independent on Linux and the BSDs; the flock is taken before SQLite opens the file and
released after it closes it, since closing any descriptor of a file drops a process's POSIX locks.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _


@dataclass(frozen=True)
class LockInfo:
    path: Path
    pid: int
    app: str
    host: str

    def describe(self) -> str:
        return _("process {pid} on {host}").format(pid=self.pid, host=self.host or "?")


def lock_path(db_path: Path | str) -> Path:
    """The lock file that belongs to a database: `clientfit.db` -> `clientfit.db.lock`."""
    p = Path(db_path).expanduser().resolve()
    return p.with_name(p.name + ".lock")


def this_host() -> str:
    """The host name as Qt writes it (QSysInfo::machineHostName is gethostname)."""
    return socket.gethostname()


def read_lock(path: Path) -> LockInfo | None:
    """The holder named in a lock file, or None when there is none or it is unreadable."""
    try:
        with open(path, "rb") as fh:
            lines = fh.read(4096).decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    app = lines[1].strip() if len(lines) > 1 else ""
    host = lines[2].strip() if len(lines) > 2 else ""
    return LockInfo(path=path, pid=int(lines[0]), app=app, host=host)


def _flock_held(path: Path) -> bool | None:
    """True: a live process holds an flock on the file; False: nobody does; None: cannot tell."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        return True if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES) else None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name != "posix":  # pragma: no cover - best effort on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(db_path: Path | str) -> LockInfo | None:
    """The live holder of the database's app lock, or None when no app has it open."""
    path = lock_path(db_path)
    info = read_lock(path)
    if info is None:
        return None
    held = _flock_held(path)
    if held is not None and info.host == this_host():
        return info if held else None
    if info.host and info.host != this_host():
        return info  # another computer (shared folder): cannot check, so assume it is live
    return info if _pid_alive(info.pid) else None


class DatabaseInUse(Exception):
    """The app holds the database; the message says so and what to do."""


def in_use_message(db_path: Path | str, info: LockInfo) -> str:
    return _(
        "{db} is open in the Clientfit app ({who}). This command cannot run while the app has "
        "it: close the app first. Nothing was changed."
    ).format(db=Path(db_path), who=info.describe())


def check_writable(db_path: Path | str) -> None:
    """Raise DatabaseInUse when the app has this database open. The CLI calls this before a
    command that replaces the whole file (restore, encrypt, decrypt); every other command may
    write while the app runs (WAL serialises the writers; the app notices the commit)."""
    info = holder(db_path)
    if info is not None:
        raise DatabaseInUse(in_use_message(db_path, info))


def check_same_schema(db_path: Path | str) -> None:
    """Raise DatabaseInUse when the app holds a file of an older schema than this command line
    knows: upgrading it would change the tables under the running app."""
    info = holder(db_path)
    if info is None:
        return
    from clientfit.store.database import DatabaseError, read_user_version, schema_version

    try:
        older = 0 < read_user_version(Path(db_path)) < schema_version()
    except DatabaseError:
        return  # opening it will say what is wrong
    if older:
        raise DatabaseInUse(
            _(
                "{db} is open in an older Clientfit app ({who}); this command line would upgrade "
                "it. Close the app first. Nothing was changed."
            ).format(db=Path(db_path), who=info.describe())
        )


def make_private(path: Path) -> None:
    """The lock file names a process and a host: the user's business alone (0600 on POSIX)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def _identity_held(db_path: Path | str) -> bool:
    """Does some process hold the app's exclusive flock on this database file (any name)?"""
    path = Path(db_path).expanduser()
    try:
        if not path.resolve().is_file():
            return False
    except OSError:
        return False
    return bool(_flock_held(path.resolve()))


def other_name_message(db_path: Path | str) -> str:
    return _(
        "{db} is open in the Clientfit app under another name (a hard link to the same file). "
        "Use the name the app has open, or close the app; nothing was changed."
    ).format(db=Path(db_path))


def check_same_file(db_path: Path | str) -> None:
    """Raise DatabaseInUse when the app holds this very file under a different name."""
    if holder(db_path) is None and _identity_held(db_path):
        raise DatabaseInUse(other_name_message(db_path))


class IdentityLock:
    """The app's hold on the database file itself (device + inode), for as long as it has it open.

    `acquire` raises DatabaseInUse when another app holds the file under any name. A database that
    does not exist yet has no identity: the hold is taken once `attach` is called after creation.
    """

    def __init__(self) -> None:
        self._fd: int | None = None

    def acquire(self, db_path: Path | str) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: the name lock is all there is
            return
        path = Path(db_path).expanduser().resolve()
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return  # not there yet (or unreadable: opening it will say so)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise DatabaseInUse(other_name_message(db_path)) from None
            return
        self.release()
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Drop the hold (call after the database connection is closed)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
