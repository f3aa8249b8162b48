"""clientfit-cli source add|list|find|remove and sync: the contract's syntax and JSON, exit codes,
and nothing written when a source cannot be added."""

from __future__ import annotations

import io
import json

from tests.intake.imap_server import PASSWORD, USER
from tests.intake.sync_helpers import deliver, make_maildir, message

from clientfit.cli import main


def _run(db_path, *argv) -> int:
    return main(["--db", str(db_path), *argv])


def test_source_add_list_sync_and_remove_a_maildir(db_path, fixture_path, tmp_path, capsys):
    assert (
        _run(db_path, "import", "vcard", str(fixture_path("contacts.vcf")), "--me", "eva@studio.se")
        == 1
    )
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    deliver(inbox, 1)
    capsys.readouterr()

    assert _run(db_path, "source", "add", "maildir", str(inbox)) == 0
    assert "Added source 1" in capsys.readouterr().out

    assert _run(db_path, "sync", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["new_messages"] == 2
    assert report["sources"][0]["kind"] == "maildir" and report["sources"][0]["error"] is None

    assert _run(db_path, "sync") == 0
    assert "nothing new" in capsys.readouterr().out

    assert _run(db_path, "source", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["id"] == 1 and listed["path"] == str(inbox) and listed["synced_at"]

    assert _run(db_path, "source", "remove", "1") == 0
    assert _run(db_path, "source", "list", "--json") == 0
    assert "The mail it brought in stays" in capsys.readouterr().out


def test_a_source_that_is_not_there_exits_2_and_writes_nothing(db_path, tmp_path, capsys):
    assert _run(db_path, "source", "add", "mbox", str(tmp_path / "missing")) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert _run(db_path, "source", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_sync_with_a_failing_source_exits_1_and_names_it(db_path, tmp_path, capsys):
    inbox = make_maildir(tmp_path / "Mail")
    deliver(inbox, 0)
    assert _run(db_path, "source", "add", "maildir", str(inbox)) == 0
    for sub in ("cur", "new", "tmp"):
        for f in (inbox / sub).iterdir():
            f.unlink()
        (inbox / sub).rmdir()
    inbox.rmdir()
    capsys.readouterr()

    assert _run(db_path, "sync") == 1
    assert f"{inbox} is no longer there" in capsys.readouterr().out


def test_source_add_imap_reads_the_password_from_stdin_into_the_keyring(
    db_path, fixture_path, imap_server, memory_keyring, monkeypatch, capsys
):
    assert (
        _run(db_path, "import", "vcard", str(fixture_path("contacts.vcf")), "--me", "eva@studio.se")
        == 1
    )
    imap_server.append("INBOX", message(0))
    base = ["source", "add", "imap", "--host", "127.0.0.1", "--user", USER]
    base += ["--port", str(imap_server.implicit_port), "--ca-file", str(imap_server.cert)]

    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert _run(db_path, *base, "--password-stdin") == 2
    assert "refused the user name or password" in capsys.readouterr().err
    assert memory_keyring.kept == {}

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert _run(db_path, *base, "--folder", "INBOX", "--password-stdin", "--json") == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["kind"], added["port"], added["folders"]) == (
        "imap",
        imap_server.implicit_port,
        ["INBOX"],
    )
    assert list(memory_keyring.kept.values()) == [PASSWORD]

    assert _run(db_path, "sync", "--json") == 0
    assert json.loads(capsys.readouterr().out)["new_messages"] == 1


def test_source_add_imap_without_a_host_is_bad_usage(db_path, capsys):
    assert _run(db_path, "source", "add", "imap", "--user", "me") == 2
    assert "needs --host and --user" in capsys.readouterr().err
