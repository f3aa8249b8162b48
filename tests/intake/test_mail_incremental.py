"""Re-importing a grown mbox or Maildir reads only what is new, and reads it whole when the file
was rewritten: the result is the same either way."""

from __future__ import annotations

import shutil

import pytest

from clientfit.intake import preview, run_import
from clientfit.store.derived_models import MailSource
from clientfit.store.models import Message


def _message(n: int, status: str = "0001") -> bytes:
    return (
        f"From - Mon Apr 0{1 + n % 5} 09:00:00 2024\n"
        f"X-Mozilla-Status: {status}\n"
        f"Message-ID: <inc{n}@lindco.se>\n"
        f"Date: Mon, 1 Apr 2024 {10 + n % 10}:00:00 +0200\n"
        "From: Anna Lind <anna.lind@lindco.se>\nTo: eva@studio.se\n"
        f"Subject: Meddelande {n}\n\nText {n}.\n\n"
    ).encode()


@pytest.fixture
def mbox(database, fixture_path, me, tmp_path):
    run_import(fixture_path("contacts.vcf"))
    path = tmp_path / "Inbox"
    path.write_bytes(b"".join(_message(n) for n in range(5)))
    first = run_import(path)
    assert (first.created["messages"], first.incremental) == (5, False)
    return path


def _ids() -> list[str]:
    return sorted(m for (m,) in Message.select(Message.message_id).tuples())


def test_a_grown_mbox_is_read_from_the_last_message_read(mbox):
    with open(mbox, "ab") as fh:
        fh.write(_message(5) + _message(6))

    again = run_import(mbox)

    assert again.incremental
    assert (again.read, again.created["messages"], again.skipped["messages"]) == (3, 2, 1)
    assert [r.where for r in again.rejected] == []
    assert len(_ids()) == 7
    assert MailSource.get().messages == 7


def test_status_headers_rewritten_in_place_do_not_force_a_whole_read(mbox):
    # Thunderbird marks mail read by rewriting X-Mozilla-Status in place (same length)
    data = mbox.read_bytes().replace(b"X-Mozilla-Status: 0001", b"X-Mozilla-Status: 0005")
    mbox.write_bytes(data + _message(5))

    again = run_import(mbox)

    assert again.incremental
    assert (again.read, again.created["messages"]) == (2, 1)


def test_a_compacted_mbox_is_read_whole_and_nothing_is_doubled(mbox):
    data = mbox.read_bytes()
    mbox.write_bytes(data[len(_message(0)) :] + _message(5))  # the first message removed

    again = run_import(mbox)

    assert not again.incremental
    assert (again.read, again.created["messages"], again.skipped["messages"]) == (5, 1, 4)
    assert len(_ids()) == 6


def test_a_replaced_file_is_read_whole(mbox, tmp_path):
    copy = tmp_path / "copy"
    shutil.copy(mbox, copy)
    with open(copy, "ab") as fh:
        fh.write(_message(5))
    copy.replace(mbox)  # a new file (a new inode) at the same path

    again = run_import(mbox)

    assert not again.incremental
    assert (again.read, again.created["messages"]) == (6, 1)


def test_a_preview_does_not_move_the_source_on(mbox):
    with open(mbox, "ab") as fh:
        fh.write(_message(5))

    seen = preview(mbox)
    again = run_import(mbox)

    assert seen.created["messages"] == again.created["messages"] == 1
    assert len(_ids()) == 6


def test_a_maildir_reads_only_new_files(database, fixture_path, me, tmp_path):
    run_import(fixture_path("contacts.vcf"))
    box = tmp_path / "Maildir"
    shutil.copytree(fixture_path("Maildir_flags"), box)
    (box / "tmp").mkdir(exist_ok=True)
    first = run_import(box, "mbox")
    assert first.read == 2

    nothing = run_import(box, "mbox")
    (box / "new" / "1711000000.M1P1.mailhost").write_bytes(_message(9).split(b"\n", 1)[1])
    more = run_import(box, "mbox")

    assert (nothing.incremental, nothing.read, nothing.created["messages"]) == (True, 0, 0)
    assert (more.incremental, more.read, more.created["messages"]) == (True, 1, 1)


def test_a_message_moved_into_a_maildir_with_an_old_file_time_is_read(
    database, fixture_path, me, tmp_path
):
    import os

    run_import(fixture_path("contacts.vcf"))
    box = tmp_path / "Maildir"
    shutil.copytree(fixture_path("Maildir_flags"), box)
    run_import(box, "mbox")
    elsewhere = tmp_path / "1600000000.M9P9.mailhost:2,S"
    elsewhere.write_bytes(_message(8).split(b"\n", 1)[1])
    os.utime(elsewhere, (1_600_000_000, 1_600_000_000))  # delivered long ago, elsewhere

    elsewhere.rename(box / "cur" / elsewhere.name)  # the mail program moves it in
    more = run_import(box, "mbox")

    assert (more.incremental, more.read, more.created["messages"]) == (True, 1, 1)
