"""Encryption at rest (issue 19): the database and every backup as SQLCipher files, opened with the
key from the keyring or the passphrase, converted both ways in one verified step."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from tests.memory_keyring import MemoryKeyring

from clientfit.cli import main as cli
from clientfit.store import encryption
from clientfit.store import models as m
from clientfit.store.database import DatabaseError, close_database, open_database

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def plain(tmp_path, capsys) -> Path:
    path = tmp_path / "clientfit.db"
    assert cli(["--db", str(path), "demo"]) == 0
    assert cli(["--db", str(path), "backup"]) == 0
    capsys.readouterr()
    yield path
    encryption.set_current_key(None)
    close_database()


def _encrypt(path: Path, monkeypatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return cli(["--db", str(path), "encrypt", "--passphrase-stdin"])


def _all_bytes(path: Path) -> bytes:
    files = [path, *sorted((path.parent / "backups").glob("*")), encryption.keyinfo_path(path)]
    return b"".join(f.read_bytes() for f in files if f.is_file())


def test_encrypt_converts_the_database_and_every_backup_and_the_keyring_opens_it(
    plain, memory_keyring, monkeypatch, capsys
):
    assert b"Ekdahl" in _all_bytes(plain)
    assert _encrypt(plain, monkeypatch) == 0
    assert "cannot be recovered" in capsys.readouterr().err  # said plainly before enabling
    assert b"Ekdahl" not in _all_bytes(plain) and b"SQLite format 3" not in _all_bytes(plain)
    assert len(memory_keyring.kept) == 1
    (key_id,) = [u for (_s, u) in memory_keyring.kept]
    assert "clientfit" not in key_id  # an opaque id
    result = open_database(plain)  # no passphrase: the keyring has the key
    assert result.created is False
    assert m.Client.select().count() == 8
    close_database()
    # a backup made now is encrypted too, and restores
    assert cli(["--db", str(plain), "backup"]) == 0
    newest = sorted((plain.parent / "backups").glob("*.db"))[-1]
    assert not newest.read_bytes().startswith(b"SQLite format 3")
    assert cli(["--db", str(plain), "restore", str(newest)]) == 0


def test_without_a_keyring_the_passphrase_opens_it_with_three_tries(plain, no_keyring, monkeypatch):
    assert _encrypt(plain, monkeypatch) == 0
    asked = []

    def wrong(attempt):
        asked.append(attempt)
        return "not the passphrase"

    with pytest.raises(DatabaseError, match="not right"):
        open_database(plain, ask_passphrase=wrong)
    assert asked == [1, 2, 3]
    with pytest.raises(DatabaseError, match="keyring"):
        open_database(plain)  # nobody to ask
    open_database(plain, ask_passphrase=lambda _n: PASSPHRASE)
    assert m.Client.select().count() == 8


def test_decrypt_turns_every_file_back_into_plain_sqlite(
    plain, memory_keyring, monkeypatch, capsys
):
    assert _encrypt(plain, monkeypatch) == 0
    assert cli(["--db", str(plain), "decrypt"]) == 0
    assert "Decrypted 2 files" in capsys.readouterr().out
    assert not encryption.keyinfo_path(plain).exists()
    assert memory_keyring.kept == {}
    for f in [plain, *(plain.parent / "backups").glob("*.db")]:
        con = sqlite3.connect(f)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM client").fetchone()[0] == 8
        con.close()


def test_exports_of_an_encrypted_database_say_they_are_not_encrypted(
    plain, memory_keyring, monkeypatch, capsys, tmp_path
):
    assert _encrypt(plain, monkeypatch) == 0
    capsys.readouterr()
    assert cli(["--db", str(plain), "export", "json", "-o", str(tmp_path / "out.json")]) == 0
    assert "is not encrypted" in capsys.readouterr().err


def test_a_failed_conversion_changes_nothing(plain, memory_keyring, monkeypatch):
    from clientfit.store import encryption_convert

    def rows(path: Path) -> list:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT * FROM client ORDER BY id").fetchall()
        finally:
            con.close()

    before = rows(plain)

    def broken(*_args):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(encryption_convert, "_export", broken)
    assert _encrypt(plain, monkeypatch) == 2
    assert plain.read_bytes().startswith(b"SQLite format 3")  # still the plain file
    assert rows(plain) == before
    assert not encryption.keyinfo_path(plain).exists()
    assert memory_keyring.kept == {}


def test_settings_privacy_encrypts_and_decrypts_in_the_app(plain, memory_keyring, qtbot, tmp_path):
    import os

    from PySide6.QtWidgets import QWidget

    from clientfit.ui.settings.privacy_page import PrivacyPage

    open_database(plain)
    parent = QWidget()
    qtbot.addWidget(parent)
    page = PrivacyPage(plain, parent)
    page.resize(640, 420)
    told = []
    page.confirm = lambda text: "cannot be recovered" in text or "off" in text
    page.ask_new_passphrase = lambda: PASSPHRASE
    page.inform = told.append
    assert page.encrypt_button.isEnabled() and not page.decrypt_button.isEnabled()
    page.encrypt()
    assert encryption.is_encrypted(plain)
    assert told[-1] == "Your data is encrypted."
    assert m.Client.select().count() == 8  # open again, with the key
    page.show()
    shots = Path(os.environ.get("TRUST_SHOTS", tmp_path))
    page.grab().save(str(shots / "privacy.png"))
    page.keep_days.setValue(90)
    page.save()
    from clientfit.store.backup import manual_keep_days

    assert manual_keep_days(plain) == 90
    page.decrypt()
    assert not encryption.is_encrypted(plain)
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert m.Client.select().count() == 8


class NativeStandIn(MemoryKeyring):
    """Stands in for the platform's own keyring (Secret Service, Keychain, Credential Locker)."""

    shared: dict[tuple[str, str], str] = {}

    def __init__(self) -> None:
        super().__init__()
        self.kept = NativeStandIn.shared


