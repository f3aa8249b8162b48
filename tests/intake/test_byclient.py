"""The import's breakdown per client (new or matched; records new, updated, already there), made
before anything is saved, and the exact counts of what was saved and what was left out."""

from __future__ import annotations

from clientfit.intake import run_import
from clientfit.store.clients import add_client


def _lines(summary) -> list[tuple]:
    return [(c.name, c.new, c.created, c.updated, c.skipped) for c in summary.clients]


def test_the_preview_names_each_client_new_or_matched_with_its_records(stockholm, fixture_path):
    add_client("Mälarförlaget AB")
    staged = []

    summary = run_import(
        fixture_path("toggl.csv"), "time", confirm=lambda s: staged.append(_lines(s)) or False
    )

    assert staged == [[("Nordljus Media", True, 1, 0, 0), ("Mälarförlaget AB", False, 3, 0, 0)]]
    assert not summary.committed


def test_a_second_import_counts_each_clients_records_as_already_there(stockholm, fixture_path):
    add_client("Mälarförlaget AB")
    run_import(fixture_path("toggl.csv"), "time")

    again = run_import(fixture_path("toggl.csv"), "time")

    assert _lines(again) == [
        ("Mälarförlaget AB", False, 0, 0, 3),
        ("Nordljus Media", False, 0, 0, 1),
    ]
    assert again.saved() == 0


def test_mail_that_matches_no_client_is_counted_as_left_out_not_imported(database, tmp_path):
    add_client("Wordy AB", email="karin@wordy.se")
    mbox = tmp_path / "two.mbox"
    mbox.write_bytes(
        b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w1@wordy.se>\n"
        b"Date: Mon, 5 Jan 2026 10:00:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
        b"Subject: Hej\n\nHej.\n\n"
        b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <x1@elsewhere.se>\n"
        b"Date: Mon, 5 Jan 2026 11:00:00 +0100\nFrom: someone@elsewhere.se\nTo: eva@studio.se\n"
        b"Subject: Offer\n\nBuy.\n"
    )

    summary = run_import(mbox)

    assert summary.read == 2
    assert summary.saved() == 1 and summary.left_out_total() == 1
    assert _lines(summary) == [("Wordy AB", False, 1, 0, 0)]
