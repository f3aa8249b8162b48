"""Converting a database and all its backups to SQLCipher and back, in one verified step.

Every file is exported to a private temporary file beside it (`sqlcipher_export`), the copy is
opened as it will be read, checked (`integrity_check`, the schema version, the application id and
every table's row count against the source), and only when every file passed are the copies put
in place (`os.replace`, so each file is either the old one or the new one). The key is stored
(keyring and keyinfo) before any file changes, so no file is ever encrypted with a key that is
kept nowhere. The caller must have closed the database.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.i18n import _
from clientfit.store import encryption as enc
from clientfit.store.engines import driver_errors


@dataclass
class Converted:
    files: list[Path] = field(default_factory=list)  # the database first, then its backups
    keyring: bool = False  # the key is in the OS keyring (else only the passphrase opens it)


def _files(db_path: Path) -> list[Path]:
    from clientfit.store.backup import list_backups

    return [db_path] + [b.path for b in list_backups(db_path)]


def _settle(db_path: Path, key: bytes | None) -> None:
    """Fold the write-ahead log into the database file and leave rollback-journal mode."""
    con = enc.connect(db_path, key=key, timeout=30.0)  # a reader finishing its last query
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def _counts(con) -> dict[str, int]:
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _export(source: Path, target: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """Copy `source` into a new file `target` with the other key (None: plain), then check it."""
    from sqlcipher3 import dbapi2 as sqlcipher

    target.unlink(missing_ok=True)
    con = sqlcipher.connect(str(source))
    try:
        if source_key is not None:
            con.execute(f'PRAGMA key = "{enc._pragma_key(source_key)}"')
        header = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        before = _counts(con)
        new_key = enc._pragma_key(target_key) if target_key is not None else ""
        con.execute(f'ATTACH DATABASE ? AS converted KEY "{new_key}"', (str(target),))
        con.execute("SELECT sqlcipher_export('converted')")
        con.execute(f"PRAGMA converted.user_version = {int(header)}")
        con.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        con.execute("DETACH DATABASE converted")
    finally:
        con.close()
    check = enc.connect(target, key=target_key)
    try:
        problem = check.execute("PRAGMA integrity_check").fetchone()[0]
        same = (
            _counts(check) == before
            and check.execute("PRAGMA user_version").fetchone()[0] == header
        )
    finally:
        check.close()
    if problem != "ok" or not same:
        raise enc.EncryptionError(
            _(
                "The converted copy of {path} did not match it ({problem}); nothing was changed."
            ).format(path=source, problem=problem if problem != "ok" else "row counts")
        )
    if os.name == "posix":
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)


def _convert(db_path: Path, source_key: bytes | None, target_key: bytes | None) -> list[Path]:
    files = _files(db_path)
    _settle(db_path, source_key)
    temps = {f: f.with_name(f".{f.name}.{os.getpid()}.convert.part") for f in files}
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        for f in files:
            key = source_key if (source_key is not None and enc.looks_encrypted(f)) else None
            _export(f, temps[f], key, target_key)
        for f in files:  # every copy passed: now put them in place
            os.replace(temps[f], f)
    except (*driver_errors(), OSError) as exc:
        raise enc.EncryptionError(
            _("{path} could not be converted ({error}); nothing was changed.").format(
                path=db_path, error=exc
            )
        ) from None
    finally:
        if old is not None:
            os.umask(old)
        for t in temps.values():
            with contextlib.suppress(OSError):
                t.unlink()
    return files


def encrypt_files(db_path: Path | str, passphrase: str) -> Converted:
    """Encrypt the database and every backup with a new random key (see the module docstring)."""
    import json

    if not enc.available():
        raise enc.EncryptionError(
            _("Encryption needs the sqlcipher3 package; it is not installed.")
        )
    db_path = Path(db_path)
    if enc.is_encrypted(db_path):
        raise enc.EncryptionError(_("{path} is already encrypted.").format(path=db_path))
    if len(passphrase) < 8:
        raise enc.EncryptionError(_("The passphrase must have at least 8 characters."))
    key = secrets.token_bytes(32)
    key_id = secrets.token_hex(16)
    info = {"version": 1, "key_id": key_id, **enc._wrap(key, passphrase)}
    keyinfo = enc.keyinfo_path(db_path)
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        keyinfo.write_text(json.dumps(info))
    finally:
        if old is not None:
            os.umask(old)
    in_keyring = enc._keyring_set(key_id, key)
    try:
        files = _convert(db_path, None, key)
    except BaseException:
        keyinfo.unlink(missing_ok=True)
        enc._keyring_delete(key_id)
        raise
    return Converted(files=files, keyring=in_keyring)


def decrypt_files(db_path: Path | str, key: bytes) -> Converted:
    """Turn the database and every backup back into plain SQLite files; forget the key."""
    db_path = Path(db_path)
    info = enc._read_info(db_path)
    files = _convert(db_path, key, None)
    enc.keyinfo_path(db_path).unlink(missing_ok=True)
    enc._keyring_delete(info["key_id"])
    return Converted(files=files)
