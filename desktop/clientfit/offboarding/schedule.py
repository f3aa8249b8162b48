"""The plan's dates: cooling-off, the notice period and its timeline, and what is coming up.

Pure date arithmetic over a plan row, shared by the plan view (one client) and `upcoming` (every
running plan, for the main window's panel), so the two never disagree about a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from clientfit.i18n import N_, gettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.views import CoolingOff, Notice, TimelineEntry, UpcomingEvent
from clientfit.store.models import Client, Deliverable, OffboardingPlan

CHANNEL_LABELS = {
    "in_person": N_("in person"),
    "phone": N_("by phone"),
    "video": N_("by video"),
}
TIMELINE_LABELS = {
    "cooling_off_ends": N_("Cooling-off period ends"),
    "meeting": N_("Meeting {channel}"),
    "announce": N_("Announce the decision"),
    "last_working_day": N_("Last working day"),
    "handover": N_("Handover: files, accounts and access"),
}
UPCOMING_LABELS = {
    "cooling_off_ends": N_("Cooling-off period ends"),
    "meeting": N_("Meeting {channel}"),
    "notice_ends": N_("Notice period ends (last working day)"),
    "handover": N_("Handover: files, accounts and access"),
}
_ORDER = list(TIMELINE_LABELS)


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
) -> Notice:
    """Announce day, last working day and handover, with the full timeline of the plan."""
    _ = gettext_for(lang)
    if plan.announce_on:
        announce, source = plan.announce_on, "chosen"
    elif meeting_day:
        announce, source = meeting_day, "meeting"
    else:
        announce, source = cool.ends_on, "cooling_off"
    if default_days is None:
        default_days = defaults.notice_days()
    days = plan.notice_days if plan.notice_days is not None else default_days
    note = None
    mode = "days"
    last = announce + dt.timedelta(days=days)
    if deliverable is not None:
        if deliverable.due_on is None:
            note = _("“{title}” has no due date, so the notice is {n} days.").format(
                title=deliverable.title, n=days
            )
        elif deliverable.due_on < announce:
            note = _("“{title}” is due before the announcement, so the notice is {n} days.").format(
                title=deliverable.title, n=days
            )
        else:
            mode, last = "deliverable", deliverable.due_on
            days = (last - announce).days
    handover_on = last + dt.timedelta(
        days=defaults.handover_days() if handover is None else handover
    )
    entries = [
        ("cooling_off_ends", cool.ends_on),
        ("announce", announce),
        ("last_working_day", last),
        ("handover", handover_on),
    ]
    if meeting_day:
        entries.append(("meeting", meeting_day))
    timeline = [
        TimelineEntry(day, kind, _(TIMELINE_LABELS[kind]).format(channel=channel_label))
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
    )


def upcoming(
    today: dt.date | None = None, lang: str = "en", include_past_days: int = 0
) -> list[UpcomingEvent]:
    """What is coming up across running plans, soonest first (one query for all of them)."""
    from clientfit.common.zone import utc_to_local

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
    settings = {"default_days": defaults.notice_days(), "handover": defaults.handover_days()}
    for plan in query.objects():
        cool = cooling_off(plan, today)
        meeting_at = utc_to_local(plan.meeting_at) if plan.meeting_at else None
        channel = _(CHANNEL_LABELS.get(plan.meeting_channel or "", "")) if meeting_at else ""
        deliverable = (
            NoticeDeliverable(plan.notice_deliverable_id, plan.title, plan.due_on)
            if plan.notice_deliverable_id
            else None
        )
        day = meeting_at.date() if meeting_at else None
        dates = notice(plan, cool, day, deliverable, lang, **settings)
        rows: list[tuple[str, dt.date, dt.datetime | None]] = [
            ("cooling_off_ends", cool.ends_on, None),
            ("notice_ends", dates.last_working_day, None),
            ("handover", dates.handover_on, None),
        ]
        if meeting_at:
            rows.append(("meeting", meeting_at.date(), meeting_at))
        for kind, day, at in rows:
            if day < since:
                continue
            events.append(
                UpcomingEvent(
                    day=day,
                    at=at,
                    kind=kind,
                    label=_(UPCOMING_LABELS[kind]).format(channel=channel),
                    client_id=plan.client_id,
                    client_name=plan.name,
                    plan_id=plan.id,
                    days_away=(day - today).days,
                )
            )
    kinds = list(UPCOMING_LABELS)
    events.sort(key=lambda e: (e.day, e.at or dt.datetime.min, kinds.index(e.kind), e.client_name))
    return events
