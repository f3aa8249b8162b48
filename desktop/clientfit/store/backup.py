"""Backups made with SQLite's online backup API (never a file copy), checked before they are kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from clientfit.paths import backup_dir


class BackupError(Exception):
    pass


def backup_database(db_path: Path | str, dest: Path | str | None = None, reason: str = "") -> Path:
    """Copy the live database to `dest` (default: the backups folder) and verify the copy."""
    db_path = Path(db_path)
    if dest is None:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        suffix = f"-{reason}" if reason else ""
        dest = folder / f"{db_path.stem}-{stamp}{suffix}.db"
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(f"file:{db_path.resolve().as_posix()}?mode=ro", uri=True)
    old_umask = os.umask(0o077) if os.name == "posix" else None
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            ok = out.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            out.close()
    finally:
        src.close()
        if old_umask is not None:
            os.umask(old_umask)
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupError(f"The backup of {db_path} failed its integrity check: {ok}")
    os.replace(tmp, dest)
    return dest
