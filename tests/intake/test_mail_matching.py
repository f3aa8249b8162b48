"""Mail goes to clients by the one matching rule of `intake.matching` (address, then a non-public
company domain): the issue's "Tveksam Design AB" case end to end, and the cases where mail and the
other importers used to disagree."""

from __future__ import annotations

from pathlib import Path

from clientfit.intake import run_import
from clientfit.intake.matching import ClientMatcher, is_public_domain
from clientfit.store.clients import add_client
from clientfit.store.models import Client, Contact, ContactPoint, Message


def _mbox(tmp_path: Path, *senders: str) -> Path:
    """One message per sender, to the user, a day apart."""
    parts = []
    for n, sender in enumerate(senders, 1):
        parts.append(
            f"From - Mon Mar {n:02d} 09:00:00 2026\n"
            f"From: {sender}\n"
            "To: eva@studio.se\n"
            f"Subject: Message {n}\n"
            f"Date: Mon, {n:02d} Mar 2026 09:00:00 +0100\n"
            f"Message-ID: <m{n}@test>\n"
            "\n"
            "Hej!\n\n"
        )
    path = tmp_path / "mail.mbox"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def _placed() -> dict[str, tuple[str, str | None]]:
    return {
        m.subject: (m.client.name, m.contact.name if m.contact else None)
        for m in Message.select().join(Client)
    }


def test_a_colleague_at_the_company_domain_lands_on_the_one_client(
    database, me, fixture_path, tmp_path
):
    add_client("Tveksam Design", email="orjan@tveksam.se")
    run_import(fixture_path("outlook_2016.vcf"))  # "Tveksam Design AB", orjan@tveksam.se

    summary = run_import(_mbox(tmp_path, "Lisa Holm <lisa@tveksam.se>", "orjan@tveksam.se"))

    assert Client.select().where(Client.name.contains("Tveksam")).count() == 1
    assert summary.not_matched == 0
    assert _placed() == {
        "Message 1": ("Tveksam Design", None),  # same company domain: the client, no contact
        "Message 2": ("Tveksam Design", "Tveksam Design"),  # the contact with that address
    }


def test_a_gmail_sender_matches_only_by_its_own_address(database, me, tmp_path):
    add_client("Per Holm", email="per.holm@gmail.com")

    summary = run_import(_mbox(tmp_path, "ola.nilsson@gmail.com", "Per <Per.Holm@gmail.com>"))

    assert summary.not_matched == 1
    assert _placed() == {"Message 2": ("Per Holm", "Per Holm")}
    assert is_public_domain("gmail.com") and is_public_domain("hotmail.se")
    assert is_public_domain("yahoo.co.uk") and not is_public_domain("tveksam.se")


def test_an_address_two_clients_share_puts_mail_on_neither(database, me, tmp_path):
    # the same rule as every other import: an address or domain naming two clients is no match
    alfa = add_client("Alfa", email="kim@konsult.se")
    beta = add_client("Beta")
    contact = Contact.create(client=beta, name="Kim")
    ContactPoint.create(contact=contact, kind="email", value="kim@konsult.se", key="kim@konsult.se")

    summary = run_import(_mbox(tmp_path, "kim@konsult.se"))

    assert alfa.id != beta.id
    assert summary.not_matched == 1
    assert Message.select().count() == 0


def test_a_subdomain_of_a_company_domain_is_that_company_for_every_import(database):
    client = add_client("Mälarförlaget AB", email="bjorn@malarforlaget.se")

    hit = ClientMatcher().match("Tryckeriet", ["tryck@mail.malarforlaget.se"])

    assert (hit.client_id, hit.rule, hit.detail) == (client.id, "domain", "malarforlaget.se")
    assert hit.contact_id is None
    by_address = ClientMatcher().match_address("bjorn@malarforlaget.se")
    assert (by_address.client_id, by_address.rule) == (client.id, "email")
    assert by_address.contact_id == client.contacts[0].id
