"""The Import dialog as a careful user goes through it: the addresses first (remembered), Return
that only confirms a field, a breakdown by client before anything is saved, and exact counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clientfit.store.models import Message

FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"

TWO_MESSAGES = (
    b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w1@wordy.se>\n"
    b"Date: Mon, 5 Jan 2026 10:00:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
    b"Subject: Hej\n\nHej.\n\n"
    b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w2@wordy.se>\n"
    b"Date: Mon, 5 Jan 2026 10:30:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
    b"Subject: Igen\n\nHej igen.\n\n"
    b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w3@wordy.se>\n"
    b"Date: Mon, 5 Jan 2026 10:45:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
    b"Subject: Och igen\n\nHej igen igen.\n\n"
    b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w4@wordy.se>\n"
    b"Date: Mon, 5 Jan 2026 10:50:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
    b"Subject: Sista\n\nSista.\n\n"
    b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <x1@elsewhere.se>\n"
    b"Date: Mon, 5 Jan 2026 11:00:00 +0100\nFrom: someone@elsewhere.se\nTo: eva@studio.se\n"
    b"Subject: Offer\n\nBuy.\n"
)


@pytest.fixture
def dialog(qtbot):
    from clientfit.ui.importing.dialog import ImportDialog

    def make(path=None, kind="auto"):
        dlg = ImportDialog(path=path, kind=kind)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg

    return make


def test_your_addresses_are_asked_before_a_file_is_chosen_and_remembered(database, dialog, qtbot):
    from clientfit.intake.mail import own_addresses

    dlg = dialog()
    assert dlg.own_edit.isVisible()  # before any file: the user says who they are first
    dlg.own_edit.setFocus()
    qtbot.keyClicks(dlg.own_edit, "Eva@Studio.se, eva@private.se")
    qtbot.keyClick(dlg.own_edit, Qt.Key.Key_Return)
    assert own_addresses() == {"eva@studio.se", "eva@private.se"}
    dlg.close()

    again = dialog()
    assert again.own_edit.text() == "eva@private.se, eva@studio.se"


def test_return_in_the_addresses_field_does_not_start_the_preview(
    database, dialog, qtbot, tmp_path
):
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(TWO_MESSAGES)
    dlg = dialog(mbox)
    assert dlg.preview_button.isEnabled()
    dlg.own_edit.setFocus()
    qtbot.keyClicks(dlg.own_edit, "eva@studio.se")
    qtbot.keyClick(dlg.own_edit, Qt.Key.Key_Return)

    assert not dlg.running()
    assert dlg.own_edit.isEnabled() and dlg.preview_button.isVisible()


def test_an_address_that_is_not_one_is_named_beside_the_field(database, dialog, qtbot):
    dlg = dialog()
    dlg.own_edit.setText("eva@studio.se, evastudio.se")
    dlg.own_edit.editingFinished.emit()

    assert dlg.own_error.isVisible()
    assert "evastudio.se" in dlg.own_error.text()
    dlg.own_edit.setText("eva@studio.se")
    dlg.own_edit.editingFinished.emit()
    assert not dlg.own_error.isVisible()


def _client_rows(dlg) -> list[list[str]]:
    model = dlg.preview.client_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_preview_breaks_down_by_client_before_anything_is_saved(database, dialog, qtbot):
    from clientfit.store.clients import add_client

    add_client("Mälarförlaget AB")
    from clientfit.health.config import TIME_ZONE
    from clientfit.store.settings import set_setting

    set_setting(TIME_ZONE, "Europe/Stockholm")
    dlg = dialog(FIXTURES / "toggl.csv")
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10_000)

    assert _client_rows(dlg) == [
        ["Nordljus Media", "New client", "1", "–", "–"],
        ["Mälarförlaget AB", "Matched", "3", "–", "–"],
    ]
    assert dlg.preview.client_table.isVisible()
    dlg.reject()


def test_the_result_counts_what_went_in_and_what_was_left_out(database, dialog, qtbot, tmp_path):
    from clientfit.store.clients import add_client

    add_client("Wordy AB", email="karin@wordy.se")
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(TWO_MESSAGES)
    dlg = dialog(mbox)
    dlg.own_edit.setText("eva@studio.se")
    dlg.preview_button.click()
    qtbot.waitUntil(lambda: dlg.import_button.isEnabled(), timeout=10_000)
    assert dlg.status.text() == (
        "4 records to save, 1 left out. Nothing is saved until you press Import."
    )

    with qtbot.waitSignal(dlg.imported, timeout=10_000):
        dlg.import_button.click()
    qtbot.waitUntil(lambda: not dlg.running())

    assert Message.select().count() == 4
    assert dlg.status.text() == "Imported 4 records, 1 left out."
