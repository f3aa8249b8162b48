"""Dates are never guessed: the file's evidence, else --date-order, else the setting (the locale's
by default), else refused with exit 2; contradictions refused; future dates rejected per record."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from clientfit.cli import main
from clientfit.intake import IntakeError, run_import
from clientfit.intake.dateorder import DATE_ORDER, locale_order
from clientfit.store.models import Client, TimeEntry
from clientfit.store.settings import set_setting

OCT = [dt.date(2026, 10, d) for d in range(1, 13)]


@pytest.fixture
def today(monkeypatch):
    """The user's today, fixed: 20 November 2026."""
    monkeypatch.setattr("clientfit.intake.runner.today_local", lambda: dt.date(2026, 11, 20))
    return dt.date(2026, 11, 20)


@pytest.fixture
def c_locale(monkeypatch):
    for key in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _days() -> list[dt.date]:
    return sorted(e.started_at.date() for e in TimeEntry.select())


@pytest.mark.parametrize(
    ("env", "order"),
    [
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
        ({"LANG": "en_US.UTF-8"}, "mdy"),
        ({"LANG": "en_GB.UTF-8"}, "dmy"),
        ({"LANG": "de_DE.UTF-8"}, "dmy"),
        ({"LANG": "sv_SE.UTF-8"}, "ymd"),
        ({"LANG": "C.UTF-8", "LC_TIME": "en_GB.UTF-8"}, "dmy"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "C"}, None),
    ],
)
def test_the_locale_gives_an_order_only_where_it_names_a_territory(env, order):
    assert locale_order(env) == order


@pytest.mark.parametrize(
    ("env", "system", "order"),
    [
        ({}, "sv-SE", "ymd"),  # Windows: no LANG, the user's locale is the system's
        ({}, "en_US", "mdy"),  # macOS: AppleLocale
        ({}, "en_SE@rg=sezzzz", "ymd"),
        ({}, "zh-Hans-CN", "ymd"),  # a script between language and territory
        ({}, "de", None),  # a language alone names no territory
        ({}, "", None),  # Linux with nothing set: the C locale, refused as DESIGN.md says
        ({"LANG": "C.UTF-8"}, "sv-SE", None),  # a C locale said out loud stays the C locale
        ({"LANG": "en_GB.UTF-8"}, "sv-SE", "dmy"),  # the environment comes first
    ],
)
def test_with_no_locale_in_the_environment_the_systems_locale_gives_the_order(env, system, order):
    assert locale_order(env, system=system) == order


def test_an_ambiguous_file_with_no_order_anywhere_is_refused_naming_date_order(
    database, stockholm, today, c_locale, fixture_path, snapshot
):
    before = snapshot()

    with pytest.raises(IntakeError) as err:
        run_import(fixture_path("clockify_dmy.csv"))

    assert str(err.value) == (
        f"{fixture_path('clockify_dmy.csv')}: its dates could be day first or month first "
        "(line 2: 01/10/2026: no day above 12 anywhere in the file), and no date order is set; "
        "nothing was imported. Say which with --date-order dmy|mdy|ymd, or choose a date order "
        "in Settings."
    )
    assert snapshot() == before


@pytest.mark.parametrize(
    ("setting", "whose"),
    [(None, "your locale’s date order"), ("ymd", "your date order setting")],
)
def test_a_year_first_order_that_cannot_read_the_file_is_named_not_called_unset(
    database, stockholm, today, monkeypatch, fixture_path, setting, whose
):
    # a Swedish locale (or setting) writes 2026-10-01: it says nothing about 01/10/2026
    for key in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    if setting:
        set_setting(DATE_ORDER, setting)

    with pytest.raises(IntakeError) as err:
        run_import(fixture_path("clockify_dmy.csv"))

    assert str(err.value) == (
        f"{fixture_path('clockify_dmy.csv')}: its dates could be day first or month first "
        f"(line 2: 01/10/2026: no day above 12 anywhere in the file), and {whose} (year first) "
        "cannot read dates that end with the year; nothing was imported. Say which with "
        "--date-order dmy|mdy, or choose a date order in Settings."
    )


def test_the_cli_refuses_it_with_exit_2(db_path, today, c_locale, fixture_path, capsys):
    code = main(["--db", str(db_path), "import", "time", str(fixture_path("clockify_dmy.csv"))])

    assert code == 2
    assert "--date-order dmy|mdy|ymd" in capsys.readouterr().err


