"""Backups made with SQLite's online backup API (never a file copy), checked before they are kept.

A file copy of a live WAL database can catch it between a write to the `-wal` file and a checkpoint
and so copy a database that never existed; the backup API copies a consistent snapshot page by
page. Every backup lands in a temporary file, passes `PRAGMA integrity_check`, is made a single
self-contained file (journal mode DELETE) readable by the user alone, and only then gets its name.

Automatic backups (`auto_backup`, called by the app at start and every half hour) are made at most
once per 30 minutes and only when the database changed; they are rotated like a grandfather-father-
son tape set: the newest of each of the last 12 days, 10 weeks and 9 months is kept. Backups made
for a reason (by hand, before a restore, before a schema upgrade) are kept for as long as the
user's retention setting says (`MANUAL_KEEP_KEY`, in days; unset: for ever). Half-written copies
(`.part`) a killed backup left are removed on the next start (`store.parts.clean_parts`).

Names: `<db stem>-<UTC YYYYmmdd-HHMMSS>Z-<reason>.db` in `backups/` beside the database, so the
folder sorts by age and a person can tell what each file is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _
from clientfit.paths import backup_dir
from clientfit.store.encryption import connect as _connect
from clientfit.store.encryption import current_key, looks_encrypted
from clientfit.store.engines import driver_errors
from clientfit.store.parts import part_path

AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
MIN_INTERVAL = dt.timedelta(minutes=30)
MANUAL_KEEP_KEY = "backup.keep_manual_days"  # a setting: None (for ever) or a number of days
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Retention:
    """How many automatic backups survive rotation: the newest of each of the last N days/weeks/months."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


RETENTION = Retention()


class BackupError(Exception):
    """A backup or restore that could not be made; nothing was changed. The message is for the user."""


class RestoreError(BackupError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # aware, UTC
    size: int  # bytes
    reason: str  # auto | manual | before-restore | before-migration-1-to-2 | ""

    @property
    def automatic(self) -> bool:
        return self.reason == AUTO

    @property
    def local_time(self) -> dt.datetime:
        return self.created.astimezone()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _private_umask():
    """Files SQLite creates while this is active are 0600 (POSIX); a no-op elsewhere."""
    if os.name != "posix":
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def cm():
        old = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(old)

    return cm()


def _fsync(path: Path) -> None:
    """Flush a file (or, on POSIX, a folder entry) to disk."""
    if path.is_dir() and os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _ro_uri(path: Path) -> str:
    return f"file:{Path(path).resolve().as_posix()}?mode=ro"


def integrity(path: Path | str) -> str:
    """`PRAGMA integrity_check` of a database file: "ok" or the first problems found."""
    con = _connect(_ro_uri(Path(path)), uri=True)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except driver_errors("DatabaseError") as exc:
        return str(exc)
    finally:
        con.close()
    return "; ".join(str(r[0]) for r in rows[:5])


def _name_for(db_path: Path, moment: dt.datetime, reason: str) -> Path:
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, stat.S_IRWXU)
    base = f"{db_path.stem}-{moment.astimezone(dt.timezone.utc).strftime(_STAMP)}Z"
    tag = re.sub(r"[^A-Za-z0-9-]+", "-", reason).strip("-")
    candidate = folder / (f"{base}-{tag}.db" if tag else f"{base}.db")
    n = 2
    while candidate.exists():  # two backups in the same second
        candidate = folder / (f"{base}-{tag}.{n}.db" if tag else f"{base}.{n}.db")
        n += 1
    return candidate


def backup_database(
    db_path: Path | str,
    dest: Path | str | None = None,
    reason: str = "",
    now: dt.datetime | None = None,
) -> Path:
    """Copy the live database to `dest` (default: a new file in the backups folder) through the
    backup API, check it, and return its path. Raises BackupError; then nothing was kept.
    A postgresql:// URL is backed up with pg_dump (store/engines/postgres_backup.py)."""
    from clientfit.store.engines import is_url

    if is_url(db_path):
        from clientfit.store.engines import postgres_backup

        return postgres_backup.backup(str(db_path), reason=reason, dest=dest)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(_("There is no database at {path} to back up.").format(path=db_path))
    if dest is not None:
        _refuse_own_file(db_path, Path(dest))
    dest = Path(dest) if dest is not None else _name_for(db_path, now or _utcnow(), reason)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = part_path(dest)
    tmp.unlink(missing_ok=True)
    try:
        with _private_umask():
            src = _connect(_ro_uri(db_path), uri=True)
            try:
                out = _connect(tmp, key=current_key() if looks_encrypted(db_path) else None)
                try:
                    src.backup(out)
                    out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                    ok = out.execute("PRAGMA integrity_check").fetchone()[0]
                finally:
                    out.close()
            finally:
                src.close()
        if ok != "ok":
            raise BackupError(
                _(
                    "The backup of {path} failed its integrity check ({problem}); it was not kept."
                ).format(path=db_path, problem=ok)
            )
        if os.name == "posix":
            os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        _fsync(tmp)
        os.replace(tmp, dest)
        _fsync(dest.parent)
    except driver_errors() as exc:
        raise BackupError(
            _("{path} could not be backed up: {error}").format(path=db_path, error=exc)
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    return dest


def _refuse_own_file(db_path: Path, dest: Path) -> None:
    """A backup written over the database (or its journal, lock, another backup) would destroy
    what it protects: refused by name and by file identity."""
    from clientfit.fileio import ProtectedPathError, check_output, protect

    protect(db_path)
    try:
        check_output(dest)
    except ProtectedPathError as exc:
        raise BackupError(str(exc)) from None


_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?P<z>Z?)(?:-(?P<reason>[A-Za-z0-9-]+))?(?:\.\d+)?\.db$"
)


