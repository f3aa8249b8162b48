"""Plans for hand-made clients, checked exactly: checklist, payment guard, notice, referrals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from clientfit import offboarding as ob

TODAY = dt.date(2026, 11, 26)  # the day the conftest portfolio is built around


def _view(client, *, today=TODAY, lang="en", **start):
    plan = ob.start_plan(client, "Pays late, every time.", on=TODAY, **start)
    return plan, ob.build_plan_view(plan, today=today, lang=lang)


def _items(view):
    return [(i.number, i.kind, i.state, i.text, i.detail, i.needs_action) for i in view.checklist]


def test_client_with_open_invoices_gets_a_payment_guard_with_numbers_and_amounts(portfolio):
    _plan, view = _view(portfolio["slow"])
    guard = view.payment_guard
    assert guard.active
    assert [(i.number, i.outstanding, i.overdue, i.days_overdue) for i in guard.invoices] == [
        ("2026-101", Decimal("10000.00"), True, 56),
        ("2026-117", Decimal("8500.00"), False, 0),
    ]
    assert [(a.currency, a.amount) for a in guard.totals] == [("SEK", Decimal("18500.00"))]
    assert guard.warning == (
        "2 invoices are open (2026-101, 2026-117): 18,500.00 SEK outstanding. 1 of them is overdue."
    )
    assert guard.suggestion == (
        "Payment first: the decision is announced when 2026-101 is paid. Chase the money now: "
        "send a payment reminder."
    )
    assert guard.waiting_for == ["2026-101"] and guard.waiting
    assert guard.suggested_announce_on is None  # an overdue invoice gives no date to wait for


def test_invoices_not_yet_due_suggest_announcing_the_day_after_the_last_falls_due(portfolio):
    from clientfit.store.models import Invoice, Payment

    overdue = Invoice.get(Invoice.number == "2026-101")
    Payment.create(invoice=overdue, paid_on=TODAY, amount_minor=10_000_00)
    _plan, view = _view(portfolio["slow"])
    guard = view.payment_guard
    assert guard.warning == "Invoice 2026-117 is open: 8,500.00 SEK outstanding."
    assert guard.suggestion == (
        "Consider announcing only after payment: wait until the open invoices are paid "
        "(the last falls due on 2026-12-01) before you tell the client."
    )
    assert guard.suggested_announce_on == dt.date(2026, 12, 2)


def test_checklist_reviews_the_contract_every_deliverable_and_the_open_invoices(portfolio):
    _plan, view = _view(portfolio["slow"])
    assert view.contract_path == "/docs/slowpay-avtal.pdf"
    assert _items(view) == [
        (
            1,
            "contract",
            "on_file",
            "Review the contract line by line: /docs/slowpay-avtal.pdf",
            "Check that you have met every obligation in it, and note any loose ends.",
            False,
        ),
        (
            2,
            "deliverable",
            "paid_delivered",
            "Website: paid and delivered",
            "Invoice 2026-090 paid; delivered 2026-08-14.",
            False,
        ),
        (
            3,
            "deliverable",
            "delivered_unpaid",
            "SEO audit: delivered but not paid",
            "Delivered 2026-09-18; invoice 2026-101 is open.",
            True,
        ),
        (
            4,
            "invoice",
            "overdue",
            "Invoice 2026-101: 10,000.00 SEK open",
            "Due 2026-10-01; 56 days overdue.",
            True,
        ),
        (5, "invoice", "open", "Invoice 2026-117: 8,500.00 SEK open", "Due 2026-12-01.", True),
    ]


def test_paid_but_undelivered_work_is_to_be_delivered_first(portfolio):
    _plan, view = _view(portfolio["prepaid"])
    assert not view.payment_guard.active
    assert view.payment_guard.warning is None
    assert _items(view)[1:] == [
        (
            2,
            "deliverable",
            "paid_delivered",
            "Logo: paid and delivered",
            "Invoice P-1 paid; delivered 2026-10-09.",
            False,
        ),
        (
            3,
            "deliverable",
            "paid_undelivered",
            "Brand book: paid but not delivered - deliver it first",
            "Invoice P-1 paid; due 2026-12-20.",
            True,
        ),
        (
            4,
            "deliverable",
            "open",
            "Icons: neither delivered nor paid - agree whether to finish or drop it",
            "Due 2027-01-15.",
            True,
        ),
    ]


def test_without_a_contract_the_scope_documents_and_first_inbound_emails_are_gathered(portfolio):
    _plan, view = _view(portfolio["loose"])
    assert view.contract_path is None
    assert [(i.kind, i.text, i.detail) for i in view.checklist] == [
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
            "First e-mail: “Re: Offert”",
            "Began 2026-01-07; it shows what was expected at the start.",
        ),
        (
            "first_email",
            "First e-mail: “(no subject)”",
            "Began 2026-01-09; it shows what was expected at the start.",
        ),
    ]


def test_disrespectful_client_gets_no_referrals_and_a_note_why(portfolio):
    _plan, view = _view(portfolio["rude"])
    ref = view.referrals
    assert ref.omitted
    assert ref.colleagues == [] and ref.advice == []
    assert ref.note.startswith("Referrals are left out: this client is marked as disrespectful.")
    assert "put you in touch" not in view.message.text
    assert "specialist" not in view.message.text


def test_referrals_match_colleague_skills_to_the_client_needs(portfolio):
    _plan, view = _view(portfolio["slow"])
    ref = view.referrals
    assert [(c.name, c.matched) for c in ref.colleagues] == [
        ("Nordkod AB", ["wordpress", "seo"]),
        ("Omar Haddad", ["wordpress"]),
    ]
    assert ref.kind == "specialist"
    assert ref.advice == ["A specialist in WordPress.", "A specialist in SEO."]
    # what a table shows: the need as written in a sentence, not as typed
    assert [c.covers for c in ref.colleagues] == [["WordPress", "SEO"], ["WordPress"]]
    assert (
        "If it helps, I am happy to put you in touch with Nordkod AB, "
        "who can help you with WordPress and SEO." in view.message.text
    )


def test_broad_needs_get_full_service_agency_advice_in_both_languages(portfolio):
    plan, view = _view(portfolio["loose"])
    assert view.referrals.kind == "agency"
    assert view.referrals.advice == [
        "Your needs have grown: a full-service agency that covers WordPress, SEO, copywriting "
        "and app development would fit better."
    ]
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv")
    assert sv.referrals.advice == [
        "Era behov har vuxit: en fullservicebyrå som täcker WordPress, SEO, copywriting "
        "och apputveckling skulle passa bättre."
    ]


def test_cooling_off_keeps_the_plan_a_draft_until_it_has_passed(portfolio):
    plan, view = _view(portfolio["slow"])
    assert view.is_draft and view.draft_mark == "DRAFT"
    assert view.cooling_off.ends_on == dt.date(2026, 11, 29)
    assert view.cooling_off.days_left == 3
    assert ob.build_plan_view(plan, today=TODAY, lang="sv").draft_mark == "UTKAST"
    later = ob.build_plan_view(plan, today=dt.date(2026, 11, 29))
    assert not later.is_draft and later.draft_mark is None and later.cooling_off.passed


def test_cooling_off_period_is_a_setting_with_a_default_of_three_days(portfolio):
    from clientfit.offboarding import defaults
    from clientfit.store.settings import set_setting

    assert defaults.cooling_off_days() == 3
    set_setting(defaults.KEY_COOLING_OFF, 5)
    _plan, view = _view(portfolio["slow"])
    assert view.cooling_off.days == 5
    assert view.cooling_off.ends_on == dt.date(2026, 12, 1)


def test_considerations_are_counted_and_starting_a_plan_is_one(portfolio):
    _plan, view = _view(portfolio["loose"])
    c = view.considerations
    assert (c.total, c.last_30_days, c.last_365_days) == (4, 1, 3)
    assert c.first_on == dt.date(2025, 6, 1)
    assert c.hint == (
        "You have considered ending this client 3 times in the last year: listen to your gut."
    )


def test_notice_timeline_defaults_to_thirty_days_from_the_announcement(portfolio):
    _plan, view = _view(portfolio["prepaid"])
    n = view.notice
    assert (n.mode, n.days, n.announce_source) == ("days", 30, "cooling_off")
    assert [(e.day.isoformat(), e.kind, e.label) for e in n.timeline] == [
        ("2026-11-29", "cooling_off_ends", "Cooling-off period ends"),
        ("2026-11-29", "announce", "Announce the decision"),
        ("2026-12-29", "last_working_day", "Last working day"),
        ("2027-01-01", "handover", "Handover: files, accounts and access"),
    ]


def test_notice_until_a_deliverable_is_done_ends_on_its_due_date(portfolio, stockholm):
    from clientfit.store.models import Deliverable

    plan, _view0 = _view(portfolio["prepaid"])
    icons = Deliverable.get(Deliverable.title == "Icons")
    ob.schedule_meeting(plan, dt.datetime(2026, 12, 3, 14, 0), "video", "Meet link")
    ob.set_notice(plan, deliverable_id=icons.id)
    n = ob.build_plan_view(plan, today=TODAY).notice
    assert (n.mode, n.deliverable_title, n.announce_on, n.announce_source) == (
        "deliverable",
        "Icons",
        dt.date(2026, 12, 3),
        "meeting",
    )
    assert (n.last_working_day, n.handover_on, n.days) == (
        dt.date(2027, 1, 15),
        dt.date(2027, 1, 18),
        43,
    )
    assert [e.label for e in n.timeline] == [
        "Cooling-off period ends",
        "Meeting by video",
        "Announce the decision",
        "Last working day",
        "Handover: files, accounts and access",
    ]


def test_default_message_gives_exactly_one_reason_in_english_and_swedish(portfolio):
    plan, view = _view(portfolio["prepaid"])
    assert view.message.template_key == "needs" and not view.message.custom
    assert view.message.warnings == []
    assert view.message.text == (
        "Dear Prepaid Studio,\n\n"
        "Thank you for the work we have done together. After careful thought, I have decided to "
        "end our collaboration. I no longer believe my services meet your needs.\n\n"
        "I will keep working as usual until 29 December 2026, and I will hand over all files, "
        "accounts and access by 1 January 2027.\n\n"
        "If it helps, I am happy to put you in touch with Maja Lindqvist, who can help you with "
        "branding.\n\n"
        "Kind regards,\n[Your name]\n"
    )
    sv = ob.build_plan_view(plan, today=TODAY, lang="sv").message
    assert sv.lang == "sv" and sv.warnings == []
    assert "Jag tror inte längre att mina tjänster motsvarar era behov." in sv.text
    assert "till och med 29 december 2026" in sv.text
    assert "senast 1 januari 2027" in sv.text
    assert (
        "sätter jag gärna er i kontakt med Maja Lindqvist, som kan hjälpa er med varumärkesarbete."
        in sv.text
    )
    assert sv.text.endswith("Vänliga hälsningar\n[Ditt namn]\n")


def test_plan_view_is_plain_data_that_renders_without_the_database(portfolio):
    import json

    from clientfit.store.database import close_database

    _plan, view = _view(portfolio["slow"])
    close_database()
    data = json.loads(json.dumps(view.to_dict()))
    assert data["payment_guard"]["totals"] == [{"currency": "SEK", "amount": "18500.00"}]
    invoice = data["payment_guard"]["invoices"][0]  # worked out on the day, still in the JSON
    assert {"outstanding", "overdue", "days_overdue", "disputed"} <= set(invoice)
    assert sum(Decimal(i["outstanding"]) for i in data["payment_guard"]["invoices"]) == 18500
    assert invoice["as_of"] == view.today.isoformat()
    assert data["notice"]["last_working_day"] == "2026-12-29"
    assert view.checklist_done == 0
