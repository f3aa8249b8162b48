"""The offboarding commands through `clientfit.cli.main`, as a user would type them."""

from __future__ import annotations

import json

import pytest

from clientfit.cli import main


@pytest.fixture
def cli(db_path, stockholm, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run("client", "add", "Slowpay AB", "--email", "karin@slowpay.example", "--needs", "seo")
    run("colleague", "add", "Sofia Berg", "--skills", "seo, copywriting")
    return run


def test_offboard_starts_a_plan_and_prints_it(cli):
    code, out, _err = cli(
        "offboard", " slowpay ab ", "--reason", "Night messages.", "--at", "2026-11-26"
    )
    assert code == 0
    assert out.splitlines()[:2] == [
        "Started the offboarding plan for Slowpay AB.",
        "Slowpay AB - running  [DRAFT]",
    ]
    assert "Cooling off 2026-11-26 to 2026-11-29 (3 days left)" in out
    assert "   1. [ ] No contract on file: gather every document that defined the scope" in out
    assert "Sofia Berg: SEO" in out


def test_offboard_json_has_the_notice_days_given(cli):
    code, out, _err = cli(
        "offboard",
        "Slowpay AB",
        "--reason",
        "x",
        "--notice-days",
        "14",
        "--at",
        "2026-11-26",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["notice"]["days"] == 14
    assert data["notice"]["last_working_day"] == "2026-12-11"  # 12-13 is a Sunday
    assert data["is_draft"] is True and data["draft_mark"] == "DRAFT"


def test_unknown_client_and_second_plan_are_usage_errors(cli):
    assert cli("offboard", "Nobody", "--reason", "x")[0] == 2
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    code, _out, err = cli("offboard", "Slowpay AB", "--reason", "y")
    assert code == 2 and "already has a plan" in err
    code, _out, err = cli("plan", "Slowpay AB", "--meet", "2026-12-02 10:00", "--channel", "email")
    assert code == 2 and "don't just send an e-mail" in err


def test_plan_takes_meeting_ticks_loose_ends_and_notice(cli):
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    code, out, _err = cli(
        "plan",
        "Slowpay AB",
        "--meet",
        "2026-12-02 10:00",
        "--channel",
        "video",
        "--place",
        "meet.example/abc",
        "--loose-end",
        "Hand back the DNS login",
        "--tick",
        "1",
        "--notice-days",
        "20",
        "--at",
        "2026-11-27",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["meeting"]["at"] == "2026-12-02T10:00:00"
    assert data["meeting"]["at_utc"] == "2026-12-02T09:00:00"
    assert data["meeting"]["channel"] == "video"
    assert [(i["text"], i["done"]) for i in data["checklist"]] == [
        ("No contract on file: gather every document that defined the scope", True),
        ("Hand back the DNS login", False),
    ]
    assert data["notice"]["announce_on"] == "2026-12-02"
    assert data["notice"]["last_working_day"] == "2026-12-22"
    code, out, _err = cli("plan", "Slowpay AB", "--tick", "2", "--at", "2026-11-27")
    assert "    2. [x] Hand back the DNS login" in out
    assert cli("plan", "Slowpay AB", "--tick", "9")[0] == 2


def test_plan_writes_the_meeting_to_an_ics_file(cli, tmp_path):
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    target = tmp_path / "meeting.ics"
    assert cli("plan", "Slowpay AB", "--ics", str(target))[0] == 2  # no meeting yet
    cli("plan", "Slowpay AB", "--meet", "2026-12-02 10:00", "--channel", "phone")
    code, out, _err = cli("plan", "Slowpay AB", "--ics", str(target))
    assert code == 0 and out.strip() == f"Wrote the meeting to {target}."
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in text
    assert "SUMMARY:Meeting with Slowpay AB" in text
    assert "DTSTART:20261202T090000Z" in text


def test_plan_uses_a_swedish_template(cli):
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    code, out, _err = cli(
        "plan", "Slowpay AB", "--template", "needs", "--lang", "sv", "--at", "2026-11-26", "--json"
    )
    message = json.loads(out)["message"]
    assert code == 0 and message["custom"] is True and message["lang"] == "sv"
    assert message["text"].startswith("Hej Slowpay,\n\n")  # the contact carries the client's name
    assert "Jag tror inte längre att mina tjänster motsvarar era behov." in message["text"]
    assert cli("plan", "Slowpay AB", "--template", "nonsense")[0] == 2


def test_finish_archives_the_client_after_cooling_off(cli):
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    code, _out, err = cli("plan", "Slowpay AB", "--finish", "--at", "2026-11-27")
    assert code == 2 and "cooling-off period runs until 29 Nov 2026" in err
    code, out, _err = cli("plan", "Slowpay AB", "--finish", "--at", "2026-12-30")
    assert code == 0
    assert out.strip() == "Finished: Slowpay AB is archived, ended on 2026-12-30."
    clients = json.loads(cli("clients", "--json")[1])
    assert [(c["name"], c["status"]) for c in clients] == [("Slowpay AB", "archived")]


def test_upcoming_and_consider(cli):
    cli("offboard", "Slowpay AB", "--reason", "x", "--at", "2026-11-26")
    code, out, _err = cli("upcoming", "--at", "2026-11-26", "--json")
    assert code == 0
    assert [(e["day"], e["kind"]) for e in json.loads(out)] == [
        ("2026-11-29", "cooling_off_ends"),
        ("2026-12-29", "notice_ends"),
        ("2027-01-01", "handover"),
    ]
    code, out, _err = cli("consider", "Slowpay AB", "--at", "2026-11-27")
    assert code == 0
    assert out.splitlines()[0] == (
        "Noted. You have considered ending Slowpay AB 2 times, 2 in the last year."
    )
