"""The app given a PostgreSQL server that is down: a clear message, and the local database offered."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

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
    qtbot.waitUntil(live.isRunning, timeout=5_000)
    qtbot.wait(500)  # the listener's LISTEN is in place

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
    close_database()
