"""Backups of a PostgreSQL database, and restoring one: `pg_dump`'s custom format when it is
installed, else the JSON dump.

A server's database has no file to copy, so its backups are what PostgreSQL's own tools make:
`pg_dump --format=custom` (compressed, restorable table by table, checked by `pg_restore --list`
before it is kept) into the user's data folder, `backups/<host>-<database>/`, named like the
file backups (`<database>-<UTC stamp>Z-<reason>.dump`). Where `pg_dump` is not installed the
backup is the JSON dump (`<...>.json`), written by the dump writer the intake layer registers
(`register_json_dump`), so the store does not reach up a layer. A restore replaces the database's
content in one `pg_restore --single-transaction` after a backup of the current state.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from clientfit.i18n import _

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})Z(?:-(?P<reason>[A-Za-z0-9-]+))?(?:\.\d+)?"
    r"\.(?P<kind>dump|json)$"
)
_json_dump: Callable[[Path], object] | None = None


def register_json_dump(writer: Callable[[Path], object]) -> None:
    """The JSON dump writer (intake/dump.export_json) for servers without pg_dump."""
    global _json_dump
    _json_dump = writer


def _parts(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    host = parts.hostname or parse_qs(parts.query).get("host", ["local"])[0]
    name = parts.path.lstrip("/") or "postgres"
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{host}-{name}").strip("-")
    return safe, re.sub(r"[^A-Za-z0-9_.-]+", "-", name)


def backup_folder(url: str) -> Path:
    """Where the backups of the database at `url` go: the user's data folder, per server+database."""
    from clientfit.paths import data_dir

    return data_dir() / "backups" / _parts(url)[0]


def tool(name: str) -> str | None:
    return shutil.which(name)


def backup(url: str, reason: str = "", dest: Path | str | None = None) -> Path:
    """Back up the database at `url`; returns the file. Raises BackupError (nothing kept)."""
    from clientfit.store.backup import BackupError

    folder = backup_folder(url)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    kind = "dump" if tool("pg_dump") else "json"
    if dest is None:
        stamp = dt.datetime.now(dt.timezone.utc).strftime(_STAMP)
        tag = re.sub(r"[^A-Za-z0-9-]+", "-", reason).strip("-")
        base = f"{_parts(url)[1]}-{stamp}Z" + (f"-{tag}" if tag else "")
        dest = folder / f"{base}.{kind}"
        n = 2
        while dest.exists():
            dest = folder / f"{base}.{n}.{kind}"
            n += 1
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    old_umask = os.umask(0o077)
    try:
        if kind == "dump":
            _run(["pg_dump", "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={url}"])
            _run(["pg_restore", "--list", str(tmp)])  # readable from end to end
        elif _json_dump is None:
            raise BackupError(
                _(
                    "The database cannot be backed up: pg_dump is not installed (Debian: "
                    "postgresql-client). Nothing was changed."
                )
            )
        else:
            _json_dump(tmp)
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp, dest)
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError(
            _("{path} could not be backed up: {error}").format(path=_parts(url)[1], error=exc)
        ) from None
    finally:
        os.umask(old_umask)
        tmp.unlink(missing_ok=True)
    return dest


def _run(command: list[str]) -> None:
    proc = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    if proc.returncode != 0:
        raise subprocess.SubprocessError((proc.stderr or proc.stdout).strip()[-800:])


def list_backups(url: str) -> list:
    """The backups of the database at `url`, newest first (as store.backup.BackupInfo)."""
    from clientfit.store.backup import BackupInfo

    folder = backup_folder(url)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if not m:
            continue
        moment = dt.datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=dt.timezone.utc)
        out.append(BackupInfo(path, moment, path.stat().st_size, m["reason"] or ""))
    return sorted(out, key=lambda b: b.created, reverse=True)


def restore(url: str, source: Path | str):
    """Replace the content of the database at `url` with the pg_dump backup `source`, in one
    transaction, after backing up the current state. Raises RestoreError (nothing changed)."""
    from clientfit.store.backup import BEFORE_RESTORE, RestoreError
    from clientfit.store.restore import RestoreResult

    source = Path(source)
    if source.suffix != ".dump" or not tool("pg_restore"):
        raise RestoreError(
            _(
                "{path} cannot be restored here: a PostgreSQL database is restored from a "
                "pg_dump backup (.dump) with pg_restore installed; load a JSON dump into an "
                "empty database with 'clientfit-cli import json'. Nothing was changed."
            ).format(path=source)
        )
    try:
        _run(["pg_restore", "--list", str(source)])
    except subprocess.SubprocessError as exc:
        raise RestoreError(
            _("{path} is not a readable backup ({error}); nothing was changed.").format(
                path=source, error=exc
            )
        ) from None
    safety = backup(url, reason=BEFORE_RESTORE)
    try:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={url}",
                str(source),
            ]
        )
    except subprocess.SubprocessError as exc:
        raise RestoreError(
            _("The database could not be restored ({error}); nothing was changed.").format(
                error=exc
            )
        ) from None
    return RestoreResult(restored_from=source, safety_backup=safety, set_aside=None)
