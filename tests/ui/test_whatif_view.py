"""The what-if view: the domain's figures side by side, reached from the Pareto view, the roster
and the offboarding dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from clientfit.core.whatif import what_if
from clientfit.store.models import Client
from clientfit.ui.common.formatting import format_money
from clientfit.ui.health.whatif import WhatIfModel, WhatIfView

AT = dt.date.today()


def _client(name: str) -> int:
    return Client.get(Client.name == name).id


@pytest.fixture
def view(qtbot, demo_db):
    view = WhatIfView(at=AT)
    qtbot.addWidget(view)
    view.resize(900, 440)
    view.show()
    return view


def _cell(view, row: int, column: int) -> str:
    return view.model.index(row, column).data()


def test_the_view_shows_now_and_without_as_the_domain_computes_them(qtbot, view):
    hansson = _client("Hansson Bygg & Fasad")
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_clients([hansson, hansson])  # twice is once
    expected = what_if([hansson], AT)
    assert view.headline.text() == "Your year without Hansson Bygg & Fasad"
    assert view.model.columnCount() == 4
    # rows: revenue, billed hours, messages, after hours, rounds, overdue, days late, rate, top
    # counts as common/numbers writes them in English (1,211), as the packet does
    assert _cell(view, 2, WhatIfModel.NOW) == f"{expected.now.messages:,}"
    assert _cell(view, 2, WhatIfModel.WITHOUT) == f"{expected.without.messages:,}"
    assert (
        _cell(view, 2, WhatIfModel.CHANGE)
        == f"{expected.without.messages - expected.now.messages:,}"
    )
    assert _cell(view, 3, WhatIfModel.WITHOUT) == f"{expected.without.after_hours:,}"
    rate = expected.without.effective_rate()["SEK"]
    assert _cell(view, 7, WhatIfModel.WITHOUT) == format_money(rate, "SEK") + "/h"
    assert "Hansson Bygg & Fasad" in view.summary.text()
    assert "of today's time and messages" in view.summary.text()


def test_replacement_hours_add_a_column_at_the_median_rate(qtbot, view):
    lumo = _client("Lumo Studio")
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_clients([lumo])
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.hours.setValue(100)
    r = view.result.replacement
    assert r.hours == 100 and r.rate_is_median
    assert view.model.columnCount() == 5
    header = view.model.headerData(WhatIfModel.REPLACED, Qt.Orientation.Horizontal)
    assert header.startswith("With 100 h at ")
    expected = what_if([lumo], AT, replace_hours=100).replacement.replaced
    assert _cell(view, 1, WhatIfModel.REPLACED) == f"{expected.billed_seconds / 3600:,.1f}"
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.rate.setValue(500)
    assert view.result.replacement.rate == Decimal(500)
    assert not view.result.replacement.rate_is_median


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, view):
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_clients([_client("Lumo Studio")])
    qtmodeltester.check(view.model)


def test_the_pareto_view_asks_for_the_selected_clients_or_the_top(qtbot, demo_db):
    from clientfit.ui.health.pareto import ParetoView
    from clientfit.ui.health.whatif import chosen_in_pareto

    pareto = ParetoView()
    qtbot.addWidget(pareto)
    with qtbot.waitSignal(pareto.loaded, timeout=10_000):
        pareto.refresh()
    top = [r.client_id for r in pareto.result.rows if r.top]
    assert top and chosen_in_pareto(pareto) == top  # nothing selected: the top 20 %
    selection = pareto.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (4, 2):
        selection.select(pareto.proxy.index(row, 0), flags)
    wanted = [
        pareto.model.row(pareto.proxy.mapToSource(pareto.proxy.index(r, 0)).row()).client_id
        for r in (2, 4)
    ]
    assert chosen_in_pareto(pareto) == wanted and len(set(wanted)) == 2


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise()
def test_the_pareto_window_opens_the_whatif_of_its_choice(qtbot, demo_db, open_window):
    window = open_window()
    window.show_pareto()
    pareto = window._pareto_window
    qtbot.waitUntil(lambda: pareto.view.result is not None, timeout=10_000)
    top = [r.client_id for r in pareto.view.result.rows if r.top]
    pareto.whatif.click()
    whatif = window._whatif_window
    qtbot.waitUntil(lambda: whatif.view.result is not None, timeout=10_000)
    assert whatif.view.ids == top


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise(), grabbing
def test_the_roster_opens_the_whatif_of_its_client(qtbot, demo_db, open_window):
    from clientfit.ui.window.menus import roster_menu

    window = open_window()
    lumo = _client("Lumo Studio")
    window.select_client(lumo)
    assert window.act_whatif in window.client_menu.actions()
    window.act_whatif.trigger()
    whatif = window._whatif_window
    qtbot.waitUntil(lambda: whatif.view.result is not None, timeout=10_000)
    assert whatif.isVisible() and whatif.view.ids == [lumo]
    assert whatif.view.headline.text() == "Your year without Lumo Studio"
    # the roster's context menu offers it for the client under the pointer
    rect = window.table.visualRect(window.proxy.index(0, 0))
    roster_menu(window, rect.center())
    assert window.act_whatif in window.roster_menu.actions()
    window.roster_menu.close()


def test_the_offboarding_dialog_asks_for_the_whatif_of_its_client(qtbot, demo_db):
    from clientfit.ui.offboarding.dialog import OffboardingDialog

    lumo = _client("Lumo Studio")
    dialog = OffboardingDialog(lumo, lang="en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.whatif_requested) as got:
        dialog.whatif.click()
    assert got.args == [lumo]


def test_with_exchange_rates_the_table_adds_revenue_and_rate_in_the_base_currency(qapp, demo_db):
    from clientfit.store.models import Invoice

    lumo = _client("Lumo Studio")
    Client.update(currency="EUR").where(Client.id == lumo).execute()
    Invoice.update(currency="EUR").where(Invoice.client == lumo).execute()
    result = what_if([lumo], AT, rates={"SEK": Decimal(1), "EUR": Decimal("0.1")})
    model = WhatIfModel()
    model.set_result(result)
    assert model.rowCount() == 11
    assert model.index(9, 0).data() == "Revenue in SEK (your exchange rates)"
    sek = Decimal(result.in_base.now.revenue["SEK"]) / 100
    assert model.index(9, WhatIfModel.NOW).data() == format_money(sek, "SEK")
    assert "EUR" in model.index(0, WhatIfModel.NOW).data()  # the own-currency row keeps both
    assert model.index(10, WhatIfModel.WITHOUT).data().endswith("SEK/h")


def test_a_change_in_the_data_is_seen_after_refresh(qtbot, view):
    from clientfit.store.models import Message

    lumo = _client("Lumo Studio")
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.set_clients([lumo])
    before = view.result.now.messages
    Message.create(client=lumo, sent_at=dt.datetime.utcnow(), direction="in", subject="One more")
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.hours.setValue(10)  # the held figures answer: the new message is not in them yet
    assert view.result.now.messages == before
    with qtbot.waitSignal(view.computed, timeout=10_000):
        view.refresh()
    assert view.result.now.messages == before + 1
