"""Settings lists its pages from one registry (ui/settings/pages.py): one line adds a page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget


@pytest.fixture
def dialog(qtbot, database):
    from clientfit.ui.settings.dialog import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    return d


def test_every_registered_page_is_listed_under_its_own_title(dialog):
    from clientfit.ui.settings.dialog import plain_title
    from clientfit.ui.settings.pages import PAGES

    assert dialog.tabs.count() == dialog.page_list.count() == len(PAGES)
    for row, (attribute, _where) in enumerate(PAGES):
        page = getattr(dialog, attribute)
        assert dialog.tabs.widget(row) is page
        assert dialog.page_list.item(row).text() == plain_title(page.title())
        assert "&" not in dialog.page_list.item(row).text()


def test_a_page_registered_with_one_line_is_built_and_saved_on_ok(qtbot, database, monkeypatch):
    from clientfit.ui.settings import pages
    from clientfit.ui.settings.dialog import SettingsDialog

    monkeypatch.setattr(
        pages, "PAGES", (*pages.PAGES, ("extra_page", f"{__name__}:ExtraPage")), raising=True
    )
    monkeypatch.setattr("clientfit.ui.settings.dialog.PAGES", pages.PAGES)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.page_list.item(dialog.page_list.count() - 1).text() == "Extra"
    dialog.page_list.setCurrentRow(dialog.page_list.count() - 1)
    assert dialog.tabs.currentWidget() is dialog.extra_page
    dialog.accept()
    assert dialog.extra_page.stored


def test_a_page_can_ask_for_the_main_window(qtbot, database, tmp_path):
    from clientfit.ui.settings.dialog import SettingsDialog

    window = QWidget()
    window.db_path = str(tmp_path / "mine.db")
    qtbot.addWidget(window)
    from PySide6.QtCore import QObject, Signal

    class Runner(QObject):  # stands in for ui.sources.runner.SyncRunner
        finished = Signal(object)

    window.sync_runner = Runner(window)
    dialog = SettingsDialog(window)
    assert str(dialog.privacy_page.db_path) == window.db_path
    assert dialog.sources_page.runner is window.sync_runner


def test_choosing_a_page_in_the_list_shows_it(dialog):
    dialog.page_list.setCurrentRow(2)
    assert dialog.tabs.currentIndex() == 2
    dialog.tabs.setCurrentIndex(1)
    assert dialog.page_list.currentRow() == 1


class ExtraPage(QWidget):
    """A page as another helper would register it."""

    def __init__(self):
        super().__init__()
        self.stored = False

    def title(self) -> str:
        return "E&xtra"

    def save(self) -> None:
        self.stored = True
