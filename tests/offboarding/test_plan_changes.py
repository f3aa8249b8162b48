"""Driving a plan: ticks, loose ends, meeting rules, finishing archives and deletes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfit import offboarding as ob
from clientfit.store.models import (
    ChecklistItem,
    Client,
    Consideration,
    Invoice,
    Message,
    OffboardingPlan,
)

TODAY = dt.date(2026, 11, 26)  # the day the conftest portfolio is built around


def _start(client, **kw):
    return ob.start_plan(client, "Pays late, every time.", on=TODAY, **kw)


def test_starting_a_plan_records_the_reason_a_consideration_and_the_checklist(portfolio):
    plan = _start(portfolio["slow"], notice_days=45, lang="sv")
    assert (plan.reason, plan.started_on, plan.cooling_off_days, plan.notice_days, plan.lang) == (
        "Pays late, every time.",
        TODAY,
        3,
        45,
        "sv",
    )
    assert Consideration.select().where(Consideration.client == portfolio["slow"]).count() == 1
    kinds = [i.kind for i in ChecklistItem.select().where(ChecklistItem.plan == plan)]
    assert kinds == ["contract", "deliverable", "deliverable", "invoice", "invoice"]


def test_a_client_has_one_running_plan_at_a_time(portfolio):
    _start(portfolio["slow"])
    with pytest.raises(ob.PlanError, match="already has a plan, started on 26 Nov 2026"):
        _start(portfolio["slow"])


def test_an_empty_reason_is_refused(portfolio):
    with pytest.raises(ob.PlanError, match="Give the reason"):
        ob.start_plan(portfolio["slow"], "   ", on=TODAY)
    assert OffboardingPlan.select().count() == 0


def test_ticks_and_loose_ends_are_kept(portfolio):
    plan = _start(portfolio["slow"])
    item = ob.add_loose_end(plan, "  Hand back the   hosting login ")
    view = ob.build_plan_view(plan, today=TODAY)
    assert view.checklist[-1].text == "Hand back the hosting login"
    assert view.checklist[-1].key == f"loose_end:{item.id}"
    ob.set_done(plan, f"invoice:{Invoice.get(Invoice.number == '2026-117').id}")
    ob.set_done(plan, f"loose_end:{item.id}")
    view = ob.build_plan_view(plan, today=TODAY)
    assert [i.number for i in view.checklist if i.done] == [5, 6]
    ob.set_done(plan, f"loose_end:{item.id}", False)
    assert ob.build_plan_view(plan, today=TODAY).checklist_done == 1
    ob.remove_loose_end(plan, item.id)
    assert len(ob.build_plan_view(plan, today=TODAY).checklist) == 5


def test_a_new_invoice_shows_up_in_a_running_plan_and_can_be_ticked(portfolio):
    plan = _start(portfolio["prepaid"])
    inv = Invoice.create(
        client=portfolio["prepaid"],
        number="P-2",
        issued_on=TODAY,
        due_on=TODAY + dt.timedelta(days=30),
        total_minor=100_00,
    )
    ob.set_done(plan, f"invoice:{inv.id}")
    last = ob.build_plan_view(plan, today=TODAY).checklist[-1]
    assert (last.text, last.done) == ("Invoice P-2: 100.00 SEK open", True)


def test_meeting_is_in_person_phone_or_video_never_email(portfolio):
    plan = _start(portfolio["slow"])
    with pytest.raises(ob.PlanError, match="don't just send an e-mail"):
        ob.schedule_meeting(plan, dt.datetime(2026, 12, 2, 10), "email")


def test_meeting_is_stored_in_utc_and_shown_in_local_time(portfolio):
    plan = _start(portfolio["slow"])
    ob.schedule_meeting(plan, dt.datetime(2026, 11, 27, 10, 0), "in_person", "Café Nord")
    assert OffboardingPlan.get_by_id(plan.id).meeting_at == dt.datetime(2026, 11, 27, 9, 0)
    meeting = ob.build_plan_view(plan, today=TODAY).meeting
    assert meeting.at == dt.datetime(2026, 11, 27, 10, 0)
    assert (meeting.channel_label, meeting.place, meeting.minutes) == ("in person", "Café Nord", 30)
    assert meeting.warnings == [
        "The meeting falls inside the cooling-off period, which ends on 29 Nov 2026.",
        "Invoices are still open then: consider meeting after they are paid.",
    ]
    event = meeting.event
    assert (event.title, event.start, event.end, event.location) == (
        "Meeting with Slowpay AB",
        dt.datetime(2026, 11, 27, 9, 0),
        dt.datetime(2026, 11, 27, 9, 30),
        "Café Nord",
    )
    assert event.description == (
        "Meeting in person. The one reason to give: "
        "I no longer believe my services meet your needs."
    )


def test_users_own_message_is_kept_and_checked(portfolio):
    plan = _start(portfolio["slow"])
    ob.set_message(plan, "Hej! Det funkar inte, och dessutom betalar ni sent.", "sv")
    message = ob.build_plan_view(plan, today=TODAY).message
    assert (message.custom, message.lang, message.template_key) == (True, "sv", None)
    assert [w.code for w in message.warnings] == ["several_reasons"]
    ob.set_message(plan, "")
    assert not ob.build_plan_view(plan, today=TODAY).message.custom


def test_finishing_during_cooling_off_is_refused(portfolio):
    plan = _start(portfolio["slow"])
    with pytest.raises(ob.PlanError, match="runs until 29 Nov 2026"):
        ob.finish_plan(plan, TODAY)
    assert Client.get_by_id(portfolio["slow"].id).status == "active"


def test_finishing_archives_the_client_with_its_end_date_and_deletes_nothing(portfolio):
    client = portfolio["loose"]
    plan = _start(client)
    messages = Message.select().where(Message.client == client).count()
    ob.finish_plan(plan, dt.date(2026, 12, 30))
    client = Client.get_by_id(client.id)
    assert (client.status, client.ended_on) == ("archived", dt.date(2026, 12, 30))
    plan = OffboardingPlan.get_by_id(plan.id)
    assert (plan.status, plan.finished_on) == ("finished", dt.date(2026, 12, 30))
    assert Message.select().where(Message.client == client).count() == messages
    view = ob.build_plan_view(plan, today=dt.date(2027, 1, 2))
    assert (view.status, view.client_status, view.ended_on) == (
        "finished",
        "archived",
        dt.date(2026, 12, 30),
    )
    assert not view.is_draft
    with pytest.raises(ob.PlanError, match="finished"):
        ob.set_reason(plan, "x")


def test_cancelling_keeps_the_client_and_allows_a_new_plan_later(portfolio):
    plan = _start(portfolio["slow"])
    ob.cancel_plan(plan)
    assert Client.get_by_id(portfolio["slow"].id).status == "active"
    assert ob.running_plan(portfolio["slow"]) is None
    assert _start(portfolio["slow"]).id != plan.id


def test_finishing_is_one_transaction(portfolio, monkeypatch):
    plan = _start(portfolio["slow"])

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Client, "update", boom)
    with pytest.raises(RuntimeError):
        ob.finish_plan(plan, dt.date(2026, 12, 30))
    assert OffboardingPlan.get_by_id(plan.id).status == "running"


def test_upcoming_lists_dates_across_running_plans_soonest_first(portfolio):
    slow = _start(portfolio["slow"])
    ob.schedule_meeting(slow, dt.datetime(2026, 12, 2, 10, 0), "phone")
    prepaid = ob.start_plan(portfolio["prepaid"], "Scope creep.", on=dt.date(2026, 11, 20))
    ob.cancel_plan(_start(portfolio["rude"]))
    events = ob.upcoming(TODAY)
    # Prepaid's cooling-off ended on 2026-11-23, before today: not "coming up" any more.
    # Slowpay's invoice 2026-101 is overdue: the plan waits for it (payment first), and says so.
    # The handover 2026-12-26 is a Saturday: it moves to the Monday.
    assert [(e.day.isoformat(), e.kind, e.client_name, e.days_away) for e in events] == [
        ("2026-11-26", "waiting_for_payment", "Slowpay AB", 0),
        ("2026-11-29", "cooling_off_ends", "Slowpay AB", 3),
        ("2026-12-02", "meeting", "Slowpay AB", 6),
        ("2026-12-23", "notice_ends", "Prepaid Studio", 27),
        ("2026-12-28", "handover", "Prepaid Studio", 32),
        ("2027-01-01", "notice_ends", "Slowpay AB", 36),
        ("2027-01-04", "handover", "Slowpay AB", 39),
    ]
    assert events[0].label == "Waiting for payment of 2026-101"
    assert events[2].at == dt.datetime(2026, 12, 2, 10, 0)
    assert events[2].label == "Meeting by phone"
    assert prepaid.id not in {e.plan_id for e in events[:3]}
