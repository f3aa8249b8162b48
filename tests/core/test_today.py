"""The Today list (core.today): what comes due, when, and what done and snooze do to it.

Every case runs on AT = 2026-06-30 (a Tuesday) in Europe/Stockholm, with time frozen there.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from clientfit import offboarding as ob
from clientfit.core import today as t
from clientfit.store.clients import add_client, add_note, update_client
from clientfit.store.derived_models import BandMark
from clientfit.store.models import Invoice, Message, Note, OffboardingPlan, Payment

from .conftest import AT, D, utc

NOW = dt.datetime(2026, 6, 30, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def frozen(database, stockholm):
    with time_machine.travel(NOW, tick=False):
        yield database


def invoice(client, number, due, total=10_000_00, paid=0, status="open", amount_paid=None):
    inv = Invoice.create(
        client=client,
        number=number,
        issued_on=due - dt.timedelta(days=30),
        due_on=due,
        total_minor=total,
        currency="SEK",
        status=status,
        amount_paid=amount_paid,
    )
    if paid:
        Payment.create(invoice=inv, paid_on=due, amount_minor=paid)
    return inv


def kinds(listing):
    return [(i.kind, i.client, i.date, i.days_overdue) for i in listing.items]


def test_overdue_invoices_are_listed_by_days_late_and_paid_disputed_or_unknown_ones_are_not(frozen):
    acme = add_client("Acme")
    late = invoice(acme, "A-1", D(2026, 6, 10), paid=4_000_00)
    invoice(acme, "A-2", D(2026, 6, 1), paid=10_000_00)  # paid in full
    invoice(acme, "A-3", D(2026, 6, 2), status="disputed")
    invoice(acme, "A-4", D(2026, 6, 3), status="partial")  # paid part unknown
    invoice(acme, "A-5", D(2026, 6, 30))  # due today: not late yet
    archived = add_client("Gone AB")
    invoice(archived, "G-1", D(2026, 6, 20))
    archived.status = "archived"
    archived.save()

    listing = t.today_list()

    assert [(i.id, i.client, i.days_overdue) for i in listing.items] == [
        (f"invoice_overdue:{late.id}", "Acme", 20),
        (listing.items[1].id, "Gone AB", 10),  # money is owed after the work ended
    ]
    assert listing.items[0].detail == "Invoice A-1: 6,000.00 SEK unpaid"
    assert listing.due_count == 2


def test_swedish_details_are_written_the_swedish_way(frozen):
    invoice(add_client("Acme"), "A-1", D(2026, 6, 10), total=12_500_00)
    (item,) = t.today_list(lang="sv").items
    assert item.detail == "Faktura A-1: 12\u00a0500,00 SEK obetalt"


def test_a_plan_lists_its_dates_ahead_and_its_announce_day_once_cooling_off_ends(frozen):
    client = add_client("Hansson Bygg")
    plan = ob.start_plan(client, "Night messages.", on=D(2026, 6, 26))  # cools off until 06-29
    ob.schedule_meeting(plan, dt.datetime(2026, 7, 2, 10, 0), "phone")

    listing = t.today_list()

    assert kinds(listing)[:3] == [
        ("cooling_off_ends", "Hansson Bygg", D(2026, 6, 29), 1),
        ("meeting", "Hansson Bygg", D(2026, 7, 2), None),
        ("announce", "Hansson Bygg", D(2026, 7, 2), None),  # the meeting is where it is said
    ]
    assert {i.kind for i in listing.items} >= {"notice_ends", "handover"}
    assert listing.due_count == 1
    meeting = listing.items[1]
    assert meeting.id == f"meeting:{plan.id}:2026-07-02" and meeting.at.hour == 10


def test_a_plan_that_waits_for_payment_says_so_instead_of_announcing(frozen):
    client = add_client("Slowpay AB")
    invoice(client, "S-1", D(2026, 6, 1))
    ob.start_plan(client, "Pays late.", on=D(2026, 6, 20))

    listing = t.today_list()

    waiting = [i for i in listing.items if i.kind == "waiting_for_payment"]
    assert [(i.date, i.days_overdue, i.detail) for i in waiting] == [
        (AT, 0, "Waiting for payment of S-1")
    ]
    assert not [i for i in listing.items if i.kind == "announce"]


def test_keep_in_touch_comes_due_after_the_interval_and_any_message_note_or_meeting_resets_it(
    frozen,
):
    client = add_client("Quiet Co")
    update_client(client, keep_in_touch=14)
    Message.create(client=client, sent_at=utc(D(2026, 6, 10), 9), direction="out")

    (item,) = t.today_list().items
    assert (item.kind, item.date, item.days_overdue) == ("keep_in_touch", D(2026, 6, 24), 6)
    assert item.detail == "No contact for 20 days (keep in touch every 14 days)"
    assert item.id == f"keep_in_touch:{client.id}:2026-06-24"

    add_note(client, "Called them about the autumn.")  # a note today resets it
    assert t.today_list().items == []

    other = add_client("Silent AB")
    update_client(other, keep_in_touch=7)
    OffboardingPlan.create(  # a meeting that took place counts (here: on a cancelled plan)
        client=other,
        reason="x",
        started_on=D(2026, 6, 1),
        status="cancelled",
        meeting_at=utc(D(2026, 6, 28), 10),
    )
    Message.create(client=other, sent_at=utc(D(2026, 5, 1), 9), direction="in")
    assert t.today_list().items == []


def test_keep_in_touch_counts_days_in_the_users_zone_around_midnight(frozen):
    """The list reads only the clients already due: the cut between "due today" and "due
    tomorrow" is the user's midnight, not UTC's (Stockholm is UTC+2 in June)."""
    late_evening = add_client("Late Evening AB")  # last message 23:30 on 16 June, local time
    update_client(late_evening, keep_in_touch=14)
    Message.create(client=late_evening, sent_at=utc(D(2026, 6, 16), 23, 30), direction="in")
    after_midnight = add_client("After Midnight AB")  # 00:30 on 17 June: due tomorrow
    update_client(after_midnight, keep_in_touch=14)
    Message.create(client=after_midnight, sent_at=utc(D(2026, 6, 17), 0, 30), direction="in")
    weekly = add_client("Weekly AB")  # another interval in the same list
    update_client(weekly, keep_in_touch=7)
    Note.create(client=weekly, body="Lunch.", author="", created_at=utc(D(2026, 6, 23), 8))

    listing = t.today_list()
    assert [(i.client, i.date, i.days_overdue) for i in listing.items] == [
        ("Late Evening AB", D(2026, 6, 30), 0),
        ("Weekly AB", D(2026, 6, 30), 0),
    ]


