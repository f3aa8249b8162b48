"""The offboarding dialog, opened the way the app opens it (menu, banner, Coming up), writes the
plan's own texts - checklist, draft, advice - in the app's language, whatever language the plan
was started in (the CLI starts plans in English by default)."""

from __future__ import annotations

import pytest


@pytest.fixture
def opened(qtbot, demo_db, monkeypatch):
    """A function: open the dialog for a client through the main window, as the menu does."""
    from clientfit import offboarding as ob
    from clientfit.store.models import Client
    from clientfit.ui.offboarding import dialog as dialog_module
    from clientfit.ui.window.main_window import MainWindow

    seen = []
    monkeypatch.setattr(dialog_module.OffboardingDialog, "exec", lambda d: seen.append(d) or 0)
    client = Client.get(Client.name == "Hansson Bygg & Fasad")
    ob.start_plan(client, "Too many revision rounds.", lang="en")

    def open_dialog():
        window = MainWindow(db_path="test")
        qtbot.addWidget(window)
        window.offboard_client(client.id)
        qtbot.addWidget(seen[-1])
        return seen[-1]

    return open_dialog


def test_a_swedish_app_shows_the_plan_in_swedish(swedish, opened):
    dialog = opened()
    assert dialog.lang == "sv"
    view = dialog.view
    checklist = dialog.pages[dialog.CHECKLIST].model
    assert view.checklist[0].text.startswith("Inget avtal sparat")
    assert checklist.index(0, 0).data().startswith("1. Inget avtal sparat")
    assert dialog.pages[dialog.MESSAGE].editor.toPlainText().startswith("Hej ")
    assert "Vänliga hälsningar" in dialog.pages[dialog.MESSAGE].editor.toPlainText()
    assert dialog.pages[dialog.REFERRALS].advice.toPlainText().startswith("En specialist på")


def test_an_english_app_shows_the_plan_in_english(qapp, opened):
    dialog = opened()
    assert dialog.lang == "en"
    assert dialog.view.checklist[0].text.startswith("No contract on file")
    assert "Kind regards" in dialog.pages[dialog.MESSAGE].editor.toPlainText()
    assert dialog.pages[dialog.REFERRALS].advice.toPlainText().startswith("A specialist in")
