"""Shared fixtures: every test gets its own data folder and a fresh database; no network, ever."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import socket
from pathlib import Path

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory, monkeypatch):
    """Redirect the data folder and settings so no test touches the user's real files."""
    from clientfit import paths

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLIENTFIT_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CLIENTFIT_DB", raising=False)
    paths.set_data_dir(home / "data")
    yield
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def _qt_settings_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("qsettings")


@pytest.fixture(autouse=True)
def _fresh_qt_settings(_qt_settings_folder):
    """QSettings in a folder of the test run's own (never the user's), with an organisation name
    (without one QSettings cannot write and drops values), emptied around each test, so a window
    one test closed (its geometry, the roster's sort, filter and selection) never opens another."""
    import sys

    def clear() -> None:
        if "PySide6.QtCore" in sys.modules:
            from PySide6.QtCore import QCoreApplication, QSettings

            app = QCoreApplication.instance()
            if app is not None:
                if app.organizationName() != "ClientfitTests":
                    app.setOrganizationName("ClientfitTests")
                    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
                        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(_qt_settings_folder))
                QSettings().clear()

    clear()
    yield
    clear()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Clientfit never opens a socket: any attempt fails the test."""

    def guard(*args, **kwargs):
        raise AssertionError("Clientfit tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "create_connection", guard)


@pytest.fixture
def stockholm(monkeypatch):
    """The operating system's zone is Stockholm for this test (the user's zone where none is set)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "clientfit.db"


def _load_pgserver():
    spec = importlib.util.spec_from_file_location(
        "clientfit_pgserver", Path(__file__).with_name("pgserver.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pgserver = _load_pgserver()
PG_UNAVAILABLE = pgserver.unavailable()
# The suites whose `database` tests run on both engines (the `engine` parameter); elsewhere SQLite.
BOTH_ENGINES = {"store", "health", "offboarding", "intake", "packet", "core"}


def pytest_report_header(config):
    return PG_UNAVAILABLE or "PostgreSQL: a test server from the installed binaries"


def pytest_generate_tests(metafunc):
    """Tests of the two-engine suites that use the `database` fixture run once per engine."""
    if "engine" not in metafunc.fixturenames or "engine" in getattr(metafunc, "params", {}):
        return
    here = Path(__file__).resolve().parent  # tests/
    try:
        suite = Path(str(metafunc.definition.path)).resolve().relative_to(here).parts[0]
    except ValueError:
        suite = ""
    if suite in BOTH_ENGINES and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL for the whole run, started from the installed binaries (tests/pgserver.py);
    the PostgreSQL half of the tests skips with one clear line where there are none."""
    if PG_UNAVAILABLE:
        pytest.skip(PG_UNAVAILABLE)
    server = pgserver.TestServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def engine(request) -> str:
    """Which engine the `database` fixture opens: "sqlite", or "postgresql" in the two-engine suites."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def pg_url(request, engine):
    """A fresh, empty PostgreSQL database of the test server for this test, dropped after it."""
    if engine != "postgresql":
        yield None
        return
    server = request.getfixturevalue("pg_server")
    name = server.migrated_database(_migrate_template)
    yield server.url(name)
    server.drop_database(name)


def _migrate_template(url: str) -> None:
    from clientfit.store.database import close_database, open_database

    open_database(url)
    close_database()


@pytest.fixture
def db_target(db_path, pg_url) -> str:
    """What `--db` names for the `database` fixture's database: the file, or the server's URL."""
    return pg_url or str(db_path)


@pytest.fixture
def database(db_path, pg_url):
    """A fresh, migrated database bound to the models for this test (either engine)."""
    from clientfit.store.database import close_database, db, open_database

    open_database(pg_url or db_path)
    yield db
    _wait_for_qt_workers()
    close_database()


def _wait_for_qt_workers() -> None:
    """Background jobs of a GUI test must end before their database closes under them."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


# The demo is laid out relative to "today" (weekend messages, weekday hours, due dates), so the
# tests that open it run on one fixed day - a Tuesday - whatever the calendar says.
DEMO_DAY = dt.datetime(2026, 6, 30, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def demo_db(database):
    from clientfit.store.demo import load_demo

    with time_machine.travel(DEMO_DAY, tick=True):
        load_demo()
        yield database
