"""Restoring a backup: checked first, the current state backed up, copied in one transaction.

Split from store/backup.py (which the cold start imports without it). A database a
killed restore or upgrade left with a hot journal is recovered before it is judged, so it is never
mistaken for a damaged one; a database SQLite cannot read is set aside, never deleted.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _
from clientfit.store.backup import (
    BEFORE_RESTORE,
    RestoreError,
    _name_for,
    _private_umask,
    _ro_uri,
    _utcnow,
    backup_database,
    integrity,
)
from clientfit.store.encryption import connect as _connect
from clientfit.store.encryption import current_key, looks_encrypted
from clientfit.store.engines import driver_errors


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the state before the restore; None when there was no database
    set_aside: Path | None = None  # a damaged database moved out of the way


def _check_source(source: Path, db_path: Path) -> None:
    from clientfit.store.database import schema_version

    if not source.is_file():
        raise RestoreError(_("{path}: no such backup file.").format(path=source))
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise RestoreError(_("{path} is the database itself, not a backup.").format(path=source))
    problem = integrity(source)
    if problem != "ok":
        raise RestoreError(
            _("{path} is damaged or not a database ({problem}); nothing was changed.").format(
                path=source, problem=problem
            )
        )
    con = _connect(_ro_uri(source), uri=True)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()
    if version == 0:
        raise RestoreError(
            _("{path} is not a Clientfit database; nothing was changed.").format(path=source)
        )
    if version > schema_version():
        raise RestoreError(
            _(
                "{path} was written by a newer Clientfit (schema {version}); update Clientfit to "
                "restore it. Nothing was changed."
            ).format(path=source, version=version)
        )


def _recover_if_ours(db_path: Path) -> None:
    """A restore or upgrade killed part-way leaves a hot journal; a read-only look then fails and
    the file would look damaged. Roll it back - only for a file that is ours at a known schema."""
    from clientfit.store import fileguard
    from clientfit.store.database import schema_version

    try:
        facts = fileguard.inspect(db_path)
    except fileguard.NotClientfitError:
        return
    if facts.needs_recovery and facts.ours and 1 <= facts.user_version <= schema_version():
        fileguard.recover(db_path)


def _set_aside(db_path: Path) -> Path:
    """Move a database SQLite cannot read out of the way (with its -wal/-shm), never deleting it."""
    target = _name_for(db_path, _utcnow(), "damaged")
    for suffix in ("-wal", "-shm", "-journal"):
        p = Path(f"{db_path}{suffix}")
        if p.exists():
            os.replace(p, Path(f"{target}{suffix}"))
    os.replace(db_path, target)
    return target


def restore_database(db_path: Path | str, source: Path | str) -> RestoreResult:
    """Replace the database's content with the backup `source`, after backing up the current state.

    The copy goes through the backup API into the database file itself in one step, i.e. in one
    SQLite write transaction: a crash or power cut mid-way rolls back to the old content, so the
    file is never half restored. The caller must have closed its own connection; another open
    connection makes this fail with RestoreError and changes nothing.
    """
    from clientfit.store.engines import is_url

    if is_url(db_path):  # a server's database: pg_restore (store/engines/postgres_backup.py)
        from clientfit.store.engines import postgres_backup

        return postgres_backup.restore(str(db_path), source)
    db_path, source = Path(db_path), Path(source)
    _check_source(source, db_path)
    safety = set_aside = None
    if db_path.is_file() and db_path.stat().st_size > 0:
        _recover_if_ours(db_path)
        if integrity(db_path) == "ok":
            safety = backup_database(db_path, reason=BEFORE_RESTORE)
        else:
            set_aside = _set_aside(db_path)
    try:
        with _private_umask():
            src = _connect(_ro_uri(source), uri=True)
            live = _connect(
                db_path, timeout=2.0, key=current_key() if looks_encrypted(source) else None
            )
            try:
                # Out of WAL mode, so the copy is journalled as one transaction and page sizes may
                # differ; open_database turns WAL back on. Fails while another connection is open.
                mode = live.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                if str(mode).lower() != "delete":
                    raise RestoreError(
                        _("The database is in use by another program; nothing was changed.")
                    )
                src.backup(live)
                ok = live.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                live.close()
                src.close()
    except driver_errors("OperationalError") as exc:
        raise RestoreError(
            _("The database could not be restored ({error}); nothing was changed.").format(
                error=exc
            )
        ) from None
    if ok != "ok":  # pragma: no cover - the source passed the same check a moment ago
        raise RestoreError(
            _("The restored database failed its integrity check: {problem}").format(problem=ok)
        )
    if os.name == "posix":
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)
    return RestoreResult(restored_from=source, safety_backup=safety, set_aside=set_aside)
