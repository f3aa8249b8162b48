"""Assembling a `PlanView`: everything the plan says about one client, as of one day, in one language.

This is the one read path the dialog, the CLI and the packet share. It reads the plan row, derives
the checklist and the payment guard from the client's records, works out the dates, and renders the
message draft, so that what the user sees on screen and what is printed cannot differ.
"""

from __future__ import annotations

import datetime as dt
import json

from peewee import fn

from clientfit.common.dates import day_text
from clientfit.common.zone import utc_to_local
from clientfit.i18n import LANGUAGES, N_, gettext_for, ngettext_for
from clientfit.offboarding import defaults, drafts, referrals, schedule
from clientfit.offboarding.checklist import (
    derive_items,
    open_invoices,
    payment_arrived,
    payment_guard,
    work_states,
)
from clientfit.offboarding.views import (
    CalendarEvent,
    ChecklistEntry,
    Considerations,
    Meeting,
    MessageDraft,
    PlanEventView,
    PlanView,
    TimelineEntry,
)
from clientfit.store.contracts import contract_of
from clientfit.store.models import (
    ChecklistItem,
    Client,
    Consideration,
    Contact,
    Deliverable,
    OffboardingPlan,
    PlanEvent,
)
from clientfit.store.user_log import considered_since

EVENT_LABELS = {
    "announced": N_("Decision announced"),
    "notice_sent": N_("Notice sent"),
    "referred": N_("Referred to {colleague}"),
    "override": N_("Went ahead before payment"),
    "reminder_sent": N_("Payment reminder sent"),
    "finished": N_("Collaboration ended"),
}

STEP_TITLES = (
    N_("Cool off"),
    N_("Review the contract"),
    N_("Payment guard"),
    N_("Meet"),
    N_("Message"),
    N_("Notice"),
    N_("Referrals"),
)


def considerations(client_id: int, today: dt.date, lang: str) -> Considerations:
    """How often ending this client has been considered: in all, last 30 days, last year (SQL)."""
    ngettext = ngettext_for(lang)
    day = Consideration.considered_on
    row = (
        Consideration.select(
            fn.COUNT(Consideration.id),
            fn.SUM((day >= considered_since(today)).cast("integer")),
            fn.SUM((day > today - dt.timedelta(days=365)).cast("integer")),
            fn.MIN(day),
        )
        .where((Consideration.client == client_id) & (day <= today))
        .tuples()
        .get()
    )
    total, month, year, first = row[0] or 0, row[1] or 0, row[2] or 0, row[3]
    if isinstance(first, str):
        first = dt.date.fromisoformat(first)
    hint = None
    if year >= defaults.GUT_CONSIDERATIONS:
        hint = ngettext(
            "You have considered ending this client {n} time in the last year: listen to your gut.",
            "You have considered ending this client {n} times in the last year: listen to your gut.",
            year,
        ).format(n=year)
    return Considerations(total, month, year, first, hint)


def _checklist(plan: OffboardingPlan, client: Client, invoices, lang: str) -> list[ChecklistEntry]:
    stored = list(ChecklistItem.select().where(ChecklistItem.plan == plan))
    done = {f"{i.kind}:{i.ref_id or 0}": i.done for i in stored if i.kind != "loose_end"}
    entries: list[ChecklistEntry] = []
    for item in derive_items(client, invoices, lang):
        entries.append(
            ChecklistEntry(
                number=len(entries) + 1,
                key=item.key,
                kind=item.kind,
                state=item.state,
                text=item.text,
                detail=item.detail,
                done=done.get(item.key, False),
                needs_action=item.needs_action,
                ref_id=item.ref_id,
            )
        )
    loose = sorted((i for i in stored if i.kind == "loose_end"), key=lambda i: (i.position, i.id))
    for item in loose:
        entries.append(
            ChecklistEntry(
                number=len(entries) + 1,
                key=f"loose_end:{item.id}",
                kind="loose_end",
                state="todo",
                text=item.text,
                detail="",
                done=item.done,
                needs_action=False,
                ref_id=item.id,
            )
        )
    return entries


def _meeting(
    plan: OffboardingPlan, client: Client, cool, guard, today, lang: str
) -> Meeting | None:
    if not plan.meeting_at:
        return None
    _ = gettext_for(lang)
    minutes = defaults.meeting_minutes()
    local = utc_to_local(plan.meeting_at)
    channel = _(schedule.CHANNEL_LABELS.get(plan.meeting_channel or "", ""))
    warnings = []
    if local.date() < cool.ends_on:
        warnings.append(
            _("The meeting falls inside the cooling-off period, which ends on {day}.").format(
                day=day_text(cool.ends_on, lang)
            )
        )
    if guard.active and (
        guard.suggested_announce_on is None or local.date() < guard.suggested_announce_on
    ):
        warnings.append(_("Invoices are still open then: consider meeting after they are paid."))
    if plan.status == "running" and local.date() < today:
        warnings.append(_("The meeting date has passed."))
    event = CalendarEvent(
        uid=f"clientfit-offboarding-{plan.id}@clientfit.local",
        title=_("Meeting with {client}").format(client=client.name),
        start=plan.meeting_at,
        end=plan.meeting_at + dt.timedelta(minutes=minutes),
        description=_("Meeting {channel}. The one reason to give: {reason}").format(
            channel=channel, reason=drafts.template(None, lang).reason
        ),
        location=plan.meeting_place or "",
    )
    return Meeting(
        at_utc=plan.meeting_at,
        at=local,
        minutes=minutes,
        channel=plan.meeting_channel,
        channel_label=channel,
        place=plan.meeting_place or "",
        warnings=warnings,
        event=event,
    )


