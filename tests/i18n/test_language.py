"""The language choice: stored as a setting, applied at start to Qt, QLocale and gettext alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from clientfit import i18n
from clientfit.ui.common import translations as translations


@pytest.fixture
def restore_language(qapp):
    before = QLocale()
    yield
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_the_language_setting_defaults_to_the_system_and_round_trips(database):
    assert translations.chosen_language() == "system"
    translations.set_chosen_language("sv")
    assert translations.chosen_language() == "sv"
    with pytest.raises(ValueError):
        translations.set_chosen_language("de")


def test_system_follows_a_swedish_locale_and_falls_back_to_english(monkeypatch):
    monkeypatch.delenv("CLIENTFIT_LANG", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert translations.resolve_language("system", swedish) == "sv"
    assert translations.resolve_language("system", german) == "en"
    assert translations.resolve_language("en", swedish) == "en"


def test_a_finnish_swede_keeps_her_own_locale_while_others_get_sweden(qapp):
    fi_sv = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    assert translations.locale_for("sv", fi_sv) == fi_sv
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert translations.locale_for("sv", german).name() == "sv_SE"


def test_the_stored_choice_is_applied_at_start(qapp, database, restore_language):
    translations.set_chosen_language("sv")
    assert translations.apply_language(qapp) == "sv"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert QLocale().language() == QLocale.Language.Swedish
    assert i18n.current_language() == "sv"
    assert i18n._("Cool off") == "Låt det svalna"


def test_english_takes_the_swedish_translators_out_again(qapp, restore_language):
    translations.apply_language(qapp, "sv")
    assert translations.apply_language(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.current_language() == "en"


def test_dates_and_money_follow_the_language(qapp, restore_language):
    from clientfit.ui.common.formatting import format_day, format_money, format_number

    translations.apply_language(qapp, "sv")
    assert format_day(dt.date(2026, 11, 26)) == "26 nov. 2026"  # as the packet writes it
    assert format_money(Decimal("1234.50"), "SEK") == "1\u00a0234,50 SEK"
    assert format_number(2.5) == "2,5"
    assert format_number(12000.5) == "12\u00a0000,5"
    translations.apply_language(qapp, "en")
    assert format_day(dt.date(2026, 11, 26)) == "26 Nov 2026"
    assert format_money(Decimal("1234.50"), "SEK") == "1,234.50 SEK"
    assert format_number(12000.5) == "12,000.5"


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_app_writes_money_and_numbers_as_the_packet_does(qapp, restore_language, lang):
    """One home for the grammar: the UI's helpers give exactly common/numbers' text."""
    from clientfit.common.numbers import money_text, number_text
    from clientfit.ui.common.formatting import format_money, format_number

    translations.apply_language(qapp, lang)
    for amount, currency in ((Decimal("1234.50"), "SEK"), (Decimal("-98765.4"), "EUR"), (0, "USD")):
        assert format_money(amount, currency) == money_text(amount, currency, lang)
    for value, decimals in ((1234567.891, 2), (2.5, 1), (37500, 0)):
        assert format_number(value, decimals) == number_text(value, decimals, lang)


def test_qt_file_dialogs_and_standard_buttons_are_swedish(qapp, restore_language):
    translations.apply_language(qapp, "sv")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QFileDialog", "File &name:") != "File &name:"


def test_the_language_page_stores_the_choice_for_the_next_start(qtbot, database):
    from clientfit.ui.settings.language_page import LanguagePage

    page = LanguagePage()
    qtbot.addWidget(page)
    page.show()
    assert page.choice() == "system"
    assert not page.restart_note.isVisible()
    page.combo.setCurrentIndex(page.combo.findData("sv"))
    assert page.restart_needed()
    assert page.restart_note.isVisible()
    assert "Restart" in page.restart_note.text()
    page.save()
    assert translations.chosen_language() == "sv"


def test_the_language_page_names_each_language_in_itself(qtbot, database, swedish):
    from clientfit.ui.settings.language_page import LanguagePage

    page = LanguagePage()
    qtbot.addWidget(page)
    items = [page.combo.itemText(i) for i in range(page.combo.count())]
    assert items[1:] == ["English", "Svenska"]
    assert items[0].startswith("Systemets språk")
    assert page.title() == "&Språk"
