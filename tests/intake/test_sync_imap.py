"""IMAP sources against a real IMAP server in the test process (pymap, TLS from a throw-away
certificate): read-only, incremental by UID, UIDVALIDITY handled, a dropped connection survived,
a wrong password refused plainly, and only the first text part of a huge message fetched."""

from __future__ import annotations

import pytest
from tests.intake.imap_server import PASSWORD, USER
from tests.intake.sync_helpers import message

from clientfit.intake import imapsync, run_import
from clientfit.intake.sources import ImapAccount, SourceError, add_imap, list_sources
from clientfit.intake.sync import sync_sources
from clientfit.store.models import Message
from clientfit.store.source_models import ImapFolder, SyncSource


@pytest.fixture
def clients(database, fixture_path, me):
    run_import(fixture_path("contacts.vcf"))  # Lind & Co: anna.lind@lindco.se


def _account(server, **kwargs) -> ImapAccount:
    values = {
        "host": "127.0.0.1",
        "user": USER,
        "port": server.proxy.port,
        "ca_file": str(server.cert),
    }
    values.update(kwargs)
    return ImapAccount(**values)


def _add(server, password: str = PASSWORD, **kwargs):
    return add_imap(_account(server, **kwargs), password, check=imapsync.check_login)


def _ids() -> list[str]:
    return sorted(m for (m,) in Message.select(Message.message_id).tuples())


def _spy(monkeypatch) -> list:
    """Every folder opened and every fetch asked for, as the client sent them."""
    from imapclient import IMAPClient

    seen: list = []
    select, fetch = IMAPClient.select_folder, IMAPClient.fetch

    def spy_select(self, folder, readonly=False):
        seen.append(("select", folder, readonly))
        return select(self, folder, readonly)

    def spy_fetch(self, messages, data, modifiers=None):
        seen.append(("fetch", tuple(data)))
        return fetch(self, messages, data, modifiers)

    monkeypatch.setattr(IMAPClient, "select_folder", spy_select)
    monkeypatch.setattr(IMAPClient, "fetch", spy_fetch)
    return seen


def test_the_first_sync_reads_inbox_and_sent_read_only_then_only_what_is_new(
    clients, imap_server, memory_keyring, monkeypatch
):
    imap_server.append("INBOX", message(0), message(1), message(2, sender="news@shop.example"))
    imap_server.append(
        "Sent",
        message(3, sender="eva@studio.se").replace(
            b"To: eva@studio.se", b"To: anna.lind@lindco.se"
        ),
    )
    imap_server.append("Archive", message(4))  # not picked: never read
    source = _add(imap_server)
    seen = _spy(monkeypatch)

    (first,) = sync_sources()

    assert first.error is None
    # EXAMINE only, BODY.PEEK only: the sync never changes anything on the server
    assert {s for s in seen if s[0] == "select"} == {
        ("select", "INBOX", True),
        ("select", "Sent", True),
    }
    fetched = [item for s in seen if s[0] == "fetch" for item in s[1]]
    assert fetched and all(not i.startswith("BODY[") and "RFC822" not in i for i in fetched)
    assert (first.new_messages, first.read, first.not_matched) == (3, 4, 1)
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>", "<sync3@lindco.se>"]
    out = Message.get(Message.message_id == "<sync3@lindco.se>")
    assert (out.direction, out.source) == ("out", "imap")
    with imap_server.client() as c:  # EXAMINE and BODY.PEEK: nothing was marked read
        c.select_folder("INBOX", readonly=True)
        assert all(b"\\Seen" not in f for f in c.get_flags(c.search()).values())
    assert {f.name for f in ImapFolder.select()} == {"INBOX", "Sent"}
    assert SyncSource.get_by_id(source.id).synced_at is not None

    imap_server.append("INBOX", message(5), message(6))
    (again,) = sync_sources()
    assert (again.new_messages, again.read) == (2, 2)

    seen.clear()
    (idle,) = sync_sources()
    assert (idle.new_messages, idle.read, idle.error) == (0, 0, None)
    assert not [s for s in seen if s[0] == "fetch"]  # nothing new: nothing fetched


def test_what_is_new_is_fetched_by_uid_without_a_search_and_an_expunged_one_is_skipped(
    clients, imap_server, memory_keyring, monkeypatch
):
    from imapclient import IMAPClient

    imap_server.append("INBOX", message(0))
    _add(imap_server, folders=("INBOX",))
    sync_sources()
    imap_server.append("INBOX", message(1), message(2), message(3))
    with imap_server.client() as c:  # one of the new ones is gone before the next sync
        c.select_folder("INBOX")
        (gone,) = [u for u, d in c.fetch(c.search(), ["ENVELOPE"]).items() if b"sync2" in
                   d[b"ENVELOPE"].message_id]  # fmt: skip
        c.delete_messages([gone])
        c.expunge()
    searches: list = []
    search = IMAPClient.search
    monkeypatch.setattr(
        IMAPClient, "search", lambda self, *a, **k: searches.append(a) or search(self, *a, **k)
    )

    (again,) = sync_sources()

    assert (again.error, again.read, again.new_messages) == (None, 2, 2)
    assert searches == []  # the UIDs given out since the last read, fetched as they are
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>", "<sync3@lindco.se>"]


@pytest.mark.sqlite_only  # reads the SQLite file's bytes
def test_the_password_is_in_the_keyring_and_nowhere_in_the_database(
    clients, imap_server, memory_keyring, db_path
):
    _add(imap_server)
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    from clientfit.store.database import db

    db.execute_sql("PRAGMA wal_checkpoint(FULL)")
    assert PASSWORD.encode() not in db_path.read_bytes()


