"""Exports: the full JSON dump (and loading it back), CSV without formula injection, .ics files."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from icalendar import Calendar

from clientfit.intake import IntakeError, export_csv, export_json, run_import
from clientfit.intake.calendar import CalendarEvent, write_ics
from clientfit.intake.csvexport import neutralise
from clientfit.store.clients import add_client, add_note, find_client
from clientfit.store.database import close_database, open_database
from clientfit.store.models import Client, Message


@pytest.fixture
def portfolio(stockholm, fixture_path, me):
    for name in ("contacts.vcf", "mail.mbox", "toggl.csv", "harvest_invoices.csv", "ninja_v4.csv"):
        run_import(fixture_path(name))
    add_note(find_client("Sara Berg"), "Trevlig – men långsam med feedback.")
    return stockholm


def test_a_json_dump_loads_into_an_empty_database_exactly(portfolio, tmp_path, snapshot):
    dump = tmp_path / "all.json"
    counts = export_json(dump)
    before = snapshot()
    assert counts["message"] == 6 and counts["client"] == 5

    close_database()
    open_database(tmp_path / "fresh.db")
    summary = run_import(dump)

    assert summary.format == "Clientfit export (JSON)"
    assert summary.created["messages"] == 6
    assert snapshot() == before


def test_a_dump_loaded_back_into_its_own_database_changes_nothing(portfolio, tmp_path, snapshot):
    dump = tmp_path / "all.json"
    export_json(dump)
    before = snapshot()

    summary = run_import(dump, "json")

    assert not summary.changed_anything()
    assert snapshot() == before


def test_a_dump_from_another_database_is_refused(portfolio, tmp_path, snapshot):
    dump = tmp_path / "all.json"
    export_json(dump)
    close_database()
    open_database(tmp_path / "other.db")
    add_client("Someone Else Entirely")
    before = snapshot()

    with pytest.raises(IntakeError, match="comes from a different database"):
        run_import(dump)
    assert snapshot() == before


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_exports_neutralise_formulas(database, tmp_path):
    for name in ("=cmd|' /C calc'!A0", "+Plus AB", "-minus", "@SUM(A1)", "Normal AB"):
        add_client(name)
    path = tmp_path / "roster.csv"

    assert export_csv("roster", path) == 5

    rows = _rows(path)
    assert rows[0][:3] == ["name", "status", "needs"]
    assert sorted(r[0] for r in rows[1:]) == sorted(
        ["'=cmd|' /C calc'!A0", "'+Plus AB", "'-minus", "'@SUM(A1)", "Normal AB"]
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert neutralise("\tx") == "'\tx" and neutralise("\r=1") == "'\r=1"
    assert neutralise(-5) == -5 and neutralise("a=b") == "a=b"


def test_invoice_csv_export_is_the_documented_layout_and_imports_back(
    portfolio, tmp_path, snapshot
):
    path = tmp_path / "invoices.csv"
    export_csv("invoices", path)
    rows = _rows(path)
    assert rows[0] == [
        "client",
        "number",
        "issued_on",
        "due_on",
        "total",
        "currency",
        "paid_on",
        "paid_amount",
        "subject",
    ]
    assert [
        "Mälarförlaget AB",
        "1001",
        "2024-01-10",
        "2024-02-09",
        "20160.00",
        "SEK",
        "2024-02-20",
        "20160.00",
        "Bokomslag januari",
    ] in rows
    before = snapshot()

    assert not run_import(path).changed_anything()
    assert snapshot() == before


def test_ics_for_a_meeting_and_an_all_day_key_date(tmp_path):
    path = tmp_path / "plan.ics"
    write_ics(
        path,
        [
            CalendarEvent(
                title="Möte med Lind & Co",
                start=dt.datetime(2024, 4, 2, 8, 0),
                duration=dt.timedelta(minutes=45),
                description="Ett skäl, kort.",
                location="Kontoret",
            ),
            {"title": "Sista dag", "start": dt.date(2024, 5, 2)},
        ],
    )

    cal = Calendar.from_ical(path.read_bytes())
    meeting, last_day = cal.walk("VEVENT")
    assert str(meeting["SUMMARY"]) == "Möte med Lind & Co"
    assert meeting.decoded("DTSTART") == dt.datetime(2024, 4, 2, 8, 0, tzinfo=dt.timezone.utc)
    assert meeting.decoded("DTEND") - meeting.decoded("DTSTART") == dt.timedelta(minutes=45)
    assert str(meeting["LOCATION"]) == "Kontoret"
    assert last_day.decoded("DTSTART") == dt.date(2024, 5, 2)
    assert last_day.decoded("DTEND") == dt.date(2024, 5, 3)
    assert "T" not in last_day["DTSTART"].to_ical().decode()  # VALUE=DATE: all day

    write_ics(
        path, [CalendarEvent(title="Möte med Lind & Co", start=dt.datetime(2024, 4, 2, 8, 0))]
    )
    again = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert again["UID"] == meeting["UID"]  # the same event, updated rather than doubled


def test_ics_refuses_an_event_that_ends_before_it_starts(tmp_path):
    with pytest.raises(ValueError, match="ends before it starts"):
        write_ics(
            tmp_path / "x.ics",
            [CalendarEvent("x", dt.datetime(2024, 1, 2), end=dt.datetime(2024, 1, 1))],
        )
    assert not (tmp_path / "x.ics").exists()


def test_message_ids_survive_a_round_trip(portfolio, tmp_path):
    dump = tmp_path / "d.json"
    export_json(dump)
    ids = sorted(m.message_id for m in Message.select())
    close_database()
    open_database(tmp_path / "n.db")
    run_import(dump)
    assert sorted(m.message_id for m in Message.select()) == ids
    assert Client.select().count() == 5


@pytest.mark.parametrize(
    "row",
    [
        '{"name": "No id", "name_key": "no id"}',
        '{"id": 7, "name": ["a list"], "name_key": "x"}',
        '{"id": 99999999999999999999999, "name": "Huge", "name_key": "huge"}',
        '{"id": 8, "name": "X", "name_key": "x", "created_at": "not a time"}',
        '{"id": 9, "name": "X", "name_key": "x", "colour": "blue"}',
    ],
)
def test_a_hand_edited_dump_with_a_bad_row_is_refused_whole(database, tmp_path, snapshot, row):
    add_client("Existing AB")
    dump = tmp_path / "bad.json"
    dump.write_text(
        '{"format": "clientfit-dump", "version": 1, "schema": 1, "tables": {"client": ['
        + row
        + "]}}",
        encoding="utf-8",
    )
    before = snapshot()

    with pytest.raises(IntakeError):
        run_import(dump)
    assert snapshot() == before


def test_a_dump_from_before_change_request_was_named_so_still_loads(portfolio, tmp_path):
    import json

    dump = tmp_path / "all.json"
    export_json(dump)
    data = json.loads(dump.read_text(encoding="utf-8"))
    for row in data["tables"]["message"]:  # as Clientfit wrote it before schema 5
        row["asks_change"] = row.pop("change_request")
        del row["not_quite"], row["excerpt"]
    data["schema"] = 2
    dump.write_text(json.dumps(data), encoding="utf-8")
    flagged = {m.message_id for m in Message.select().where(Message.change_request)}
    close_database()
    open_database(tmp_path / "fresh.db")

    run_import(dump)

    assert {m.message_id for m in Message.select().where(Message.change_request)} == flagged
    assert flagged
