"""Mail: Thunderbird and Gmail Takeout mbox, a single .eml, a Maildir folder."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit.intake import run_import
from clientfit.intake.mailparse import decode_subject, to_utc
from clientfit.intake.matching import is_public_domain
from clientfit.store.models import Client, Contact, Message


@pytest.fixture
def roster(database, fixture_path, me):
    run_import(fixture_path("contacts.vcf"))
    return database


def _timeline() -> list[tuple]:
    query = Message.select(Message, Client.name).join(Client).order_by(Message.sent_at)
    return [
        (m.client.name, m.sent_at, m.direction, m.subject, m.change_request, m.not_quite, m.urgent)
        for m in query
    ]


def test_mbox_messages_land_on_the_right_timelines_in_utc(roster, fixture_path):
    summary = run_import(fixture_path("mail.mbox"), "mbox")

    assert summary.read == 8
    assert summary.created["messages"] == 6
    assert _timeline() == [
        (
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 4, 9, 12),
            "in",
            "Kan vi ändra färgen på omslaget?",
            True,
            False,
            False,
        ),
        (  # a reply's subject repeats the client's words: it flags nothing
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 4, 20, 45),
            "out",
            "Re: Kan vi ändra färgen på omslaget?",
            False,
            False,
            False,
        ),
        (
            "Mälarförlaget AB",
            dt.datetime(2024, 3, 9, 22, 30),
            "in",
            "BRÅDSKANDE: tryckfilerna",
            False,
            False,
            True,
        ),
        (
            "Lind & Co, AB",
            dt.datetime(2024, 3, 11, 7, 0),
            "in",
            "Logotyp - not quite it yet",
            False,
            True,
            False,
        ),
        (
            "Lind & Co, AB",
            dt.datetime(2024, 3, 12, 10, 30),
            "in",
            "Utan datumrad",
            False,
            False,
            False,
        ),
        ("Lind & Co, AB", dt.datetime(2024, 3, 13, 12, 0), "in", "Lunch?", False, False, False),
    ]
    assert summary.dated_by == {"separator": 1}  # "Utan datumrad"


def test_company_domain_matches_but_names_no_contact(roster, fixture_path):
    run_import(fixture_path("mail.mbox"))

    printer = Message.get(Message.message_id == "<CAF=urgent1@mail.malarforlaget.se>")
    assert printer.client.name == "Mälarförlaget AB"  # subdomain of a contact's company domain
    assert printer.contact is None
    bjorn = Message.get(Message.message_id == "<m1.omslag@malarforlaget.se>")
    assert bjorn.contact.name == "Björn Åkesson"  # address matched case-insensitively


def test_public_domains_never_identify_a_company(roster, fixture_path):
    summary = run_import(fixture_path("mail.mbox"))

    assert summary.not_matched == 1  # someone.else@gmail.com, though Anna has a gmail address
    assert not Message.select().where(Message.message_id == "<spam1@gmail.com>").exists()
    assert is_public_domain("gmail.com") and is_public_domain("hotmail.se")
    assert is_public_domain("yahoo.co.uk") and is_public_domain("icloud.com")
    assert not is_public_domain("malarforlaget.se") and not is_public_domain("mail.lindco.se")


def test_unreadable_and_repeated_messages_are_reported_and_skipped(roster, fixture_path):
    summary = run_import(fixture_path("mail.mbox"))

    assert [(r.where, r.reason) for r in summary.rejected] == [
        ("message 7", "the message has no readable Date header")
    ]
    assert summary.skipped["messages"] == 1  # Gmail repeats a message under two labels


def test_importing_the_same_mbox_twice_changes_nothing(roster, fixture_path, snapshot):
    run_import(fixture_path("mail.mbox"))
    before = snapshot()

    again = run_import(fixture_path("mail.mbox"))

    assert not again.changed_anything()
    assert again.incremental  # read on from the last message read before: only that one again
    assert (again.read, again.skipped["messages"], again.rejected) == (1, 1, [])
    assert snapshot() == before


def test_importing_the_same_mbox_again_with_new_reading_rules_reads_it_whole(
    roster, fixture_path, snapshot
):
    from clientfit.common.phrases import Phrases, save_own_phrases

    run_import(fixture_path("mail.mbox"))
    save_own_phrases(Phrases(change_request=("lunch",)))

    again = run_import(fixture_path("mail.mbox"))

    assert not again.incremental
    assert (again.read, again.skipped["messages"], again.updated["messages"]) == (8, 6, 1)
    assert Message.get(Message.subject == "Lunch?").change_request is True


def test_without_own_addresses_mail_to_a_client_is_taken_as_sent_by_the_user(
    database, fixture_path
):
    run_import(fixture_path("contacts.vcf"))

    run_import(fixture_path("mail.mbox"))

    reply = Message.get(Message.message_id == "<m2.reply@studio.se>")
    assert reply.direction == "out"


def test_a_single_eml_with_attachment(roster, fixture_path):
    summary = run_import(fixture_path("message.eml"))

    assert summary.format == "e-mail message (.eml)"
    msg = Message.get()
    assert (msg.client.name, msg.sent_at, msg.direction) == (
        "Sara Berg",
        dt.datetime(2024, 3, 14, 6, 0),
        "in",
    )
    assert msg.subject == "Brådskande: en runda till på illustrationerna"
    assert (msg.change_request, msg.not_quite, msg.urgent) == (True, False, True)
    assert msg.contact == Contact.get(Contact.name == "Sara Berg")


def test_a_maildir_folder_with_cur_and_new(roster, fixture_path):
    summary = run_import(fixture_path("Maildir"), "mbox")

    assert summary.format == "Maildir folder"
    assert (summary.read, summary.created["messages"], summary.not_matched) == (3, 2, 1)
    rows = [(m.direction, m.sent_at, m.subject) for m in Message.select().order_by(Message.sent_at)]
    assert rows == [
        ("in", dt.datetime(2024, 3, 15, 16, 30), "Fredagsfråga"),  # raw 8-bit UTF-8 header
        ("out", dt.datetime(2024, 3, 15, 17, 5), "Re: Fredagsfråga"),
    ]


def test_rfc2047_subjects_and_dates_without_zone():
    assert (
        decode_subject("=?utf-8?B?QlLDhURTS0FOREU6IHRyeWNrZmlsZXJuYQ==?=")
        == "BRÅDSKANDE: tryckfilerna"
    )
    assert decode_subject("=?x-unknown?Q?abc?=") == "=?x-unknown?Q?abc?="
    assert to_utc("Mon, 1 Jul 2024 12:00:00 +0200") == dt.datetime(2024, 7, 1, 10, 0)
    assert to_utc("Mon, 1 Jul 2024 12:00:00 -0000") == dt.datetime(2024, 7, 1, 12, 0)
    assert to_utc("not a date") is None
    assert to_utc("Thu, 1 Jan 1970 00:00:00 +0000") is None  # implausible
