"""Client → Merge…: the current client takes in another one's records, after a backup."""

from __future__ import annotations

import datetime as dt

from clientfit.store import clients
from clientfit.store.backup import list_backups
from clientfit.store.models import Client, Invoice


def test_merge_dialog_lists_the_likeliest_twin_first_and_merges_on_ok(
    qtbot, database, db_path, open_window, wait_roster, monkeypatch
):
    # Given two records of one company, with an invoice on the second
    keep = clients.add_client("Tveksam Design", email="orjan@tveksam.se")
    clients.add_client("Alfa Bygg")
    other = clients.add_client("Tveksam Design AB", email="lisa@tveksam.se")
    Invoice.create(
        client=other,
        number="2026-0007",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=1500000,
    )
    window = open_window()
    window.select_client(keep.id)
    seen = []

    def run(dialog):
        seen.append([dialog.other_combo.itemText(i) for i in range(dialog.other_combo.count())])
        dialog.grab().save("/tmp/imports_merge_dialog.png")
        dialog.accept()
        return dialog.result()

    from clientfit.ui.client.merge import MergeDialog

    monkeypatch.setattr(MergeDialog, "exec", run)

    # When the user merges from the Client menu
    window.act_merge.trigger()
    wait_roster(window)

    # Then the twin was offered first, its records are the kept client's, and a backup exists
    assert seen == [["Tveksam Design AB", "Alfa Bygg"]]
    assert [c.name for c in Client.select().order_by(Client.name)] == [
        "Alfa Bygg",
        "Tveksam Design",
    ]
    assert Invoice.get().client_id == keep.id
    assert [b.reason for b in list_backups(db_path)] == ["before-merge"]