def test_keep_in_touch_is_quiet_for_archived_and_ending_clients_and_when_turned_off(frozen):
    ending = add_client("Ending AB")
    update_client(ending, keep_in_touch=7)
    ob.start_plan(ending, "Done with it.", on=D(2026, 6, 29))
    off = add_client("Off AB")
    update_client(off, keep_in_touch=7)
    update_client(off, keep_in_touch=0)
    listing = t.today_list()
    assert [i for i in listing.items if i.kind == "keep_in_touch"] == []


def _mark(client, day, band, score=None):
    BandMark.create(client=client, day=day, band=band, score=score)


def test_a_band_that_dropped_within_the_week_is_listed_and_leaves_after_a_week(frozen):
    fell = add_client("Fell AB")
    rose = add_client("Rose AB")
    unknown = add_client("Unknown AB")
    _mark(fell, D(2026, 6, 1), "healthy", 80)
    _mark(fell, D(2026, 6, 27), "watch", 55)
    _mark(rose, D(2026, 6, 1), "watch", 50)
    _mark(rose, D(2026, 6, 28), "healthy", 75)
    _mark(unknown, D(2026, 6, 1), "healthy", 75)
    _mark(unknown, D(2026, 6, 28), "unknown")

    (item,) = t.today_list().items
    assert (item.id, item.date, item.days_overdue) == (
        f"band_dropped:{fell.id}:2026-06-27",
        D(2026, 6, 27),
        3,
    )
    assert item.detail == "Health fell from Healthy to Watch"
    assert t.today_list(D(2026, 7, 4)).items == []  # a week after the drop it is the old news


