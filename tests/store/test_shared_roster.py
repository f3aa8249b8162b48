"""Several people, one roster: record versions, private notes (both engines), and on PostgreSQL
two processes - one edits, the other hears it and is told who changed what when it saves."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid

import pytest

from clientfit.store import record_versions
from clientfit.store.clients import add_client, add_note, notes_of, update_client
from clientfit.store.models import Client
from clientfit.store.record_versions import EditConflict


def test_saving_over_a_newer_edit_is_refused_naming_who_and_when(database, monkeypatch):
    mine = add_client("Acme AB")
    seen = Client.get_by_id(mine.id).row_version
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "bea")
    update_client(Client.get_by_id(mine.id), gut=2, seen_version=seen)  # Bea, elsewhere
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "anna")

    with pytest.raises(EditConflict, match=r"changed by bea at \d\d:\d\d — reload or overwrite"):
        update_client(mine, gut=5, seen_version=seen)

    assert Client.get_by_id(mine.id).gut == 2  # Bea's edit stands
    update_client(mine, gut=5, seen_version=seen, overwrite=True)
    saved = Client.get_by_id(mine.id)
    assert saved.gut == 5 and saved.changed_by == "anna" and saved.row_version == seen + 2


def test_a_save_on_the_version_shown_goes_through_and_moves_the_version_on(database):
    mine = add_client("Acme AB")
    seen = mine.row_version

    update_client(mine, terms=10, seen_version=seen)

    assert Client.get_by_id(mine.id).row_version == seen + 1 == mine.row_version


def test_a_private_note_is_shown_to_its_author_alone(database, monkeypatch):
    client = add_client("Acme AB")
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "anna")
    add_note(client, "shared with the studio")
    add_note(client, "Anna's own thoughts", private=True)

    assert {n.body for n in notes_of(client)} == {"shared with the studio", "Anna's own thoughts"}
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "bea")
    assert [n.body for n in notes_of(client)] == ["shared with the studio"]


@pytest.fixture
def shared(pg_server):
    """A migrated database on the test server and a second person's role (`bea`)."""
    import psycopg

    from clientfit.store.database import close_database, open_database

    name = pg_server.create_database()
    url = pg_server.url(name)
    open_database(url)
    close_database()
    bea = "bea_" + uuid.uuid4().hex[:6]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {bea} LOGIN")
        conn.execute(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {bea}"
        )
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {bea}")
    yield url, bea, url.replace(f"{pg_server.superuser}@", f"{bea}@", 1)
    close_database()
    pg_server.drop_database(name)