@pytest.fixture
def native_only(monkeypatch, tmp_path):
    """No keyring chosen by the user or set by a program; keyring's discovery must not run."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_config_path", lambda: tmp_path / "no-keyringrc.cfg")
    monkeypatch.setattr(encryption, "NATIVE_KEYRING", {sys.platform: f"{__name__}.NativeStandIn"})

    def discovery():
        raise AssertionError("keyring's discovery of every backend ran")

    monkeypatch.setattr(keyring.backend, "get_all_keyring", discovery)
    NativeStandIn.shared.clear()
    yield NativeStandIn.shared
    NativeStandIn.shared.clear()


def test_the_key_comes_from_the_native_keyring_without_discovering_every_backend(native_only):
    native_only[(encryption.SERVICE, "key-1")] = "ab" * 32
    assert encryption._keyring_get("key-1") == bytes.fromhex("ab" * 32)


def test_a_key_the_native_keyring_lacks_is_looked_for_in_keyrings_own_choice(
    native_only, monkeypatch
):
    chosen = MemoryKeyring()
    chosen.kept[(encryption.SERVICE, "key-2")] = "cd" * 32
    monkeypatch.setattr(keyring.core, "init_backend", lambda *a: keyring.set_keyring(chosen))
    assert encryption._keyring_get("key-2") == bytes.fromhex("cd" * 32)


def test_a_keyring_set_by_the_program_is_asked_and_not_the_native_one(native_only):
    ring = MemoryKeyring()
    keyring.set_keyring(ring)  # undone by native_only's monkeypatch
    native_only[(encryption.SERVICE, "key-3")] = "ab" * 32
    assert encryption._keyring_get("key-3") is None
    ring.kept[(encryption.SERVICE, "key-3")] = "ef" * 32
    assert encryption._keyring_get("key-3") == bytes.fromhex("ef" * 32)


def test_a_closed_main_window_reads_no_database_later(qtbot, plain):
    """The cause of a 'database is busy' seen in the full suite: a main window a GUI test had
    closed still ran its timers (re-reading stale mail 1.5 s after the first paint) when
    pytest-qt processed events in a later test, through the global database - by then the
    later test's file - and left a connection open that `encrypt` could not fold away."""
    from clientfit.store.database import db
    from clientfit.ui.common.tasks import drain_background
    from clientfit.ui.window.main_window import MainWindow

    open_database(plain)
    window = MainWindow(db_path=str(plain))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    window.close()
    drain_background()
    close_database()
    window.reread_stale_mail()  # the timers a closed window may still have running
    window._start_held_load()
    window._take_snapshots()
    drain_background()
    assert db.is_closed()


