"""A file Clientfit cannot read: the error says what it seems to be, how to get a close format from
the program it came from, and lists every supported format."""

from __future__ import annotations

import pytest

from clientfit.cli import main
from clientfit.intake import FormatError, detect

SUPPORTED = (
    "Supported formats:\n"
    "  - vCard 2.1/3.0/4.0 (.vcf)\n"
    "  - contacts: Google Contacts CSV, Outlook contacts CSV, LinkedIn Connections.csv\n"
    "  - mail: mbox (Thunderbird, Gmail Takeout), a single .eml, a Maildir folder\n"
    "  - time: Toggl Track, Clockify or Harvest detailed CSV, Clientfit time CSV\n"
    "  - invoices: Harvest invoice report, FreshBooks invoice export, Invoice Ninja v4 export, "
    "Invoice Ninja v5 invoice CSV, Clientfit invoice CSV\n"
    "  - a Clientfit export (JSON)"
)


def test_a_thunderbird_address_book_csv_is_told_to_export_as_vcard(fixture_path):
    path = fixture_path("thunderbird_addressbook.csv")

    with pytest.raises(FormatError) as err:
        detect(path)

    assert str(err.value) == (
        f"{path}: not a format Clientfit can import. Its first row (first name, last name, "
        "display name, nickname, primary email, secondary email, screen name, work phone) matches "
        "no known export. It looks like contacts: export your contacts as vCard (.vcf), or as CSV "
        "from Google Contacts (Google CSV), Outlook or LinkedIn (Connections.csv).\n" + SUPPORTED
    )


def test_a_clockify_summary_report_is_told_to_export_the_detailed_one(fixture_path):
    with pytest.raises(FormatError) as err:
        detect(fixture_path("clockify_summary.csv"))

    assert (
        "It looks like time entries: export a detailed report as CSV from Toggl Track, Clockify "
        "or Harvest.\nSupported formats:"
    ) in str(err.value)


@pytest.mark.parametrize(
    ("head", "hint"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "save it as CSV (UTF-8)"),
        (b"%PDF-1.7\n", "Export the same report as CSV instead."),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "a time tracker's CSV export"),
        (b"dn: cn=Orjan Lund,mail=orjan@tveksam.se\n", "export your contacts as vCard (.vcf)"),
        (b"Invoice,Customer,Sum,Due\n1,Acme,100,2026-01-01\n", "It looks like invoices"),
    ],
)
def test_files_of_other_kinds_get_a_hint_and_the_list(tmp_path, head, hint):
    path = tmp_path / "export.bin"
    path.write_bytes(head)

    with pytest.raises(FormatError) as err:
        detect(path)

    assert hint in str(err.value) and str(err.value).endswith(SUPPORTED)


def test_the_cli_prints_the_hint_and_exits_2(db_path, fixture_path, capsys):
    path = fixture_path("thunderbird_addressbook.csv")

    assert main(["--db", str(db_path), "import", "contacts", str(path)]) == 2

    assert "export your contacts as vCard (.vcf)" in capsys.readouterr().err
