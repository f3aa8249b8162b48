"""classify_subject: the phrase lists the importers use to flag messages as they arrive."""

from __future__ import annotations

import pytest

from clientfit.health import config
from clientfit.health.config import classify_subject


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
