"""Mail as mail programs write it: Gmail labels, obsolete zones, unescaped "From " lines, legacy
charsets, messages without a Date, Maildir flags, and single messages in any header order."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from clientfit.intake import IntakeError, run_import
from clientfit.intake.detect import detect
from clientfit.intake.maildates import to_utc
from clientfit.store.models import Message


@pytest.fixture
def roster(database, fixture_path, me):
    run_import(fixture_path("contacts.vcf"))
    return database


def _rows():
    return [
        (m.message_id, m.sent_at, m.direction, m.subject)
        for m in Message.select().order_by(Message.sent_at)
    ]


def test_gmail_takeout_leaves_out_drafts_spam_and_trash_and_dates_what_has_no_date(
    roster, fixture_path
):
    summary = run_import(fixture_path("gmail_takeout.mbox"))

    assert (summary.read, summary.created["messages"], summary.rejected) == (4, 4, [])
    assert summary.left_out == {"draft": 1, "spam": 1, "trash": 1}
    assert summary.dated_by == {"received": 1, "separator": 1}
    assert _rows() == [
        ("<g1.cest@lindco.se>", dt.datetime(2024, 3, 14, 7, 12), "in", "Tider"),
        ("<g5.nodate@lindco.se>", dt.datetime(2024, 3, 15, 8, 30, 5), "in", "Offert – våren"),
        ("<g6.sent@studio.se>", dt.datetime(2024, 3, 15, 15, 45), "out", "Re: Tider"),
        ("<g7.est@northwind.example>", dt.datetime(2024, 3, 18, 14, 0), "in", "From New York"),
    ]
    assert summary.notes == [
        "Drafts, spam and trash (left out): 3",
        "Messages without a Date header, dated from other evidence: 2 "
        "(Received header: 1, mbox “From ” line: 1)",
    ]
    assert set(summary.notes) <= set(summary.lines())


def test_a_body_line_starting_with_from_is_not_a_separator(roster, fixture_path):
    summary = run_import(fixture_path("gmail_takeout.mbox"))

    assert not any("no mail headers" in r.reason for r in summary.rejected)
    assert summary.read + sum(summary.left_out.values()) == 7  # seven separators, no phantom


def test_thunderbird_deleted_but_not_compacted_mail_is_left_out(roster, fixture_path):
    summary = run_import(fixture_path("thunderbird_deleted.mbox"))

    assert (summary.read, summary.left_out) == (1, {"trash": 1})
    assert [m.subject for m in Message.select()] == ["Kvar"]


def test_maildir_draft_and_trashed_flags_and_the_file_name_date(roster, fixture_path):
    summary = run_import(fixture_path("Maildir_flags"), "mbox")

    assert (summary.read, summary.left_out, summary.dated_by) == (
        2,
        {"draft": 1, "trash": 1},
        {"filename": 1},
    )
    assert [(m.subject, m.sent_at) for m in Message.select().order_by(Message.sent_at)] == [
        ("Läst", dt.datetime(2024, 3, 20, 10, 0)),
        ("Utan datum", dt.datetime(2024, 3, 20, 13, 0)),  # 1710939600, from the file name
    ]


@pytest.mark.parametrize(
    ("zone", "hours"),
    [
        ("EST", -5),
        ("EDT", -4),
        ("CST", -6),
        ("CDT", -5),
        ("MST", -7),
        ("MDT", -6),
        ("PST", -8),
        ("PDT", -7),
        ("GMT", 0),
        ("UT", 0),
        ("CET", 1),
        ("CEST", 2),
        ("cest", 2),
    ],
)
def test_obsolete_zone_names_are_read_with_their_offset(zone, hours):
    assert to_utc(f"Thu, 14 Mar 2024 12:00:00 {zone}") == dt.datetime(2024, 3, 14, 12 - hours)


def test_a_zone_name_in_a_comment_after_the_offset_is_fine():
    assert to_utc("Fri, 15 Mar 2024 09:29:58 +0100 (CET)") == dt.datetime(2024, 3, 15, 8, 29, 58)


def test_a_single_message_is_recognised_whatever_its_first_header(tmp_path):
    for first in ("MIME-Version: 1.0", "Content-Type: text/plain", "X-Mailer: Foo", "Cc: a@b.se"):
        path = tmp_path / "one.eml"
        path.write_text(
            f"{first}\nFrom: a@b.se\nSubject: x\nDate: Thu, 14 Mar 2024 12:00:00 +0000\n\nHi\n"
        )
        assert detect(path).fmt == "eml", first


def test_text_that_only_looks_like_a_header_is_not_a_message(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Note: buy milk\nTodo: call Anna\n")

    with pytest.raises(IntakeError):
        detect(path)


def _corpus() -> Path | None:
    try:
        import test.test_email as corpus
    except ImportError:
        return None
    data = Path(os.path.dirname(corpus.__file__)) / "data"
    return data if data.is_dir() else None


@pytest.mark.skipif(_corpus() is None, reason="CPython's test corpus is not installed here")
def test_cpythons_email_test_corpus(database):
    """Lib/test/test_email/data: 48 messages. 30 are read (one of them dated by its Received
    header); 17 have no Date, no Received header and no separator, and are rejected with that
    reason rather than given a guessed date; msg_19.txt is a digest body without any header."""
    read, rejected, refused, dated = [], [], [], {}
    files = sorted(_corpus().glob("msg_*.txt"))
    for path in files:
        try:
            summary = run_import(path, confirm=lambda _s: False)
        except IntakeError as exc:
            (rejected if "Date header" in str(exc) else refused).append(path.name)
            continue
        assert summary.rejected == [] and summary.read == 1, path.name
        read.append(path.name)
        for key, n in summary.dated_by.items():
            dated[key] = dated.get(key, 0) + n
    assert len(files) == 48
    assert (len(read), len(rejected), refused, dated) == (30, 17, ["msg_19.txt"], {"received": 1})


def test_separators_in_other_tools_forms_and_a_dated_body_line(roster, tmp_path):
    mbox = tmp_path / "mixed.mbox"
    mbox.write_bytes(
        b"From anna.lind@lindco.se Fri, 22 Mar 2024 09:00:00 +0000\n"
        b"Message-ID: <s1@lindco.se>\nFrom: anna.lind@lindco.se\nTo: eva@studio.se\n"
        b"Subject: Utan Date, RFC-datum p\xc3\xa5 avdelaren\n\nHej!\n\n"
        b"From 10:00 to 12:00 on 25 March 2024 I am free.\nSee you then.\n\n"
        b"From anna.lind@lindco.se  Fri Mar 22 10:00:00 2024\n"
        b"Message-ID: <s2@lindco.se>\nDate: Fri, 22 Mar 2024 11:00:00 +0100\n"
        b"From: anna.lind@lindco.se\nTo: eva@studio.se\nSubject: Andra\n\nText.\n"
    )

    summary = run_import(mbox)

    assert (summary.read, summary.rejected, summary.dated_by) == (2, [], {"separator": 1})
    assert [(m.message_id, m.sent_at) for m in Message.select().order_by(Message.sent_at)] == [
        ("<s1@lindco.se>", dt.datetime(2024, 3, 22, 9, 0)),
        ("<s2@lindco.se>", dt.datetime(2024, 3, 22, 10, 0)),
    ]