def test_the_band_change_compares_the_newest_mark_in_the_week_with_the_one_before_it(frozen):
    twice = add_client("Twice AB")  # fell, then fell again: the newest mark is the one shown
    back = add_client("Back AB")  # fell and came back within the week: nothing changed
    new = add_client("New AB")  # first seen inside the week: no band to compare with
    _mark(twice, D(2026, 6, 1), "healthy", 80)
    _mark(twice, D(2026, 6, 25), "watch", 55)
    _mark(twice, D(2026, 6, 28), "consider_ending", 30)
    _mark(back, D(2026, 6, 1), "healthy", 80)
    _mark(back, D(2026, 6, 25), "watch", 55)
    _mark(back, D(2026, 6, 28), "healthy", 78)
    _mark(new, D(2026, 6, 27), "watch", 50)

    (item,) = t.today_list().items
    assert item.id == f"band_dropped:{twice.id}:2026-06-28"
    assert item.detail == "Health fell from Healthy to Consider ending"


def test_record_bands_keeps_only_changes(frozen):
    from clientfit.health.bands import band_for

    client = add_client("Acme")

    class Score:
        def __init__(self, score):
            self.score, self.band = score, band_for(score)

    assert t.record_bands({client.id: Score(80)}, D(2026, 6, 20)) == 1
    assert t.record_bands({client.id: Score(75)}, D(2026, 6, 21)) == 0  # still healthy
    assert t.record_bands({client.id: Score(30)}, D(2026, 6, 29)) == 1
    rows = BandMark.select(BandMark.day, BandMark.band).order_by(BandMark.day).tuples()
    assert list(rows) == [(D(2026, 6, 20), "healthy"), (D(2026, 6, 29), "consider_ending")]
    (item,) = t.today_list().items
    assert item.detail == "Health fell from Healthy to Consider ending"


def test_done_removes_an_item_and_snooze_holds_it_until_its_day_with_the_reason(frozen):
    acme = add_client("Acme")
    first = invoice(acme, "A-1", D(2026, 6, 10))
    second = invoice(acme, "A-2", D(2026, 6, 11))

    t.mark_done(t.find_item(f"invoice_overdue:{first.id}"), reason="paid in cash")
    item = t.find_item(f"invoice_overdue:{second.id}")
    t.snooze(item, D(2026, 7, 3), "They promised on the 2nd.")

    (left,) = t.today_list().items
    assert left.snoozed_until == D(2026, 7, 3) and not left.due
    assert left.reason == "They promised on the 2nd."
    assert t.today_list().due_count == 0
    back = t.today_list(D(2026, 7, 3)).items[0]
    assert back.due and back.snoozed_until is None
    with pytest.raises(t.TodayError, match="not on the Today list"):
        t.find_item(f"invoice_overdue:{first.id}")
    assert t.undo(f"invoice_overdue:{first.id}")
    assert len(t.today_list().items) == 2


def test_snooze_needs_a_later_day_and_a_reason(frozen):
    invoice(add_client("Acme"), "A-1", D(2026, 6, 10))
    (item,) = t.today_list().items
    with pytest.raises(t.TodayError, match="a day after 2026-06-30"):
        t.snooze(item, AT, "later")
    with pytest.raises(t.TodayError, match="reason"):
        t.snooze(item, D(2026, 7, 1), "  ")
    assert t.today_list().items[0].due


def test_a_done_keep_in_touch_comes_back_on_the_next_date(frozen):
    client = add_client("Quiet Co")
    update_client(client, keep_in_touch=10)
    Message.create(client=client, sent_at=utc(D(2026, 6, 1), 9), direction="in")
    (item,) = t.today_list().items
    t.mark_done(item)
    assert t.today_list().items == []
    Message.create(client=client, sent_at=utc(D(2026, 6, 15), 9), direction="in")
    (again,) = t.today_list().items  # 06-15 + 10 days: a new item, not the one marked done
    assert again.date == D(2026, 6, 25) and again.id != item.id
