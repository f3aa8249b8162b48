"""Local mail sources kept current: a Maildir or mbox folder read by File → Import's rules, only
what changed, and nothing at all when nothing changed; bad input reported, the last good state kept."""

from __future__ import annotations

import pytest
from tests.intake.sync_helpers import deliver, make_maildir, mbox_message, message

from clientfit.intake import run_import
from clientfit.intake import runner as runner_module
from clientfit.intake.discover import discover
from clientfit.intake.sources import SourceError, add_local, list_sources, remove_source
from clientfit.intake.sync import find_past_mail, sync_sources
from clientfit.store.models import Client, Message
from clientfit.store.source_models import SyncSource


@pytest.fixture
def lind(database, fixture_path, me):
    """Lind & Co (anna.lind@lindco.se) and the others of contacts.vcf; eva@studio.se is the user."""
    run_import(fixture_path("contacts.vcf"))
    return Client.get(Client.name.contains("Lind"))


def _ids() -> list[str]:
    return sorted(m for (m,) in Message.select(Message.message_id).tuples())


def _no_reading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a mail file was read")

    monkeypatch.setattr(runner_module, "run_import", refuse)


def test_a_maildir_folder_is_read_then_only_new_mail_and_nothing_when_nothing_changed(
    lind, tmp_path, monkeypatch
):
    inbox = make_maildir(tmp_path / "Mail" / "INBOX")
    trash = make_maildir(tmp_path / "Mail" / "Trash")
    for n in range(3):
        deliver(inbox, n)
    deliver(trash, 9)  # thrown away: never read
    source = add_local("maildir", tmp_path / "Mail")

    (first,) = sync_sources()
    assert (first.new_messages, first.read, first.error) == (3, 3, None)
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>", "<sync2@lindco.se>"]

    with monkeypatch.context() as m:
        _no_reading(m)
        (idle,) = sync_sources()
    assert idle.unchanged and idle.new_messages == 0

    deliver(inbox, 3)
    (again,) = sync_sources()
    assert (again.new_messages, again.read) == (1, 1)
    assert SyncSource.get_by_id(source.id).synced_at is not None


def test_a_thunderbird_mail_folder_reads_its_mbox_files_and_goes_on_from_the_last_message(
    lind, tmp_path
):
    account = tmp_path / "Local Folders"
    account.mkdir()
    (account / "Inbox").write_bytes(mbox_message(0) + mbox_message(1))
    (account / "Inbox.msf").write_bytes(b'// <!-- <mdb:mork:z v="1.4"/> -->')
    (account / "Trash").write_bytes(mbox_message(8))
    (account / "Sent").write_bytes(b"")  # nothing sent yet
    add_local("mbox", account)

    (first,) = sync_sources()
    assert (first.new_messages, first.error, first.rejected) == (2, None, [])

    with open(account / "Inbox", "ab") as fh:
        fh.write(mbox_message(2))
    (again,) = sync_sources()
    # read on from the last message read: it and the new one, nothing else
    assert (again.new_messages, again.read) == (1, 2)
    assert "<sync8@lindco.se>" not in _ids()


def test_adding_a_source_that_is_not_there_or_holds_no_mail_writes_nothing(database, tmp_path):
    with pytest.raises(SourceError, match="no such file or folder"):
        add_local("maildir", tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="no Maildir here"):
        add_local("maildir", tmp_path / "empty")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(SourceError, match="no mbox file here"):
        add_local("mbox", tmp_path / "notes.txt")
    assert list_sources() == []


def test_a_source_folder_that_disappears_is_reported_and_the_mail_read_is_kept(lind, tmp_path):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    source = add_local("maildir", inbox)
    sync_sources()
    (inbox / "new").rename(tmp_path / "elsewhere")
    for sub in ("cur", "tmp"):
        (inbox / sub).rmdir()
    inbox.rmdir()

    (result,) = sync_sources()

    assert "is no longer there" in result.error and str(inbox) in result.error
    row = SyncSource.get_by_id(source.id)
    assert row.last_error == result.error and row.synced_at is not None
    assert _ids() == ["<sync0@lindco.se>"]


