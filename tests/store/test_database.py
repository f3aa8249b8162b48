"""Opening, versioning and migrating the database file."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from peewee import IntegrityError
from playhouse.schema_diff import diff_models

from clientfit.store import models as m
from clientfit.store.database import (
    DatabaseError,
    NewerDatabaseError,
    close_database,
    db,
    open_database,
    schema_version,
)
from clientfit.store.derived_models import DERIVED_MODELS, SignalCache
from clientfit.store.fileguard import APPLICATION_ID
from clientfit.store.source_models import SOURCE_MODELS


def test_new_database_is_created_in_wal_mode_with_foreign_keys_and_a_version(db_path):
    result = open_database(db_path)
    assert result.created
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("user_version") == schema_version() >= 1
    close_database()


def test_migrations_build_exactly_the_schema_the_models_describe(database):
    assert not diff_models(database, m.ALL_MODELS + DERIVED_MODELS + SOURCE_MODELS)


def test_database_from_a_newer_clientfit_is_refused_and_left_byte_for_byte_untouched(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE t (x)")
    con.execute(f"PRAGMA user_version = {schema_version() + 5}")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # Clientfit's own file
    con.commit()
    con.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer Clientfit"):
        open_database(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not (db_path.parent / (db_path.name + "-wal")).exists()


def test_a_file_that_is_not_a_database_is_refused_with_its_name(db_path):
    db_path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match=str(db_path.name)):
        open_database(db_path)


def test_foreign_keys_cascade_from_client_to_its_records(database):
    c = m.Client.create(name="Acme", name_key="acme")
    m.Note.create(client=c, body="hello")
    c.delete_instance()
    assert m.Note.select().count() == 0


def test_client_names_are_unique_ignoring_case_and_space(database):
    m.Client.create(name="Acme", name_key=m.name_key("Acme"))
    with pytest.raises(IntegrityError):
        m.Client.create(name=" ACME ", name_key=m.name_key(" ACME "))


def test_money_round_trips_through_minor_units():
    from decimal import Decimal

    assert m.to_minor("20160.0") == 2016000
    assert m.from_minor(2016050) == Decimal("20160.50")
    assert m.to_minor(Decimal("0.005")) == 1


def test_a_transaction_that_reads_then_writes_survives_a_background_writer(database):
    """Without BEGIN IMMEDIATE this fails with "database is locked" (SQLite's busy snapshot)."""
    import threading
    import time

    client = m.Client.create(name="Acme", name_key="acme")
    errors = []

    def background_writer():
        try:
            m.Note.create(client=client.id, body="written by a worker thread")
        except Exception as exc:  # reported below
            errors.append(exc)
        finally:
            database.close()

    with database.atomic():
        assert m.Client.select().count() == 1  # a read: the transaction now has a snapshot
        worker = threading.Thread(target=background_writer)
        worker.start()
        time.sleep(0.3)  # the worker writes (or, correctly, waits for us) meanwhile
        m.Client.update(payment_terms_days=45).execute()
    worker.join()
    assert errors == []
    assert m.Client.get().payment_terms_days == 45
    assert m.Note.select().count() == 1


def test_every_signal_cache_trigger_is_there_and_a_missing_one_is_remade_at_open(db_path):
    from clientfit.store import signal_triggers

    open_database(db_path)
    assert signal_triggers.present(db) == set(signal_triggers.definitions())
    assert len(signal_triggers.definitions()) == 21
    assert db.pragma("recursive_triggers") == 1  # INSERT OR REPLACE fires the DELETE triggers
    m.Client.create(name="Acme", name_key="acme", created_at=m.utcnow())
    db.execute_sql(
        "INSERT INTO signal_cache (client_id, day, basis, inbound, after_hours, asks_change, "
        "inbound_long, short_billable_s, long_s, tenure_days, invoiced_s, paid_on_due, "
        "late_weighted, overdue, overdue_weighted, open_not_due, invoices, received, "
        "deliverables, rounds, considered, revenue, due_count, inbound_days) "
        "VALUES (1, '2026-01-01', 'x', " + ", ".join("0" * 21) + ")"
    )
    db.execute_sql("DROP TRIGGER signal_cache_payment_insert")  # as a table rebuild would
    close_database()
    open_database(db_path)
    assert signal_triggers.present(db) == set(signal_triggers.definitions())
    assert SignalCache.select().count() == 0  # could be stale: emptied
    close_database()