@pytest.fixture
def encrypted(plain, memory_keyring, monkeypatch) -> Path:
    """The demo database encrypted, closed, with its key known (as after opening it)."""
    assert _encrypt(plain, monkeypatch) == 0
    open_database(plain)
    close_database()
    assert encryption.current_key() is not None
    return plain


def test_an_encrypted_files_errors_are_database_errors_to_every_check(encrypted):
    """SQLCipher raises its own classes (sqlcipher3.dbapi2.DatabaseError is no sqlite3.Error): a
    wrong key used to escape each of these as a traceback instead of their answer."""
    from clientfit.store import backup, fileguard, integrity

    encryption.set_current_key(b"\x01" * 32)  # not its key: SQLCipher's "file is not a database"
    with pytest.raises(fileguard.NotClientfitError, match="not a database"):
        fileguard.inspect(encrypted)
    assert backup.manual_keep_days(encrypted) is None
    assert "not a database" in backup.integrity(encrypted)
    assert "not a database" in integrity.check_file(encrypted)
    with pytest.raises(backup.BackupError, match="could not be backed up"):
        backup.backup_database(encrypted)


def test_a_restore_onto_a_busy_encrypted_database_is_refused_with_a_message(encrypted):
    """Another program writing to the encrypted file: SQLCipher's OperationalError ("database is
    locked") must become the RestoreError every caller expects, and nothing changes."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from clientfit.store.backup import RestoreError
    from clientfit.store.restore import restore_database

    newest = sorted((encrypted.parent / "backups").glob("*.db"))[-1]
    other = sqlcipher.connect(str(encrypted))
    other.execute(f"PRAGMA key = \"x'{encryption.current_key().hex()}'\"")
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    try:
        before = encrypted.read_bytes()
        with pytest.raises(RestoreError, match="could not be restored"):
            restore_database(encrypted, newest)
        assert encrypted.read_bytes() == before
    finally:
        other.rollback()
        other.close()


def test_one_home_names_every_loaded_drivers_errors():
    import sqlite3

    from sqlcipher3 import dbapi2 as sqlcipher

    from clientfit.store.engines import driver_errors

    assert {sqlite3.OperationalError, sqlcipher.OperationalError} <= set(
        driver_errors("OperationalError")
    )
    assert not issubclass(sqlcipher.Error, sqlite3.Error)  # why the one home is needed
    with pytest.raises(ValueError):
        driver_errors("Warning")


def test_an_encrypted_connection_runs_with_the_plain_ones_settings(encrypted, tmp_path):
    """Encryption may cost only the per-page AES and HMAC: the journal, sync, cache and temp-store
    settings are the plain database's, SQLCipher's memory security is off (on in SQLCipher 4.0 to
    4.4, a large share of its speed), and the key is a raw key (no key stretching per open)."""
    from clientfit.store.database import PRAGMAS, db

    names = ["journal_mode", "synchronous", "cache_size", "temp_store", "secure_delete"]
    names += ["foreign_keys", "busy_timeout", "recursive_triggers", "page_size"]

    def settings() -> dict:
        return {n: str(db.execute_sql(f"PRAGMA {n}").fetchone()[0]) for n in names}

    open_database(tmp_path / "plain.db")
    plain = settings()
    close_database()
    open_database(encrypted)
    try:
        assert settings() == plain
        assert plain["cache_size"] == str(PRAGMAS["cache_size"])
        assert db.execute_sql("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")
        assert db.connect_params.get("passphrase") is None  # the raw key was used, not kept
    finally:
        close_database()
    con = encryption.connect(encrypted)  # the raw connections (backup, checks) likewise
    try:
        assert con.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")
    finally:
        con.close()
