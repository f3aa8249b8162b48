"""clientfit-cli import / export: summaries, exit codes 0 / 1 / 2, nothing written on failure."""

from __future__ import annotations

import json

from clientfit.cli import main


def test_import_prints_created_and_rejected_with_exit_1(db_path, fixture_path, capsys):
    code = main(["--db", str(db_path), "import", "vcard", str(fixture_path("contacts.vcf"))])

    out = capsys.readouterr().out
    assert code == 1
    assert "Created: 3 clients, 4 contacts, 10 e-mail addresses and phones" in out
    assert "New clients: Mälarförlaget AB, Lind & Co, AB, Sara Berg" in out
    assert "line 47: the card has neither a name" in out


def test_import_twice_reports_everything_skipped_with_exit_0(db_path, fixture_path, capsys):
    args = ["--db", str(db_path), "import", "auto", str(fixture_path("clockify.csv"))]
    assert main(args) == 0
    capsys.readouterr()

    assert main([*args[:-2], "time", args[-1], "--json"]) == 0

    summary = json.loads(capsys.readouterr().out)
    assert summary["created"] == {} and summary["skipped"] == {"time_entries": 3}
    assert summary["format"] == "Clockify detailed CSV" and summary["committed"] is True


def test_unknown_format_exits_2_and_names_the_formats(db_path, tmp_path, capsys):
    odd = tmp_path / "x.txt"
    odd.write_text("hello\n", encoding="utf-8")

    assert main(["--db", str(db_path), "import", "auto", str(odd)]) == 2

    err = capsys.readouterr().err
    assert "Supported formats:" in err and "Invoice Ninja v4" in err


def test_dry_run_and_own_addresses(db_path, fixture_path, capsys):
    main(["--db", str(db_path), "import", "vcard", str(fixture_path("contacts.vcf"))])
    capsys.readouterr()
    mbox = str(fixture_path("mail.mbox"))

    assert (
        main(["--db", str(db_path), "import", "mail", mbox, "--me", "Eva@Studio.se", "--dry-run"])
        == 1
    )
    out = capsys.readouterr().out
    assert "Created: 6 messages" in out and "Nothing was written (preview)." in out

    main(["--db", str(db_path), "import", "mbox", mbox, "--json"])
    assert json.loads(capsys.readouterr().out)["created"] == {"messages": 6}


def test_exports(db_path, fixture_path, tmp_path, capsys):
    main(["--db", str(db_path), "import", "invoices", str(fixture_path("freshbooks.csv"))])
    for args in (
        ["json", "-o", str(tmp_path / "a.json")],
        ["csv", "invoices", "-o", str(tmp_path / "i.csv")],
    ):
        assert main(["--db", str(db_path), "export", *args]) == 0
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export",
                "ics",
                "-o",
                str(tmp_path / "m.ics"),
                "--title",
                "Meeting",
                "--start",
                "2024-04-02 10:00",
                "--minutes",
                "30",
            ]
        )
        == 0
    )
    assert b"BEGIN:VEVENT" in (tmp_path / "m.ics").read_bytes()
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export",
                "ics",
                "-o",
                str(tmp_path / "n.ics"),
                "--title",
                "x",
                "--start",
                "soon",
            ]
        )
        == 2
    )