def test_two_processes_one_hears_the_others_edit_and_is_told_who_changed_it(shared):
    from clientfit.store.database import open_database
    from clientfit.store.engines.postgres_listen import ChangeListener

    url, bea, bea_url = shared
    open_database(url)
    mine = add_client("Acme AB")
    seen = mine.row_version
    listener = ChangeListener(url)
    other = textwrap.dedent(
        f"""
        from clientfit.store.database import open_database
        from clientfit.store.clients import update_client
        from clientfit.store.models import Client
        open_database({bea_url!r})
        update_client(Client.get_by_id({mine.id}), gut=2, seen_version={seen})
        """
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", other], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        heard = listener.wait(timeout=10)
    finally:
        listener.close()

    assert "client" in heard
    with pytest.raises(EditConflict, match=rf"changed by {bea} at \d\d:\d\d — reload or overwrite"):
        update_client(mine, gut=5, seen_version=seen)
    assert Client.get_by_id(mine.id).gut == 2


def test_on_postgresql_a_private_note_is_hidden_from_other_roles_even_in_raw_sql(shared):
    import psycopg

    from clientfit.store.database import open_database

    url, _bea, bea_url = shared
    open_database(url)
    client = add_client("Acme AB")
    add_note(client, "shared")
    add_note(client, "the owner's own", private=True)

    with psycopg.connect(bea_url) as conn:
        seen = [r[0] for r in conn.execute("SELECT body FROM note ORDER BY id")]

    assert seen == ["shared"]


def _write_mbox(path, count: int) -> None:
    """`count` short messages from Acme's address, each with its own Message-ID."""
    import mailbox
    from email.message import EmailMessage

    box = mailbox.mbox(path)
    for n in range(count):
        msg = EmailMessage()
        msg["From"] = "kund@acme.example"
        msg["To"] = "me@studio.example"
        msg["Subject"] = f"Question {n}"
        msg["Date"] = f"Mon, 01 Jun 2026 09:{n % 60:02d}:00 +0000"
        msg["Message-ID"] = f"<m{n}@acme.example>"
        msg.set_content("Hello")
        box.add(msg)
    box.flush()


def test_two_people_importing_the_same_mbox_at_once_store_each_message_once(shared, tmp_path):
    """Imports take an advisory lock of their own: the second waits, then finds them stored."""

    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Message

    url, _bea, bea_url = shared
    open_database(url)
    add_client("Acme AB", email="kund@acme.example")
    close_database()
    _write_mbox(tmp_path / "in.mbox", 3000)
    command = [
        sys.executable, "-m", "clientfit.cli", "--db", "{}", "import", "mbox",
        str(tmp_path / "in.mbox"), "--me", "me@studio.example",
    ]  # fmt: skip
    procs = [
        subprocess.Popen(
            [a.replace("{}", target) for a in command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for target in (url, bea_url)
    ]
    outcomes = [p.communicate(timeout=300) for p in procs]

    assert all(p.returncode in (0, 1) for p in procs), outcomes
    open_database(url)
    ids = [m.message_id for m in Message.select(Message.message_id)]
    assert len(ids) == len(set(ids)) and len(ids) > 0


def test_a_connection_dropped_mid_import_rolls_back_and_a_retry_works(shared, tmp_path):
    import time

    import psycopg

    from clientfit.store.database import close_database, open_database
    from clientfit.store.models import Message

    url, _bea, _bea_url = shared
    open_database(url)
    add_client("Acme AB", email="kund@acme.example")
    close_database()
    _write_mbox(tmp_path / "in.mbox", 4000)
    command = [
        sys.executable, "-m", "clientfit.cli", "--db", url, "import", "mbox",
        str(tmp_path / "in.mbox"), "--me", "me@studio.example",
    ]  # fmt: skip
    importing = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with psycopg.connect(url, autocommit=True) as admin:
        killed = False
        deadline = time.monotonic() + 120
        while not killed and time.monotonic() < deadline and importing.poll() is None:
            killed = bool(
                admin.execute(  # the import's session, once it holds its advisory lock
                    "SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a "
                    "JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' "
                    "WHERE a.pid <> pg_backend_pid() AND a.datname = current_database() "
                    "AND a.xact_start IS NOT NULL"  # inside the import's transaction
                ).fetchall()
            )
    out, err = importing.communicate(timeout=120)

    assert killed and importing.returncode == 2, (out, err)
    assert "nothing was changed" in err and "Traceback" not in err
    open_database(url)
    assert Message.select().count() == 0
    close_database()

    retry = subprocess.run(command, capture_output=True, text=True, timeout=300)

    assert retry.returncode == 0, retry.stderr
    open_database(url)
    assert Message.select().count() == 4000


def test_a_plain_save_of_a_stale_client_never_puts_back_an_older_version(database, monkeypatch):
    """Renaming through a loaded, stale instance must not hide someone else's newer edit."""
    stale = add_client("Acme AB")
    seen = stale.row_version
    monkeypatch.setattr(record_versions, "who_am_i", lambda: "bea")
    update_client(Client.get_by_id(stale.id), gut=2, seen_version=seen)

    with pytest.raises(EditConflict, match="changed by bea"):
        update_client(stale, name="Acme Group AB", seen_version=seen)

    saved = Client.get_by_id(stale.id)
    assert (saved.name, saved.gut, saved.row_version) == ("Acme AB", 2, seen + 1)
