"""Is the database sound, and if not, which backup would bring it back?

`PRAGMA quick_check` (seconds on a large file, so never before the first paint: the app runs it
right after its window appears and holds writes until it passes; the CLI before it writes) finds
damaged pages and a write-ahead log from another database. The full `integrity_check` runs in the
background and before every backup. When either finds damage, the user is told and offered the
newest backup that itself passes the check.
"""

from __future__ import annotations

from pathlib import Path

from clientfit.i18n import _
from clientfit.store.encryption import connect as _connect
from clientfit.store.engines import driver_errors


class DamagedDatabase(Exception):
    """The database failed its check; the message names the newest good backup."""


def check_connection(con, full: bool = False) -> str:
    """`quick_check` (or `integrity_check`) through an open DB-API connection: "ok" or problems."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
    except driver_errors("DatabaseError") as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows[:5])


def check_file(path: Path | str, full: bool = False) -> str:
    """The check of a file on disk through a read-only connection of its own."""
    try:
        con = _connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
    except driver_errors() as exc:
        return str(exc)
    try:
        return check_connection(con, full)
    finally:
        con.close()


def newest_good_backup(db_path: Path | str) -> Path | None:
    """The newest backup of this database that passes `quick_check`, or None."""
    from clientfit.store.backup import list_backups

    for info in list_backups(Path(db_path)):
        if check_file(info.path) == "ok":
            return info.path
    return None


def backup_hint(db_path: Path | str) -> str:
    """A sentence pointing at the newest good backup (with the command to restore it), or ""."""
    try:
        good = newest_good_backup(db_path)
    except OSError:
        return ""
    if good is None:
        return ""
    return " " + _(
        "The newest good backup is {backup}; restore it with: clientfit-cli restore {backup}"
    ).format(backup=good)


def damage_message(db_path: Path | str, problem: str) -> str:
    return _("{path} is damaged ({problem}). Nothing more was written to it.").format(
        path=db_path, problem=problem
    ) + backup_hint(db_path)


def require_sound(db, db_path: Path | str) -> None:
    """Raise DamagedDatabase when the open peewee database fails `quick_check`."""
    problem = check_connection(db.connection())
    if problem != "ok":
        raise DamagedDatabase(damage_message(db_path, problem))
