"""Files where users expect them: packets and exports offered in Documents under a name a person
would give, only the characters a file system refuses replaced, and the last folder remembered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clientfit.fileio import clean_file_name
from clientfit.store import clients


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Offboarding packet – Sundqvist Event & PR – 2026-12-06.pdf",
         "Offboarding packet – Sundqvist Event & PR – 2026-12-06.pdf"),
        ("AC/DC Touring.pdf", "AC-DC Touring.pdf"),
        ('Bygg "Bäst" AB?.csv', "Bygg 'Bäst' AB.csv"),
        ("Who*What<When>|Why.pdf", "WhoWhatWhen-Why.pdf"),
        ("Ratio: 3.pdf", "Ratio - 3.pdf"),
        ("CON.pdf", "CON_.pdf"),
        ("  trailing dots... .pdf", "trailing dots.pdf"),
        ("tab\there.ics", "tabhere.ics"),
        ("", "Clientfit"),
    ],
)  # fmt: skip
def test_only_characters_a_file_system_refuses_are_replaced(typed, clean):
    assert clean_file_name(typed) == clean


def test_a_long_name_keeps_its_extension():
    name = clean_file_name("x" * 300 + ".pdf")
    assert len(name) == 150 and name.endswith(".pdf")


def test_the_packet_is_offered_in_documents_with_a_clean_dated_name(
    qtbot, demo_db, open_window, tmp_path
):
    from clientfit.ui.common.save_location import documents_folder

    window = open_window()
    window.select_client(clients.get_client("Sundqvist Event & PR").id)
    offered = []
    window.choose_packet_path = lambda suggested: offered.append(suggested) or ""

    window.act_packet.trigger()

    today = dt.date.today().isoformat()
    assert offered == [
        str(documents_folder() / f"Offboarding packet – Sundqvist Event & PR – {today}.pdf")
    ]


def test_the_folder_saved_into_last_is_offered_next_time(qtbot, demo_db, open_window, tmp_path):
    window = open_window()
    window.select_client(clients.get_client("Sundqvist Event & PR").id)
    elsewhere = tmp_path / "Clients" / "Sundqvist"
    elsewhere.mkdir(parents=True)
    window.choose_packet_path = lambda suggested: str(elsewhere / "mine.pdf")
    with qtbot.waitSignal(window.packet_written, timeout=20_000):
        window.act_packet.trigger()

    offered = []
    window.choose_export_path = lambda title, suggested, filt: offered.append(suggested) or ""
    window.export_data("roster")

    today = dt.date.today().isoformat()
    assert offered == [str(elsewhere / f"Clients – {today}.csv")]


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot, database, tmp_path):
    from clientfit.ui.common.save_location import documents_folder, remember_folder, save_folder

    gone = tmp_path / "gone"
    gone.mkdir()
    remember_folder(gone / "file.pdf")
    assert save_folder() == gone
    gone.rmdir()
    assert save_folder() == documents_folder()


def test_the_swedish_packet_name_is_swedish(qtbot, demo_db, open_window, swedish_app):
    window = open_window()
    window.select_client(clients.get_client("Sundqvist Event & PR").id)
    offered = []
    window.choose_packet_path = lambda suggested: offered.append(suggested) or ""

    window.act_packet.trigger()

    assert Path(offered[0]).name.startswith("Underlag för avslut – Sundqvist Event & PR – ")


@pytest.fixture
def swedish_app(qapp):
    from PySide6.QtCore import QLocale

    from clientfit import i18n
    from clientfit.ui.common import translations

    before = QLocale()
    translations.apply_language(qapp, "sv")
    yield qapp
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_the_import_file_dialog_starts_in_the_folder_of_the_last_file_read(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from clientfit.ui.common import save_location

    exports = tmp_path / "exports"
    exports.mkdir()
    started_in = []

    def pick(parent, title, folder, filters):
        started_in.append(folder)
        return str(exports / "toggl.csv"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    assert save_location.choose_file_to_open(None, "Import", "*") == str(exports / "toggl.csv")
    save_location.choose_file_to_open(None, "Import", "*")
    assert started_in[1] == str(exports)