def test_a_wrong_password_is_refused_plainly_and_nothing_is_written(
    clients, imap_server, memory_keyring
):
    with pytest.raises(SourceError, match="refused the user name or password"):
        _add(imap_server, password="wrong")
    assert list_sources() == [] and memory_keyring.kept == {}

    imap_server.append("INBOX", message(0))
    source = _add(imap_server)
    memory_keyring.kept = {k: "changed-on-the-server" for k in memory_keyring.kept}
    (result,) = sync_sources()
    assert "refused the user name or password" in result.error
    assert _ids() == []
    assert SyncSource.get_by_id(source.id).last_error == result.error


def test_a_new_uidvalidity_reads_the_folder_again_without_doubling_anything(
    clients, imap_server, memory_keyring
):
    imap_server.append("Kunder", message(0), message(1))
    _add(imap_server, folders=("Kunder",))
    sync_sources()
    before = ImapFolder.get().uidvalidity

    imap_server.recreate("Kunder")
    imap_server.append("Kunder", message(0), message(1), message(2))
    (result,) = sync_sources()

    assert ImapFolder.get().uidvalidity != before
    assert any("UIDVALIDITY" in n for n in result.notes)
    assert (result.read, result.new_messages) == (3, 1)
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>", "<sync2@lindco.se>"]


def _cut_after_first_batch(monkeypatch, server):
    real = imapsync.fetch_records
    calls = {"n": 0}

    def fetch(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            server.proxy.cut_after = 40  # inside the next fetch's answer
        return real(*args, **kwargs)

    monkeypatch.setattr(imapsync, "fetch_records", fetch)
    monkeypatch.setattr(imapsync, "BATCH_UIDS", 2)


def test_a_connection_dropped_mid_fetch_is_opened_again_and_the_sync_goes_on(
    clients, imap_server, memory_keyring, monkeypatch
):
    imap_server.append("INBOX", *(message(n) for n in range(6)))
    _add(imap_server, folders=("INBOX",))
    _cut_after_first_batch(monkeypatch, imap_server)

    (result,) = sync_sources()

    assert imap_server.proxy.cuts == 1
    assert result.error is None
    assert any("reconnected" in n for n in result.notes)
    assert result.new_messages == 6
    assert len(_ids()) == 6


def test_a_connection_that_stays_down_keeps_the_whole_batches_and_goes_on_next_time(
    clients, imap_server, memory_keyring, monkeypatch
):
    imap_server.append("INBOX", *(message(n) for n in range(6)))
    _add(imap_server, folders=("INBOX",))
    _cut_after_first_batch(monkeypatch, imap_server)
    monkeypatch.setattr(imapsync, "RECONNECTS", 0)

    (broken,) = sync_sources()

    assert "connection was lost" in broken.error
    assert _ids() == ["<sync0@lindco.se>", "<sync1@lindco.se>"]  # the first batch, whole
    monkeypatch.undo()  # the connection holds again
    (resumed,) = sync_sources()
    assert (resumed.error, resumed.read, resumed.new_messages) == (None, 4, 4)
    assert len(_ids()) == 6


def test_of_a_huge_message_only_the_first_text_part_is_fetched(
    clients, imap_server, memory_keyring
):
    attachment = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n" * 140_000  # about 5 MB
    huge = (
        message(0, subject="Omslaget").replace(b"\n\nText 0.\n", b"\n").rstrip(b"\n")
        + b'\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Hej Eva, det \xc3\xa4r inte riktigt det vi t\xc3\xa4nkt oss.\n"
        b"--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\n"
        b"Content-Transfer-Encoding: base64\n\n" + attachment + b"--b--\n"
    )
    imap_server.append("INBOX", huge)
    _add(imap_server, folders=("INBOX",))
    sent_before = imap_server.proxy.sent

    (result,) = sync_sources()

    assert result.new_messages == 1
    assert imap_server.proxy.sent - sent_before < 100_000  # of 5 MB
    stored = Message.get()
    assert stored.not_quite  # the text part was read ...
    assert "inte riktigt" in stored.excerpt  # ... and only its excerpt kept


def test_starttls_on_a_plain_port_and_a_certificate_that_cannot_be_verified(
    clients, imap_server, memory_keyring
):
    imap_server.append("INBOX", message(0))
    with pytest.raises(SourceError, match="certificate could not be verified"):
        _add(imap_server, ca_file=None)
    assert list_sources() == []

    _add(imap_server, port=imap_server.starttls_port, starttls=True)
    (result,) = sync_sources()
    assert (result.error, result.new_messages) == (None, 1)


def test_a_server_that_answers_nonsense_is_named_and_nothing_is_written(
    clients, imap_server, memory_keyring
):
    from tests.intake.imap_server import NonsenseServer

    nonsense = NonsenseServer(imap_server.cert, imap_server.key)
    try:
        add_imap(
            _account(imap_server, port=nonsense.port, folders=("INBOX",)),
            PASSWORD,
            check=imapsync.check_login,
        )
        (result,) = sync_sources()
    finally:
        nonsense.close()

    assert "sent a response Clientfit cannot read" in result.error
    assert "127.0.0.1" in result.error
    assert _ids() == []
    assert ImapFolder.get().last_uid == 0  # the last good state: nothing read yet
