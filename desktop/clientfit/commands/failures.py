"""A failure the user can act on, said in one line instead of a traceback.

A full disk, a read-only folder, a damaged file, an input nested too deeply for the parser: each
is reported with what happened and that nothing was changed (every change runs in one transaction,
every file is written atomically, so a failure part-way leaves the old state).
"""

from __future__ import annotations

import errno
from pathlib import Path

import peewee

from clientfit.i18n import _
from clientfit.store.engines import driver_errors

_FULL = ("database or disk is full", "disk i/o error")
_DAMAGED = ("malformed", "file is not a database", "database disk image")


def explain(exc: BaseException, db_path: Path | str) -> str | None:
    """The user's message for an unexpected failure, or None when it is a genuine bug."""
    from clientfit.fileio import ProtectedPathError
    from clientfit.store.integrity import damage_message
    from clientfit.store.lock import holder, in_use_message

    if isinstance(exc, RecursionError):
        return _("The input is nested too deeply to read; nothing was changed.")
    if isinstance(exc, MemoryError):
        return _("The input is too large to read in memory; nothing was changed.")
    if isinstance(exc, ProtectedPathError):
        return str(exc)
    if isinstance(exc, OSError):
        where = exc.filename or db_path
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return _("{path}: the disk is full; nothing was changed.").format(path=where)
        return _("{path}: {error}; nothing was changed.").format(
            path=where, error=exc.strerror or exc
        )
    if isinstance(exc, (*driver_errors(), peewee.PeeweeException)):
        from clientfit.store.text_limits import explain as too_long

        if too_long(exc):
            return too_long(exc)
        text = str(exc).lower()
        if "readonly" in text:
            info = holder(db_path)
            if info is not None:
                return in_use_message(db_path, info)
            return _(
                "{db} cannot be written (read-only file or folder); nothing was changed."
            ).format(db=db_path)
        if any(t in text for t in _FULL):
            return _("{db}: the disk is full or failing; nothing was changed.").format(db=db_path)
        if any(t in text for t in _DAMAGED):
            return damage_message(db_path, str(exc))
        if "no transaction is active" in text:  # SQLite rolled back itself after ENOSPC / I/O
            return _("{db}: the disk is full or failing; nothing was changed.").format(db=db_path)
        if "locked" in text or "busy" in text:
            return _("{db} is busy (another program is writing); nothing was changed.").format(
                db=db_path
            )
    return None
