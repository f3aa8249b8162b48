"""Help → Getting Started, Keyboard Shortcuts and About (issue 17)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget, QTextBrowser

from clientfit import i18n
from clientfit.ui.common import translations
from clientfit.ui.window.help import getting_started_dialog, shortcut_rows, shortcuts_dialog


def test_the_help_menu_holds_getting_started_shortcuts_and_about(main_window):
    names = [a.objectName() for a in main_window.help_menu.actions() if not a.isSeparator()]
    assert names == ["getting_started", "keyboard_shortcuts", "about"]


def test_getting_started_explains_the_gauge_import_and_ending(qtbot, main_window):
    dialog = getting_started_dialog(main_window)
    qtbot.addWidget(dialog)
    plain = dialog.findChild(QTextBrowser, "guide").toPlainText()
    for words in ("health gauge", "File → Import…", "End Collaboration…", "Consider ending"):
        assert words in plain


def test_the_shortcut_list_is_read_from_the_menus(qtbot, main_window):
    rows = dict(shortcut_rows(main_window))
    assert rows["New Client"] == main_window.act_new.shortcut().toString(
        main_window.act_new.shortcut().SequenceFormat.NativeText
    )
    assert rows["Import"] == "Ctrl+I"
    assert rows["End Collaboration"] == "Ctrl+Shift+E"
    dialog = shortcuts_dialog(main_window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table.rowCount() == len(rows)


@pytest.fixture
def swedish(qapp):
    before = QLocale()
    translations.apply_language(qapp, "sv")
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_getting_started_speaks_swedish(qtbot, database, swedish):
    from clientfit.ui.window.help import getting_started_html

    html = getting_started_html()
    assert "Hälsomätaren" in html
    assert "Överväg att avsluta" in html