def _parse(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m or m["stem"] != stem:
        return None
    try:
        moment = dt.datetime.strptime(m["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    moment = moment.replace(tzinfo=dt.timezone.utc) if m["z"] else moment.astimezone()
    return BackupInfo(path, moment.astimezone(dt.timezone.utc), size, m["reason"] or "")


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    from clientfit.store.engines import is_url

    if is_url(db_path):
        from clientfit.store.engines import postgres_backup

        return postgres_backup.list_backups(str(db_path))
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = (_parse(p, db_path.stem) for p in folder.glob("*.db"))
    return sorted((b for b in found if b is not None), key=lambda b: b.created, reverse=True)


def _changed_since(db_path: Path, moment: dt.datetime) -> bool:
    """Has the database (or its write-ahead log) been written after `moment`?"""
    stamp = moment.timestamp()
    for suffix in ("", "-wal"):
        p = Path(f"{db_path}{suffix}")
        with contextlib.suppress(OSError):
            if p.stat().st_mtime >= stamp - 1:
                return True
    return False


def auto_backup(
    db_path: Path | str,
    now: dt.datetime | None = None,
    interval: dt.timedelta = MIN_INTERVAL,
    retention: Retention = RETENTION,
) -> Path | None:
    """The automatic backup: made when the last one is at least `interval` old and the database has
    changed since; then old automatic backups are rotated. Returns the new backup, or None."""
    db_path = Path(db_path)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    now = now or _utcnow()
    backups = list_backups(db_path)
    if backups:
        last = backups[0].created
        if now - last < interval or not _changed_since(db_path, last):
            return None
    made = backup_database(db_path, reason=AUTO, now=now)
    prune_backups(db_path, now=now, retention=retention)
    return made


def _keepers(autos: list[BackupInfo], retention: Retention) -> set[Path]:
    """Grandfather-father-son: the newest automatic backup of each of the most recent periods."""
    keep: set[Path] = set()
    periods = (
        (retention.daily, lambda t: t.date()),
        (retention.weekly, lambda t: t.isocalendar()[:2]),
        (retention.monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket in periods:
        seen: list[object] = []
        for b in autos:  # newest first
            key = bucket(b.local_time)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(b.path)
    if autos:
        keep.add(autos[0].path)
    return keep


def prune_backups(
    db_path: Path | str, now: dt.datetime | None = None, retention: Retention = RETENTION
) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps (and stale half-written ones);
    returns what was deleted. Backups made for a reason are left alone."""
    db_path = Path(db_path)
    autos = [b for b in list_backups(db_path) if b.automatic]
    keep = _keepers(autos, retention)
    removed = []
    for b in autos:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    keep_days = manual_keep_days(db_path)
    if keep_days is not None:
        oldest = (now or _utcnow()) - dt.timedelta(days=keep_days)
        for b in list_backups(db_path):
            if not b.automatic and b.created < oldest:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
    folder = backup_dir(db_path)
    cutoff = (now or _utcnow()).timestamp() - 86400
    for part in folder.glob(f".{db_path.stem}-*.part") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < cutoff:
                part.unlink()
    return removed


def manual_keep_days(db_path: Path | str) -> int | None:
    """The user's retention for backups made for a reason, read from the database file itself
    (None: kept for ever, the default, or when it cannot be read)."""
    try:
        con = _connect(_ro_uri(Path(db_path)), uri=True)
        try:
            row = con.execute(
                "SELECT value FROM setting WHERE key = ?", (MANUAL_KEEP_KEY,)
            ).fetchone()
        finally:
            con.close()
    except driver_errors():
        return None
    try:
        days = int(row[0]) if row and row[0] not in ("null", None) else None
    except ValueError:
        return None
    return days if days is None or days >= 1 else None
