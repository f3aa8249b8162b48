"""One Clientfit per database: the app's QLockFile, read by the Qt-free CLI check; stale locks; waking
the first window from a second start; the CLI writing while the app has the database, but never
replacing or upgrading the file under it."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from clientfit.cli import main as cli
from clientfit.store import lock
from clientfit.store.database import close_database, open_database, schema_version
from clientfit.store.models import Client
from clientfit.ui.window.single_instance import Outcome, SingleInstance, server_name

FIRST_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from clientfit.ui.window.single_instance import SingleInstance
    app = QCoreApplication(sys.argv)
    first = SingleInstance(sys.argv[1])
    print(first.acquire().value, flush=True)
    if sys.argv[2] == "answer":
        first.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
    else:
        first.server.close()  # holds the lock but cannot be reached: a hung first instance
    QTimer.singleShot(15000, app.quit)
    app.exec()
    """
)


def start_first(db_path: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", FIRST_APP, str(db_path), mode],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout.readline().strip() == "acquired"
    return proc


@pytest.fixture
def held(qapp, db_path):
    """This test process holds the app lock, as a running Clientfit would."""
    instance = SingleInstance(db_path)
    assert instance.acquire() is Outcome.ACQUIRED
    yield instance
    instance.release()


def test_the_app_lock_names_this_process_and_host_and_is_private(held, db_path):
    path = lock.lock_path(db_path)
    assert path == db_path.parent / "clientfit.db.lock"
    info = lock.holder(db_path)
    assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)

    held.release()
    assert lock.holder(db_path) is None and not path.exists()


def test_the_cli_writes_while_the_app_holds_the_database_but_never_replaces_the_file(
    database, held, db_path, capsys
):
    Client.create(name="Acme", name_key="acme", created_at="2024-01-01 00:00:00")
    close_database()

    # row changes go through: SQLite's WAL serialises the writers, the app notices the commit
    for argv in (["client", "add", "Beta"], ["colleague", "add", "Maja"]):
        assert cli(["--db", str(db_path), *argv]) == 0, capsys.readouterr().err
    capsys.readouterr()
    # a command that replaces the whole file under the running app is refused
    for argv in (["restore", str(db_path)], ["encrypt", "--passphrase-stdin"]):
        assert cli(["--db", str(db_path), *argv]) == 2
        err = capsys.readouterr().err
        assert "is open in the Clientfit app" in err and f"process {os.getpid()}" in err
        assert "close the app first" in err and "Nothing was changed" in err

    assert cli(["--db", str(db_path), "clients", "--json"]) == 0
    assert '"Beta"' in capsys.readouterr().out
    assert cli(["--db", str(db_path), "backup"]) == 0
    open_database(db_path)
    assert sorted(c.name for c in Client.select()) == ["Acme", "Beta"]


def test_the_cli_never_upgrades_a_file_the_app_has_open(database, held, db_path, capsys):
    close_database()
    con = sqlite3.connect(db_path)
    older = schema_version() - 1
    con.execute(f"PRAGMA user_version = {older}")  # as an older Clientfit app left it
    con.commit()
    con.close()

    assert cli(["--db", str(db_path), "clients"]) == 2
    assert "open in an older Clientfit app" in capsys.readouterr().err
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == older
    con.close()


def test_a_command_that_wrongly_declares_itself_read_only_is_still_stopped_by_query_only(
    database, held, db_path, capsys, monkeypatch
):
    import clientfit.cli

    close_database()
    monkeypatch.setattr(clientfit.cli, "_writes", lambda args: False)

    assert cli(["--db", str(db_path), "client", "add", "Sneaky"]) == 2

    assert "is open in the Clientfit app" in capsys.readouterr().err
    open_database(db_path)
    assert Client.select().count() == 0


def test_a_lock_left_by_a_crashed_app_is_stale_for_the_cli_and_taken_over_by_the_app(
    qapp, database, db_path
):
    close_database()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path = lock.lock_path(db_path)
    path.write_text(f"{dead.pid}\npython3\n{socket.gethostname()}\n")

    assert lock.holder(db_path) is None
    assert cli(["--db", str(db_path), "client", "add", "After the crash"]) == 0

    instance = SingleInstance(db_path)
    assert instance.acquire() is Outcome.ACQUIRED
    assert lock.holder(db_path).pid == os.getpid()
    instance.release()


def test_a_lock_from_another_computer_is_respected(db_path):
    lock.lock_path(db_path).write_text("4242\nclientfit\nsome-other-laptop\n")
    info = lock.holder(db_path)
    assert info is not None and info.host == "some-other-laptop"
    with pytest.raises(lock.DatabaseInUse, match="process 4242 on some-other-laptop"):
        lock.check_writable(db_path)


def test_a_second_start_brings_the_first_window_forward(qapp, db_path):
    first = start_first(db_path, "answer")
    try:
        second = SingleInstance(db_path)
        assert second.acquire() is Outcome.ACTIVATED
        assert first.stdout.readline().strip() == "activated"
    finally:
        first.kill()
        first.wait()


def test_a_second_start_says_the_database_is_in_use_when_the_first_does_not_answer(qapp, db_path):
    first = start_first(db_path, "silent")
    try:
        second = SingleInstance(db_path)
        started = time.monotonic()
        assert second.acquire() is Outcome.IN_USE
        assert time.monotonic() - started < 5
        text = second.in_use_text()
        assert str(db_path) in text and f"process {first.pid}" in text
    finally:
        first.kill()
        first.wait()
    # once the first has gone (killed: no clean-up at all), the database is free again
    assert SingleInstance(db_path).acquire() is Outcome.ACQUIRED


def test_the_wake_up_socket_is_per_user_and_per_database(tmp_path):
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "." / "a.db")


def test_the_app_refuses_to_open_a_database_another_clientfit_holds(qapp, db_path, monkeypatch):
    from clientfit.ui import app as app_module

    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    first = start_first(db_path, "silent")
    try:
        assert app_module.main(["clientfit", "--db", str(db_path), "--no-demo-offer"]) == 1
    finally:
        first.kill()
        first.wait()
    assert shown and "already open in Clientfit" in shown[0]
    assert not db_path.exists()  # refused before the database was even created
