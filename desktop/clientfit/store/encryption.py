"""Encryption at rest (opt-in): the database and every backup as SQLCipher files.

A random 256-bit raw key encrypts the files; SQLCipher takes it as is (`x'...'`), so opening costs
no key stretching. The key lives in the OS keyring (`keyring`, under an opaque random id) and,
wrapped with a key stretched from the user's passphrase (scrypt), in `<db>.keyinfo` beside the
database - so the passphrase unlocks the data where no keyring is available. Nothing readable is
kept beside the files: the keyinfo holds the id, the salt, the wrapped key and a check value.

`encrypt_files` / `decrypt_files` convert the database and all its backups in one verified step:
each file is exported (`sqlcipher_export`) to a private temporary file, checked (integrity_check
and the row count of every table against the source), and only when every file passed are they
put in place. Forget the passphrase without a keyring and the data cannot be recovered.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path

from clientfit.i18n import _

HEADER = b"SQLite format 3\x00"
SERVICE = "Clientfit"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
TRIES = 3

_current_key: bytes | None = None  # the key of the open database (backups share it)


class EncryptionError(Exception):
    """Encryption could not be done or undone; nothing was changed. The message is for the user."""


class WrongPassphrase(EncryptionError):
    pass


def keyinfo_path(db_path: Path | str) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + ".keyinfo")


def available() -> bool:
    """Is SQLCipher (the sqlcipher3 package) installed?"""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _head(path: Path | str) -> bytes:
    """The first 16 bytes of a regular file ("" for anything else: a fifo would block a read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError:
        return b""


def is_encrypted(path: Path | str) -> bool:
    """A database file that is not plain SQLite and has its keyinfo beside it."""
    head = _head(path)
    return len(head) == 16 and head != HEADER and keyinfo_path(path).exists()


def looks_encrypted(path: Path | str) -> bool:
    """A non-empty file without the plain SQLite header (a backup of an encrypted database)."""
    head = _head(path)
    return len(head) == 16 and head != HEADER


def set_current_key(key: bytes | None) -> None:
    global _current_key
    _current_key = key


def current_key() -> bytes | None:
    return _current_key


def _pragma_key(key: bytes) -> str:
    return f"x'{key.hex()}'"


# Said on every encrypted connection, after its key. SQLCipher's "memory security" (every heap
# allocation of the library locked and wiped on free) costs a large share of its speed; it is off
# by default since SQLCipher 4.5.0 but on in 4.0-4.4, which a system library may still be. The
# rest of the settings are the plain database's own (store.database.PRAGMAS), so encryption costs
# only the per-page AES and HMAC (benchmarks/RESULTS.md).
CIPHER_PRAGMAS = ("PRAGMA cipher_memory_security = OFF",)


def tune(con) -> None:
    """The SQLCipher settings of `CIPHER_PRAGMAS` on a keyed connection."""
    for pragma in CIPHER_PRAGMAS:
        con.execute(pragma)


def connect(target: str | Path, *, uri: bool = False, key: bytes | None = None, **kwargs):
    """A DB-API connection to a Clientfit file: SQLCipher with the key when the file is encrypted
    (or `key` is given), else the standard sqlite3 module."""
    path = str(target)
    plain_path = path[5:].split("?", 1)[0] if uri and path.startswith("file:") else path
    key = key or (_current_key if looks_encrypted(plain_path) else None)
    if key is None:
        return sqlite3.connect(path, uri=uri, **kwargs)
    from sqlcipher3 import dbapi2 as sqlcipher

    con = sqlcipher.connect(path, uri=uri, **kwargs)
    con.execute(f'PRAGMA key = "{_pragma_key(key)}"')
    tune(con)
    return con


# --- the key ----------------------------------------------------------------------------------------


def _stretch(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=64, maxmem=2**26, **SCRYPT)


def _wrap(key: bytes, passphrase: str) -> dict:
    salt = secrets.token_bytes(16)
    stretched = _stretch(passphrase, salt)
    wrapped = bytes(a ^ b for a, b in zip(key, stretched[:32], strict=True))
    check = hmac.new(stretched[32:], key, "sha256").hexdigest()
    return {"salt": salt.hex(), "wrapped": wrapped.hex(), "check": check, "kdf": "scrypt"}


def _unwrap(info: dict, passphrase: str) -> bytes:
    stretched = _stretch(passphrase, bytes.fromhex(info["salt"]))
    key = bytes(a ^ b for a, b in zip(bytes.fromhex(info["wrapped"]), stretched[:32], strict=True))
    if not hmac.compare_digest(hmac.new(stretched[32:], key, "sha256").hexdigest(), info["check"]):
        raise WrongPassphrase(_("The passphrase is not right."))
    return key


def _read_info(db_path: Path) -> dict:
    try:
        return json.loads(keyinfo_path(db_path).read_text())
    except (OSError, ValueError) as exc:
        raise EncryptionError(
            _("{path} is encrypted but its key file cannot be read ({error}).").format(
                path=db_path, error=exc
            )
        ) from None


# The OS's own keyring, by platform: what keyring's discovery picks there anyway.
NATIVE_KEYRING = {
    "linux": "keyring.backends.SecretService.Keyring",
    "darwin": "keyring.backends.macOS.Keyring",
    "win32": "keyring.backends.Windows.WinVaultKeyring",
}


def _native_keyring():
    """The OS keyring without keyring's discovery, or None. Discovery scans every installed
    package's entry points and probes each backend: 60-180 ms of every encrypted open here
    (benchmarks/RESULTS.md), more than the decryption costs. A backend the user chose
    (PYTHON_KEYRING_BACKEND, keyringrc.cfg) or a program set (keyring.set_keyring) is honoured:
    then this gives None and keyring's own choice is asked."""
    import keyring.core

    if keyring.core._keyring_backend is not None:  # set_keyring, or an earlier discovery
        return None
    if "PYTHON_KEYRING_BACKEND" in os.environ or keyring.core._config_path().exists():
        return None
    name = NATIVE_KEYRING.get(sys.platform)
    if name is None:
        return None
    try:
        return keyring.core.load_keyring(name)  # raises when it is not usable here
    except Exception:
        return None


def _keyring_get(key_id: str) -> bytes | None:
    """The key from the OS keyring: the native one first (fast), then keyring's own choice, so a
    key kept by any backend keyring would find is found."""
    try:
        native = _native_keyring()
        value = native.get_password(SERVICE, key_id) if native is not None else None
        if value is None:
            import keyring

            value = keyring.get_password(SERVICE, key_id)
    except Exception:  # no keyring here (a server, a container): the passphrase will do
        return None
    return bytes.fromhex(value) if value else None


def _keyring_set(key_id: str, key: bytes) -> bool:
    try:
        import keyring

        keyring.set_password(SERVICE, key_id, key.hex())
    except Exception:
        return False
    return True


def _keyring_delete(key_id: str) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(SERVICE, key_id)


def unlock(db_path: Path | str, ask: Callable[[int], str | None] | None = None) -> bytes:
    """The key of an encrypted database: from the keyring, else from the passphrase `ask(try)`
    returns (at most three tries). Raises WrongPassphrase / EncryptionError."""
    db_path = Path(db_path)
    info = _read_info(db_path)
    key = _keyring_get(info["key_id"])
    if key is not None:
        return key
    if ask is None:
        raise EncryptionError(
            _(
                "{path} is encrypted and its key is not in this computer's keyring; give the "
                "passphrase (--passphrase-stdin)."
            ).format(path=db_path)
        )
    for attempt in range(1, TRIES + 1):
        passphrase = ask(attempt)
        if passphrase is None:
            break
        try:
            key = _unwrap(info, passphrase)
        except WrongPassphrase:
            continue
        _keyring_set(info["key_id"], key)  # the next open needs no passphrase, where possible
        return key
    raise WrongPassphrase(
        _("The passphrase is not right ({n} tries); nothing was opened.").format(n=TRIES)
    )
