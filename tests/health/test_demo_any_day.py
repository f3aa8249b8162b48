"""The demo tells the same story whatever day it is loaded on.

The demo portfolio is laid out relative to "today", and a user may open it on any weekday, at a
month's end or over New Year. Each client must land in the band its story gives it (the problem
clients where a freelancer would put them, the good ones healthy) on every one of those days, not
just on the fixed DEMO_DAY the other demo tests use.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

# The band each demo client's story gives it (resources/demo/portfolio.json, the profiles).
INTENDED_BANDS = {
    "Nordlys Bageri AB": "healthy",
    "Kvarnström & Co Advokatbyrå": "healthy",
    "Grönvik Förlag": "healthy",
    "Ekdahl Arkitekter": "healthy",  # new this autumn, pleasant, pays on time
    "Fjällvind Outdoor AB": "watch",  # a good client who pays very late
    "Lumo Studio": "watch",  # endlessly indecisive, but pays
    "Hansson Bygg & Fasad": "consider_ending",
    "Sundqvist Event & PR": "consider_ending",
}

# Two whole weeks (every weekday twice, across the weeks before Christmas), then a Monday after
# the switch to summer time, month ends, New Year's Eve and Day, a leap day and midsummer.
_FORTNIGHT = [dt.date(2026, 12, 14) + dt.timedelta(days=d) for d in range(14)]
_SPREAD = [
    dt.date(2027, 3, 29),
    dt.date(2026, 11, 30),
    dt.date(2027, 1, 31),
    dt.date(2026, 12, 31),
    dt.date(2027, 1, 1),
    dt.date(2028, 2, 29),
    dt.date(2027, 6, 26),
]


def _scores_loaded_on(day: dt.date) -> dict:
    from clientfit.health import score_portfolio
    from clientfit.store.demo import load_demo

    moment = dt.datetime.combine(day, dt.time(10), tzinfo=dt.timezone.utc)
    with time_machine.travel(moment, tick=False):
        load_demo()
        return {s.name: s for s in score_portfolio().values()}


@pytest.mark.parametrize("day", _FORTNIGHT + _SPREAD, ids=lambda d: f"{d:%Y-%m-%d-%a}")
def test_every_demo_client_lands_in_its_band_whatever_the_day(database, day):
    scores = _scores_loaded_on(day)
    shown = {name: (s.band.key, s.score) for name, s in scores.items()}
    assert {name: band for name, (band, _) in shown.items()} == INTENDED_BANDS, shown
    assert all(not s.missing for s in scores.values())  # every demo client has enough evidence
    # The details the story rests on (as test_health_cli checks on the real date).
    late = scores["Fjällvind Outdoor AB"].factor("late_payment")
    assert late.risk > 0.5 and "overdue now" in late.detail
    lumo = scores["Lumo Studio"].factor("indecision")
    assert lumo.risk == 1.0 and "not quite" in lumo.detail
