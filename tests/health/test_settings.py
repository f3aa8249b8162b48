"""The health settings: stored, read back, validated."""

from __future__ import annotations

import pytest

from clientfit.health import config


def test_settings_round_trip_and_validation(database):
    import dataclasses

    s = config.load_settings()
    assert s == config.default_settings() or s.time_zone is None
    new = dataclasses.replace(
        s,
        work_days=(0, 1, 2, 3),
        work_start="09:00",
        work_end="17:00",
        days_off=("2026-12-24",),
        time_zone="Europe/Stockholm",
        target_rate=950.0,
        weights={**s.weights, "gut": 3.0},
    )
    config.save_settings(new)
    loaded = config.load_settings()
    assert loaded.work_days == (0, 1, 2, 3) and loaded.work_end == "17:00"
    assert loaded.weights["gut"] == 3.0
    assert loaded.time_zone == "Europe/Stockholm" and loaded.target_rate == 950.0
    with pytest.raises(config.SettingsError):
        config.save_settings(dataclasses.replace(new, time_zone="Mars/Olympus"))
    with pytest.raises(config.SettingsError):
        config.save_settings(dataclasses.replace(new, work_end="25:00"))