def _contact_name(client: Client) -> str | None:
    first = (
        Contact.select(Contact.name).where(Contact.client == client).order_by(Contact.id).first()
    )
    return first.name if first else None


def render_template(
    plan: OffboardingPlan | int,
    template_key: str | None = None,
    lang: str | None = None,
    today: dt.date | None = None,
) -> str:
    """A template filled in for this plan: what "Use this template" puts in the editor."""
    view = build_plan_view(plan, today=today, lang=lang)
    return _render(view, template_key)


def _unpaid_work(client_id: int) -> drafts.UnpaidWork | None:
    """Delivered work the client has not paid for: the letter hands it over on payment only."""
    rows = [w for w in work_states(client_id) if w.delivered_on and not w.paid]
    if not rows:
        return None
    return drafts.UnpaidWork(tuple((w.title, w.invoice) for w in rows))


def _events(plan: OffboardingPlan, lang: str) -> list[PlanEventView]:
    _ = gettext_for(lang)
    out = []
    query = PlanEvent.select().where(PlanEvent.plan == plan).order_by(PlanEvent.on, PlanEvent.id)
    for e in query:
        colleague = e.colleague.name if e.colleague_id else e.detail
        label = _(EVENT_LABELS.get(e.kind, e.kind)).format(colleague=colleague)
        out.append(PlanEventView(e.id, e.kind, e.on, label, e.detail))
    return out


def _render(view: PlanView, template_key: str | None) -> str:
    contact = view.contact_name.split()[0] if view.contact_name else view.client_name
    return drafts.render(
        drafts.template(template_key, view.lang),
        contact=contact,
        client=view.client_name,
        last_day=view.notice.last_working_day,
        handover=view.notice.handover_on,
        referral=referrals.referral_sentence(view.referrals, view.lang),
        sender=defaults.signature(),
        unpaid=_unpaid_work(view.client_id),
    )


def build_plan_view(
    plan: OffboardingPlan | int, *, today: dt.date | None = None, lang: str | None = None
) -> PlanView:
    """Everything the plan says, as of `today` (default: the real today), in `lang` (default: the
    plan's language). Read-only."""
    if isinstance(plan, int):
        plan = OffboardingPlan.get_by_id(plan)
    today = today or dt.date.today()
    lang = lang if lang in LANGUAGES else plan.lang
    _ = gettext_for(lang)
    client = Client.get_by_id(plan.client_id)
    cool = schedule.cooling_off(plan, today)
    invoices = open_invoices(client.id, today)
    guard = payment_guard(
        invoices, today, lang, override=plan.announce_override, latest=plan.announce_latest
    )
    meeting = _meeting(plan, client, cool, guard, today, lang)
    work = work_states(client.id)
    open_paid = [
        schedule.OpenPaidWork(w.id, w.title, w.due_on)
        for w in work
        if w.paid and not w.delivered_on and w.due_on
    ]
    deliverable = None
    if plan.notice_deliverable_id:
        d = Deliverable.get_or_none(Deliverable.id == plan.notice_deliverable_id)
        if d is not None:
            deliverable = schedule.NoticeDeliverable(d.id, d.title, d.due_on)
    notice = schedule.notice(
        plan,
        cool,
        meeting.at.date() if meeting else None,
        deliverable,
        lang,
        meeting.channel_label if meeting else "",
        guard=guard,
        today=today,
        open_paid=open_paid,
        paid_on=payment_arrived(client.id, plan.started_on),
    )
    section = referrals.apply_choices(
        referrals.referrals(client, lang),
        json.loads(plan.referral_ids) if plan.referral_ids else None,
        plan.advice,
        lang,
    )
    contact = _contact_name(client)
    is_draft = not cool.passed and plan.status == "running"
    view = PlanView(
        plan_id=plan.id,
        client_id=client.id,
        client_name=client.name,
        client_status=client.status,
        contact_name=contact,
        status=plan.status,
        lang=lang,
        today=today,
        reason=plan.reason,
        is_draft=is_draft,
        draft_mark=drafts.phrases(lang)["draft_mark"] if is_draft else None,
        cooling_off=cool,
        considerations=considerations(client.id, today, lang),
        contract_path=client.contract_path,
        checklist=_checklist(plan, client, invoices, lang),
        payment_guard=guard,
        meeting=meeting,
        message=MessageDraft("", lang, False, None, None, 0, 0, []),
        notice=notice,
        referrals=section,
        finished_on=plan.finished_on,
        ended_on=client.ended_on,
        step_titles=[_(t) for t in STEP_TITLES],
        contract=contract_of(client.id),
        events=_events(plan, lang),
        next_step=_next_step(notice.timeline, today) if plan.status == "running" else None,
    )
    if plan.message:
        text, text_lang, custom, key, reason = plan.message, plan.lang, True, None, None
    else:
        tmpl = drafts.template(None, lang)
        text = _render(view, None)
        text_lang, custom, key, reason = lang, False, tmpl.key, tmpl.reason
    stats = drafts.draft_stats(text)
    message = MessageDraft(
        text=text,
        lang=text_lang,
        custom=custom,
        template_key=key,
        reason=reason,
        words=stats.words,
        sentences=stats.sentences,
        warnings=drafts.check_draft(text, lang),
    )
    return _replace(view, message=message)


def _next_step(timeline: list[TimelineEntry], today: dt.date) -> TimelineEntry | None:
    """The first date of the timeline on or after today (the banner's "next: ... on ...")."""
    return next((e for e in timeline if e.day >= today), None)


def _replace(view: PlanView, **changes) -> PlanView:
    import dataclasses

    return dataclasses.replace(view, **changes)
