"""GUI test fixtures: offscreen by default (pass --onscreen to watch), dialogs replaced by attributes."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_db(database):
    from clientfit.store.demo import load_demo

    load_demo()
    return database


@pytest.fixture
def main_window(qtbot, database):
    from clientfit.ui.main_window import MainWindow

    window = MainWindow(db_path=database.database)
    qtbot.addWidget(window)
    window.show()
    return window
