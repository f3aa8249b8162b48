"""One user time zone: the Settings zone is the one every layer converts with."""

from __future__ import annotations

import datetime as dt

from clientfit.common.zone import TIME_ZONE, local_to_utc, user_zone, utc_to_local
from clientfit.store.settings import set_setting


def test_the_settings_zone_wins_over_the_systems(database, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    set_setting(TIME_ZONE, "America/New_York")
    assert user_zone().key == "America/New_York"
    two_pm = dt.datetime(2026, 7, 1, 14, 0)
    assert local_to_utc(two_pm) == dt.datetime(2026, 7, 1, 18, 0)  # EDT, not JST
    assert utc_to_local(dt.datetime(2026, 7, 1, 18, 0)) == two_pm


def test_a_meeting_is_stored_and_shown_in_the_settings_zone(database, monkeypatch):
    """Offboarding converts with the same zone as health (it used the operating system's)."""
    from clientfit import offboarding as ob
    from clientfit.store.clients import add_client

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    set_setting(TIME_ZONE, "Europe/Stockholm")
    client = add_client("Zoned AB")
    plan = ob.start_plan(client, "I no longer believe my services meet your needs.")
    ob.schedule_meeting(plan, dt.datetime(2026, 12, 3, 14, 0), "phone")
    plan = ob.latest_plan(client)
    assert plan.meeting_at == dt.datetime(2026, 12, 3, 13, 0)  # CET = UTC+1 in December
    view = ob.build_plan_view(plan.id, today=dt.date(2026, 12, 1))
    assert view.meeting.at == dt.datetime(2026, 12, 3, 14, 0)
