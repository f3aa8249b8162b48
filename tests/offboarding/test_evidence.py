"""The evidence log: dated facts from the records, readable however busy the client is."""

from __future__ import annotations

import datetime as dt

from clientfit.common.dates import day_text
from clientfit.offboarding.record import BURST, MAX_BURSTS, evidence

TODAY = dt.date(2026, 11, 26)


def test_after_hours_bursts_are_listed_recent_first_and_the_older_ones_summed_up(
    database, stockholm
):
    from clientfit.store.clients import add_client
    from clientfit.store.models import Message

    client = add_client("Night Owl AB")
    days = [dt.date(2026, 1, 5) + dt.timedelta(days=7 * w) for w in range(MAX_BURSTS + 3)]
    n = 0
    for day in days:  # Mondays, 22:00-22:30 Stockholm (21:00 UTC in winter, 20:00 in summer)
        for minute in range(BURST):
            Message.create(
                client=client,
                sent_at=dt.datetime.combine(day, dt.time(20, minute)),
                direction="in",
                message_id=f"<n{n}@x>",
            )
            n += 1
    Message.create(  # one message in working hours: no burst
        client=client, sent_at=dt.datetime(2026, 11, 2, 9), direction="in", message_id="<day@x>"
    )
    facts = [f for f in evidence(client.id, TODAY, "en") if f.kind == "after_hours"]
    assert len(facts) == MAX_BURSTS + 1
    assert facts[0].on == days[0]
    assert facts[0].text == (
        f"3 more days with {BURST} or more messages outside your working hours, "
        f"{day_text(days[0])} to {day_text(days[2])} (9 messages)."
    )
    assert [f.on for f in facts[1:]] == days[3:]
    assert facts[-1].text == "3 messages arrived outside your working hours."
    sv = [f.text for f in evidence(client.id, TODAY, "sv") if f.kind == "after_hours"]
    assert sv[-1] == "3 meddelanden kom utanför din arbetstid."


def test_paid_work_still_to_deliver_has_a_date_from_today_on_the_handover_list(database):
    """An overdue or undated deliverable the client paid for: deliver it now (today), never a
    date already past and never no date; one due later keeps its due date."""
    from clientfit.offboarding.record import handover
    from clientfit.store.clients import add_client
    from clientfit.store.models import Deliverable

    client = add_client("Prepaid AB")
    for title, due in (
        ("Overdue app", dt.date(2026, 11, 21)),
        ("Undated film", None),
        ("Later book", dt.date(2026, 12, 20)),
    ):
        Deliverable.create(client=client, title=title, due_on=due, paid=True)
    handover_on = dt.date(2027, 1, 11)
    by = {i.what: (i.by, i.action) for i in handover(client.id, handover_on, [], "en", TODAY)}
    assert by["Overdue app"] == (TODAY, "Deliver it first (due 21 Nov 2026, overdue)")
    assert by["Undated film"] == (TODAY, "Deliver it first (no due date)")
    assert by["Later book"] == (dt.date(2026, 12, 20), "Deliver it first (due 20 Dec 2026)")
    sv = {i.what: i.action for i in handover(client.id, handover_on, [], "sv", TODAY)}
    assert sv["Overdue app"] == "Leverera först (förföll 21 nov. 2026, försenad)"
    assert sv["Undated film"] == "Leverera först (inget förfallodatum)"
