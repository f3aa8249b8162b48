"""The phrase lists that flag messages: built in per language, the user's own added in Settings."""

from __future__ import annotations

import pytest

from clientfit.common.phrases import (
    OWN_PHRASES,
    Flags,
    Phrases,
    builtin_phrases,
    classify,
    current_phrases,
    own_phrases,
    rules_version,
    save_own_phrases,
)
from clientfit.store.settings import set_setting


@pytest.mark.parametrize(
    "text",
    [
        "Kan vi ändra färgerna igen?",
        "En runda till på logon",
        "Could we try another version?",
        "One more round, please",
    ],
)
def test_change_requests_are_recognised_in_english_and_swedish(text):
    assert classify(text) == Flags(change_request=True)


@pytest.mark.parametrize(
    "text", ["Not quite it", "not  QUITE what we wanted", "Inte riktigt det vi tänkt oss"]
)
def test_not_quite_feedback_is_its_own_flag(text):
    assert classify(text) == Flags(not_quite=True)


@pytest.mark.parametrize("text", ["BRÅDSKANDE: sidan ligger nere??", "Urgent", "ASAP", "Akut!"])
def test_urgent_words_are_recognised(text):
    assert classify(text) == Flags(urgent=True)


@pytest.mark.parametrize("text", ["Tack för skisserna!", "Meeting next week?", "", None])
def test_ordinary_text_is_not_flagged(text):
    assert classify(text) == Flags()


def test_a_phrase_may_run_on_but_must_start_a_word():
    assert classify("Ändrade planer").change_request is True
    assert classify("förändra").change_request is False


def test_each_language_has_its_own_file_and_every_language_is_used():
    assert "not quite" in builtin_phrases("en").not_quite
    assert "inte riktigt" in builtin_phrases("sv").not_quite
    assert "inte riktigt" not in builtin_phrases("en").not_quite
    both = builtin_phrases()
    assert {"not quite", "inte riktigt"} <= set(both.not_quite)


def test_the_users_phrases_are_added_to_the_built_in_ones_and_change_the_rules_version(database):
    before = rules_version()
    assert own_phrases() == Phrases()

    changed = save_own_phrases(Phrases(not_quite=("  Helt  FEL ", ""), urgent=("nu direkt",)))

    assert changed is True
    assert own_phrases() == Phrases(not_quite=("helt fel",), urgent=("nu direkt",))
    assert "helt fel" in current_phrases().not_quite
    assert "not quite" in current_phrases().not_quite
    assert rules_version() != before
    assert save_own_phrases(own_phrases()) is False


def test_a_damaged_setting_means_no_own_phrases(database):
    set_setting(OWN_PHRASES, ["not", "a", "dict"])
    assert own_phrases() == Phrases()
    set_setting(OWN_PHRASES, {"not_quite": "not a list"})
    assert own_phrases() == Phrases()