def test_garbage_files_in_a_maildir_are_named_and_the_good_mail_goes_in(lind, tmp_path):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    (inbox / "new" / "1711958999.garbage.host").write_bytes(b"\x00\x01 not mail at all \xff\n")
    deliver(inbox, 1)
    add_local("maildir", inbox)

    (result,) = sync_sources()

    assert result.new_messages == 2
    assert result.rejected_total == 1
    assert "1711958999" in result.rejected[0]


def test_an_mbox_being_written_is_read_up_to_its_last_whole_message_and_the_rest_next_time(
    lind, tmp_path
):
    inbox = tmp_path / "Inbox"
    whole = mbox_message(1)
    inbox.write_bytes(mbox_message(0) + whole[:60])  # the mail program is halfway through
    add_local("mbox", inbox)

    (first,) = sync_sources()
    assert (first.new_messages, first.rejected, first.error) == (1, [], None)
    assert any("still being written" in n for n in first.notes)

    inbox.write_bytes(mbox_message(0) + whole)
    (second,) = sync_sources()
    assert (second.new_messages, second.rejected) == (1, [])
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>"]


def test_a_client_added_after_its_mail_was_read_gets_its_past_mail_at_the_next_sync(lind, tmp_path):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    deliver(inbox, 1, sender="olle@nykund.se")  # nobody's, yet
    add_local("maildir", inbox)
    sync_sources()
    assert _ids() == ["<sync0@lindco.se>"]

    from clientfit.store.clients import add_client

    add_client("Nykund AB", email="olle@nykund.se")
    (result,) = sync_sources()

    assert result.new_messages == 1
    assert "<sync1@lindco.se>" in _ids()


def test_find_past_mail_reads_every_source_again_for_one_client(lind, tmp_path):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0, sender="olle@nykund.se")
    add_local("maildir", inbox)
    sync_sources()
    from clientfit.store.clients import add_client

    client = add_client("Nykund AB", email="olle@nykund.se")
    (result,) = find_past_mail(client.id)
    assert result.new_messages == 1


def test_removing_a_source_keeps_the_mail_it_brought(lind, tmp_path):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    source = add_local("maildir", inbox)
    sync_sources()
    remove_source(source.id)
    assert list_sources() == [] and _ids() == ["<sync0@lindco.se>"]


def test_thunderbird_profiles_and_maildirs_are_found_for_the_user_to_pick(database, tmp_path):
    home = tmp_path / "home"
    profile = home / ".thunderbird" / "abcd.default-release"
    (profile / "ImapMail" / "imap.example.com").mkdir(parents=True)
    (profile / "ImapMail" / "imap.example.com" / "INBOX").write_bytes(mbox_message(0))
    (profile / "Mail" / "Local Folders").mkdir(parents=True)
    (profile / "Mail" / "Local Folders" / "Inbox").write_bytes(mbox_message(1))
    make_maildir(home / "Maildir")
    make_maildir(home / "Maildir" / ".Sent")
    add_local("maildir", home / "Maildir")

    found = {(c.kind, c.what, c.added) for c in discover(home)}

    assert found == {
        ("mbox", "Thunderbird (ImapMail)", False),
        ("mbox", "Thunderbird (Mail)", False),
        ("maildir", "Maildir", True),
    }


def test_new_mail_in_a_big_maildir_lists_only_the_folder_it_arrived_in(lind, tmp_path, monkeypatch):
    inbox = make_maildir(tmp_path / "Mail")
    for n in range(3):  # mail already read by the mail program: in cur/
        (inbox / "cur" / f"{1711950000 + n}.M{n}.host:2,S").write_bytes(message(n))
    add_local("maildir", inbox)
    sync_sources()
    import os

    listed: list[str] = []
    real = os.scandir

    def spy(path):
        listed.append(os.path.basename(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", spy)
    deliver(inbox, 7)

    (result,) = sync_sources()

    assert result.new_messages == 1
    assert "new" in listed and "cur" not in listed  # the read mail in cur/ was not listed again
