"""`clientfit-cli today`, `today done`, `today snooze` and `client set --keep-in-touch`, as typed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import time_machine

from clientfit.cli import main

NOW = dt.datetime(2026, 6, 30, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def cli(db_path, stockholm, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    with time_machine.travel(NOW, tick=False):
        run("client", "add", "Slowpay AB")
        run("client", "add", "Quiet Co")
        from clientfit.store.database import close_database, open_database
        from clientfit.store.models import Client, Invoice

        open_database(db_path)
        Invoice.create(
            client=Client.get(Client.name == "Slowpay AB"),
            number="S-1",
            issued_on=dt.date(2026, 5, 1),
            due_on=dt.date(2026, 6, 1),
            total_minor=500_000,
            currency="SEK",
        )
        close_database()
        yield run


def test_today_json_is_the_contract(cli):
    code, out, _err = cli("today", "--json")
    assert code == 0
    (item,) = json.loads(out)
    assert item == {
        "id": item["id"],
        "kind": "invoice_overdue",
        "client": "Slowpay AB",
        "date": "2026-06-01",
        "detail": "Invoice S-1: 5,000.00 SEK unpaid",
        "days_overdue": 29,
        "snoozed_until": None,
    }
    assert item["id"].startswith("invoice_overdue:")


def test_keep_in_touch_set_on_the_command_line_brings_a_reminder(cli):
    assert cli("client", "set", "Quiet Co", "--keep-in-touch", "0")[0] == 0
    with pytest.raises(SystemExit) as stop:
        cli("client", "set", "Quiet Co", "--keep-in-touch", "400")
    assert stop.value.code == 2
    assert cli("client", "set", "Quiet Co", "--keep-in-touch", "14")[0] == 0
    _code, out, _err = cli("today", "--json", "--at", "2026-07-20")
    kinds = [(i["kind"], i["client"], i["date"]) for i in json.loads(out)]
    assert ("keep_in_touch", "Quiet Co", "2026-07-14") in kinds


def test_done_and_snooze_by_id_with_clear_errors(cli):
    _code, out, _err = cli("today", "--json")
    item_id = json.loads(out)[0]["id"]

    code, _out, err = cli("today", "snooze", item_id, "--until", "2026-06-30", "--reason", "x")
    assert code == 2 and "Snooze until a day after 2026-06-30" in err
    code, out, _err = cli(
        "today", "snooze", item_id, "--until", "2026-07-05", "--reason", "Promised Friday."
    )
    assert code == 0 and out.startswith("Snoozed until 2026-07-05: Slowpay AB")
    (item,) = json.loads(cli("today", "--json")[1])
    assert item["snoozed_until"] == "2026-07-05"
    _code, out, _err = cli("today")
    assert "snoozed until 2026-07-05" in out and out.rstrip().endswith("0 due.")

    assert cli("today", "done", item_id)[0] == 0
    assert json.loads(cli("today", "--json")[1]) == []
    code, _out, err = cli("today", "done", item_id)
    assert code == 2 and "is not on the Today list" in err
    assert cli("today", "undo", item_id)[0] == 0
    assert len(json.loads(cli("today", "--json")[1])) == 1


def test_today_records_the_bands_it_sees(cli, db_path):
    assert cli("today")[0] == 0
    from clientfit.store.database import close_database, open_database
    from clientfit.store.derived_models import BandMark

    open_database(db_path)
    try:
        assert BandMark.select().count() == 2  # both clients, unknown for now
    finally:
        close_database()
