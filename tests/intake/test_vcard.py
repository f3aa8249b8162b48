"""vCard 2.1, 3.0 and 4.0 as phones, Apple Contacts, Google and Outlook write them."""

from __future__ import annotations

from clientfit.intake import run_import
from clientfit.store.clients import add_client, contacts_of, find_client, notes_of
from clientfit.store.models import Client, Contact, ContactPoint


def _points(name: str) -> dict[str, list[tuple[str, str, str | None]]]:
    contact = Contact.get(Contact.name == name)
    return {
        kind: [
            (p.value, p.key, p.label)
            for p in contact.points.order_by(ContactPoint.id)
            if p.kind == kind
        ]
        for kind in ("email", "phone")
    }


def test_every_card_becomes_a_contact_of_its_org_or_of_itself(database, fixture_path):
    summary = run_import(fixture_path("contacts.vcf"), "vcard")

    assert summary.committed and summary.format == "vCard file"
    assert summary.read == 4
    assert summary.created["clients"] == 3
    assert summary.new_clients == ["Mälarförlaget AB", "Lind & Co, AB", "Sara Berg"]
    assert summary.created["contacts"] == 4
    assert [c.name for c in contacts_of(find_client("mälarförlaget ab"))] == [
        "Björn Åkesson",
        "Karin Ek",
    ]
    assert [c.name for c in contacts_of(find_client("Sara Berg"))] == ["Sara Berg"]


def test_quoted_printable_with_charset_and_soft_line_breaks_is_decoded(database, fixture_path):
    run_import(fixture_path("contacts.vcf"))

    bjorn = Contact.get(Contact.name == "Björn Åkesson")
    assert bjorn.title == "Förläggare"  # UTF-8 quoted-printable
    assert bjorn.client.name == "Mälarförlaget AB"  # ISO-8859-1 quoted-printable ORG
    assert _points("Björn Åkesson") == {
        "email": [("Bjorn@Malarforlaget.se", "bjorn@malarforlaget.se", "work")],
        "phone": [
            ("+46701234567", "+46701234567", "cell"),
            ("08-123 456 78", "0812345678", "work"),
        ],
    }


def test_apple_grouped_properties_take_their_x_ablabel_and_photos_are_dropped(
    database, fixture_path
):
    run_import(fixture_path("contacts.vcf"))

    anna = Contact.get(Contact.name == "Anna Lind")
    assert anna.title == "VD"
    assert anna.client.name == "Lind & Co, AB"  # escaped comma in ORG, first component only
    assert _points("Anna Lind")["email"] == [
        ("anna.lind@lindco.se", "anna.lind@lindco.se", "work"),
        ("anna.lind.privat@gmail.com", "anna.lind.privat@gmail.com", "home"),
    ]


def test_vcard_4_uri_phones_and_typed_emails(database, fixture_path):
    run_import(fixture_path("contacts.vcf"))

    assert _points("Sara Berg") == {
        "email": [("sara@bergdesign.se", "sara@bergdesign.se", "work")],
        "phone": [("+46-70-111-22-33", "+46701112233", "cell")],
    }


def test_a_card_without_any_name_is_rejected_with_its_line(database, fixture_path):
    summary = run_import(fixture_path("contacts.vcf"))

    assert [(r.where, r.reason) for r in summary.rejected] == [
        ("line 47", "the card has neither a name (FN/N) nor an organisation (ORG)")
    ]


def test_importing_the_same_cards_twice_changes_nothing(database, fixture_path):
    run_import(fixture_path("contacts.vcf"))
    before = (Client.select().count(), Contact.select().count(), ContactPoint.select().count())

    again = run_import(fixture_path("contacts.vcf"))

    assert not again.changed_anything()
    assert again.skipped["contacts"] == 4
    assert (
        Client.select().count(),
        Contact.select().count(),
        ContactPoint.select().count(),
    ) == before


def test_an_existing_client_matches_case_insensitively_and_gains_only_new_addresses(
    database, fixture_path
):
    client = add_client("MÄLARFÖRLAGET AB", email="karin.ek@malarforlaget.se")
    Contact.update(name="Karin Ek").where(Contact.client == client).execute()

    summary = run_import(fixture_path("contacts.vcf"))

    assert summary.new_clients == ["Lind & Co, AB", "Sara Berg"]
    karin = _points("Karin Ek")["email"]
    assert [k for _v, k, _l in karin] == ["karin.ek@malarforlaget.se", "karin@hotmail.com"]
    assert summary.updated["contacts"] == 1


