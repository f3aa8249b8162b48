"""PostgreSQL as the store's second engine: what differs from a file (the version table, the refusal
of a newer schema, a server that is down, the command line given a URL, the derived-data twins).

The rest of the store suite runs on both engines through the `engine` parameter of `database`.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from clientfit.cli import main
from clientfit.store.database import (
    DatabaseError,
    NewerDatabaseError,
    close_database,
    db,
    open_database,
    schema_version,
)


@pytest.fixture
def url(pg_server):
    name = pg_server.create_database()
    yield pg_server.url(name)
    close_database()
    pg_server.drop_database(name)


def _version() -> int:
    return db.execute_sql("SELECT version FROM clientfit_schema").fetchone()[0]


def test_a_new_database_is_migrated_by_the_same_scripts_and_stamped_in_the_version_table(url):
    result = open_database(url)

    assert result.created and result.url == url and "postgresql" in str(result.path)
    assert _version() == schema_version()
    applied = {name for (name,) in db.execute_sql("SELECT name FROM schema_migration")}
    assert f"{schema_version():04d}" in {name[:4] for name in applied}
    assert {"client", "message", "signal_cache"} <= set(db.get_tables())
    close_database()

    again = open_database(url)
    assert not again.created and again.migrated_from is None


def test_a_schema_newer_than_the_app_is_refused_and_left_untouched(url):
    open_database(url)
    db.execute_sql("UPDATE clientfit_schema SET version = %s", (schema_version() + 1,))
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('mine', '1')")
    close_database()

    with pytest.raises(NewerDatabaseError, match="newer Clientfit"):
        open_database(url)

    import psycopg

    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT version FROM clientfit_schema").fetchone()[0] == (
            schema_version() + 1
        )
        assert conn.execute("SELECT value FROM setting WHERE key = 'mine'").fetchone()[0] == "1"


def test_a_database_of_another_program_is_refused(url):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE theirs (x integer)")

    with pytest.raises(DatabaseError, match="not a Clientfit database"):
        open_database(url)


def test_a_server_that_is_down_gets_a_clear_message_offering_the_local_database(tmp_path):
    down = f"postgresql://nobody:secret@/clientfit?host={tmp_path}&port=1"

    with pytest.raises(DatabaseError) as caught:
        open_database(down)

    message = str(caught.value)
    assert "Cannot open the PostgreSQL database" in message and "local database" in message
    assert "secret" not in message  # the password is never shown


def test_the_command_line_takes_a_url_in_db_and_in_clientfit_db(url, capsys, monkeypatch):
    assert main(["--db", url, "client", "add", "Acme AB"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CLIENTFIT_DB", url)

    assert main(["clients", "--json"]) == 0

    rows = json.loads(capsys.readouterr().out)
    assert [row["name"] for row in rows] == ["Acme AB"]


def test_a_text_over_its_limit_is_refused_with_the_same_message_as_on_sqlite(url):
    from peewee import PeeweeException

    from clientfit.store.models import Client
    from clientfit.store.text_limits import MAX_NAME, explain

    open_database(url)
    with pytest.raises(PeeweeException) as caught:
        Client.create(name="x" * (MAX_NAME + 1), name_key="x")

    assert explain(caught.value) == (
        f"client.name is longer than {MAX_NAME} characters; nothing was changed."
    )
    assert Client.select().count() == 0


def test_a_new_record_empties_its_clients_cached_signals_and_advances_the_data_version(url):
    from clientfit.store import signal_cache
    from clientfit.store.derived_models import SignalCache
    from clientfit.store.models import Client, Message

    open_database(url)
    a = Client.create(name="A", name_key="a")
    b = Client.create(name="B", name_key="b")
    for client in (a, b):
        SignalCache.insert(client=client, day=dt.date(2026, 6, 1), basis="x").execute()
    seen = signal_cache.data_version()

    Message.create(client=a, sent_at=dt.datetime(2026, 6, 1, 9), direction="in")

    kept = {cid for (cid,) in db.execute_sql("SELECT client_id FROM signal_cache")}
    assert kept == {b.id}
    assert signal_cache.data_version() != seen


def test_two_clientfits_opening_a_new_database_at_once_migrate_it_once(url):
    """The migration takes a pg_advisory_lock: the second waits, then finds it migrated."""
    command = [sys.executable, "-m", "clientfit.cli", "--db", url, "clients", "--json"]
    procs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120) for p in procs]

    assert [p.returncode for p in procs] == [0, 0, 0], results
    open_database(url)
    assert _version() == schema_version()


def test_a_backup_restores_the_database_as_it_was_and_keeps_the_state_it_replaced(url):
    from clientfit.store.backup import backup_database, list_backups
    from clientfit.store.models import Client
    from clientfit.store.restore import restore_database

    open_database(url)
    Client.create(name="Kept", name_key="kept")
    made = backup_database(url, reason="manual")
    Client.create(name="Later", name_key="later")
    close_database()

    result = restore_database(url, made)

    open_database(url)
    assert [c.name for c in Client.select()] == ["Kept"]
    assert made.suffix == ".dump" and made.stat().st_mode & 0o777 == 0o600
    assert {b.reason for b in list_backups(url)} == {"manual", "before-restore"}
    assert result.safety_backup is not None and result.safety_backup != made


def test_without_pg_dump_the_backup_is_the_json_dump(url, monkeypatch):
    import json

    import clientfit.intake.dump  # noqa: F401  (registers the JSON dump writer)
    from clientfit.store.backup import backup_database
    from clientfit.store.engines import postgres_backup
    from clientfit.store.models import Client

    monkeypatch.setattr(postgres_backup, "tool", lambda name: None)
    open_database(url)
    Client.create(name="Kept", name_key="kept")

    made = backup_database(url, reason="manual")

    assert made.suffix == ".json"
    tables = json.loads(made.read_text())["tables"]
    assert [c["name"] for c in tables["client"]] == ["Kept"]


def test_a_role_without_rights_gets_a_message_naming_the_missing_right(url, pg_server):
    import uuid

    import psycopg

    open_database(url)
    close_database()
    role = "r_" + uuid.uuid4().hex[:8]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    theirs = url.replace(f"{pg_server.superuser}@", f"{role}@", 1)

    with pytest.raises(DatabaseError) as caught:
        open_database(theirs)

    message = str(caught.value)
    assert "permission denied for table clientfit_schema" in message
    assert "create_database.sql" in message


def test_an_older_database_is_backed_up_then_migrated(url):
    import psycopg
    from playhouse.migrations import Runner

    from clientfit.store.backup import list_backups
    from clientfit.store.database import MIGRATIONS_DIR
    from clientfit.store.engines.postgres import ClientfitPostgres

    older = ClientfitPostgres(url)
    Runner(older, str(MIGRATIONS_DIR)).up(target="0008_erasure")
    older.execute_sql("CREATE TABLE clientfit_schema (one_row boolean PRIMARY KEY, version int)")
    older.execute_sql("INSERT INTO clientfit_schema VALUES (true, 8)")
    older.execute_sql("INSERT INTO client (name, name_key, status, currency, payment_terms_days, "
                      "disrespectful, created_at) VALUES ('Old', 'old', 'active', 'SEK', 30, "
                      "false, now())")  # fmt: skip
    older.close()

    result = open_database(url)

    assert result.migrated_from == 8 and _version() == schema_version()
    assert result.backup is not None and result.backup.suffix == ".dump"
    assert [b.reason for b in list_backups(url)] == [f"before-migration-8-to-{schema_version()}"]
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT name, row_version FROM client").fetchall() == [("Old", 1)]


def test_tls_is_required_for_a_server_elsewhere_and_verified_when_a_ca_is_given():
    from clientfit.store.engines.postgres_connect import connection_params

    none = lambda account: None  # noqa: E731

    assert connection_params("postgresql://anna@db.studio.example/clientfit", none) == {
        "sslmode": "require"
    }
    assert connection_params(
        "postgresql://anna@db.studio.example/clientfit?sslrootcert=/etc/ca.pem", none
    ) == {"sslmode": "verify-full"}
    assert connection_params("postgresql://anna@localhost/clientfit", none) == {}
    assert connection_params("postgresql://anna@/clientfit?host=/run/postgresql", none) == {}
    assert (
        connection_params("postgresql://anna@db.studio.example/clientfit?sslmode=disable", none)
        == {}
    )


def test_the_password_comes_from_the_keyring_unless_the_url_has_one():
    from clientfit.store.engines.postgres_connect import connection_params

    kept = {"anna@localhost:5433/clientfit": "from-keyring"}

    assert connection_params("postgresql://anna@localhost:5433/clientfit", kept.get) == {
        "password": "from-keyring"
    }
    assert connection_params("postgresql://anna:given@localhost:5433/clientfit", kept.get) == {}


def test_server_password_keeps_the_password_in_the_keyring(monkeypatch, capsys):
    import io

    import keyring
    from tests.memory_keyring import MemoryKeyring

    before, ring = keyring.get_keyring(), MemoryKeyring()
    keyring.set_keyring(ring)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    try:
        assert main(["server-password", "postgresql://anna@db.studio.example:5433/clientfit"]) == 0
    finally:
        keyring.set_keyring(before)

    assert ring.kept == {
        ("clientfit-postgresql", "anna@db.studio.example:5433/clientfit"): "s3cret"
    }
    assert "s3cret" not in capsys.readouterr().out
