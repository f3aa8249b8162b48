"""Roster services: validation, case-insensitive names, summaries aggregated in the database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfit.store import clients
from clientfit.store.clients import ContactInfo, ValidationError
from clientfit.store.models import Client, Invoice, Message, Payment, TimeEntry, to_minor
from clientfit.store.summaries import client_summaries


def test_client_names_match_ignoring_case_and_surrounding_space(database):
    clients.add_client("  Nordlys   Bageri AB ")
    client = clients.get_client("NORDLYS BAGERI ab")
    assert client.name == "Nordlys Bageri AB"


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "cannot be empty"), ("   ", "cannot be empty"), ("x" * 201, "too long")],
)
def test_bad_client_names_are_refused_with_a_clear_message(database, name, message):
    with pytest.raises(ValidationError, match=message):
        clients.add_client(name)
    assert Client.select().count() == 0


def test_swedish_letters_emoji_and_other_scripts_are_stored_faithfully(database):
    for name in ("Åsa Öberg & Ärla", "Студия Север", "東京デザイン", "Café 🚀"):
        clients.add_client(name)
    assert sorted(c.name for c in Client.select()) == sorted(
        ["Åsa Öberg & Ärla", "Студия Север", "東京デザイン", "Café 🚀"]
    )
    assert clients.find_client("åsa öberg & ärla") is not None


def test_a_contact_with_a_bad_address_is_refused_and_nothing_is_half_written(database):
    client = clients.add_client("Acme")
    with pytest.raises(ValidationError, match="not an e-mail"):
        clients.save_contact(client, ContactInfo(None, "Anna", emails=["anna@acme.se", "nope"]))
    assert clients.contacts_of(client) == []


def test_a_10000_character_note_is_kept_whole_but_a_huge_one_is_refused(database):
    client = clients.add_client("Acme")
    clients.add_note(client, "å" * 10_000)
    assert clients.notes_of(client)[0].body == "å" * 10_000
    with pytest.raises(ValidationError, match="too long"):
        clients.add_note(client, "x" * 200_000)


def test_absurd_deliverable_dates_are_refused(database):
    client = clients.add_client("Acme")
    with pytest.raises(ValidationError, match="plausible"):
        clients.save_deliverable(client, "Logo", due_on=dt.date(1066, 10, 14))
    clients.save_deliverable(client, "Logo", due_on=dt.date(2027, 1, 31))


def test_gut_and_terms_are_bounded(database):
    client = clients.add_client("Acme")
    with pytest.raises(ValidationError):
        clients.update_client(client, gut=6)
    with pytest.raises(ValidationError):
        clients.update_client(client, terms=-1)


def test_summary_counts_messages_hours_and_money_per_client(database):
    client = clients.add_client("Acme", email="anna@acme.se", needs="branding, web")
    other = clients.add_client("Other")
    for i in range(3):
        Message.create(client=client, sent_at=dt.datetime(2026, 11, 1 + i, 9), direction="in")
    TimeEntry.create(client=client, started_at=dt.datetime(2026, 11, 1, 8), seconds=5400)
    inv = Invoice.create(
        client=client,
        number="1",
        issued_on=dt.date(2026, 10, 1),
        due_on=dt.date(2026, 10, 31),
        total_minor=to_minor("1000.50"),
    )
    Payment.create(invoice=inv, paid_on=dt.date(2026, 10, 20), amount_minor=to_minor("400"))
    rows = {r.name: r for r in client_summaries()}
    acme = rows["Acme"]
    assert (acme.contacts, acme.messages, acme.hours) == (1, 3, 1.5)
    assert (acme.invoiced, acme.paid, acme.outstanding) == (
        Decimal("1000.50"),
        Decimal("400.00"),
        Decimal("600.50"),
    )
    assert acme.last_contact == dt.date(2026, 11, 3)
    assert acme.needs == ["branding", "web"]
    assert rows["Other"].messages == 0 and rows["Other"].last_contact is None
    assert other.id in {r.id for r in client_summaries()}


def _owned(client_id: int) -> dict[str, int]:
    """Rows of every table that belong to the client, directly or through a parent row."""
    from clientfit.store import models as m

    direct = [m.Need, m.Contact, m.Note, m.Message, m.TimeEntry, m.Invoice, m.Deliverable,
              m.Consideration, m.OffboardingPlan, m.HealthSnapshot]  # fmt: skip
    counts = {model.__name__: model.select().where(model.client == client_id).count()
              for model in direct}  # fmt: skip
    for child, parent, via in ((m.ContactPoint, m.Contact, m.ContactPoint.contact),
                               (m.Payment, m.Invoice, m.Payment.invoice),
                               (m.RevisionRound, m.Deliverable, m.RevisionRound.deliverable),
                               (m.ChecklistItem, m.OffboardingPlan, m.ChecklistItem.plan)):  # fmt: skip
        counts[child.__name__] = (
            child.select()
            .join(parent, on=(via == parent.id))
            .where(parent.client == client_id)
            .count()
        )
    return counts


def test_deleting_a_client_removes_its_records_and_only_its_own(database):
    import datetime as dt

    from clientfit import offboarding as ob
    from clientfit.health import take_monthly_snapshots
    from clientfit.store.demo import load_demo

    load_demo(dt.date(2026, 6, 30))
    victim, *others = list(Client.select().order_by(Client.id))
    ob.start_plan(
        victim, "I no longer believe my services meet your needs.", on=dt.date(2026, 6, 30)
    )
    clients.add_note(victim, "hello")
    take_monthly_snapshots(dt.date(2026, 6, 30))
    before = _owned(victim.id)
    assert all(before.values()), f"the demo client should have every kind of record: {before}"
    kept = {c.id: _owned(c.id) for c in others}

    clients.delete_client(victim)

    assert Client.get_or_none(Client.id == victim.id) is None
    assert set(_owned(victim.id).values()) == {0}
    assert {c.id: _owned(c.id) for c in others} == kept


def test_free_text_fields_say_exactly_what_is_wrong_with_their_own_words(database):
    """One check for every free-text field (`checked_text`); each keeps its own message."""
    from clientfit.offboarding.plan import PlanError, add_loose_end, start_plan

    client = clients.add_client("Acme")
    with pytest.raises(ValidationError) as empty_note:
        clients.add_note(client, "  ")
    assert str(empty_note.value) == "The note is empty."
    with pytest.raises(ValidationError) as long_name:
        clients.add_client("x" * 201)
    assert str(long_name.value) == "The client name is too long (201 characters; at most 200)."
    with pytest.raises(PlanError) as no_reason:
        start_plan(client, " ")
    assert str(no_reason.value) == "Give the reason for ending this client."
    with pytest.raises(PlanError) as long_reason:
        start_plan(client, "r" * 2001)
    assert str(long_reason.value) == "The reason is too long (2001 characters; at most 2000)."
    plan = start_plan(client, "Scope creep")
    with pytest.raises(PlanError) as long_end:
        add_loose_end(plan, "y" * 501)
    assert str(long_end.value) == "The loose end is too long (501 characters; at most 500)."
    assert clients.notes_of(client) == []


def test_a_deliverable_is_paid_by_the_users_word_first_then_by_its_invoice(database):
    """One reading of deliverables (store.records.deliverables_of) for the client view and the
    offboarding checklist: the user's mark wins over the invoice, either way."""
    from clientfit.offboarding.checklist import work_states
    from clientfit.store.models import Deliverable
    from clientfit.store.records import deliverables_of

    client = clients.add_client("Acme")
    unpaid = Invoice.create(
        client=client,
        number="INV-1",
        issued_on=dt.date(2026, 1, 1),
        due_on=dt.date(2026, 1, 31),
        total_minor=to_minor(Decimal("100")),
        currency="SEK",
    )
    paid = Invoice.create(
        client=client,
        number="INV-2",
        issued_on=dt.date(2026, 1, 1),
        due_on=dt.date(2026, 1, 31),
        total_minor=to_minor(Decimal("50")),
        currency="SEK",
    )
    Payment.create(invoice=paid, paid_on=dt.date(2026, 1, 20), amount_minor=to_minor(Decimal("50")))
    other = clients.add_client("Other")  # another client's payments never count here
    Payment.create(
        invoice=Invoice.create(
            client=other,
            number="INV-3",
            issued_on=dt.date(2026, 1, 1),
            due_on=dt.date(2026, 1, 31),
            total_minor=to_minor(Decimal("10")),
            currency="SEK",
        ),
        paid_on=dt.date(2026, 1, 20),
        amount_minor=to_minor(Decimal("10")),
    )
    Deliverable.create(client=client, title="A", due_on=dt.date(2026, 2, 1), invoice=unpaid)
    Deliverable.create(client=client, title="B", due_on=dt.date(2026, 2, 2), invoice=paid)
    Deliverable.create(client=client, title="C", due_on=dt.date(2026, 2, 3), paid=True)
    Deliverable.create(
        client=client, title="D", due_on=dt.date(2026, 2, 4), invoice=paid, paid=False
    )
    expected = {"A": False, "B": True, "C": True, "D": False}
    assert {r.title: r.paid for r in deliverables_of(client.id)} == expected
    assert {w.title: w.paid for w in work_states(client.id)} == expected
