"""A database file this user may not write (a 0400 file, a read-only folder): how it is told
apart and opened - read-only, so nothing in it or about it changes - and whether the open database
is such a file (`is_read_only`: the app turns off every control that would write to it,
ui/common/read_only.py)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_opened = False  # the open database is a file opened read-only


def writable(path: Path) -> bool:
    """May this process change the file (and make its journals beside it)? The owner's write bit
    counts even for root, who could write anyway: a file made read-only stays read-only."""

    def allowed(p: Path) -> bool:
        return os.access(p, os.W_OK) and bool(p.stat().st_mode & stat.S_IWUSR)

    try:
        if not path.exists():
            folder = path.parent
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent  # created on open
            return allowed(folder)
        return allowed(path) and allowed(path.parent)
    except OSError:
        return False


def connect(db, path: Path, pragmas: dict) -> None:
    """Bind `db` to a connection that cannot write: `mode=ro`, and `immutable` when the folder is
    read-only (SQLite could not make the -shm a WAL reader needs); `pragmas` without those that
    would write, and `query_only` on top."""
    global _opened
    flags = "mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        flags += "&immutable=1"
    kept = {k: v for k, v in pragmas.items() if k not in ("journal_mode", "synchronous")}
    kept["query_only"] = 1
    db.init(f"file:{path.as_posix()}?{flags}", uri=True, pragmas=kept)
    db.connect()
    _opened = True


def forget() -> None:
    """The database was closed."""
    global _opened
    _opened = False


def is_read_only() -> bool:
    """Is the open database a file opened read-only? False once it is closed."""
    return _opened
