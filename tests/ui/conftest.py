"""GUI test fixtures: offscreen by default (pass --onscreen to watch), dialogs replaced by attributes."""

from __future__ import annotations

import pytest


@pytest.fixture
def wait_roster(qtbot):
    """A function that waits until a window's roster has been (re)loaded in the background, its
    client view (built after the first paint) exists and shows the selected client's records,
    and its Today list is read."""

    def wait(window) -> None:  # the Today list is read off the GUI thread too
        qtbot.waitUntil(lambda: not (window.loading or window.today_panel.loading), timeout=10_000)

    return wait


@pytest.fixture
def show_named(qtbot):
    """A function that selects the client called `name` in a window whose roster is loaded and
    waits until its records and health are on screen; returns its id."""

    def show(window, name: str) -> int:
        client = next(
            window.model.row_at(r).id
            for r in range(window.model.rowCount())
            if window.model.row_at(r).name == name
        )
        window.select_client(client)
        qtbot.waitUntil(lambda: window.client_view.client_id == client, timeout=10_000)
        qtbot.waitUntil(
            lambda: not window.loading and not window.health_panel.loading, timeout=10_000
        )
        return client

    return show


@pytest.fixture
def speaking(qapp):
    """A function that makes the app speak a language; English again afterwards."""
    from PySide6.QtCore import QLocale

    from clientfit import i18n
    from clientfit.ui.common import translations

    before = QLocale()

    def speak(lang: str) -> None:
        assert translations.apply_language(qapp, lang) == lang

    yield speak
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


@pytest.fixture
def open_window(qtbot, wait_roster):
    """Open a main window on the current database and wait for its roster."""
    from clientfit.ui.window.main_window import MainWindow

    def make():
        window = MainWindow(db_path="test")
        qtbot.addWidget(window)
        window.show()
        wait_roster(window)
        return window

    return make


@pytest.fixture
def main_window(database, open_window):
    return open_window()


@pytest.fixture(autouse=True)
def _finish_background_work(qapp):
    """Let background jobs of a test end before the next test (and its database) begins."""
    yield
    from clientfit.ui.common.tasks import drain_background

    drain_background()
