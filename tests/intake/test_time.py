"""Time-tracker exports: Toggl Track, Clockify, Harvest, and Clientfit's own time CSV."""

from __future__ import annotations

import datetime as dt

from clientfit.intake import export_csv, run_import
from clientfit.store.clients import add_client
from clientfit.store.models import Client, TimeEntry


def _entries() -> list[tuple]:
    query = (
        TimeEntry.select(TimeEntry, Client.name)
        .join(Client)
        .order_by(TimeEntry.started_at, TimeEntry.id)
    )
    return [
        (e.client.name, e.started_at, e.seconds, e.project, e.task, e.description, e.billable)
        for e in query
    ]


def test_toggl_detailed_csv_with_bom_crlf_and_local_times(stockholm, fixture_path):
    add_client("Mälarförlaget AB")

    summary = run_import(fixture_path("toggl.csv"), "time")

    assert summary.format == "Toggl Track detailed CSV"
    assert summary.new_clients == [
        "Nordljus Media"
    ]  # "mälarförlaget ab" matched case-insensitively
    assert summary.created["time_entries"] == 4
    assert _entries() == [
        (
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 4, 8, 0),
            9000,
            "Bokomslag",
            "Skiss",
            "Skisser höstkatalog",
            True,
        ),
        (
            "Nordljus Media",
            dt.datetime(2024, 3, 4, 18, 15),
            2700,
            "Webb",
            "",
            "Möte, uppstart",
            False,
        ),
        (
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 5, 8, 0),
            1800,
            "Bokomslag",
            "Skiss",
            "Skisser höstkatalog",
            True,
        ),
        (
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 5, 8, 0),
            1800,
            "Bokomslag",
            "Skiss",
            "Skisser höstkatalog",
            True,
        ),
    ]
    assert [(r.where, r.reason) for r in summary.rejected] == [
        ("line 6", "“2024-13-45” is not a date"),
        ("line 7", "the entry names no client"),
    ]


def test_clockify_us_dates_and_twelve_hour_clock(stockholm, fixture_path):
    summary = run_import(fixture_path("clockify.csv"))

    assert summary.format == "Clockify detailed CSV"
    assert summary.new_clients == ["Acme Corp", "Beta LLC"]
    assert _entries() == [
        (
            "Acme Corp",
            dt.datetime(2024, 3, 4, 8, 0),
            9000,
            "Website",
            "Design",
            "Homepage layout",
            True,
        ),
        (
            "Acme Corp",
            dt.datetime(2024, 3, 15, 18, 30),
            2700,
            "Website",
            "Meetings",
            "Call with Bob",
            False,
        ),
        ("Beta LLC", dt.datetime(2024, 3, 16, 11, 0), 3600, "App", "Design", "Wireframes", True),
    ]


def test_harvest_time_report_has_days_not_times(stockholm, fixture_path):
    summary = run_import(fixture_path("harvest_time.csv"))

    assert summary.format == "Harvest time report CSV"
    assert _entries() == [
        (
            "Fjällsjö Konsult",
            dt.datetime(2024, 3, 4, 11, 0),
            12600,
            "Strategi",
            "Workshop",
            "Workshop, dag 1",
            True,
        ),
        (
            "Fjällsjö Konsult",
            dt.datetime(2024, 3, 5, 11, 0),
            4500,
            "Strategi",
            "Rapport",
            "Rapportskrivande",
            True,
        ),
        ("Nordljus Media", dt.datetime(2024, 3, 5, 11, 0), 1800, "Webb", "Admin", "", False),
    ]


def test_time_exports_without_ids_import_twice_without_doubling(stockholm, fixture_path):
    for name in ("toggl.csv", "clockify.csv", "harvest_time.csv"):
        run_import(fixture_path(name))
    before = TimeEntry.select().count()

    for name in ("toggl.csv", "clockify.csv", "harvest_time.csv"):
        again = run_import(fixture_path(name))
        assert not again.changed_anything(), name

    assert TimeEntry.select().count() == before == 10


def test_identical_rows_in_one_file_are_two_entries_and_stay_two(stockholm, tmp_path, fixture_path):
    lines = fixture_path("toggl.csv").read_text(encoding="utf-8-sig").splitlines()
    twin = tmp_path / "twins.csv"
    twin.write_text("\n".join([lines[0], lines[1], lines[1]]) + "\n", encoding="utf-8")

    assert run_import(twin).created["time_entries"] == 2
    assert run_import(twin).skipped["time_entries"] == 2


def test_clientfit_time_csv_round_trips(stockholm, tmp_path, fixture_path):
    run_import(fixture_path("clockify.csv"))
    exported = tmp_path / "time.csv"
    export_csv("time", exported)
    before = _entries()
    TimeEntry.delete().execute()

    summary = run_import(exported)

    assert summary.format == "Clientfit time CSV"
    assert _entries() == before
    assert not run_import(exported).changed_anything()
