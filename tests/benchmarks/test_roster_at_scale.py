"""The roster at 10,000 clients: filtering and sorting cost one Python pass, not a call per row.

A per-row Python callback (a `filterAcceptsRow` or `lessThan` override, `data()` for a sort role)
costs tens of milliseconds at this size; these tests count the calls instead of timing them, so
they hold on a busy CI machine. Timings are `make bench`'s job.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from clientfit.ui.roster.model import RosterFilter, RosterModel, RosterRow

N = 10_000
BANDS = ("healthy", "watch", "consider_ending", "unknown")


def _rows() -> list[RosterRow]:
    return [
        RosterRow(
            i,
            f"Client {i:05d}",
            "archived" if i % 10 == 0 else "active",
            None if i % 7 == 0 else i % 101,
            BANDS[i % 4],
            dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
            Decimal(i % 997),
            "SEK",
        )
        for i in range(1, N + 1)
    ]


@pytest.fixture
def roster(qtbot, monkeypatch):
    model = RosterModel()
    model.set_rows(_rows())
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    calls = {"n": 0}
    for name in ("data", "row_at", "folded_name"):
        original = getattr(RosterModel, name)

        def counted(self, *args, _original=original, **kwargs):
            calls["n"] += 1
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(RosterModel, name, counted)
    return model, proxy, calls


def test_filtering_ten_thousand_clients_makes_no_python_call_per_row(roster):
    _model, proxy, calls = roster
    for typed in ("c", "cl", "client", "client 1", "client 12", ""):
        proxy.set_search(typed)
        proxy.rowCount()
    proxy.set_bands({"watch"})
    proxy.set_show_archived(False)
    assert proxy.rowCount() == sum(1 for r in _rows() if r.band == "watch" and r.status == "active")
    assert calls["n"] < 100


def test_sorting_ten_thousand_clients_makes_no_python_call_per_row(roster):
    model, proxy, calls = roster
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            proxy.rowCount()
    assert calls["n"] < 100
    proxy.sort(RosterModel.HEALTH, Qt.SortOrder.DescendingOrder)
    scores = [model.row_at(r).score for r in range(model.rowCount())]
    assert scores[0] is None  # unknown band sorts last ascending, first descending


def test_a_selected_client_follows_sorting_and_drops_out_when_filtered_away(roster):
    _model, proxy, _calls = roster
    kept = QPersistentModelIndex(proxy.index(5, RosterModel.NAME))
    name = kept.data()
    proxy.sort(RosterModel.OUTSTANDING, Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data() == name
    proxy.set_search(name.upper())
    assert proxy.rowCount() == 1 and kept.isValid() and kept.row() == 0
    proxy.set_search("no such client")
    assert proxy.rowCount() == 0 and not kept.isValid()
