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
    window.show_archived.setChecked(False)
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
    assert not again.show_archived.isChecked()
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
