"""store.today.read_mapped: the Today worker's fresh connection reads through SQLite's memory map -
on a plain SQLite file only (an encrypted file's pages must be decrypted; PostgreSQL has no such
setting)."""

from __future__ import annotations

import pytest

from clientfit.store.database import db, sqlite_db
from clientfit.store.today import MAP_BYTES, read_mapped


def test_a_plain_sqlite_file_is_read_mapped_and_postgresql_is_left_alone(database, engine):
    read_mapped()  # on PostgreSQL: nothing to set, and no error
    if engine == "sqlite":
        assert db.execute_sql("PRAGMA mmap_size").fetchone()[0] == MAP_BYTES


@pytest.mark.sqlite_only
def test_an_encrypted_file_is_not_mapped(database, monkeypatch):
    monkeypatch.setattr(sqlite_db, "cipher_key", b"\x01" * 32)  # as an encrypted file's open sets
    read_mapped()
    assert db.execute_sql("PRAGMA mmap_size").fetchone()[0] == 0
