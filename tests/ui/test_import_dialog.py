"""File → Import…: preview off the GUI thread, then Import commits; Cancel at any point changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.intake.bigmail import make_mbox

from clientfit.store.models import Client, Message, TimeEntry

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


@pytest.fixture
def stockholm(database):
    from clientfit.health.config import TIME_ZONE
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    return database


@pytest.fixture
def dialog(qtbot):
    from clientfit.ui.importing.dialog import ImportDialog

    def make(path=None, kind="auto"):
        dlg = ImportDialog(path=path, kind=kind)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg

    return make


def _rows(dlg) -> list[list[str]]:
    model = dlg.model
    return [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]


def test_preview_shows_what_would_change_and_import_commits_it(stockholm, dialog, qtbot):
    # Given a Toggl export naming two clients Clientfit does not know, and two bad rows
    dlg = dialog(FIXTURES / "toggl.csv")
    assert dlg.format_label.text().startswith("Toggl Track detailed CSV")
    assert dlg.preview_button.isEnabled() and not dlg.results.isVisible()

    # When the user previews it
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isVisible(), timeout=10_000)

    # Then the counts, the new client and the problems are shown, and nothing is written yet
    assert _rows(dlg) == [["Clients", "2", "–", "–"], ["Time entries", "4", "–", "–"]]
    assert dlg.new_clients.stringList() == ["Mälarförlaget AB", "Nordljus Media"]
    assert dlg.problems.stringList() == [
        "line 6: “2024-13-45” is not a date",
        "line 7: the entry names no client",
    ]
    assert dlg.progress.value() == 1000
    assert TimeEntry.select().count() == 0 and Client.select().count() == 0

    # When they press Import, the records are saved and the main window is told
    with qtbot.waitSignal(dlg.imported, timeout=10_000) as imported:
        dlg.import_button.click()
    assert imported.args[0].committed
    qtbot.waitUntil(lambda: not dlg.running())
    assert TimeEntry.select().count() == 4
    assert Client.get(Client.name == "Nordljus Media")
    assert dlg.close_button.isVisible() and "Imported" in dlg.status.text()


def test_cancel_in_the_middle_of_a_big_mbox_changes_nothing(database, dialog, qtbot, tmp_path):
    from clientfit.intake import run_import

    run_import(FIXTURES / "contacts.vcf")
    before = Message.select().count()
    path = make_mbox(tmp_path / "big.mbox", 20_000)
    dlg = dialog(path)
    seen: list[int] = []

    def on_progress(done, total):
        seen.append(done)
        if len(seen) == 2:  # the bar has moved: press Cancel
            dlg.cancel_button.click()

    dlg.preview_button.click()
    dlg._worker.progressed.connect(on_progress)
    qtbot.waitUntil(lambda: not dlg.running(), timeout=60_000)

    assert len(seen) >= 2 and 0 < seen[1] < path.stat().st_size
    assert dlg.status.text() == "Cancelled. Nothing was changed."
    assert Message.select().count() == before
    assert dlg.preview_button.isVisible() and dlg.preview_button.isEnabled()


def test_cancel_after_the_preview_rolls_back(stockholm, dialog, qtbot):
    dlg = dialog(FIXTURES / "harvest_invoices.csv")
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10_000)
    assert dlg.new_clients.stringList() == ["Mälarförlaget AB", "Nordljus Media", "LIND & CO, AB"]

    dlg.cancel_button.click()
    qtbot.waitUntil(lambda: not dlg.running(), timeout=10_000)

    assert Client.select().count() == 0
    assert not dlg.results.isVisible() and not dlg.progress.isVisible()


def test_closing_the_window_while_staged_rolls_back(stockholm, dialog, qtbot):
    dlg = dialog(FIXTURES / "clockify.csv")
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10_000)

    dlg.reject()

    assert not dlg.running()
    assert TimeEntry.select().count() == 0


def test_a_file_already_imported_says_there_is_nothing_new(stockholm, dialog, qtbot):
    from clientfit.intake import run_import

    run_import(FIXTURES / "clockify.csv")
    dlg = dialog(FIXTURES / "clockify.csv")
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: not dlg.running(), timeout=10_000)

    assert "already in Clientfit" in dlg.status.text()
    assert _rows(dlg) == [["Time entries", "–", "–", "3"]]
    assert not dlg.import_button.isVisible()


def test_an_unknown_file_names_the_supported_formats_and_cannot_be_previewed(
    database, dialog, tmp_path
):
    odd = tmp_path / "notes.txt"
    odd.write_text("just some text\n", encoding="utf-8")

    dlg = dialog(odd)

    assert "Supported formats" in dlg.format_label.text()
    assert not dlg.preview_button.isEnabled()


def test_mail_asks_for_the_users_own_addresses_and_remembers_them(database, dialog, qtbot):
    from clientfit.intake import run_import
    from clientfit.intake.mail import own_addresses

    run_import(FIXTURES / "contacts.vcf")
    dlg = dialog(FIXTURES / "mail.mbox")
    assert dlg.own_edit.isVisible()
    dlg.own_edit.setText("Eva@Studio.se; eva.private@gmail.com")

    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10_000)

    assert own_addresses() == {"eva@studio.se", "eva.private@gmail.com"}
    assert _rows(dlg) == [["Messages", "6", "–", "1"]]  # Gmail's repeat of one message
    assert dlg.problems.stringList() == ["message 7: the message has no readable Date header"]
    assert "Messages that belong to no client (left out): 1" in dlg.notes.text()
    dlg.reject()


def test_choosing_the_kind_by_hand_refuses_a_mismatch(database, dialog):
    dlg = dialog(FIXTURES / "toggl.csv", kind="invoices")

    assert "cannot be imported as invoices" in dlg.format_label.text()
    assert not dlg.preview_button.isEnabled()


def test_preview_names_the_matches_and_merges_before_anything_is_saved(database, dialog, qtbot):
    # Given a client that already has Örjan's address, and an Outlook export naming it "... AB"
    from clientfit.store.clients import add_client

    add_client("Tveksam Design", email="orjan@tveksam.se")
    dlg = dialog(FIXTURES / "outlook_2016.vcf")

    # When the user previews it
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isVisible(), timeout=10_000)

    # Then the match and its reason, the new clients and the broken card are shown, nothing saved
    assert dlg.matched.stringList() == [
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same e-mail address orjan@tveksam.se)"
    ]
    assert dlg.preview.matched_label.text() == (
        "Matched to existing clients: 1 · merged within the file: 0"
    )
    assert dlg.new_clients.stringList() == ["Nordljus Oy", "Per Holm"]
    assert dlg.problems.stringList() == ["line 13: the card has no END:VCARD before the next card"]
    assert Client.select().count() == 1
    dlg.grab().save("/tmp/imports_preview_matches.png")


def test_the_date_order_chosen_in_the_dialog_reads_an_ambiguous_file(
    stockholm, dialog, qtbot, monkeypatch
):
    # Given a Clockify export whose days are all 1-12, and no date order anywhere
    import datetime as dt

    monkeypatch.setattr("clientfit.intake.runner.today_local", lambda: dt.date(2026, 11, 20))
    for key in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    dlg = dialog(FIXTURES / "clockify_dmy.csv")
    assert dlg.date_combo.isVisible()

    # When previewed as it is, it is refused with the reason
    dlg.preview_button.click()
    qtbot.waitUntil(
        lambda: "Choose the order under Dates" in dlg.format_label.text(), timeout=10_000
    )
    qtbot.waitUntil(lambda: not dlg.running())

    # When the user says day first, the preview reads October and says why
    dlg.date_combo.setCurrentIndex(dlg.date_combo.findData("dmy"))
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isVisible(), timeout=10_000)
    assert (
        dlg.preview.dates.text() == "Dates read day first (DD/MM/YYYY), as you chose under Dates."
    )
    assert _rows(dlg) == [["Clients", "1", "–", "–"], ["Time entries", "12", "–", "–"]]
    dlg.grab().save("/tmp/imports_preview_dates.png")


def test_file_import_reads_a_linkedin_connections_csv(database, dialog, qtbot):
    # Given LinkedIn's Connections.csv, with its Notes preamble
    dlg = dialog(FIXTURES / "Connections.csv")
    assert dlg.format_label.text().startswith("LinkedIn Connections.csv")

    # When previewed and imported
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isVisible(), timeout=10_000)
    assert dlg.new_clients.stringList() == ["Nordljus Oy", "Mälarförlaget AB", "Sam Reed"]
    assert dlg.matched.stringList() == [
        "“Nordljus” merges with “Nordljus Oy”, also new in this file "
        "(same name apart from case, accents or legal form (nordljus))"
    ]
    with qtbot.waitSignal(dlg.imported, timeout=10_000):
        dlg.import_button.click()

    # Then the companies are clients and the people their contacts
    qtbot.waitUntil(lambda: not dlg.running())
    assert sorted(c.name for c in Client.select()) == [
        "Mälarförlaget AB",
        "Nordljus Oy",
        "Sam Reed",
    ]
