"""Settings → Imports: the date order of ambiguous import files, defaulting to the locale's."""

from __future__ import annotations

from clientfit.intake.dateorder import DATE_ORDER
from clientfit.store.settings import get_setting, set_setting


def test_the_default_names_the_locales_order_and_a_choice_is_stored(qtbot, database, monkeypatch):
    from clientfit.ui.settings.dialog import SettingsDialog

    for key in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.imports_page
    dialog.tabs.setCurrentWidget(page)
    dialog.show()

    assert page.combo.currentText() == "As my locale writes them: Day first (31/12/2026)"
    dialog.grab().save("/tmp/imports_settings_page.png")
    page.combo.setCurrentIndex(page.combo.findData("mdy"))
    dialog.accept()
    assert get_setting(DATE_ORDER) == "mdy"


def test_a_c_locale_has_no_default_and_choosing_it_again_clears_the_setting(
    qtbot, database, monkeypatch
):
    from clientfit.ui.settings.imports_page import ImportsPage

    for key in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_setting(DATE_ORDER, "dmy")
    page = ImportsPage()
    qtbot.addWidget(page)

    assert page.combo.itemText(0) == "Not set: ask for each file"
    assert page.combo.currentData() == "dmy"
    page.combo.setCurrentIndex(0)
    page.save()
    assert get_setting(DATE_ORDER) is None