def test_date_order_dmy_reads_october_and_the_summary_says_why(
    db_path, today, c_locale, fixture_path, capsys
):
    args = ["--db", str(db_path), "import", "time", str(fixture_path("clockify_dmy.csv"))]

    assert main([*args, "--date-order", "dmy"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[1] == "Dates read day first (DD/MM/YYYY), as --date-order dmy says."
    assert "Created: 1 client, 12 time entries" in out


def test_reimporting_with_the_right_date_order_corrects_the_dates_read_wrongly(
    database, stockholm, today, c_locale, fixture_path
):
    # the user said month first by mistake: eleven entries in January..November, one in the future
    run_import(fixture_path("clockify_dmy.csv"), date_order="mdy")
    assert TimeEntry.select().count() == 11

    summary = run_import(fixture_path("clockify_dmy.csv"), date_order="dmy")

    # the same rows again, now read as October: moved, not kept wrong as "already there"
    # (10/10/2026 reads the same both ways; 12/10 was rejected as in the future before)
    assert (summary.created["time_entries"], summary.updated["time_entries"]) == (1, 10)
    assert summary.skipped["time_entries"] == 1
    assert _days() == OCT


def test_the_setting_decides_when_the_file_does_not(
    database, stockholm, today, c_locale, fixture_path
):
    set_setting(DATE_ORDER, "dmy")

    summary = run_import(fixture_path("clockify_dmy.csv"))

    assert summary.dates == (
        "Dates read day first (DD/MM/YYYY), as your date order setting says "
        "(the file does not show it)."
    )
    assert _days() == OCT


def test_the_locale_is_the_default_setting(database, stockholm, today, monkeypatch, fixture_path):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_TIME", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")

    summary = run_import(fixture_path("clockify_dmy.csv"))

    assert summary.dates == (
        "Dates read day first (DD/MM/YYYY), as your locale writes them (the file does not show it)."
    )
    assert _days() == OCT


def test_month_first_puts_the_tenth_of_december_in_the_future_and_rejects_it_alone(
    database, stockholm, today, c_locale, fixture_path
):
    summary = run_import(fixture_path("clockify_dmy.csv"), date_order="mdy")

    assert [str(r) for r in summary.rejected] == [
        "line 13: the date 2026-12-10 is after today (2026-11-20)"
    ]
    assert summary.created["time_entries"] == 11
    assert _days()[-1] == dt.date(2026, 11, 10)


def test_a_day_above_12_decides_and_a_contradicting_date_order_is_refused(
    database, stockholm, today, c_locale, fixture_path, tmp_path, snapshot
):
    text = fixture_path("clockify_dmy.csv").read_text(encoding="utf-8")
    grown = tmp_path / "clockify_grown.csv"
    grown.write_text(text.replace("12/10/2026", "13/10/2026"), encoding="utf-8")
    before = snapshot()

    with pytest.raises(IntakeError) as err:
        run_import(grown, date_order="mdy")
    assert str(err.value) == (
        f"{grown}: its dates are day first (DD/MM/YYYY) (line 13: 13/10/2026), but --date-order "
        "says mdy; nothing was imported. Leave out --date-order, or check the file."
    )
    assert snapshot() == before

    summary = run_import(grown)
    assert summary.dates == (
        "Dates read day first (DD/MM/YYYY), as the file shows (line 13: 13/10/2026)."
    )
    assert _days() == [*OCT[:11], dt.date(2026, 10, 13)]


def test_a_file_in_two_orders_is_refused(database, today, c_locale, fixture_path, tmp_path):
    text = fixture_path("clockify_dmy.csv").read_text(encoding="utf-8")
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(
        text.replace("01/10/2026", "13/10/2026").replace("12/10/2026", "10/13/2026"),
        encoding="utf-8",
    )

    with pytest.raises(IntakeError, match="its dates are written in two orders"):
        run_import(mixed)
    assert Client.select().count() == 0


def test_an_iso_file_needs_no_order(database, stockholm, today, c_locale, fixture_path):
    summary = run_import(fixture_path("toggl.csv"))

    assert summary.committed and summary.dates == ""


def test_the_json_summary_says_the_order_too(db_path, today, c_locale, fixture_path, capsys):
    args = ["--db", str(db_path), "import", "time", str(fixture_path("clockify_dmy.csv"))]

    assert main([*args, "--date-order", "dmy", "--json"]) == 0

    dates = json.loads(capsys.readouterr().out)["dates"]
    assert dates == "Dates read day first (DD/MM/YYYY), as --date-order dmy says."
