"""The main window's menus reach the other windows: import, backups, offboarding, packet export."""

from __future__ import annotations

from pypdf import PdfReader

from clientfit.store import clients


def test_export_packet_writes_a_pdf_off_the_gui_thread_and_says_where(
    qtbot, demo_db, open_window, tmp_path
):
    window = open_window()
    client = clients.get_client("Sundqvist Event & PR")
    window.select_client(client.id)
    target = tmp_path / "packet"
    window.choose_packet_path = lambda suggested: str(target)
    with qtbot.waitSignal(window.packet_written, timeout=20_000) as blocker:
        window.act_packet.trigger()
    assert blocker.args == [str(target) + ".pdf"]
    text = "".join(page.extract_text() for page in PdfReader(str(target) + ".pdf").pages)
    assert "Sundqvist Event & PR" in text
    assert str(target) in window.statusBar().currentMessage()


def test_cancelling_the_save_dialog_writes_nothing(qtbot, demo_db, open_window, tmp_path):
    window = open_window()
    before = set(tmp_path.rglob("*"))
    window.choose_packet_path = lambda suggested: ""
    window.act_packet.trigger()
    assert window.act_packet.isEnabled()
    assert {p for p in tmp_path.rglob("*") if p.suffix == ".pdf"} == set()
    assert set(tmp_path.rglob("*")) - before <= {
        p for p in tmp_path.rglob("*") if "backups" in str(p)
    }


def test_end_collaboration_opens_the_guided_dialog_for_the_current_client(
    qtbot, demo_db, open_window, monkeypatch
):
    from clientfit.ui.offboarding import dialog as offboarding_dialog

    seen = []
    monkeypatch.setattr(offboarding_dialog.OffboardingDialog, "exec", lambda d: seen.append(d) or 0)
    window = open_window()
    client = clients.get_client("Hansson Bygg & Fasad")
    window.select_client(client.id)
    window.act_offboard.trigger()
    assert len(seen) == 1 and seen[0].client_id == client.id


def test_every_menu_action_has_text_and_the_shortcuts_of_the_issue(qtbot, database, open_window):
    window = open_window()
    shortcuts = {
        a.objectName(): a.shortcut().toString() for a in window.findChildren(type(window.act_new))
    }
    assert shortcuts["new_client"] == "Ctrl+N"
    assert shortcuts["search"] == "Ctrl+F"
    assert shortcuts["rename_client"] == "F2"
    assert shortcuts["delete_client"] == "Del"
    in_menus = {
        a
        for menu in (window.file_menu, window.client_menu, window.view_menu, window.help_menu)
        for a in menu.actions()
    }
    for action in (
        window.act_new,
        window.act_import,
        window.act_backups,
        window.act_offboard,
        window.act_packet,
        window.act_search,
        window.act_delete,
        window.act_rename,
    ):
        assert action in in_menus, action.objectName()


def test_file_export_writes_csv_and_json_that_hold_the_roster(
    qtbot, demo_db, open_window, tmp_path
):
    import csv
    import json

    window = open_window()
    for what, name in (("roster", "clients.csv"), ("json", "all.json")):
        target = tmp_path / name
        window.choose_export_path = lambda title, suggested, filt, target=target: str(target)
        action = next(a for a in window.export_menu.actions() if a.objectName() == f"export_{what}")
        with qtbot.waitSignal(window.export_written, timeout=20_000):
            action.trigger()
    with open(tmp_path / "clients.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    dump = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert "Nordlys Bageri AB" in json.dumps(dump, ensure_ascii=False)
