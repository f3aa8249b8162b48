"""Hand-made clients for the offboarding tests: every figure below is known, so plans can be
checked exactly. The day is fixed (2026-11-26) and the zone is Stockholm."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 26)


def _invoice(client, number, issued, due, total, payments=()):
    from clientfit.store.models import Invoice, Payment

    inv = Invoice.create(
        client=client, number=number, issued_on=issued, due_on=due, total_minor=total * 100
    )
    for day, amount in payments:
        Payment.create(invoice=inv, paid_on=day, amount_minor=amount * 100)
    return inv


@pytest.fixture
def portfolio(database, stockholm):
    """Four clients (open invoices, paid-but-undelivered, disrespectful, no contract) and a network."""
    from clientfit.store.clients import ContactInfo, add_client, save_contact, update_client
    from clientfit.store.colleagues import add_colleague
    from clientfit.store.models import Consideration, Deliverable, Message

    add_colleague("Maja Lindqvist", email="maja@example.se", skills="branding, illustration")
    add_colleague("Omar Haddad", email="omar@example.se", skills="wordpress, web shop")
    add_colleague(
        "Nordkod AB", email="hej@nordkod.example", skills="wordpress, seo, app development"
    )

    slow = add_client("Slowpay AB", needs="wordpress, seo")
    update_client(slow, contract_path="/docs/slowpay-avtal.pdf")
    save_contact(slow, ContactInfo(id=None, name="Karin Slow", emails=["karin@slowpay.example"]))
    i1 = _invoice(
        slow,
        "2026-101",
        dt.date(2026, 9, 1),
        dt.date(2026, 10, 1),
        12000,
        [(dt.date(2026, 10, 20), 2000)],
    )
    _invoice(slow, "2026-117", dt.date(2026, 11, 1), dt.date(2026, 12, 1), 8500)
    paid = _invoice(
        slow,
        "2026-090",
        dt.date(2026, 8, 1),
        dt.date(2026, 8, 31),
        5000,
        [(dt.date(2026, 8, 30), 5000)],
    )
    Deliverable.create(
        client=slow,
        title="Website",
        due_on=dt.date(2026, 8, 15),
        delivered_on=dt.date(2026, 8, 14),
        invoice=paid,
    )
    Deliverable.create(
        client=slow,
        title="SEO audit",
        due_on=dt.date(2026, 9, 20),
        delivered_on=dt.date(2026, 9, 18),
        invoice=i1,
    )

    prepaid = add_client("Prepaid Studio", needs="branding")
    update_client(prepaid, contract_path="/docs/prepaid.pdf")
    inv = _invoice(
        prepaid,
        "P-1",
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 31),
        30000,
        [(dt.date(2026, 10, 15), 30000)],
    )
    Deliverable.create(
        client=prepaid,
        title="Logo",
        due_on=dt.date(2026, 10, 10),
        delivered_on=dt.date(2026, 10, 9),
        invoice=inv,
    )
    Deliverable.create(
        client=prepaid, title="Brand book", due_on=dt.date(2026, 12, 20), invoice=inv
    )
    Deliverable.create(client=prepaid, title="Icons", due_on=dt.date(2027, 1, 15))

    rude = add_client("Rude Co", needs="illustration")
    update_client(rude, disrespectful=True, contract_path="/docs/rude.pdf")

    loose = add_client("Handshake Deal", needs="wordpress, seo, copywriting, app development")
    save_contact(loose, ContactInfo(id=None, name="Per Handslag"))
    for n, (day, direction, subject) in enumerate(
        [
            (dt.datetime(2026, 1, 5, 8), "out", "Offert"),
            (dt.datetime(2026, 1, 6, 9), "in", "Ny webbplats?"),
            (dt.datetime(2026, 1, 7, 10), "in", "Re: Offert"),
            (dt.datetime(2026, 1, 9, 11), "in", ""),
            (dt.datetime(2026, 2, 1, 12), "in", "Later question"),
        ]
    ):
        Message.create(
            client=loose,
            sent_at=day,
            direction=direction,
            subject=subject,
            message_id=f"<m{n}@example>",
        )
    for day in (dt.date(2026, 3, 1), dt.date(2026, 9, 1), dt.date(2025, 6, 1)):
        Consideration.create(client=loose, considered_on=day)
    return {"slow": slow, "prepaid": prepaid, "rude": rude, "loose": loose}