def test_the_users_own_card_does_not_become_a_client(database, me, tmp_path):
    card = tmp_path / "me.vcf"
    card.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Eva Freelancer\nORG:Eva Design\nEMAIL:EVA@studio.se\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ola\nEMAIL:ola@ola.se\nEND:VCARD\n",
        encoding="utf-8",
    )

    summary = run_import(card)

    assert summary.new_clients == ["Ola"]
    assert summary.notes == ["line 1: this is your own card (Eva Freelancer); left out."]


def test_outlook_style_bare_quoted_printable_with_a_soft_break(database, tmp_path):
    card = tmp_path / "outlook.vcf"
    card.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=sv;CHARSET=Windows-1252:Ek;Ulla\r\n"
        b"FN;CHARSET=Windows-1252;QUOTED-PRINTABLE:Ulla =D6stlund-Ek, =\r\nfr=E5n Kalmar\r\n"
        b"ORG;CHARSET=Windows-1252:Sk\xe4rg\xe5rdsbyr\xe5n\r\nEND:VCARD\r\n"
    )

    summary = run_import(card)

    assert summary.new_clients == ["Skärgårdsbyrån"]  # a raw Windows-1252 line
    assert Contact.get().name == "Ulla Östlund-Ek, från Kalmar"


def test_a_card_without_end_is_rejected_alone_and_the_cards_around_it_go_in(database, fixture_path):
    summary = run_import(fixture_path("outlook_2016.vcf"))

    assert [str(r) for r in summary.rejected] == [
        "line 13: the card has no END:VCARD before the next card"
    ]
    assert summary.read == 3
    assert summary.new_clients == ["Tveksam Design AB", "Nordljus Oy", "Per Holm"]
    assert find_client("Bergström Bygg HB") is None


def test_a_card_cut_off_at_the_end_of_the_file_names_only_its_first_line(database, tmp_path):
    cards = tmp_path / "cut.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ola Ek\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kim Ek\nORG:Ek & Co\n",
        encoding="utf-8",
    )

    summary = run_import(cards)

    assert [str(r) for r in summary.rejected] == [
        "line 5: the card has no END:VCARD; the file may be cut short"
    ]
    assert summary.new_clients == ["Ola Ek"]


def test_a_cards_note_becomes_a_client_note_once(database, fixture_path):
    first = run_import(fixture_path("outlook_2016.vcf"))
    again = run_import(fixture_path("outlook_2016.vcf"))

    tveksam = find_client("Tveksam Design AB")
    assert [n.body for n in notes_of(tveksam)] == [
        "Örjan Lund: Vill bli uppringd före kl. 10.\nFakturor via Fortnox."
    ]
    assert [n.body for n in notes_of(find_client("Per Holm"))] == ["Met at Designdagarna 2025"]
    assert first.created["notes"] == 2
    assert again.created["notes"] == 0 and again.skipped["notes"] == 2
    assert not again.changed_anything()


def test_an_outlook_card_of_a_company_ab_joins_the_client_with_the_same_address(
    database, fixture_path
):
    add_client("Tveksam Design", email="orjan@tveksam.se")

    summary = run_import(fixture_path("outlook_2016.vcf"))

    assert summary.new_clients == ["Nordljus Oy", "Per Holm"]
    assert [str(m) for m in summary.matched] == [
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same e-mail address orjan@tveksam.se)"
    ]
    assert (
        "“Tveksam Design AB” matched to existing client Tveksam Design "
        "(same e-mail address orjan@tveksam.se)"
    ) in summary.lines()
    assert Client.select().count() == 3
    [contact] = contacts_of(find_client("Tveksam Design"))  # the one with that address
    assert (contact.emails, contact.phones) == (["orjan@tveksam.se"], ["08-555 12 34"])


def test_an_unreadable_card_names_only_the_line_where_it_starts(database, tmp_path):
    cards = tmp_path / "broken.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ola Ek\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kim\nBEGIN:VEVENT\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Eva Berg\nEND:VCARD\n",
        encoding="utf-8",
    )

    summary = run_import(cards)

    assert summary.new_clients == ["Ola Ek", "Eva Berg"]
    [rejected] = summary.rejected
    assert rejected.where == "line 5" and "At line" not in rejected.reason
