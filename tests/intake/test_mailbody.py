"""The body reader on hand-made mail: only the sender's new text is judged, flags checked exactly.

The fixtures (tests/intake/fixtures/bodies, see its README) imitate Gmail, Outlook, Apple Mail and
Thunderbird in English and Swedish: plain, HTML-only and multipart, quoted replies, an attached
forward, and a signature that says "not quite".
"""

from __future__ import annotations

import email
from email.policy import compat32

import pytest

from clientfit.common.phrases import Flags, builtin_phrases
from clientfit.intake import run_import
from clientfit.intake.mailbody import EXCERPT, first_text, html_to_text, new_text, read_message
from clientfit.intake.mailparse import decode_subject
from clientfit.store.clients import add_client
from clientfit.store.models import Message

CR, NQ, URGENT = "change_request", "not_quite", "urgent"
CASES = {
    # file: (flags set, excerpt)
    "gmail_en_plain_reply.eml": (
        {NQ},
        "It's not quite it yet – the blue feels cold next to the photos.",
    ),
    "gmail_sv_html_only.eml": ({CR}, "Kan vi ändra rubriken till något kortare?"),
    "outlook_en_multipart.eml": (set(), ""),
    "outlook_sv_original.eml": ({CR, NQ}, "Det här duger inte riktigt för oss."),
    "apple_en_plain.eml": (set(), ""),
    "apple_sv_html.eml": ({NQ}, "Nästan där, men texten är för liten."),
    "thunderbird_en_flowed.eml": ({CR, NQ}, "This is not what we discussed."),
    "thunderbird_sv_signature.eml": (set(), ""),
    "forwarded_attachment.eml": (set(), ""),
    "latin1_outlook.eml": ({CR, NQ}, "Bra jobbat – men färgerna är inte riktigt rätt."),
}


def _read(fixture_path, name):
    raw = fixture_path(f"bodies/{name}").read_bytes()
    msg = email.message_from_bytes(raw, policy=compat32)
    return raw, msg


@pytest.mark.parametrize("name", sorted(CASES))
def test_flags_and_excerpt_come_from_the_new_text_only(fixture_path, name):
    raw, msg = _read(fixture_path, name)
    subject = decode_subject(msg.get("Subject"))

    reading = read_message(raw, subject, builtin_phrases())

    flags, excerpt = CASES[name]
    assert reading.flags == Flags(**{k: True for k in flags})
    assert reading.excerpt == excerpt


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("outlook_en_multipart.eml", "Hi Eva,\n\nLooks good, please go ahead and print."),
        ("apple_en_plain.eml", "Love option B, go ahead!"),
        ("thunderbird_sv_signature.eml", "Tack, ser bra ut! Vi trycker på fredag."),
        ("forwarded_attachment.eml", "FYI, see below."),
        ("gmail_sv_html_only.eml", "Hej!\n\nKan vi ändra rubriken till något kortare?"),
    ],
)
def test_quotes_signatures_and_forwards_are_cut_off(fixture_path, name, text):
    _raw, msg = _read(fixture_path, name)

    assert new_text(first_text(msg)) == text


def test_html_only_mail_is_read_as_text_without_its_quoted_blocks():
    html = (
        "<html><head><style>p {color: red}</style></head><body><p>Hej,</p>"
        "<p>inte&nbsp;riktigt!</p><blockquote type='cite'>gammal text</blockquote>"
        "<div class='moz-signature'>-- <br>Not quite a signature</div></body></html>"
    )

    assert html_to_text(html) == "Hej,\n\ninte riktigt!"


def test_a_legacy_charset_leaves_no_control_characters(fixture_path):
    _raw, msg = _read(fixture_path, "latin1_outlook.eml")

    text = first_text(msg)
    subject = decode_subject(msg.get("Subject"))

    assert "–" in text and "\x96" not in text
    assert subject == "Offert – vårkampanjen"


def test_the_excerpt_is_one_sentence_of_at_most_200_characters():
    long = "Not quite it " + "and so on " * 40 + "end."
    reading = read_message(
        b"Subject: x\nContent-Type: text/plain\n\n" + long.encode(), "x", builtin_phrases()
    )

    assert reading.flags == Flags(not_quite=True)
    assert len(reading.excerpt) == EXCERPT and reading.excerpt.endswith("…")


def test_a_reply_subject_does_not_flag_but_a_new_subject_does():
    phrases = builtin_phrases()
    plain = b"Content-Type: text/plain\n\nThanks!\n"

    assert read_message(plain, "Re: Not quite it", phrases).flags == Flags()
    assert read_message(plain, "SV: Brådskande", phrases).flags == Flags()
    assert read_message(plain, "Not quite it", phrases).flags == Flags(not_quite=True)


def test_an_import_keeps_the_flags_and_the_excerpt_never_the_body(database, fixture_path, me):
    add_client("Mälarförlaget AB", email="karin.ek@malarforlaget.se")

    summary = run_import(fixture_path("bodies/outlook_sv_original.eml"))

    assert summary.created["messages"] == 1
    m = Message.get()
    assert (m.change_request, m.not_quite, m.urgent) == (True, True, False)
    assert m.excerpt == "Det här duger inte riktigt för oss."
    stored = " ".join(str(v) for v in Message.select().tuples().get())
    assert "layouten" not in stored and "Ursprungligt" not in stored


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_import_path_reads_the_same_as_a_whole_parse(fixture_path, name):
    from clientfit.intake.mailbody import read_parts
    from clientfit.intake.mailparse import headers_to_record, read_message_file

    with open(fixture_path(f"bodies/{name}"), "rb") as fh:
        header, body = read_message_file(fh)
    record = headers_to_record(1, header, body=body)

    reading = read_parts(record.head, record.body, record.subject, builtin_phrases())

    flags, excerpt = CASES[name]
    assert (reading.flags, reading.excerpt) == (Flags(**{k: True for k in flags}), excerpt)
