"""The app given a PostgreSQL server that is down: a clear message, and the local database offered."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from clientfit.ui import app


def test_a_server_that_is_down_is_named_and_the_local_database_offered(
    qtbot, tmp_path, monkeypatch
):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    down = f"postgresql://anna:secret@/clientfit?host={tmp_path}&port=1"

    assert app.main(["clientfit", "--db", down]) == 2

    [text] = asked
    assert "Cannot open the PostgreSQL database" in text
    assert "Open the database on this computer instead?" in text
    assert "secret" not in text
    assert not (tmp_path / "postgresql:").exists()


def test_another_processs_edit_shows_in_the_roster_and_the_selection_stays(
    qtbot, pg_server, open_window
):
    import subprocess
    import sys

    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Client
    from clientfit.ui.window.live_refresh import start_for

    url = pg_server.url(pg_server.create_database())
    open_database(url)
    for name in ("Acme AB", "Berg & Co"):
        Client.create(name=name, name_key=name.lower())
    window = open_window()
    window.select_client(Client.get(Client.name == "Berg & Co").id)
    live = start_for(window, url)
    qtbot.waitUntil(lambda: live.is_listening, timeout=10_000)  # commits from now on are heard

    other = subprocess.run(
        [sys.executable, "-m", "clientfit.cli", "--db", url, "client", "add", "Cirkus AB"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert other.returncode == 0, other.stderr

    def shown() -> list[str]:
        return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]

    qtbot.waitUntil(lambda: "Cirkus AB" in shown() and not window.loading, timeout=10_000)
    assert window.current_client_id() == Client.get(Client.name == "Berg & Co").id
    live.stop()
    window.close()  # as the app does: the window goes before its database (its timers stop)
    close_database()


def _other_person_saves(client_id: int) -> None:
    from clientfit.store import record_versions
    from clientfit.store.clients import update_client
    from clientfit.store.models import Client

    client = Client.get_by_id(client_id)
    mine = record_versions.who_am_i
    record_versions.who_am_i = lambda: "bea"
    try:
        update_client(client, gut=1, seen_version=client.row_version)
    finally:
        record_versions.who_am_i = mine


def _edit_with(monkeypatch, choice: str, shown: list, client_id: int):
    from clientfit.ui.client import forms

    def fake_exec(self):
        _other_person_saves(client_id)  # another person saves while this form is open
        self.terms.setValue(45)
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    def answer(box):
        shown.append(box.text())
        for button in box.buttons():
            if button.text() == choice:
                box._clicked = button
        return 0

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)


def test_saving_over_a_newer_edit_asks_reload_or_overwrite(
    qtbot, wait_roster, main_window, monkeypatch
):
    from clientfit.store import clients
    from clientfit.store.models import Client

    acme = clients.add_client("Acme")
    main_window.refresh(select_id=acme.id)
    wait_roster(main_window)
    shown: list[str] = []
    _edit_with(monkeypatch, "Reload", shown, acme.id)

    main_window.act_edit.trigger()

    [message] = shown
    assert "changed by bea at" in message and "reload or overwrite" in message
    kept = Client.get_by_id(acme.id)
    assert (kept.gut, kept.payment_terms_days) == (1, 30)  # Bea's edit stands, ours was not saved


def test_overwrite_saves_ours_over_theirs(qtbot, wait_roster, main_window, monkeypatch):
    from clientfit.store import clients
    from clientfit.store.models import Client

    acme = clients.add_client("Acme")
    main_window.refresh(select_id=acme.id)
    wait_roster(main_window)
    shown: list[str] = []
    _edit_with(monkeypatch, "Overwrite", shown, acme.id)

    main_window.act_edit.trigger()

    assert len(shown) == 1
    assert Client.get_by_id(acme.id).payment_terms_days == 45


def test_a_note_marked_private_is_stored_as_its_authors_alone(
    qtbot, wait_roster, main_window, monkeypatch
):
    from clientfit.store import clients, record_versions
    from clientfit.store.models import Note
    from clientfit.ui.client import forms

    acme = clients.add_client("Acme")
    main_window.refresh(select_id=acme.id)
    wait_roster(main_window)

    def fake_exec(self):
        self.body.setPlainText("only for me")
        self.private.setChecked(True)
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    main_window.client_view.notes.add_button.click()

    note = Note.get()
    assert note.private and note.author == record_versions.who_am_i()
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "bea")
    assert clients.notes_of(acme) == []
