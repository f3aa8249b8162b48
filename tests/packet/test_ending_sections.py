"""The packet a freelancer expects, read back with pypdf in English and Swedish: the closing
letter on the user's letterhead, the evidence log, the handover list, the money summary, the note
on rights, the client's personal data, what actually happened, and "Ending" on the cover."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit import offboarding as ob

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def ending_client(database, stockholm):
    """Slowpay AB mid-plan: two late payments, one overdue invoice, after-hours bursts, revision
    rounds, a delivered-but-unpaid site, a signed contract with rights, and events."""
    from clientfit.store.clients import ContactInfo, add_client, save_contact
    from clientfit.store.colleagues import add_colleague
    from clientfit.store.contracts import set_contract
    from clientfit.store.models import (
        Deliverable,
        Invoice,
        Message,
        Note,
        Payment,
        RevisionRound,
    )
    from clientfit.store.profile import set_profile

    set_profile(
        name="Per Frilans",
        business="Frilans AB",
        address="Storgatan 1\n111 22 Stockholm",
        org_number="559999-0000",
        email="per@frilans.se",
        phone="070-123 45 67",
    )
    maja = add_colleague("Maja Lind", email="maja@example.se", skills="seo")
    client = add_client("Slowpay AB", needs="seo")
    save_contact(client, ContactInfo(id=None, name="Karin Slow", emails=["karin@slowpay.se"]))
    set_contract(
        client,
        file=("ramavtal.pdf", b"%PDF signed"),
        notice_days=30,
        clause="§ 9",
        rights="The client owns the final files on full payment; I may show the work in my "
        "portfolio.",
    )

    def invoice(number, due, total, paid_on=None):
        inv = Invoice.create(
            client=client,
            number=number,
            issued_on=due - dt.timedelta(days=30),
            due_on=due,
            total_minor=total * 100,
        )
        if paid_on:
            Payment.create(invoice=inv, paid_on=paid_on, amount_minor=total * 100)
        return inv

    invoice("INV-1001", dt.date(2026, 5, 31), 10000, dt.date(2026, 6, 23))
    paid = invoice("INV-1002", dt.date(2026, 7, 31), 8000, dt.date(2026, 8, 14))
    open_ = invoice("INV-1023", dt.date(2026, 10, 1), 12000)
    logo = Deliverable.create(
        client=client,
        title="Logo",
        due_on=dt.date(2026, 7, 1),
        delivered_on=dt.date(2026, 6, 30),
        invoice=paid,
    )
    Deliverable.create(
        client=client,
        title="Website",
        due_on=dt.date(2026, 9, 20),
        delivered_on=dt.date(2026, 9, 18),
        invoice=open_,
    )
    Deliverable.create(
        client=client,
        title="Extra landing page",
        delivered_on=dt.date(2026, 11, 2),
        amount_minor=450000,
    )
    for day in (dt.date(2026, 6, 2), dt.date(2026, 6, 9)):
        RevisionRound.create(deliverable=logo, requested_on=day)
    for n, hour in enumerate((21, 22, 23)):  # Saturday 3 October, 21-23 local time
        Message.create(
            client=client,
            sent_at=dt.datetime(2026, 10, 3, hour - 2),
            direction="in",
            subject=f"Now! {n}",
            message_id=f"<late{n}@x>",
        )
    Note.create(client=client, body="Called three times on Sunday.")
    plan = ob.start_plan(client, "Pays late, every time.", on=TODAY)
    ob.add_loose_end(plan, "WordPress admin login")
    ob.set_done(plan, f"loose_end:{ob.build_plan_view(plan, today=TODAY).checklist[-1].ref_id}")
    ob.override_payment_first(plan, "The contract ends anyway.", TODAY)
    ob.record_event(plan, "announced", dt.date(2026, 11, 30))
    ob.record_event(plan, "referred", dt.date(2026, 11, 30), colleague_id=maja.id)
    return client


def _packet(client, lang, render):
    from clientfit.packet.assemble import assemble_packet

    data = assemble_packet(client.id, lang=lang, at=dt.date(2026, 12, 1))
    return data, render(data, name=f"packet-{lang}.pdf")


def test_every_new_section_reads_back_in_english(ending_client, render):
    data, pdf = _packet(ending_client, "en", render)
    flat = pdf.flat
    titles = [t for t, _ in pdf.outline()]
    for heading in (
        "Money summary",
        "Handover list",
        "Evidence log",
        "Rights",
        "What actually happened",
        "Closing letter",
    ):
        assert heading in titles, heading
    # cover: the status and the next step
    assert "Status Ending" in " ".join(pdf.pages[0].split())
    assert data.client.status == "ending"
    assert "Contract ramavtal.pdf (§ 9: 30 days' written notice)" in flat
    # the evidence log: facts with dates, never feelings
    for fact in (
        "Invoice INV-1001 (10,000.00 SEK) paid 23 days late (due 31 May 2026).",
        "Invoice INV-1002 (8,000.00 SEK) paid 14 days late (due 31 Jul 2026).",
        "Invoice INV-1023: 12,000.00 SEK unpaid since 1 Oct 2026, 61 days overdue.",
        "3 messages arrived outside your working hours.",
        "Revision round 2 on “Logo” requested.",
        "You considered ending this client.",
    ):
        assert fact in flat, fact
    # the handover list: theirs and yours, each with a date or "on payment"
    assert "Logo Theirs Final files and source files" in flat
    assert "Website Yours On payment of invoice INV-1023" in flat
    assert "WordPress admin login Theirs Transfer or revoke" in flat
    # the money summary and the final invoice
    assert "SEK 30,000.00 SEK 18,000.00 SEK 12,000.00 SEK" in flat
    assert "Extra landing page: 4,500.00 SEK" in flat
    # rights and personal data
    assert "The client owns the final files on full payment; I may show the work" in flat
    assert "Contact persons 1" in flat and "E-mail addresses and phone numbers 1" in flat
    # what actually happened, and the decision record keeps the reason to go ahead
    assert "Went ahead before payment: The contract ends anyway." in flat
    assert "Announced before payment because The contract ends anyway." in flat
    assert "Decision announced" in flat and "Referred to Maja Lind" in flat
    assert "maja@example.se SEO" in flat  # the referral table through the skill names
    # the closing letter on its own page: letterhead, recipient, body, signature
    letter = " ".join(pdf.pages[-1].split())
    for part in (
        "Frilans AB",
        "Storgatan 1",
        "559999-0000",
        "Slowpay AB",
        "Karin Slow",
        "Dear Karin,",
        "The rest (Website) I will hand over as soon as invoice INV-1023 is paid. Extra landing "
        "page I will hand over once it has been invoiced and paid.",
        "Kind regards, Per Frilans",
    ):
        assert part in letter, part
    assert "[Your name]" not in flat
    # the health section says what a factor's weight means (the gauge's one sentence)
    assert "A factor's weight says how much it counts" in flat


def test_every_new_section_reads_back_in_swedish(ending_client, render):
    _data, pdf = _packet(ending_client, "sv", render)
    flat = pdf.flat
    titles = [t for t, _ in pdf.outline()]
    for heading in (
        "Ekonomisk sammanställning",
        "Överlämningslista",
        "Händelselogg",
        "Rättigheter",
        "Kundens personuppgifter",
        "Vad som faktiskt hände",
        "Avslutsbrev",
    ):
        assert heading in titles, heading
    assert "Status Avslutas" in " ".join(pdf.pages[0].split())
    for part in (
        "Faktura INV-1001 (10 000,00 SEK) betald 23 dagar för sent (förföll 31 maj 2026).",
        "3 meddelanden kom utanför din arbetstid.",
        "Revideringsrunda 2 av ”Logo” begärd.",
        "Website Dina När faktura INV-1023 är betald",
        "WordPress admin login Kundens För över eller stäng",
        "Extra landing page: 4 500,00 SEK",
        "Gick vidare före betalning: The contract ends anyway.",
        "Beskedet före betalning, eftersom The contract ends anyway.",
        "Tipsade om Maja Lind",
        "Enligt GDPR",
    ):
        assert part in flat, part
    assert "En faktors vikt säger hur mycket den väger" in flat
    letter = " ".join(pdf.pages[-1].split())
    assert "Hej Karin," in letter and "Vänliga hälsningar Per Frilans" in letter


def test_a_waiting_plan_says_so_on_the_cover(database, stockholm, render):
    from clientfit.packet.assemble import assemble_packet
    from clientfit.store.clients import add_client
    from clientfit.store.models import Invoice

    client = add_client("Late AB")
    Invoice.create(
        client=client,
        number="INV-7",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=100_00,
    )
    ob.start_plan(client, "x", on=TODAY)
    for lang, text in (
        ("en", "Waiting for payment of INV-7"),
        ("sv", "Väntar på betalning av INV-7"),
    ):
        data = assemble_packet(client.id, lang=lang, at=TODAY)
        assert data.waiting_for == ("INV-7",)
        cover = " ".join(render(data, name=f"w-{lang}.pdf").pages[0].split())
        assert text in cover
