"""The plan's dates: cooling-off, the notice period and its timeline, and what is coming up.

Pure date arithmetic over a plan row, shared by the plan view (one client) and `upcoming` (every
running plan, for the main window's panel), so the two never disagree about a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from clientfit.common.dates import day_text
from clientfit.common.working_days import WorkingDays
from clientfit.i18n import N_, gettext_for, ngettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.views import (
    CoolingOff,
    Notice,
    PaymentGuard,
    TimelineEntry,
    UpcomingEvent,
)
from clientfit.store.models import Client, Deliverable, OffboardingPlan, PlanEvent

CHANNEL_LABELS = {
    "in_person": N_("in person"),
    "phone": N_("by phone"),
    "video": N_("by video"),
}
TIMELINE_LABELS = {
    "cooling_off_ends": N_("Cooling-off period ends"),
    "meeting": N_("Meeting {channel}"),
    "announce": N_("Announce the decision"),
    "announce_when_paid": N_("Announce the decision once paid ({numbers}), at the earliest"),
    "announce_latest": N_(
        "Announce the decision once paid ({numbers}), or on this day at the latest"
    ),
    "last_working_day": N_("Last working day"),
    "handover": N_("Handover: files, accounts and access"),
}
UPCOMING_LABELS = {
    "waiting_for_payment": N_("Waiting for payment of {numbers}"),
    "renewal": N_("The contract renews: give notice before then"),
    "renewal_notice": N_("Last day to give notice before the contract renews on {day}"),
    "cooling_off_ends": N_("Cooling-off period ends"),
    "meeting": N_("Meeting {channel}"),
    "announce": N_("Announce the decision"),
    "notice_ends": N_("Notice period ends (last working day)"),
    "handover": N_("Handover: files, accounts and access"),
}
_ORDER = ["cooling_off_ends", "meeting", "announce", "last_working_day", "handover"]


def cooling_off(plan: OffboardingPlan, today: dt.date) -> CoolingOff:
    ends = plan.started_on + dt.timedelta(days=plan.cooling_off_days)
    left = max(0, (ends - today).days)
    return CoolingOff(plan.cooling_off_days, plan.started_on, ends, today >= ends, left)


@dataclass(frozen=True)
class NoticeDeliverable:
    """The deliverable a notice period runs until (its due date ends the notice)."""

    id: int
    title: str
    due_on: dt.date | None


@dataclass(frozen=True)
class OpenPaidWork:
    """Work the client has paid for and not yet received: the notice must not end before it."""

    id: int
    title: str
    due_on: dt.date


def notice(
    plan: OffboardingPlan,
    cool: CoolingOff,
    meeting_day: dt.date | None,
    deliverable: NoticeDeliverable | None,
    lang: str,
    channel_label: str = "",
    *,
    default_days: int | None = None,
    handover: int | None = None,
    guard: PaymentGuard | None = None,
    today: dt.date | None = None,
    work: WorkingDays | None = None,
    open_paid: list[OpenPaidWork] | None = None,
    paid_on: dt.date | None = None,
) -> Notice:
    """Announce day, last working day and handover, with the full timeline of the plan.

    Payment first: while `guard` waits (overdue or disputed invoices, no override) the decision is
    announced "when paid": the dates count from today (or the cooling-off end, if later) and move
    with every day the money does not arrive, up to the plan's latest announce date. The last
    working day and the handover fall on the user's working days.
    """
    _ = gettext_for(lang)
    ngettext = ngettext_for(lang)
    today = today or dt.date.today()
    work = work or WorkingDays()
    if plan.announce_on:
        announce, source = plan.announce_on, "chosen"
    elif meeting_day:
        announce, source = meeting_day, "meeting"
    else:
        announce, source = cool.ends_on, "cooling_off"
    waiting = list(guard.waiting_for) if guard is not None and guard.waiting else []
    announce_kind = "announce"
    if not waiting and paid_on and paid_on > announce and source != "chosen":
        announce, source = paid_on, "paid"  # the plan waited; the money came in on this day
    if waiting:
        if plan.announce_latest:
            announce, source = max(announce, plan.announce_latest), "latest"
            announce_kind = "announce_latest"
        else:
            announce, source = max(announce, today), "when_paid"
            announce_kind = "announce_when_paid"
    if default_days is None:
        default_days = defaults.notice_days()
    days = plan.notice_days if plan.notice_days is not None else default_days
    chosen_days = days
    note = None
    mode = "days"
    last = work.on_or_before(announce + dt.timedelta(days=days))
    if deliverable is not None:
        if deliverable.due_on is None:
            note = ngettext(
                "“{title}” has no due date, so the notice is {n} day.",
                "“{title}” has no due date, so the notice is {n} days.",
                days,
            ).format(title=deliverable.title, n=days)
        elif deliverable.due_on < announce:
            note = ngettext(
                "“{title}” is due before the announcement, so the notice is {n} day.",
                "“{title}” is due before the announcement, so the notice is {n} days.",
                days,
            ).format(title=deliverable.title, n=days)
        else:
            mode, last = "deliverable", deliverable.due_on
    last = max(last, announce)
    if mode == "deliverable":
        last = max(work.on_or_before(last), announce)
        days = (last - announce).days
    handover_on = work.on_or_after(
        last + dt.timedelta(days=defaults.handover_days() if handover is None else handover)
    )
    warning = suggest = suggest_title = None
    if mode == "days":
        late = [w for w in open_paid or [] if w.due_on > last]
        if late:
            first = min(late, key=lambda w: (w.due_on, w.id))
            warning = _(
                "The notice ends on {last}, before “{title}” is due on {due}, and the client has "
                "paid for it: give notice until it is done."
            ).format(last=day_text(last, lang), title=first.title, due=day_text(first.due_on, lang))
            suggest, suggest_title = first.id, first.title
    entries = [
        ("cooling_off_ends", cool.ends_on),
        ("announce", announce),
        ("last_working_day", last),
        ("handover", handover_on),
    ]
    if meeting_day:
        entries.append(("meeting", meeting_day))
    numbers = ", ".join(waiting)
    timeline = [
        TimelineEntry(
            day,
            kind,
            _(TIMELINE_LABELS[announce_kind if kind == "announce" else kind]).format(
                channel=channel_label, numbers=numbers
            ),
        )
        for kind, day in sorted(entries, key=lambda e: (e[1], _ORDER.index(e[0])))
    ]
    return Notice(
        mode=mode,
        days=days,
        deliverable_id=deliverable.id if deliverable else None,
        deliverable_title=deliverable.title if deliverable else None,
        announce_on=announce,
        announce_source=source,
        last_working_day=last,
        handover_on=handover_on,
        note=note,
        timeline=timeline,
        waiting_for=waiting,
        warning=warning,
        suggest_deliverable_id=suggest,
        suggest_deliverable_title=suggest_title,
        chosen_days=chosen_days,
    )


def upcoming(
    today: dt.date | None = None,
    lang: str = "en",
    include_past_days: int = 0,
    *,
    announce: bool = False,
) -> list[UpcomingEvent]:
    """What is coming up across running plans, soonest first: their dates, the payments they wait
    for, and the contracts that renew soon (for active clients too: notice is due before then).

    `announce=True` adds the day to announce the decision (while the plan does not wait for
    payment and no announcement is recorded), whatever `include_past_days` says: until it is
    done, it stays due (the Today list)."""
    from clientfit.common.zone import user_zone, utc_to_local
    from clientfit.offboarding.checklist import open_invoices, payment_arrived, payment_guard

    _ = gettext_for(lang)
    today = today or dt.date.today()
    since = today - dt.timedelta(days=include_past_days)
    query = (
        OffboardingPlan.select(OffboardingPlan, Client.name, Deliverable.title, Deliverable.due_on)
        .join(Client)
        .switch(OffboardingPlan)
        .join(Deliverable, JOIN.LEFT_OUTER)
        .where(OffboardingPlan.status == "running")
    )
    events: list[UpcomingEvent] = []
    announced = (
        {
            plan_id
            for (plan_id,) in PlanEvent.select(PlanEvent.plan)
            .where(PlanEvent.kind == "announced")
            .tuples()
        }
        if announce
        else set()
    )
    settings = {
        "default_days": defaults.notice_days(),
        "handover": defaults.handover_days(),
        "work": WorkingDays(),
        "today": today,
    }
    plans = list(query.objects())
    zone = user_zone() if plans else None  # read once, not once a plan
    from clientfit.store.records import invoices_by_client

    invoices = invoices_by_client([plan.client_id for plan in plans])  # one query for all
    for plan in plans:
        mine = invoices.get(plan.client_id, [])
        cool = cooling_off(plan, today)
        meeting_at = utc_to_local(plan.meeting_at, zone) if plan.meeting_at else None
        channel = _(CHANNEL_LABELS.get(plan.meeting_channel or "", "")) if meeting_at else ""
        deliverable = (
            NoticeDeliverable(plan.notice_deliverable_id, plan.title, plan.due_on)
            if plan.notice_deliverable_id
            else None
        )
        day = meeting_at.date() if meeting_at else None
        guard = payment_guard(
            open_invoices(plan.client_id, today, mine),
            today,
            lang,
            override=plan.announce_override,
            latest=plan.announce_latest,
        )
        paid_on = payment_arrived(plan.client_id, plan.started_on, mine)
        dates = notice(plan, cool, day, deliverable, lang, guard=guard, paid_on=paid_on, **settings)
        rows: list[tuple[str, dt.date, dt.datetime | None]] = [
            ("cooling_off_ends", cool.ends_on, None),
            ("notice_ends", dates.last_working_day, None),
            ("handover", dates.handover_on, None),
        ]
        if dates.waiting_for:
            rows.append(("waiting_for_payment", today, None))
        if meeting_at:
            rows.append(("meeting", meeting_at.date(), meeting_at))
        if announce and not dates.waiting_for and plan.id not in announced:
            rows.append(("announce", dates.announce_on, None))
        numbers = ", ".join(dates.waiting_for)
        for kind, day, at in rows:
            if day < since and kind != "announce":
                continue
            events.append(
                UpcomingEvent(
                    day=day,
                    at=at,
                    kind=kind,
                    label=_(UPCOMING_LABELS[kind]).format(channel=channel, numbers=numbers),
                    client_id=plan.client_id,
                    client_name=plan.name,
                    plan_id=plan.id,
                    days_away=(day - today).days,
                )
            )
    events += _renewals(today, since, lang)
    kinds = list(UPCOMING_LABELS)
    events.sort(key=lambda e: (e.day, e.at or dt.datetime.min, kinds.index(e.kind), e.client_name))
    return events


def _renewals(today: dt.date, since: dt.date, lang: str) -> list[UpcomingEvent]:
    """Contracts of active clients whose last day to give notice (the renewal less the notice
    clause; the renewal itself without one) falls within `RENEWAL_WARNING_DAYS`."""
    from clientfit.store.models import Contract

    _ = gettext_for(lang)
    horizon = today + dt.timedelta(days=defaults.RENEWAL_WARNING_DAYS)
    longest = dt.timedelta(days=366)  # clauses are 0-365 days: filter in SQL, decide below
    query = (
        Contract.select(Contract.renews_on, Contract.notice_days, Client.id, Client.name)
        .join(Client)
        .where((Client.status == "active") & Contract.renews_on.between(since, horizon + longest))
        .tuples()
    )
    events = []
    for renews, notice_days, cid, name in query:
        day = renews - dt.timedelta(days=notice_days or 0)
        if not since <= day <= horizon:
            continue  # too far off, or too late: the contract renews whatever notice is given
        label = (
            _(UPCOMING_LABELS["renewal_notice"]).format(day=day_text(renews, lang))
            if notice_days
            else _(UPCOMING_LABELS["renewal"])
        )
        events.append(
            UpcomingEvent(
                day=day,
                at=None,
                kind="renewal",
                label=label,
                client_id=cid,
                client_name=name,
                plan_id=None,
                days_away=(day - today).days,
            )
        )
    return events
