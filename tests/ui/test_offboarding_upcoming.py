"""The "coming up" panel: dates across running plans, soonest first, and opening a plan from it."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from clientfit import offboarding as ob

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def plans(database, monkeypatch):
    from clientfit.store.clients import add_client

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    hansson = add_client("Hansson Bygg & Fasad")
    sundqvist = add_client("Sundqvist Event & PR")
    calm = add_client("Nordlys Bageri AB")
    plan = ob.start_plan(hansson, "Night messages.", on=TODAY)
    ob.schedule_meeting(plan, dt.datetime(2026, 12, 2, 10, 0), "phone")
    ob.start_plan(sundqvist, "Rude.", on=dt.date(2026, 11, 20), notice_days=14)
    ob.cancel_plan(ob.start_plan(calm, "A bad day.", on=TODAY))
    yield {"hansson": hansson, "sundqvist": sundqvist}
    monkeypatch.undo()
    time.tzset()


def _rows(model):
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_model_lists_the_dates_soonest_first_without_a_widget(plans, qtmodeltester):
    from clientfit.ui.offboarding.upcoming import UpcomingModel

    model = UpcomingModel()
    model.set_rows(ob.upcoming(TODAY, "en"))
    qtmodeltester.check(model)
    assert _rows(model) == [
        ["29 Nov 2026", "in 3 days", "Cooling-off period ends", "Hansson Bygg & Fasad"],
        ["2 Dec 2026 10:00", "in 6 days", "Meeting by phone", "Hansson Bygg & Fasad"],
        [
            "7 Dec 2026",
            "in 11 days",
            "Notice period ends (last working day)",
            "Sundqvist Event & PR",
        ],
        [
            "10 Dec 2026",
            "in 14 days",
            "Handover: files, accounts and access",
            "Sundqvist Event & PR",
        ],
        [
            "1 Jan 2027",
            "in 36 days",
            "Notice period ends (last working day)",
            "Hansson Bygg & Fasad",
        ],
        [
            "4 Jan 2027",
            "in 39 days",
            "Handover: files, accounts and access",
            "Hansson Bygg & Fasad",
        ],
    ]


def test_panel_opens_the_plan_of_the_activated_row(plans, qtbot, tmp_path):
    from clientfit.ui.offboarding.upcoming import UpcomingPanel

    panel = UpcomingPanel(today=TODAY, lang="en")
    qtbot.addWidget(panel)
    panel.resize(620, 280)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.empty.isHidden() and panel.proxy.rowCount() == 6
    folder = Path(os.environ.get("CLIENTFIT_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(folder / "upcoming_panel.png"))
    index = panel.proxy.index(2, 0)
    with qtbot.waitSignal(panel.plan_requested) as signal:
        panel.table.activated.emit(index)
    assert signal.args == [plans["sundqvist"].id]


def test_panel_sorts_by_client_on_request_and_says_when_nothing_runs(plans, qtbot):
    from clientfit.ui.offboarding.upcoming import UpcomingModel, UpcomingPanel

    panel = UpcomingPanel(today=TODAY, lang="en")
    qtbot.addWidget(panel)
    panel.table.sortByColumn(UpcomingModel.CLIENT, Qt.SortOrder.DescendingOrder)
    assert panel.proxy.index(0, UpcomingModel.CLIENT).data() == "Sundqvist Event & PR"
    for client in plans.values():
        ob.cancel_plan(ob.running_plan(client))
    panel.refresh()
    assert panel.proxy.rowCount() == 0
    assert not panel.empty.isHidden()
    assert panel.empty.text() == "No offboarding plans are running."
