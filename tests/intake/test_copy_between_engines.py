"""clientfit-cli copy: a SQLite file to PostgreSQL and back, whole, in one transaction, verified."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine

from clientfit.cli import main
from clientfit.intake import copy as copy_module
from clientfit.intake.dump import export_json
from clientfit.store.database import close_database, open_database

DAY = dt.datetime(2026, 6, 30, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def url(pg_server):
    name = pg_server.create_database()
    yield pg_server.url(name)
    close_database()
    pg_server.drop_database(name)


@pytest.fixture
def demo_file(tmp_path):
    path = tmp_path / "demo.db"
    with time_machine.travel(DAY, tick=False):
        assert main(["--db", str(path), "demo"]) == 0
    return path


def _dump(target, tmp_path, name):
    open_database(target)
    try:
        out = tmp_path / name
        counts = export_json(out)
    finally:
        close_database()
    return counts, copy_module.checksum(out)


def test_a_file_goes_to_postgresql_and_back_unchanged(demo_file, url, tmp_path, capsys):
    capsys.readouterr()
    assert main(["copy", "--from", str(demo_file), "--to", url, "--json"]) == 0
    there = json.loads(capsys.readouterr().out)
    back = tmp_path / "back.db"
    assert main(["copy", "--from", url, "--to", str(back), "--json"]) == 0
    home = json.loads(capsys.readouterr().out)

    original = _dump(demo_file, tmp_path, "a.json")
    returned = _dump(back, tmp_path, "b.json")
    assert there["tables"]["client"] == 8 and there["tables"]["message"] > 0
    assert there["checksum"] == home["checksum"] == original[1] == returned[1]
    assert original[0] == returned[0] == there["tables"]
    assert "secret" not in there["target"]


def test_new_records_on_postgresql_get_ids_after_the_copied_ones(demo_file, url, capsys):
    assert main(["copy", "--from", str(demo_file), "--to", url]) == 0
    capsys.readouterr()

    assert main(["--db", url, "client", "add", "Newcomer AB"]) == 0
    assert main(["--db", url, "clients", "--json"]) == 0

    assert "Newcomer AB" in capsys.readouterr().out


def test_a_target_that_holds_records_is_refused_and_left_alone(demo_file, url, capsys):
    assert main(["--db", url, "client", "add", "Mine AB"]) == 0
    capsys.readouterr()

    assert main(["copy", "--from", str(demo_file), "--to", url]) == 2

    assert "already holds records" in capsys.readouterr().err
    assert main(["--db", url, "clients", "--json"]) == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Mine AB"]


def test_a_copy_that_does_not_verify_is_rolled_back(demo_file, url, capsys, monkeypatch):
    real = copy_module.checksum
    calls = []

    def tampered(path):
        calls.append(path)
        return real(path) if len(calls) == 1 else "0" * 64  # the target's dump "differs"

    monkeypatch.setattr(copy_module, "checksum", tampered)

    assert main(["copy", "--from", str(demo_file), "--to", url]) == 2

    assert "does not match" in capsys.readouterr().err
    assert main(["--db", url, "clients", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
