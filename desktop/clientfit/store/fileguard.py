"""What a database file is, judged before a single byte of it changes.

Opening a file read-write lets SQLite roll back a hot journal (a transaction a crash interrupted),
and that is a write. So a file is judged first: its header (`PRAGMA application_id`,
`PRAGMA user_version`) and its tables are read through a read-only connection, or - when a hot
journal or a write-ahead log makes a read-only look impossible or untrustworthy - from a private
copy of the file and its journal, where SQLite may roll back freely. Only a file that is
Clientfit's own at a schema this version knows is then opened read-write on disk (which recovers
it); anything else - another program's SQLite file, a file from a newer Clientfit - is refused
and left byte for byte as it was.

Clientfit's own files carry `APPLICATION_ID` in their header. Files from before the id was set are
recognised by the tables the first schema made, and get the id when they are next opened.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _
from clientfit.store.encryption import connect as _connect
from clientfit.store.engines import driver_errors

# "CFit" in ASCII: the header field SQLite reserves for the application that owns the file.
APPLICATION_ID = 0x43466974

# The tables the first schema (0001_initial) made: a file without an application id is
# Clientfit's only when it has all of these.
FIRST_TABLES = frozenset(
    {
        "client",
        "invoice",
        "deliverable",
        "offboarding_plan",
        "checklist_item",
        "colleague",
        "consideration",
        "contact",
        "contact_point",
        "health_snapshot",
        "message",
        "need",
        "note",
        "payment",
        "revision_round",
        "setting",
        "skill",
        "time_entry",
    }
)


class NotClientfitError(Exception):
    """The file is not a database Clientfit may open; the message is for the user."""


@dataclass(frozen=True)
class FileFacts:
    application_id: int
    user_version: int
    tables: frozenset[str]
    needs_recovery: bool  # a hot journal / log that only a read-write open can settle

    @property
    def empty(self) -> bool:
        return not self.tables and self.user_version == 0 and self.application_id == 0

    @property
    def ours(self) -> bool:
        if self.application_id == APPLICATION_ID:
            return True
        return self.application_id == 0 and self.tables >= FIRST_TABLES


def _ro_uri(path: Path) -> str:
    return f"file:{path.as_posix()}?mode=ro"


def _read(con: sqlite3.Connection) -> tuple[int, int, frozenset[str]]:
    app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
    version = int(con.execute("PRAGMA user_version").fetchone()[0])
    tables = frozenset(
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    )
    return app_id, version, tables


def _journals(path: Path) -> list[Path]:
    """Journal files beside the database that may hold changes SQLite has not settled."""
    found = []
    for suffix in ("-journal", "-wal"):
        side = Path(f"{path}{suffix}")
        try:
            if side.stat().st_size > 0:
                found.append(side)
        except OSError:
            continue
    return found


def _read_from_copy(path: Path, journals: list[Path]) -> tuple[int, int, frozenset[str]]:
    """Header and tables as they are after SQLite settles the journal - in a private copy."""
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        with tempfile.TemporaryDirectory(prefix="clientfit-judge-") as folder:
            copy = Path(folder) / "judged.db"
            shutil.copyfile(path, copy)
            for side in journals:
                shutil.copyfile(side, Path(f"{copy}{side.name[len(path.name) :]}"))
            con = _connect(copy)
            try:
                return _read(con)
            finally:
                con.close()
    finally:
        if old is not None:
            os.umask(old)


def check_kind(path: Path) -> None:
    """Refuse what is not a plain file: folders, fifos, devices, links to nothing."""
    if path.is_symlink() and not path.exists():
        raise NotClientfitError(
            _("{path} is a link to {target}, which does not exist; nothing was created.").format(
                path=path, target=os.readlink(path)
            )
        )
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotClientfitError(
            _("{path} cannot be read: {error}").format(path=path, error=exc.strerror)
        ) from None
    if stat.S_ISDIR(mode):
        raise NotClientfitError(_("{path} is a folder, not a database file.").format(path=path))
    if not stat.S_ISREG(mode):
        raise NotClientfitError(
            _(
                "{path} is not a regular file (a device, fifo or socket); Clientfit keeps its data "
                "only in ordinary files."
            ).format(path=path)
        )


def inspect(path: Path) -> FileFacts:
    """Read what the file is without changing it. Raises NotClientfitError when SQLite cannot."""
    journals = _journals(path)
    hot = any(j.name.endswith("-journal") for j in journals)
    try:
        if hot:
            raise sqlite3.OperationalError("hot journal")
        con = _connect(_ro_uri(path), uri=True)
        try:
            app_id, version, tables = _read(con)
        finally:
            con.close()
        return FileFacts(app_id, version, tables, needs_recovery=False)
    except driver_errors("DatabaseError") as first:
        if not journals:
            raise NotClientfitError(str(first)) from None
        try:
            app_id, version, tables = _read_from_copy(path, journals)
        except (*driver_errors("DatabaseError"), OSError) as exc:
            raise NotClientfitError(str(exc)) from None
        return FileFacts(app_id, version, tables, needs_recovery=True)


def recover(path: Path) -> None:
    """Let SQLite settle a hot journal on the real file (only for a file judged to be ours)."""
    con = _connect(path, timeout=5.0)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        con.close()
