"""The roster opens as the user left it: sort order, search, band filter, "Show archived" and the
selected client, per database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientfit.ui.roster.model import BAND_ROLE, ID_ROLE, RosterModel


def _names(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, RosterModel.NAME).data() for r in range(proxy.rowCount())]


def test_sort_filter_and_selection_come_back_after_a_restart(demo_db, open_window, qtbot):
    # Given a user who sorts by health (worst first), filters and picks a client
    window = open_window()
    window.table.sortByColumn(RosterModel.HEALTH, Qt.SortOrder.DescendingOrder)
    window.show_archived.click()  # ticked: archived clients shown too
    window.search.setText("a")
    shown = _names(window)
    chosen = window.proxy.index(1, 0).data(ID_ROLE)
    window.select_client(chosen)

    # When they quit and start again
    window.close()
    again = open_window()

    # Then the roster is as they left it
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == RosterModel.HEALTH
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.search.text() == "a"
    assert again.show_archived.isChecked()
    assert _names(again) == shown
    assert again.current_client_id() == chosen


def test_the_band_filter_is_remembered_too(demo_db, open_window):
    window = open_window()
    window.band_filter.setCurrentIndex(window.band_filter.findData("consider_ending"))
    window.close()

    again = open_window()

    assert again.band_filter.currentData() == "consider_ending"
    bands = {again.proxy.index(r, 0).data(BAND_ROLE) for r in range(again.proxy.rowCount())}
    assert bands == {"consider_ending"}


def test_show_archived_is_unticked_on_a_first_start_and_stays_so_until_the_user_ticks_it(
    demo_db, open_window, qtbot
):
    from PySide6.QtCore import QSettings

    from clientfit.store.models import Client

    # Given a fresh start (no QSettings at all) and a portfolio with an archived client
    QSettings().clear()
    Client.update(status="archived").where(Client.name == "Lumo Studio").execute()

    # When the window opens, it shows only the clients still worked with
    window = open_window()
    assert not window.show_archived.isChecked()
    assert "Lumo Studio" not in _names(window)

    # and a restart after other changes (sort) leaves it unticked: only a choice is remembered
    window.table.sortByColumn(RosterModel.HEALTH, Qt.SortOrder.DescendingOrder)
    window.close()
    again = open_window()
    assert not again.show_archived.isChecked()

    # Then once the user ticks it, that choice comes back
    again.show_archived.click()
    assert "Lumo Studio" in _names(again)
    again.close()
    third = open_window()
    assert third.show_archived.isChecked()
    assert "Lumo Studio" in _names(third)
