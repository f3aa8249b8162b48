"""The contract register and the user's profile: stored inside the database, carried by the
migration from a path-only contract, by the JSON dump, and validated before anything is written."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest


def test_an_older_database_keeps_its_contract_path_in_the_register(db_path):
    from playhouse.migrations import Runner

    from clientfit.store.contracts import contract_of
    from clientfit.store.database import MIGRATIONS_DIR, close_database, db, open_database
    from clientfit.store.models import Client

    db.init(str(db_path), pragmas={"foreign_keys": 1})
    Runner(db, str(MIGRATIONS_DIR)).up(target="0002_signal_cache")
    db.execute_sql(
        "INSERT INTO client (name, name_key, status, currency, payment_terms_days, "
        "disrespectful, contract_path, created_at) VALUES "
        "('Acme', 'acme', 'active', 'SEK', 30, 0, '/docs/acme.pdf', '2026-01-01 00:00:00')"
    )
    db.execute_sql("PRAGMA user_version = 2")
    db.close()
    open_database(db_path)
    info = contract_of(Client.get().id)
    assert (info.file_name, info.size, info.notice_days) == ("/docs/acme.pdf", 0, None)
    close_database()


def test_set_contract_changes_only_what_is_given_and_checks_the_dates(database):
    from clientfit.store.clients import ValidationError, add_client
    from clientfit.store.contracts import contract_file, contract_of, set_contract

    client = add_client("Acme")
    assert contract_of(client) is None
    set_contract(client, file=("a.pdf", b"abc"), notice_days=30, starts_on=dt.date(2026, 1, 1))
    set_contract(client, clause="§ 4")
    info = contract_of(client)
    assert (info.file_name, info.size, info.notice_days, info.clause) == ("a.pdf", 3, 30, "§ 4")
    assert contract_file(client) == ("a.pdf", b"abc")
    with pytest.raises(ValidationError, match="ends before it starts"):
        set_contract(client, ends_on=dt.date(2025, 12, 31), notice_days=90)
    assert contract_of(client).notice_days == 30  # the refused change left everything as it was
    with pytest.raises(ValidationError):
        set_contract(client, notice_days=9999)


def test_the_json_dump_carries_the_signed_file(database, db_path, tmp_path):
    from clientfit.intake.dump import export_json
    from clientfit.store.clients import add_client
    from clientfit.store.contracts import set_contract
    from clientfit.store.database import close_database

    client = add_client("Acme")
    payload = bytes(range(256)) * 4
    set_contract(client, file=("avtal.pdf", payload), rights="Portfolio use allowed.")
    dump = tmp_path / "dump.json"
    export_json(dump)
    close_database()
    from clientfit.cli import main

    fresh = tmp_path / "fresh.db"
    assert main(["--db", str(fresh), "import", "json", str(dump)]) in (0, 1)
    with sqlite3.connect(fresh) as con:
        assert con.execute("SELECT file_name, data, rights FROM contract").fetchone() == (
            "avtal.pdf",
            payload,
            "Portfolio use allowed.",
        )


def test_the_profile_is_validated_and_builds_the_letterhead(database):
    from clientfit.store.clients import ValidationError
    from clientfit.store.profile import profile, set_profile

    assert profile().sign_off() == ""
    set_profile(name="Per  Frilans", business="Frilans AB", address="Storgatan 1\n111 22 Sthlm")
    mine = profile()
    assert mine.name == "Per Frilans"
    assert mine.letterhead() == ["Frilans AB", "Per Frilans", "Storgatan 1", "111 22 Sthlm"]
    assert mine.sign_off() == "Per Frilans\nFrilans AB"
    with pytest.raises(ValidationError):
        set_profile(email="not an address", name="Changed")
    assert profile().name == "Per Frilans"  # nothing half-written
