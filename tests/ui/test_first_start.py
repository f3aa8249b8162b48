"""First start with an empty database offers the demo portfolio, once."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from clientfit.store.models import Client
from clientfit.ui import app


def _answer(monkeypatch, which: str):
    def fake_exec(box):
        for button in box.buttons():
            if which in button.text():
                box._clicked = button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)


def test_first_start_loads_the_demo_when_asked_and_never_asks_again(qtbot, database, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(monkeypatch, "demo")
    assert app.offer_demo(parent) is True
    assert Client.select().count() == 8
    assert app.offer_demo(parent) is False


def test_start_empty_leaves_the_roster_empty_and_is_remembered(qtbot, database, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(monkeypatch, "empty")
    assert app.offer_demo(parent) is False
    assert Client.select().count() == 0
    _answer(monkeypatch, "demo")
    assert app.offer_demo(parent) is False


def test_a_database_with_clients_is_never_offered_the_demo_even_once_emptied(
    qtbot, database, monkeypatch
):
    from clientfit.store.clients import add_client, delete_client
    from clientfit.store.settings import get_setting

    parent = QWidget()
    qtbot.addWidget(parent)
    client = add_client("Already here")
    _answer(monkeypatch, "demo")
    assert app.offer_demo(parent) is False
    assert get_setting(app.FIRST_START_KEY, False) is True  # later starts skip the demo module
    delete_client(client)
    assert app.offer_demo(parent) is False
    assert Client.select().count() == 0
