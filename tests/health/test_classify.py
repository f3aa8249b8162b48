"""classify_subject: the phrase lists the importers use to flag messages as they arrive."""

from __future__ import annotations

import pytest

from clientfit.health import config
from clientfit.health.config import classify_subject
from clientfit.store.settings import set_setting


@pytest.mark.parametrize(
    "subject",
    [
        "Not quite it",
        "Re: not  QUITE what we wanted",
        "Inte riktigt det vi tänkt oss",
        "Kan vi ändra färgerna igen?",
        "En runda till på logon",
        "Nästan! Men...",
        "Could we try another version?",
    ],
)
def test_change_requests_are_recognised_in_english_and_swedish(subject):
    assert classify_subject(subject) == (True, False)


@pytest.mark.parametrize(
    "subject", ["BRÅDSKANDE: sidan ligger nere??", "Urgent: need this today", "ASAP", "Akut!"]
)
def test_urgent_words_are_recognised(subject):
    assert classify_subject(subject)[1] is True


@pytest.mark.parametrize(
    "subject", ["Tack för skisserna!", "Meeting next week?", "", None, "Förändringsarbete"]
)
def test_ordinary_subjects_are_not_flagged(subject):
    assert classify_subject(subject) == (False, False)


def test_a_phrase_may_run_on_but_must_start_a_word():
    assert classify_subject("Ändrade planer")[0] is True
    assert classify_subject("förändra")[0] is False


def test_custom_phrase_lists_replace_the_defaults():
    assert classify_subject("Fix the thing", change=["fix"], urgent=[]) == (True, False)
    assert classify_subject("Not quite it", change=[], urgent=[]) == (False, False)


def test_phrase_lists_come_from_settings_with_defaults(database):
    from clientfit.store.settings import set_setting

    assert "inte riktigt" in config.change_phrases()
    assert "brådskande" in config.urgent_words()
    set_setting(config.CHANGE_PHRASES, ["  helt fel ", ""])
    assert config.change_phrases() == ["helt fel"]


def test_reclassify_brings_stored_flags_in_line_with_edited_lists(make):
    from clientfit.health.reclassify import reclassify_messages
    from clientfit.store.models import Message

    c = make.client("Flagged")
    make.message(c, make.utc(make.AT, 10), "Helt fel igen")
    make.message(c, make.utc(make.AT, 11), "Not quite it")
    assert reclassify_messages() == 0
    set_setting(config.CHANGE_PHRASES, ["helt fel"])
    assert reclassify_messages() == 2
    flags = dict(Message.select(Message.subject, Message.asks_change).tuples())
    assert flags == {"Helt fel igen": True, "Not quite it": False}


def test_a_cancelled_reclassify_changes_nothing(make):
    from clientfit.health.reclassify import reclassify_messages
    from clientfit.store.models import Message

    c = make.client("Flagged")
    make.message(c, make.utc(make.AT, 10), "Not quite it")
    set_setting(config.CHANGE_PHRASES, ["helt fel"])
    assert reclassify_messages(progress=lambda done, total: False) == 0
    assert Message.get().asks_change is True


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
        change_phrases=("helt  fel",),
    )
    assert config.save_settings(new) is True
    loaded = config.load_settings()
    assert loaded.work_days == (0, 1, 2, 3) and loaded.work_end == "17:00"
    assert loaded.change_phrases == ("helt fel",) and loaded.weights["gut"] == 3.0
    assert loaded.time_zone == "Europe/Stockholm" and loaded.target_rate == 950.0
    with pytest.raises(config.SettingsError):
        config.save_settings(dataclasses.replace(new, time_zone="Mars/Olympus"))
    with pytest.raises(config.SettingsError):
        config.save_settings(dataclasses.replace(new, work_end="25:00"))
