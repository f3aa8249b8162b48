"""One client, one record: the three matching rules, in order, and what the summary says."""

from __future__ import annotations

import pytest

from clientfit.intake import run_import
from clientfit.intake.matching import ClientMatcher, fold_name
from clientfit.store.clients import add_client
from clientfit.store.models import Client


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Tveksam Design AB", "tveksam design"),
        ("TVEKSAM DESIGN", "tveksam design"),
        ("Tveksam Design Ltd.", "tveksam design"),
        ("Lind & Co, AB", "lind"),
        ("Lind & Co", "lind"),
        ("Mälarförlaget HB", "malarforlaget"),
        ("Nordljus Oy", "nordljus"),
        ("Fjord Media AS", "fjord media"),
        ("Kaffe ApS", "kaffe"),
        ("Acme, Inc.", "acme"),
        ("Acme LLC", "acme"),
        ("Schön GmbH", "schon"),
        ("Widgets Limited", "widgets"),
        ("Bygg KB", "bygg"),
        ("AB", "ab"),  # nothing but a legal form stays itself
        ("Atlas", "atlas"),  # "as" only as a word of its own
    ],
)
def test_names_fold_case_accents_and_legal_suffixes(name, folded):
    assert fold_name(name) == folded


def test_the_same_address_wins_over_a_different_name(database):
    client = add_client("Beta Studio", email="kim@beta.se")

    hit = ClientMatcher().match("Something Else Entirely", ["KIM@beta.se"])

    assert (hit.client_id, hit.rule, hit.reason()) == (
        client.id,
        "email",
        "same e-mail address kim@beta.se",
    )


def test_a_company_domain_matches_but_a_public_one_never_does(database):
    client = add_client("Tveksam Design", email="orjan@tveksam.se")
    add_client("Per Holm", email="per.holm@gmail.com")
    matcher = ClientMatcher()

    hit = matcher.match("Lisa Tveksam", ["lisa@tveksam.se"])
    assert (hit.client_id, hit.reason()) == (client.id, "same company e-mail domain tveksam.se")
    assert matcher.match("Ola Nilsson", ["ola.nilsson@gmail.com"]) is None


def test_a_domain_shared_by_two_clients_or_the_users_own_identifies_nobody(database):
    add_client("Alfa", email="a@shared.se")
    add_client("Beta", email="b@shared.se")
    add_client("Studio Client", email="someone@studio.se")

    matcher = ClientMatcher(own_addresses=["eva@studio.se"])

    assert matcher.match("Gamma", ["c@shared.se"]) is None
    assert matcher.match("Delta", ["x@studio.se"]) is None


def test_a_name_matches_after_folding_when_exactly_one_client_has_it(database):
    client = add_client("Tveksam Design")
    add_client("Nord AB")
    add_client("Nord Oy")
    matcher = ClientMatcher()

    hit = matcher.match("TVEKSAM DESIGN AB")
    assert (hit.client_id, hit.reason()) == (
        client.id,
        "same name apart from case, accents or legal form (tveksam design)",
    )
    assert matcher.match("Nord") is None  # two clients fold to "nord": no guess


def test_time_entries_for_a_company_ab_go_to_the_client_without_ab(database, stockholm, tmp_path):
    add_client("Tveksam Design")
    export = tmp_path / "toggl.csv"
    export.write_text(
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
        "End date,End time,Duration,Tags,Amount ()\n"
        "Eva,eva@studio.se,Tveksam Design AB,Logo,,Sketches,Yes,2026-03-02,09:00:00,"
        "2026-03-02,10:00:00,01:00:00,,\n",
        encoding="utf-8",
    )

    summary = run_import(export, "time")

    assert summary.new_clients == []
    assert summary.lines()[2] == (
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same name apart from case, accents or legal form (tveksam design))"
    )
    assert Client.select().count() == 1


def test_two_spellings_in_one_file_make_one_new_client_and_the_summary_says_so(database, tmp_path):
    export = tmp_path / "invoices.csv"
    export.write_text(
        "client,number,issued_on,due_on,total,currency,paid_on,paid_amount,subject\n"
        "Nordljus Oy,1,2026-01-10,2026-02-09,1000.00,EUR,,,\n"
        "NORDLJUS,2,2026-02-10,2026-03-12,500.00,EUR,,,\n",
        encoding="utf-8",
    )

    summary = run_import(export, "invoices")

    assert summary.new_clients == ["Nordljus Oy"]
    assert [str(m) for m in summary.matched] == [
        "“NORDLJUS” merged with “Nordljus Oy”, new in this file "
        "(same name apart from case, accents or legal form (nordljus))"
    ]


def test_an_invoice_ninja_v4_invoice_goes_to_the_client_with_its_address(database, fixture_path):
    client = add_client("Nordljus", email="info@nordljus.se")

    summary = run_import(fixture_path("ninja_v4.csv"))

    assert "Nordljus Media" not in summary.new_clients
    assert [str(m) for m in summary.matched] == [
        "“Nordljus Media” matched to existing client Nordljus (same e-mail address info@nordljus.se)"
    ]
    assert {i.number for i in client.invoices} == {"0045"}
