"""Bad input: unknown formats, truncated and garbled files, absurd lines, cancel mid-import.
Whatever goes wrong, the database is left exactly as it was."""

from __future__ import annotations

import pytest

from clientfit.intake import FormatError, ImportCancelled, IntakeError, detect, run_import
from clientfit.store.models import Message, TimeEntry


@pytest.fixture
def filled(stockholm, fixture_path, me):
    run_import(fixture_path("contacts.vcf"))
    run_import(fixture_path("harvest_invoices.csv"))
    return stockholm


def test_an_unknown_format_names_the_supported_ones(filled, tmp_path, snapshot):
    odd = tmp_path / "notes.csv"
    odd.write_text("Name,Colour\nAda,blue\n", encoding="utf-8")
    before = snapshot()

    with pytest.raises(FormatError) as err:
        run_import(odd)

    text = str(err.value)
    assert "matches no known export" in text and "name, colour" in text
    for fmt in (
        "vCard",
        "mbox",
        "Toggl Track",
        "Clockify",
        "Harvest",
        "FreshBooks",
        "Invoice Ninja v4",
        "Clientfit export (JSON)",
    ):
        assert fmt in text
    assert snapshot() == before


def test_garbled_binary_file_is_refused(filled, tmp_path, snapshot):
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(bytes(range(256)) * 50)
    before = snapshot()

    with pytest.raises(FormatError, match="not a format Clientfit can import"):
        run_import(junk)
    assert snapshot() == before


def test_asking_for_the_wrong_kind_says_what_the_file_is(filled, fixture_path):
    with pytest.raises(
        FormatError, match="is a Toggl Track detailed CSV; it cannot be imported as invoices"
    ):
        run_import(fixture_path("toggl.csv"), "invoices")
    assert detect(fixture_path("ninja_v4.csv")).fmt == "ninja4"


def test_a_vcard_cut_inside_its_first_card_changes_nothing(database, copy_fixture, snapshot):
    path = copy_fixture("contacts.vcf")
    path.write_bytes(path.read_bytes()[:400])
    before = snapshot()

    with pytest.raises(IntakeError, match="not one record could be read") as err:
        run_import(path)

    assert "line 1: the card has no END:VCARD" in str(err.value)
    assert snapshot() == before


def test_a_truncated_mbox_keeps_the_whole_messages_and_reports_the_cut_one(filled, copy_fixture):
    path = copy_fixture("mail.mbox")
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"Subject: Hello from a stranger") - 30])

    summary = run_import(path)

    assert summary.created["messages"] == 3
    assert summary.rejected[-1].where == "message 4"


def test_a_truncated_csv_row_is_rejected_with_its_line(filled, copy_fixture):
    path = copy_fixture("clockify.csv")
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b"Wireframes") + 4])

    summary = run_import(path)

    assert summary.created["time_entries"] == 2
    assert [r.where for r in summary.rejected] == ["line 4"]


def test_an_open_quote_that_swallows_the_file_is_reported_not_crashed(filled, tmp_path):
    path = tmp_path / "toggl.csv"
    header = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (SEK)\n"
    good = "Eva,e@x.se,Acme,P,,ok,Yes,2024-03-04,09:00:00,2024-03-04,10:00:00,01:00:00,,0\n"
    path.write_text(
        header + good + 'Eva,e@x.se,Acme,P,,"never closed,Yes\n' + good * 3, encoding="utf-8"
    )

    summary = run_import(path)

    assert summary.created["time_entries"] == 1
    assert summary.rejected and summary.rejected[0].where == "line 3"


def test_an_absurdly_long_line_costs_one_record_with_a_clear_message(filled, tmp_path):
    path = tmp_path / "big.csv"
    header = "Date,Client,Project,Task,Notes,Hours\n"
    path.write_text(
        header + "2024-03-04,Acme,P,T," + "x" * 1_200_000 + ",1\n" + "2024-03-05,Acme,P,T,fine,2\n",
        encoding="utf-8",
    )

    summary = run_import(path)

    assert summary.created["time_entries"] == 1
    assert [(r.where, r.reason) for r in summary.rejected] == [
        ("line 2", "the line is longer than 1 MB; this record was skipped")
    ]


def test_a_dump_cut_short_is_refused_whole(filled, tmp_path, snapshot):
    from clientfit.intake import export_json

    dump = tmp_path / "dump.json"
    export_json(dump)
    dump.write_bytes(dump.read_bytes()[:-200])
    from clientfit.store.models import Client

    Client.delete().where(Client.name == "Nordljus Media").execute()
    before = snapshot()

    with pytest.raises(IntakeError, match="cut short or damaged"):
        run_import(dump)
    assert snapshot() == before


def _big_mbox(path, n: int) -> None:
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(
                b"From - Mon Mar 04 09:12:00 2024\n"
                b"Message-ID: <big%d@malarforlaget.se>\n"
                b"Date: Mon, 4 Mar 2024 10:12:00 +0100\n"
                b"From: bjorn@malarforlaget.se\nTo: eva@studio.se\nSubject: Hej %d\n\nText.\n\n"
                % (i, i)
            )


def test_cancel_between_batches_rolls_everything_back(filled, tmp_path, snapshot):
    path = tmp_path / "big.mbox"
    _big_mbox(path, 3000)
    before = snapshot()
    seen = []

    def progress(done, total):
        seen.append(done)

    with pytest.raises(ImportCancelled):
        run_import(path, progress=progress, cancel=lambda: len(seen) >= 3)

    assert len(seen) == 3 and seen[-1] > 0
    assert snapshot() == before


def test_progress_reaches_the_end_and_a_preview_writes_nothing(filled, tmp_path, snapshot):
    path = tmp_path / "big.mbox"
    _big_mbox(path, 1200)
    before = snapshot()
    seen = []

    summary = run_import(path, progress=lambda d, t: seen.append((d, t)), confirm=lambda s: False)

    assert summary.created["messages"] == 1200 and not summary.committed
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert snapshot() == before
    assert Message.select().count() == 0 and TimeEntry.select().count() == 0


def test_a_stray_carriage_return_in_a_csv_header_is_refused_cleanly(database, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Date,Cli\rent,Project,Hours\n2024-03-04,Acme,P,1\n")

    with pytest.raises(FormatError, match="Its first line is not CSV"):
        run_import(path)


def test_a_stray_carriage_return_before_a_vcard_is_harmless(database, tmp_path):
    path = tmp_path / "odd.vcf"
    path.write_bytes(b"\rBEGIN:VCARD\nFN:x\nEND:VCARD\n")

    assert run_import(path).new_clients == ["x"]


def test_a_subject_in_a_nonsense_charset_is_kept_as_written():
    from clientfit.intake.mailparse import decode_subject

    assert decode_subject("=?\xe9so-8859-1?Q?hej?=") == "=?\xe9so-8859-1?Q?hej?="
