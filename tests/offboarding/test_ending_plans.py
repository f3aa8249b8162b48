"""Ending a client that protects you: plans for hand-made clients, checked exactly in English and
Swedish - the schedule, the checklist and the draft.

The day is Thursday 2026-11-26 in Stockholm; the cooling-off period (3 days) ends on Sunday
2026-11-29. The user is Per Frilans of Frilans AB (Settings → You), so every draft is signed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit import offboarding as ob

TODAY = dt.date(2026, 11, 26)
SIGN_EN = "Kind regards,\nPer Frilans\nFrilans AB\n070-123 45 67\nper@frilans.se\n"
SIGN_SV = "Vänliga hälsningar\nPer Frilans\nFrilans AB\n070-123 45 67\nper@frilans.se\n"


@pytest.fixture
def me(database, stockholm):
    from clientfit.store.profile import set_profile

    set_profile(
        name="Per Frilans",
        business="Frilans AB",
        address="Storgatan 1\n111 22 Stockholm",
        org_number="559999-0000",
        email="per@frilans.se",
        phone="070-123 45 67",
    )


def _client(name, needs="", contact=None, **fields):
    from clientfit.store.clients import ContactInfo, add_client, save_contact, update_client

    client = add_client(name, needs=needs)
    if fields:
        update_client(client, **fields)
    if contact:
        save_contact(client, ContactInfo(id=None, name=contact))
    return client


def _invoice(client, number, due, total, paid=()):
    from clientfit.store.models import Invoice, Payment

    inv = Invoice.create(
        client=client,
        number=number,
        issued_on=due - dt.timedelta(days=30),
        due_on=due,
        total_minor=total * 100,
    )
    for day, amount in paid:
        Payment.create(invoice=inv, paid_on=day, amount_minor=amount * 100)
    return inv


def _timeline(view):
    return [(e.day.isoformat(), e.kind, e.label) for e in view.notice.timeline]


def _checklist(view):
    return [(i.kind, i.state, i.text, i.detail) for i in view.checklist]


# --- overdue invoices: payment first -------------------------------------------------------------


@pytest.fixture
def overdue(me):
    from clientfit.store.models import Deliverable

    client = _client("Slowpay AB", contact="Karin Slow")
    first = _invoice(client, "INV-1023", dt.date(2026, 10, 1), 32538)
    _invoice(client, "INV-1024", dt.date(2026, 10, 31), 20000)
    Deliverable.create(
        client=client,
        title="Website",
        due_on=dt.date(2026, 9, 20),
        delivered_on=dt.date(2026, 9, 18),
        invoice=first,
    )
    return client


def test_overdue_invoices_make_the_plan_wait_for_payment_in_both_languages(overdue):
    plan = ob.start_plan(overdue, "Pays late.", on=TODAY)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert en.payment_guard.waiting_for == ["INV-1023", "INV-1024"]
    assert en.notice.announce_source == "when_paid"
    assert _timeline(en) == [
        ("2026-11-29", "cooling_off_ends", "Cooling-off period ends"),
        (
            "2026-11-29",
            "announce",
            "Announce the decision once paid (INV-1023, INV-1024), at the earliest",
        ),
        ("2026-12-29", "last_working_day", "Last working day"),
        ("2027-01-01", "handover", "Handover: files, accounts and access"),
    ]
    assert en.payment_guard.suggestion == (
        "Payment first: the decision is announced when INV-1023, INV-1024 are paid. Chase the "
        "money now: send a payment reminder."
    )
    assert en.message.text == (
        "Dear Karin,\n\n"
        "Thank you for the work we have done together. After careful thought, I have decided to "
        "end our collaboration. I no longer believe my services meet your needs.\n\n"
        "I will keep working as usual until 29 December 2026, and I will hand over the files, "
        "accounts and access for the work you have paid for by 1 January 2027. The rest "
        "(Website) I will hand over as soon as invoice INV-1023 is paid.\n\n" + SIGN_EN
    )
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert [label for _d, _k, label in _timeline(sv)][1] == (
        "Meddela beslutet när betalningen kommit (INV-1023, INV-1024), tidigast"
    )
    assert sv.payment_guard.suggestion == (
        "Betalning först: beslutet meddelas när INV-1023, INV-1024 är betalda. Driv in pengarna "
        "nu: skicka en betalningspåminnelse."
    )
    assert sv.message.text == (
        "Hej Karin,\n\n"
        "Tack för samarbetet under den här tiden. Efter moget övervägande har jag bestämt mig för "
        "att avsluta vårt samarbete. Jag tror inte längre att mina tjänster motsvarar era "
        "behov.\n\n"
        "Jag fortsätter att arbeta som vanligt till och med 29 december 2026 och lämnar över "
        "filerna, kontona och behörigheterna för det arbete ni har betalat för senast 1 januari "
        "2027. Resten (Website) lämnar jag över så snart faktura INV-1023 är betald.\n\n" + SIGN_SV
    )


def test_the_timeline_moves_with_each_day_the_money_does_not_arrive_and_when_it_does(overdue):
    from clientfit.store.models import Invoice, Payment

    plan = ob.start_plan(overdue, "Pays late.", on=TODAY)
    later = ob.build_plan_view(plan, today=dt.date(2026, 12, 7), lang="en")
    assert (later.notice.announce_on, later.notice.last_working_day) == (
        dt.date(2026, 12, 7),
        dt.date(2027, 1, 6),
    )
    assert next((e.kind, e.label) for e in ob.upcoming(dt.date(2026, 12, 7))) == (
        "waiting_for_payment",
        "Waiting for payment of INV-1023, INV-1024",
    )
    for number, amount in (("INV-1023", 32538), ("INV-1024", 20000)):
        inv = Invoice.get(Invoice.number == number)
        Payment.create(invoice=inv, paid_on=dt.date(2026, 12, 9), amount_minor=amount * 100)
    paid = ob.build_plan_view(plan, today=dt.date(2026, 12, 10), lang="en")
    assert not paid.payment_guard.active and paid.notice.waiting_for == []
    assert (paid.notice.announce_on, paid.notice.announce_source) == (dt.date(2026, 12, 9), "paid")
    assert paid.notice.last_working_day == dt.date(2027, 1, 8)  # 9 Jan is a Saturday
    assert "all files, accounts and access by 11 January 2027" in paid.message.text
    assert "waiting_for_payment" not in {e.kind for e in ob.upcoming(dt.date(2026, 12, 10))}


def test_the_user_can_go_ahead_with_a_reason_the_record_keeps_or_set_a_latest_day(overdue):
    plan = ob.start_plan(overdue, "Pays late.", on=TODAY)
    ob.set_announce_latest(plan, dt.date(2026, 12, 15))
    latest = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert (latest.notice.announce_on, latest.notice.announce_source) == (
        dt.date(2026, 12, 15),
        "latest",
    )
    assert latest.payment_guard.suggestion == (
        "Payment first: the decision is announced when INV-1023, INV-1024 are paid, and on "
        "2026-12-15 at the latest. Chase the money now: send a payment reminder."
    )
    ob.override_payment_first(
        plan, "They have paid in full before; the contract ends anyway.", TODAY
    )
    view = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert not view.payment_guard.waiting and view.notice.announce_source == "cooling_off"
    assert view.payment_guard.suggestion == (
        "Går vidare före betalning: They have paid in full before; the contract ends anyway."
    )
    assert [(e.kind, e.on, e.label, e.detail) for e in view.events] == [
        (
            "override",
            TODAY,
            "Gick vidare före betalning",
            "They have paid in full before; the contract ends anyway.",
        )
    ]


def test_a_disputed_invoice_counts_as_unpaid_for_payment_first():
    from decimal import Decimal

    from clientfit.offboarding.checklist import payment_guard
    from clientfit.offboarding.views import OpenInvoice

    disputed = OpenInvoice(
        1,
        "INV-9",
        TODAY,
        TODAY + dt.timedelta(days=20),
        Decimal(100),
        Decimal(0),
        "SEK",
        None,
        state="disputed",
        as_of=TODAY,
    )
    guard = payment_guard([disputed], TODAY, "en")
    assert guard.waiting and guard.waiting_for == ["INV-9"]
    assert guard.warning.endswith("Disputed: INV-9.")


# --- paid, undelivered work and a short notice -----------------------------------------------


@pytest.fixture
def prepaid(me):
    from clientfit.store.models import Deliverable

    client = _client("Prepaid Studio", needs="branding", contact="Lena Berg")
    inv = _invoice(client, "P-1", dt.date(2026, 10, 31), 30000, [(dt.date(2026, 10, 15), 30000)])
    Deliverable.create(
        client=client,
        title="Logo",
        due_on=dt.date(2026, 10, 10),
        delivered_on=dt.date(2026, 10, 9),
        invoice=inv,
    )
    book = Deliverable.create(
        client=client, title="Brand book", due_on=dt.date(2026, 12, 20), invoice=inv
    )
    return client, book


def test_paid_undelivered_work_is_delivered_first_and_the_draft_promises_everything(prepaid):
    client, _book = prepaid
    plan = ob.start_plan(client, "Scope creep.", on=TODAY)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert _checklist(en) == [
        (
            "scope",
            "gather",
            "No contract on file: gather every document that defined the scope",
            "Quotes, briefs and proposals, and the client's first e-mails (below).",
        ),
        (
            "deliverable",
            "paid_delivered",
            "Logo: paid and delivered",
            "Invoice P-1 paid; delivered 2026-10-09.",
        ),
        (
            "deliverable",
            "paid_undelivered",
            "Brand book: paid but not delivered - deliver it first",
            "Invoice P-1 paid; due 2026-12-20.",
        ),
    ]
    assert en.notice.warning is None  # 30 days reach past 20 December
    assert "I will hand over all files, accounts and access by 1 January 2027." in en.message.text
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert [i.text for i in sv.checklist][2] == (
        "Brand book: betald men inte levererad – leverera den först"
    )
    assert (
        "lämnar över alla filer, konton och behörigheter senast 1 januari 2027." in sv.message.text
    )


def test_a_short_notice_before_paid_work_is_due_warns_and_offers_until_it_is_done(prepaid):
    client, book = prepaid
    plan = ob.start_plan(client, "Scope creep.", on=TODAY, notice_days=7)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    # 29 Nov + 7 days = Sunday 6 December: the last working day is Friday 4 December, and the
    # handover three days later falls on Monday 7 December.
    assert (en.notice.last_working_day, en.notice.handover_on) == (
        dt.date(2026, 12, 4),
        dt.date(2026, 12, 7),
    )
    assert en.notice.warning == (
        "The notice ends on 2026-12-04, before “Brand book” is due on 2026-12-20, and the client "
        "has paid for it: give notice until it is done."
    )
    assert en.notice.suggest_deliverable_id == book.id
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert sv.notice.warning == (
        "Uppsägningstiden slutar 2026-12-04, före ”Brand book” som ska levereras 2026-12-20 och "
        "som kunden har betalat för: låt uppsägningstiden gälla tills det är klart."
    )
    ob.set_notice(plan, deliverable_id=en.notice.suggest_deliverable_id)  # the one click
    done = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert (done.notice.mode, done.notice.last_working_day, done.notice.warning) == (
        "deliverable",
        dt.date(2026, 12, 18),  # the 20th is a Sunday: the last working day is the Friday
        None,
    )
    assert done.notice.handover_on == dt.date(2026, 12, 21)


def test_the_last_day_and_the_handover_follow_the_users_own_working_days(prepaid):
    from clientfit.store.settings import set_setting

    client, _book = prepaid
    set_setting("health.work_days", [0, 1, 2, 3])  # Monday to Thursday
    set_setting("health.days_off", ["2027-01-04"])
    plan = ob.start_plan(client, "Scope creep.", on=TODAY)
    view = ob.build_plan_view(plan, today=TODAY, lang="en")
    # 29 Dec (Tue) is worked; 1 Jan is a Friday (not worked), 4 Jan is off: the handover is 5 Jan.
    assert (view.notice.last_working_day, view.notice.handover_on) == (
        dt.date(2026, 12, 29),
        dt.date(2027, 1, 5),
    )


# --- a contract with a 60-day clause ------------------------------------------------------------


def test_a_60_day_clause_is_cited_sets_the_notice_and_warns_before_renewal(me):
    from clientfit.store.contracts import set_contract

    client = _client("Retainer AB", contact="Olle Ek")
    set_contract(
        client,
        file=("ramavtal.pdf", b"%PDF-1.4 signed"),
        notice_days=60,
        clause="§ 9",
        starts_on=dt.date(2025, 1, 1),
        renews_on=dt.date(2027, 3, 2),
        termination="Written notice by letter or e-mail.",
    )
    # notice counts back from the renewal: the last day to give it is 60 days before
    assert [(e.kind, e.day, e.client_name, e.label) for e in ob.upcoming(TODAY)] == [
        (
            "renewal",
            dt.date(2027, 1, 1),
            "Retainer AB",
            "Last day to give notice before the contract renews on 2027-03-02",
        )
    ]
    plan = ob.start_plan(client, "Direction.", on=TODAY)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert en.notice.days == 60
    assert _checklist(en) == [
        (
            "contract",
            "on_file",
            "Review the contract line by line: ramavtal.pdf",
            "Check that you have met every obligation in it, and note any loose ends. Notice: "
            "§ 9: 60 days' written notice. Termination: Written notice by letter or e-mail. It "
            "renews on 2027-03-02: give notice by 2027-01-01 to stop the renewal.",
        )
    ]
    assert _timeline(en)[2:] == [
        ("2027-01-28", "last_working_day", "Last working day"),
        ("2027-02-01", "handover", "Handover: files, accounts and access"),
    ]
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert sv.checklist[0].detail == (
        "Kontrollera att du har uppfyllt alla dina åtaganden i det, och anteckna eventuella lösa "
        "trådar. Uppsägning: § 9: 60 dagars skriftlig uppsägning. Villkor för uppsägning: Written "
        "notice by letter or e-mail. Det förlängs 2027-03-02: säg upp det senast 2027-01-01 för att "
        "stoppa förlängningen."
    )
    assert "till och med 28 januari 2027" in sv.message.text
    assert sv.message.text.endswith(SIGN_SV)


# --- a disrespectful client and a client without a contract ----------------------------------


def test_a_disrespectful_client_gets_a_short_letter_without_referrals(me):
    from clientfit.store.colleagues import add_colleague

    add_colleague("Maja", skills="seo")
    client = _client("Rude Co", needs="seo", contact="Bo Rå", disrespectful=True)
    plan = ob.start_plan(client, "Shouts at me.", on=TODAY)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert en.referrals.omitted and en.referrals.colleagues == []
    assert en.message.text == (
        "Dear Bo,\n\n"
        "Thank you for the work we have done together. After careful thought, I have decided to "
        "end our collaboration. I no longer believe my services meet your needs.\n\n"
        "I will keep working as usual until 29 December 2026, and I will hand over all files, "
        "accounts and access by 1 January 2027.\n\n" + SIGN_EN
    )
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert "kontakt med" not in sv.message.text and sv.message.text.endswith(SIGN_SV)
    assert sv.message.warnings == []


def test_without_a_contract_each_first_thread_is_gathered_once_under_its_newest_subject(me):
    from clientfit.store.models import Message

    client = _client("Handshake Deal", contact="Per Handslag")
    for n, (day, subject) in enumerate(
        [
            (dt.datetime(2026, 1, 6, 9), "Ny webbplats?"),
            (dt.datetime(2026, 1, 7, 10), "Re: project"),
            (dt.datetime(2026, 1, 8, 10), "Re: Re: project"),
            (dt.datetime(2026, 1, 9, 11), "SV: project – budget"),
            (dt.datetime(2026, 1, 10, 11), "RE: Project"),
            (dt.datetime(2026, 2, 1, 12), "Later question"),
        ]
    ):
        Message.create(
            client=client, sent_at=day, direction="in", subject=subject, message_id=f"<t{n}@x>"
        )
    plan = ob.start_plan(client, "Handshake only.", on=TODAY)
    en = ob.build_plan_view(plan, today=TODAY, lang="en")
    assert [(i.kind, i.text, i.detail) for i in en.checklist] == [
        (
            "scope",
            "No contract on file: gather every document that defined the scope",
            "Quotes, briefs and proposals, and the client's first e-mails (below).",
        ),
        (
            "first_email",
            "First e-mail: “Ny webbplats?”",
            "Began 2026-01-06; it shows what was expected at the start.",
        ),
        (
            "first_email",
            "First e-mail: “RE: Project”",
            "Began 2026-01-07; it shows what was expected at the start.",
        ),
        (
            "first_email",
            "First e-mail: “SV: project – budget”",
            "Began 2026-01-09; it shows what was expected at the start.",
        ),
    ]
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert [i.detail for i in sv.checklist][1] == (
        "Började 2026-01-06; den visar vad som förväntades från början."
    )
