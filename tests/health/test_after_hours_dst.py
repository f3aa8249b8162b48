"""After-hours is judged on the user's wall clock, in SQL, across daylight-saving changes."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest

from clientfit.health import clock, config, signals
from clientfit.store.settings import set_setting


def _after_hours_detail(make, at: dt.date, moments: list[dt.datetime]) -> str:
    """The after-hours count as the factor's detail would word it (three messages are below the
    factor's minimum, so the signal is read directly)."""
    c = make.client("Client")
    for m in moments:
        make.message(c, m)
    from clientfit.common.zone import user_zone

    w = signals.window_for(at, user_zone())
    m = signals.message_signals(w, config.working_hours())[c.id]
    share = round(100 * m.after_hours / m.inbound)
    return f"{share} % of the client's messages ({m.after_hours} of {m.inbound})"


def test_messages_either_side_of_the_spring_change_use_their_own_offset(make):
    # Stockholm moves from +01:00 to +02:00 at 2026-03-29 01:00 UTC.
    moments = [
        dt.datetime(2026, 3, 27, 16, 30),  # Fri 17:30 CET: working (18:30 if summer time were used)
        dt.datetime(2026, 3, 30, 6, 30),  # Mon 08:30 CEST: working (07:30 if winter time were used)
        dt.datetime(2026, 3, 30, 10, 0),
    ]
    detail = _after_hours_detail(make, dt.date(2026, 4, 15), moments)
    assert detail.startswith("0 % of the client's messages (0 of 3)")


def test_messages_either_side_of_the_autumn_change_use_their_own_offset(make):
    # Stockholm moves back from +02:00 to +01:00 at 2026-10-25 01:00 UTC.
    moments = [
        dt.datetime(2026, 10, 23, 6, 30),  # Fri 08:30 CEST: working
        dt.datetime(2026, 10, 26, 16, 30),  # Mon 17:30 CET: working
        dt.datetime(2026, 10, 26, 17, 5),  # Mon 18:05 CET: after hours
    ]
    detail = _after_hours_detail(make, dt.date(2026, 11, 2), moments)
    assert detail.startswith("33 % of the client's messages (1 of 3)")


def test_a_message_in_the_skipped_hour_is_placed_after_the_change(make):
    # 01:30 UTC on the change day is 03:30 CEST on a Sunday: after hours either way, but counted once.
    detail = _after_hours_detail(
        make,
        dt.date(2026, 4, 1),
        [dt.datetime(2026, 3, 29, 1, 30), dt.datetime(2026, 3, 30, 9), dt.datetime(2026, 3, 31, 9)],
    )
    assert detail.startswith("33 %")


def test_transitions_are_found_to_the_minute_even_in_half_hour_zones():
    zone = ZoneInfo("Australia/Lord_Howe")  # +10:30 -> +11:00 on the first Sunday of October
    segments = clock.offset_segments(dt.datetime(2026, 9, 1), dt.datetime(2026, 11, 1), zone)
    assert [off for _, off in segments] == [630, 660]
    change = segments[1][0]
    before = change - dt.timedelta(minutes=1)
    assert clock.offset_minutes(before, zone) == 630
    assert clock.offset_minutes(change, zone) == 660


def test_a_window_without_a_change_has_one_offset():
    segs = clock.offset_segments(
        dt.datetime(2026, 5, 1), dt.datetime(2026, 8, 1), ZoneInfo("Europe/Stockholm")
    )
    assert segs == [(dt.datetime(2026, 5, 1), 120)]


@pytest.mark.parametrize(
    "zone_name",
    ["Europe/Stockholm", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"],
)
def test_sql_agrees_with_zoneinfo_message_by_message(make, zone_name):
    set_setting(config.TIME_ZONE, zone_name)
    set_setting(config.WORK_START, "08:30")
    set_setting(config.WORK_END, "17:00")
    zone = ZoneInfo(zone_name)
    at = dt.date(2026, 11, 20)
    rng = random.Random(zone_name)
    start = dt.datetime(2026, 8, 23)
    moments = [
        (start + dt.timedelta(minutes=rng.randrange(89 * 24 * 60))).replace(second=0)
        for _ in range(200)
    ]
    # And 100 around the start of the working day, where a wrong offset errs in one direction.
    for _ in range(100):
        day = start.date() + dt.timedelta(days=rng.randrange(89))
        local = dt.datetime.combine(day, dt.time(7, 30), tzinfo=zone)
        local += dt.timedelta(minutes=rng.randrange(120))
        moments.append(local.astimezone(dt.timezone.utc).replace(tzinfo=None))
    c = make.client("Random")
    for m in moments:
        make.message(c, m)

    def after(m: dt.datetime) -> bool:
        local = m.replace(tzinfo=dt.timezone.utc).astimezone(zone)
        clock = local.strftime("%H:%M")
        return not (local.weekday() < 5 and "08:30" <= clock < "17:00")

    expected = sum(after(m) for m in moments)
    w = signals.window_for(at, zone)
    got = signals.message_signals(w, config.working_hours())[c.id]
    assert (got.inbound, got.after_hours) == (300, expected)


def test_the_window_follows_local_midnight():
    w = signals.window_for(dt.date(2026, 6, 30), ZoneInfo("Europe/Stockholm"))
    assert w.end == dt.datetime(2026, 6, 30, 22, 0)  # 2026-07-01 00:00 CEST
    assert w.short_start == dt.datetime(2026, 4, 1, 22, 0)
