"""The plan's last working day and handover fall on the user's working days, whatever the notice,
the start day and the week: a property over many dates (hypothesis), pure date arithmetic."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from clientfit.common.working_days import WorkingDays
from clientfit.offboarding.schedule import notice
from clientfit.offboarding.views import CoolingOff

WEEKDAYS = st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s)))


@given(
    start=st.dates(dt.date(2025, 1, 1), dt.date(2028, 12, 31)),
    days=st.integers(0, 120),
    handover=st.integers(0, 10),
    worked=WEEKDAYS,
)
def test_the_last_day_and_handover_are_working_days_in_order(start, days, handover, worked):
    plan = SimpleNamespace(
        announce_on=None, notice_days=days, announce_latest=None, started_on=start
    )
    cool = CoolingOff(3, start, start + dt.timedelta(days=3), False, 3)
    work = WorkingDays(worked, frozenset())
    n = notice(
        plan, cool, None, None, "en", default_days=30, handover=handover, today=start, work=work
    )
    assert n.last_working_day >= n.announce_on
    assert n.last_working_day <= n.announce_on + dt.timedelta(days=days)  # never more than given
    assert work.works(n.last_working_day) or n.last_working_day == n.announce_on
    assert work.works(n.handover_on)
    assert n.handover_on >= n.last_working_day + dt.timedelta(days=handover)
    assert n.handover_on < n.last_working_day + dt.timedelta(days=handover + 7)


def test_a_weekend_handover_moves_to_monday_and_a_sunday_end_to_friday():
    work = WorkingDays((0, 1, 2, 3, 4), frozenset())
    assert work.on_or_after(dt.date(2026, 12, 26)) == dt.date(2026, 12, 28)
    assert work.on_or_before(dt.date(2026, 12, 20)) == dt.date(2026, 12, 18)
    off = WorkingDays((0, 1, 2, 3, 4), frozenset({dt.date(2026, 12, 28)}))
    assert off.on_or_after(dt.date(2026, 12, 26)) == dt.date(2026, 12, 29)
