"""The main window says what is going on: an empty roster, a filter that matches nobody, a
selection the filter hid, the count in the status bar, work running in the background (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from clientfit.store.models import Client
from clientfit.ui.common.tasks import activity, run_in_background


def test_an_empty_roster_offers_import_new_client_and_the_demo_which_loads_from_the_file_menu(
    qtbot, database, wait_roster, open_window
):
    window = open_window()
    note = window.states.empty_note
    assert note.isVisible()
    assert {b.objectName() for b in note.findChildren(QObject) if b.objectName()} >= {
        "importFromNote",
        "newFromNote",
        "demoFromNote",
    }
    assert "File → Import…" in window.client_view.placeholder.text()
    assert window.act_demo in window.file_menu.actions()
    assert window.act_demo.isEnabled()  # "Start empty" is not final

    window.act_demo.trigger()
    wait_roster(window)
    assert Client.select().count() == 8
    assert window.proxy.rowCount() == 8
    assert not note.isVisible()
    assert not window.act_demo.isEnabled()  # never into a database with data


def test_a_search_with_no_match_says_so_and_clear_filter_brings_the_clients_back(
    qtbot, demo_db, open_window
):
    window = open_window()
    qtbot.keyClicks(window.search, "zzz")
    assert window.states.no_match.isVisible()
    assert "“zzz”" in window.states.no_match.text.text()
    assert window.states.count.text() == "Clients: 0 of 8 shown"
    qtbot.waitUntil(lambda: window.client_view.client_id is None)
    assert window.client_view.placeholder.isVisible()

    window.findChild(QObject, "clearFilter").click()
    assert window.search.text() == ""
    assert not window.states.no_match.isVisible()
    assert window.states.count.text() == "Clients: 8 (8 active)"


def test_when_every_client_is_archived_clear_filter_shows_them_and_remembers_the_choice(
    qtbot, demo_db, open_window
):
    from clientfit.store.models import Client

    # Given a roster of archived clients only, on a start where "Show archived" is unticked
    Client.update(status="archived").execute()
    window = open_window()
    assert not window.show_archived.isChecked()
    assert window.states.no_match.isVisible()  # not "No clients yet": they are there, hidden

    # When the user clears the filter, the archived clients come back and the box is ticked
    window.findChild(QObject, "clearFilter").click()
    assert window.show_archived.isChecked()
    assert window.proxy.rowCount() == 8
    window.close()
    assert open_window().show_archived.isChecked()  # a choice the user made: remembered


def test_the_right_pane_never_keeps_a_client_the_filter_hid(qtbot, demo_db, open_window):
    window = open_window()
    shown = window.client_view.client_id
    shown_name = window.client_view.title.text()
    assert shown is not None
    qtbot.keyClicks(window.search, "bageri")
    assert shown_name != "Nordlys Bageri AB"  # (the first in the name order is Ekdahl)
    qtbot.waitUntil(lambda: window.client_view.title.text() == "Nordlys Bageri AB")
    assert window.current_client_id() == window.client_view.client_id


def test_the_count_survives_status_messages_and_follows_the_filter(qtbot, demo_db, open_window):
    window = open_window()
    window.statusBar().showMessage("Exported to /somewhere")
    assert window.states.count.isVisible()
    assert window.states.count.text() == "Clients: 8 (8 active)"
    qtbot.keyClicks(window.search, "ab")
    shown = window.proxy.rowCount()
    assert 0 < shown < 8
    assert window.states.count.text() == f"Clients: {shown} of 8 shown"


def test_a_busy_bar_shows_while_background_work_runs(qtbot, demo_db, open_window):
    import threading

    window = open_window()
    qtbot.waitUntil(lambda: activity().running == 0, timeout=10_000)
    assert not window.states.busy.isVisible()
    release = threading.Event()
    results = []
    run_in_background(lambda: release.wait(10), results.append, context=window)
    assert window.states.busy.isVisible()
    release.set()
    qtbot.waitUntil(lambda: results == [True], timeout=5_000)
    assert not window.states.busy.isVisible()
