"""The roster model and its filter, tested without a window (Vorta's habit) and with qtmodeltester."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from clientfit.ui.roster.model import BAND_ROLE, ID_ROLE, RosterFilter, RosterModel, RosterRow


def _rows() -> list[RosterRow]:
    return [
        RosterRow(
            1,
            "Nordlys Bageri AB",
            "active",
            91,
            "healthy",
            dt.date(2026, 11, 20),
            Decimal("0"),
            "SEK",
        ),
        RosterRow(
            2,
            "Sundqvist Event & PR",
            "active",
            12,
            "consider_ending",
            dt.date(2026, 11, 25),
            Decimal("54862"),
            "SEK",
        ),
        RosterRow(3, "Lumo Studio", "archived", 45, "watch", None, Decimal("100"), "SEK"),
        RosterRow(4, "Ekdahl Arkitekter", "active", None, "unknown", None, Decimal("5"), "SEK"),
    ]


def _names(proxy) -> list[str]:
    return [proxy.index(r, RosterModel.NAME).data() for r in range(proxy.rowCount())]


def test_roster_model_passes_qt_model_tester(qtmodeltester):
    model = RosterModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_an_unknown_client_shows_not_enough_data_and_what_it_lacks(qtbot):
    model = RosterModel()
    lacks = "3 messages from the client so far (last 90 days); needs 10 over 4 weeks"
    model.set_rows(
        [RosterRow(9, "Fresh", "active", None, "unknown", None, Decimal("0"), "SEK", lacks)]
    )
    index = model.index(0, RosterModel.HEALTH)
    assert index.data() == "No score yet"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"Not enough data yet: {lacks}"
    # before the scores are in (names only), no claim either way
    model.set_rows([RosterRow(9, "Fresh", "active", None, "unknown", None, Decimal("0"), "SEK")])
    assert model.index(0, RosterModel.HEALTH).data() == "–"


def test_health_column_shows_the_score_and_carries_the_band(qtbot):
    model = RosterModel()
    model.set_rows(_rows())
    row = model.row_of(2)
    index = model.index(row, RosterModel.HEALTH)
    assert index.data() == "12"
    assert index.data(BAND_ROLE) == "consider_ending"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Consider ending" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(model.row_of(4), RosterModel.HEALTH).data() == "–"


def test_sorting_by_health_puts_the_worst_band_first_and_unknown_last(qtbot):
    model = RosterModel()
    model.set_rows(_rows())
    model.sort(RosterModel.HEALTH, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(4)] == [2, 3, 1, 4]


def test_filter_by_text_band_and_archived(qtbot):
    model = RosterModel()
    model.set_rows(_rows())
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    proxy.set_search("  STUDIO ")
    assert _names(proxy) == ["Lumo Studio"]
    proxy.set_search("")
    proxy.set_bands({"healthy", "consider_ending"})
    assert sorted(_names(proxy)) == ["Nordlys Bageri AB", "Sundqvist Event & PR"]
    proxy.set_bands(None)
    proxy.set_show_archived(False)
    assert "Lumo Studio" not in _names(proxy)


def test_sorting_through_the_proxy_sorts_the_source_and_keeps_the_filter(qtbot):
    model = RosterModel()
    model.set_rows(_rows())
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    proxy.set_show_archived(False)
    proxy.sort(RosterModel.OUTSTANDING, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Sundqvist Event & PR", "Ekdahl Arkitekter", "Nordlys Bageri AB"]
