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
