"""The app in Swedish: translated, formatted the Swedish way, and no text cut off (long words)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget


@pytest.fixture
def swedish_window(qtbot, swedish, demo_db):
    from clientfit.ui.window.main_window import MainWindow

    window = MainWindow(db_path="/home/anna/.local/share/Clientfit/clientfit.db")
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)  # the default size, whatever an earlier test left in QSettings
    window.splitter.setSizes([520, 760])
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    qtbot.waitExposed(window)
    return window


def _each_tab(tabs: QTabWidget):
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield tabs.tabText(i)


def test_the_main_window_speaks_swedish(swedish_window):
    window = swedish_window
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Arkiv", "&Kund"]
    assert window.search.placeholderText() == "Sök kunder"
    assert window.model.headerData(0, window.table.horizontalHeader().orientation()) == "Kund"
    assert window.band_filter.itemText(0) == "Alla nivåer"
    assert "Överväg att avsluta" in [
        window.band_filter.itemText(i) for i in range(window.band_filter.count())
    ]
    assert window.states.count.text().startswith("Kunder: 8")


def test_money_and_dates_in_the_roster_are_written_the_swedish_way(swedish_window):
    import re

    from clientfit.ui.roster.model import RosterModel

    proxy = swedish_window.proxy
    money = [proxy.index(r, RosterModel.OUTSTANDING).data() for r in range(proxy.rowCount())]
    days = [proxy.index(r, RosterModel.LAST_CONTACT).data() for r in range(proxy.rowCount())]
    # as the packet writes it (common/numbers): 12 500,00 SEK, never QLocale's "12 500,00 kr"
    assert any(re.fullmatch(r"\d{1,3}(\u00a0\d{3})*,\d\d [A-Z]{3}", m) for m in money)
    assert all(re.fullmatch(r"\d{1,2} [a-zä]{3,4}\.? \d{4}|–", d) for d in days)


def test_no_text_is_cut_off_in_the_swedish_main_window(qtbot, swedish_window, clipped_texts):
    window = swedish_window
    problems = clipped_texts(window)
    tabs = window.client_view.tabs
    for _ in _each_tab(tabs):
        qtbot.wait(10)
        problems += clipped_texts(tabs.currentWidget())
    assert not problems, "\n".join(problems)


def test_no_text_is_cut_off_in_every_client_in_swedish(qtbot, swedish_window, clipped_texts):
    window = swedish_window
    problems = []
    for row in range(window.proxy.rowCount()):
        window.table.selectRow(row)
        qtbot.waitUntil(lambda: not window.loading, timeout=10_000)  # the record loads off-thread
        problems += clipped_texts(window.client_view)
    assert not problems, "\n".join(sorted(set(problems)))


def test_no_text_is_cut_off_in_the_swedish_forms(qtbot, swedish, database, clipped_texts):
    from clientfit.ui.client import forms as dialogs

    problems = []
    for make in (
        lambda: dialogs.ClientDialog(lambda v: v),
        lambda: dialogs.ContactDialog(lambda v: v),
        lambda: dialogs.DeliverableDialog(lambda v: v),
        lambda: dialogs.NoteDialog(lambda v: v),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += clipped_texts(dialog)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_qt_own_buttons_are_swedish(qtbot, swedish):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Avbryt", "Spara"]


@pytest.mark.parametrize("name", ["Sundqvist Event & PR", "Lumo Studio"])
def test_no_text_is_cut_off_in_the_swedish_offboarding_dialog(
    qtbot, swedish, demo_db, clipped_texts, name
):
    from clientfit import offboarding as ob
    from clientfit.store.models import Client
    from clientfit.ui.offboarding.dialog import OffboardingDialog

    client = Client.get(Client.name == name)
    ob.start_plan(client, "Jag tror inte längre att mina tjänster motsvarar era behov.")
    dialog = OffboardingDialog(client.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pages[0].heading.text() == "1. Låt det svalna"
    problems = []
    for row in range(len(dialog.pages)):
        dialog.go_to(row)
        qtbot.wait(5)
        problems += [f"page {row + 1}: {p}" for p in clipped_texts(dialog)]
    assert not problems, "\n".join(problems)


def test_no_text_is_cut_off_in_the_swedish_settings_dialog(qtbot, swedish, database, clipped_texts):
    from clientfit.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "&Språk" in titles
    problems = []
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        qtbot.wait(5)
        problems += clipped_texts(dialog)
    assert not problems, "\n".join(problems)


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_swedish_menus_give_each_entry_its_own_shortcut_letter(swedish_window):
    bar = swedish_window.menuBar()
    clashes = []
    titles = [_mnemonic(a.text()) for a in bar.actions() if a.text()]
    if len(set(titles)) != len(titles):
        clashes.append(f"menu bar: {[a.text() for a in bar.actions()]}")
    for action in bar.actions():
        menu = action.menu()
        if menu is None:
            continue
        letters = [_mnemonic(a.text()) for a in menu.actions() if a.text()]
        letters = [x for x in letters if x]
        if len(set(letters)) != len(letters):
            clashes.append(f"{action.text()}: {[a.text() for a in menu.actions() if a.text()]}")
    assert not clashes, "\n".join(clashes)
