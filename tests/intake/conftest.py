"""Intake fixtures: the sample files, a fixed time zone, and a way to see that nothing changed."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def fixture_path():
    def get(name: str) -> Path:
        return FIXTURES / name

    return get


@pytest.fixture
def stockholm(database):
    """Exports are read as Stockholm wall-clock time (CET/CEST), whatever the test machine says."""
    from clientfit.health.config import TIME_ZONE
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    return database


@pytest.fixture
def me(database):
    from clientfit.intake.mail import OWN_ADDRESSES
    from clientfit.store.settings import set_setting

    set_setting(OWN_ADDRESSES, ["eva@studio.se"])
    return "eva@studio.se"


@pytest.fixture
def copy_fixture(tmp_path):
    """A private copy of a fixture, to cut or garble."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        if (FIXTURES / name).is_dir():
            shutil.copytree(FIXTURES / name, target)
        else:
            shutil.copy(FIXTURES / name, target)
        return target

    return copy


@pytest.fixture
def snapshot():
    """Every row of every table: equal snapshots mean the database did not change."""
    from clientfit.store.models import ALL_MODELS

    def take() -> dict:
        return {
            m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples())
            for m in ALL_MODELS
        }

    return take


# --- mail sources: a file-less keyring and a real IMAP server on loopback ------------------------

_REAL_CONNECT = socket.socket.connect
_REAL_CREATE_CONNECTION = socket.create_connection


@pytest.fixture
def memory_keyring():
    """The keyring in memory: the tests never touch the system's."""
    import keyring
    from tests.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    return host in ("127.0.0.1", "::1", "localhost")


@pytest.fixture
def imap_server(tmp_path, monkeypatch):
    """pymap on free loopback ports with a throw-away certificate (tests/intake/imap_server.py);
    connections anywhere but loopback still fail the test."""
    pytest.importorskip("pymap", reason="pymap needs Python 3.11+")  # a test tool, not ours

    def connect(self, address):
        if not _loopback(address):
            raise AssertionError(f"Clientfit tried to connect to {address}")
        return _REAL_CONNECT(self, address)

    def create_connection(address, *args, **kwargs):
        if not _loopback(address):
            raise AssertionError(f"Clientfit tried to connect to {address}")
        return _REAL_CREATE_CONNECTION(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    from tests.intake.imap_server import ImapServer

    server = ImapServer(tmp_path / "imap")
    yield server
    server.close()
