"""Contacts CSV: Google Contacts, Outlook and LinkedIn Connections.csv, with the matching rules."""

from __future__ import annotations

from clientfit.cli import main
from clientfit.intake import run_import
from clientfit.store.clients import add_client, contacts_of, find_client, notes_of
from clientfit.store.models import Client


def _roster() -> dict[str, list[tuple]]:
    return {
        c.name: [(x.name, x.title, x.emails, x.phones) for x in contacts_of(c)]
        for c in Client.select().order_by(Client.id)
    }


def test_google_contacts_csv_company_becomes_the_client_and_matches_by_address_and_domain(
    database, fixture_path
):
    add_client("Tveksam Design", email="orjan@tveksam.se")

    summary = run_import(fixture_path("google_contacts.csv"), "contacts")

    assert summary.format == "Google Contacts CSV"
    assert (summary.read, summary.new_clients) == (4, ["Nordljus Oy", "Per Holm"])
    assert [str(m) for m in summary.matched] == [
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same e-mail address orjan@tveksam.se)",
        "“Tveksam” matched to existing client Tveksam Design (same company e-mail domain "
        "tveksam.se)",
    ]
    assert [str(r) for r in summary.rejected] == [
        "line 7: the row has neither a name nor a company"
    ]
    assert _roster() == {
        "Tveksam Design": [
            (
                "Lisa Ek",
                "Projektledare",
                ["lisa@tveksam.se", "lisa.ek@gmail.com", "lisa.ek@hotmail.com"],
                [],
            ),
            ("Tveksam Design", "", ["orjan@tveksam.se"], ["+46 70 555 12 34"]),
        ],
        "Nordljus Oy": [("Aino Virtanen", "Producer", ["aino@nordljus.fi"], ["+358 40 123 4567"])],
        "Per Holm": [("Per Holm", "", ["per.holm@gmail.com"], [])],
    }
    assert [n.body for n in notes_of(find_client("Tveksam Design"))] == [
        "Örjan Lund: Vill bli uppringd före kl. 10."
    ]


def test_outlook_contacts_csv_in_windows_1252(database, fixture_path):
    summary = run_import(fixture_path("outlook_contacts.csv"))

    assert summary.format == "Outlook contacts CSV"
    assert summary.new_clients == ["Tveksam Design AB", "Bergström Bygg HB"]
    assert _roster() == {
        "Tveksam Design AB": [
            ("Örjan Lund", "Art Director", ["orjan@tveksam.se"], ["08-555 12 34", "070-555 12 34"])
        ],
        "Bergström Bygg HB": [
            ("Lena Bergström", "Ägare", ["lena@bergstrombygg.se"], ["070-123 45 67"])
        ],
    }
    assert [n.body for n in notes_of(find_client("Tveksam Design AB"))] == [
        "Örjan Lund: Fakturor via Fortnox."
    ]


def test_linkedin_connections_after_its_notes_preamble(database, fixture_path):
    summary = run_import(fixture_path("Connections.csv"))

    assert summary.format == "LinkedIn Connections.csv"
    assert summary.new_clients == ["Nordljus Oy", "Mälarförlaget AB", "Sam Reed"]
    assert [str(m) for m in summary.matched] == [
        "“Nordljus” merged with “Nordljus Oy”, new in this file "
        "(same name apart from case, accents or legal form (nordljus))"
    ]
    assert _roster()["Nordljus Oy"] == [
        ("Aino Virtanen", "Producer", ["aino@nordljus.fi"], []),
        ("Jonas Åberg", "Creative Director", [], []),
    ]


def test_importing_contacts_twice_changes_nothing(database, fixture_path, snapshot):
    for name in ("google_contacts.csv", "outlook_contacts.csv", "Connections.csv"):
        run_import(fixture_path(name))
    before = snapshot()

    for name in ("google_contacts.csv", "outlook_contacts.csv", "Connections.csv"):
        assert not run_import(fixture_path(name)).changed_anything()
    assert snapshot() == before


def test_cli_import_contacts_prints_the_matches(db_path, fixture_path, capsys):
    assert (
        main(
            ["--db", str(db_path), "client", "add", "Tveksam Design", "--email", "orjan@tveksam.se"]
        )
        == 0
    )
    capsys.readouterr()

    code = main(
        ["--db", str(db_path), "import", "contacts", str(fixture_path("outlook_contacts.csv"))]
    )

    out = capsys.readouterr().out
    assert code == 0
    assert (
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same e-mail address orjan@tveksam.se)"
    ) in out.splitlines()
    assert "New clients: Bergström Bygg HB" in out


def test_import_contacts_also_takes_a_vcard(db_path, fixture_path):
    assert (
        main(["--db", str(db_path), "import", "contacts", str(fixture_path("contacts.vcf"))]) == 1
    )
