"""The message draft checker: one reason, no lists, short - in English and Swedish."""

from __future__ import annotations

import pytest

from clientfit.offboarding import check_draft, templates
from clientfit.offboarding.drafts import draft_stats, format_day


def _codes(text: str, lang: str = "en") -> list[str]:
    return [w.code for w in check_draft(text, lang)]


def test_one_short_reason_passes():
    assert _codes("I no longer believe my services meet your needs.") == []
    assert _codes("Jag tror inte längre att mina tjänster motsvarar era behov.", "sv") == []


@pytest.mark.parametrize(
    "text",
    [
        "My services no longer fit, and also you pay late.",
        "You pay late. Furthermore, the briefs keep changing.",
        "I am ending it because you pay late and you message at night.",
        "Because of the deadlines. And because of the tone.",
        "Mina tjänster passar inte längre, och dessutom betalar ni sent.",
        "Jag avslutar eftersom ni betalar sent och skriver på nätterna.",
        "Det finns en annan anledning också.",
    ],
)
def test_several_reasons_are_flagged_in_either_language(text):
    assert "several_reasons" in _codes(text)


def test_the_warning_names_the_words_that_added_a_reason():
    (warning,) = check_draft("It does not fit, and also the invoices.", "en")
    assert warning.code == "several_reasons"
    assert warning.evidence == "and also"
    assert warning.message == (
        "The draft gives more than one reason. Keep one: more detail invites argument."
    )


def test_lists_of_grievances_are_flagged():
    text = "Reasons:\n- late payments\n- night messages\n- endless revisions"
    assert "list" in _codes(text)
    assert "list" in _codes("1. sena betalningar\n2. nattliga mejl", "sv")
    assert "list" not in _codes("- just one line")


def test_long_drafts_are_flagged_by_sentences_and_words():
    many = " ".join(f"Sentence {n} is here." for n in range(9))
    assert _codes(many) == ["too_many_sentences"]
    assert check_draft(many)[0].message == "The draft has 9 sentences; keep it to 8 or fewer."
    long_one = "word " * 151 + "end."
    assert _codes(long_one) == ["too_long"]
    assert check_draft(long_one)[0].message == "The draft has 152 words; keep it under 150."


def test_empty_draft_is_flagged():
    assert _codes("   \n") == ["empty"]


def test_sentences_and_words_are_counted_as_people_count_them():
    stats = draft_stats("Hej Anna,\n\nTack för allt. Jag slutar nu!\n\nVänliga hälsningar\nPer")
    assert (stats.sentences, stats.words) == (3, 11)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_every_template_gives_exactly_one_reason_and_passes_the_checker(lang):
    found = templates(lang)
    assert [t.key for t in found] == ["needs", "direction", "capacity", "grown"]
    for t in found:
        assert t.reason.endswith(".") and t.label and t.lang == lang
        filled = t.body.format(
            contact="Anna",
            client="Acme",
            last_day="1 May 2027",
            handover="4 May 2027",
            referral="",
            sender="Per",
            handed_over="all files",
            on_payment="",
        )
        assert check_draft(filled, lang) == [], (lang, t.key)


def test_the_swedish_default_template_says_it_in_natural_swedish():
    (needs, *_rest) = templates("sv")
    assert needs.reason in needs.body
    assert needs.reason == "Jag tror inte längre att mina tjänster motsvarar era behov."
    assert needs.label == "Mina tjänster motsvarar inte längre era behov"


def test_dates_are_written_as_in_a_letter():
    import datetime as dt

    assert format_day(dt.date(2027, 3, 4), "en") == "4 March 2027"
    assert format_day(dt.date(2027, 3, 4), "sv") == "4 mars 2027"
