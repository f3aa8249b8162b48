"""Deleting a client from the window: "also remove from backups" purges them, "anonymise" keeps the
totals (issue 19, erasure)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from clientfit.store import models as m
from clientfit.store.backup import backup_database
from clientfit.store.erasure import is_erased
from clientfit.ui.client import delete_dialog
from clientfit.ui.common.tasks import drain_background


@pytest.fixture
def window(database, db_path, qtbot):
    from clientfit.store.demo import load_demo
    from clientfit.ui.window.main_window import MainWindow

    load_demo()
    backup_database(db_path, reason="manual")
    w = MainWindow(db_path=str(db_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.loading, timeout=10_000)
    yield w
    drain_background()


def _answer(monkeypatch, choice: str | None, purge: bool = False, shot: Path | None = None):
    def fake_exec(self):
        self.purge.setChecked(purge)
        self.show()
        if shot is not None:
            self.grab().save(str(shot))
        self.choice = choice
        self.hide()
        return QDialog.DialogCode.Accepted if choice else QDialog.DialogCode.Rejected

    monkeypatch.setattr(delete_dialog.DeleteClientDialog, "exec", fake_exec)


def test_delete_with_also_remove_from_backups_purges_every_backup(
    window, db_path, monkeypatch, tmp_path
):
    shots = Path(os.environ.get("TRUST_SHOTS", tmp_path))
    client = m.Client.select().order_by(m.Client.name).first()
    window.select_client(client.id)
    _answer(monkeypatch, delete_dialog.DELETE_AND_PURGE, purge=True, shot=shots / "delete.png")
    window.delete_client()
    drain_background()
    assert m.Client.get_or_none(m.Client.id == client.id) is None
    assert is_erased("name", client.name)
    backup = next((db_path.parent / "backups").glob("*.db"))
    assert client.name.encode() not in backup.read_bytes()
    assert "Removed from 1 backups" in window.statusBar().currentMessage()


def test_anonymise_keeps_the_client_row_without_its_name(window, monkeypatch):
    client = m.Client.select().order_by(m.Client.name).first()
    hours = m.TimeEntry.select().where(m.TimeEntry.client == client).count()
    window.select_client(client.id)
    _answer(monkeypatch, delete_dialog.ANONYMISE)
    window.delete_client()
    drain_background()
    again = m.Client.get_by_id(client.id)
    assert again.name.startswith("Anonymised client")
    assert m.TimeEntry.select().where(m.TimeEntry.client == client).count() == hours
    assert m.Contact.select().where(m.Contact.client == client).count() == 0


def test_cancel_changes_nothing(window, monkeypatch):
    before = m.Client.select().count()
    client = m.Client.select().first()
    window.select_client(client.id)
    _answer(monkeypatch, None)
    window.delete_client()
    assert m.Client.select().count() == before


@pytest.fixture
def swedish(qapp):
    from PySide6.QtCore import QLocale

    from clientfit import i18n
    from clientfit.ui.common import translations

    before = QLocale()
    assert translations.apply_language(qapp, "sv") == "sv"
    yield qapp
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_the_dialogs_read_in_swedish(swedish, qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from clientfit.ui.window.integrity_guard import show_read_only_banner

    shots = Path(os.environ.get("TRUST_SHOTS", tmp_path))
    dialog = delete_dialog.DeleteClientDialog("Ekdahl Arkitekter", 3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.anonymise_button.text() == "Anonymisera i stället"
    dialog.grab().save(str(shots / "delete_sv.png"))
    window = QMainWindow()
    window.resize(800, 200)
    qtbot.addWidget(window)
    bar = show_read_only_banner(window, "/home/eva/clientfit.db")
    window.show()
    assert "skrivskyddad" in window.windowTitle()
    bar.grab().save(str(shots / "banner_sv.png"))
