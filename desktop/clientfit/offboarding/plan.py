"""Running an offboarding plan: start, change, tick, finish - every change validated and stored.

The plan is one `OffboardingPlan` row with its `ChecklistItem`s. Starting a plan records the reason
and the consideration and opens the cooling-off period; finishing it archives the client with its
end date and deletes nothing. Changes that touch several rows run in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json

from clientfit.common.dates import day_text
from clientfit.common.zone import local_to_utc
from clientfit.i18n import LANGUAGES, N_, _, current_language
from clientfit.offboarding import defaults
from clientfit.store.clients import ValidationError, checked_text
from clientfit.store.database import db
from clientfit.store.models import (
    ChecklistItem,
    Client,
    Colleague,
    Consideration,
    Deliverable,
    OffboardingPlan,
    PlanEvent,
)
from clientfit.store.user_log import log_consideration

# A plan's status, as its texts name it (`_(plan.status)`): marked so the catalogs carry them.
PLAN_STATUSES = {"running": N_("running"), "finished": N_("finished"), "cancelled": N_("cancelled")}
MAX_REASON = 2000
MAX_LOOSE_END = 500
MAX_MESSAGE = 20_000


class PlanError(ValidationError):
    """A plan change the user must correct; the message is shown as it is."""


def running_plan(client: Client | int) -> OffboardingPlan | None:
    return (
        OffboardingPlan.select()
        .where((OffboardingPlan.client == client) & (OffboardingPlan.status == "running"))
        .order_by(OffboardingPlan.id.desc())
        .first()
    )


def latest_plan(client: Client | int) -> OffboardingPlan | None:
    """The running plan, or else the most recent finished one (cancelled plans are history)."""
    return running_plan(client) or (
        OffboardingPlan.select()
        .where((OffboardingPlan.client == client) & (OffboardingPlan.status == "finished"))
        .order_by(OffboardingPlan.id.desc())
        .first()
    )


def _clean_reason(reason: str) -> str:
    return _reason_text((reason or "").strip(), _("Give the reason for ending this client."))


def _reason_text(text: str, empty: str | None = None) -> str:
    too_long = _("The reason is too long ({n} characters; at most {max}).")
    return checked_text(text, MAX_REASON, too_long, empty, PlanError)


def start_plan(
    client: Client,
    reason: str,
    *,
    on: dt.date | None = None,
    notice_days: int | None = None,
    cooling_off_days: int | None = None,
    lang: str = "en",
) -> OffboardingPlan:
    """Begin ending a client: records the reason and a consideration; the cooling-off starts today."""
    from clientfit.offboarding.checklist import derive_items, open_invoices

    text = _clean_reason(reason)
    on = on or dt.date.today()
    if client.status != "active":
        raise PlanError(_("“{name}” is archived already.").format(name=client.name))
    current = running_plan(client)
    if current is not None:
        raise PlanError(
            _("“{name}” already has a plan, started on {day}.").format(
                name=client.name, day=day_text(current.started_on, current_language())
            )
        )
    if notice_days is not None and not 0 <= notice_days <= 365:
        raise PlanError(_("The notice period must be between 0 and 365 days."))
    if cooling_off_days is not None and not 0 <= cooling_off_days <= 60:
        raise PlanError(_("The cooling-off period must be between 0 and 60 days."))
    with db.atomic():
        plan = OffboardingPlan.create(
            client=client,
            reason=text,
            started_on=on,
            cooling_off_days=(
                defaults.cooling_off_days() if cooling_off_days is None else cooling_off_days
            ),
            notice_days=default_notice_days(client) if notice_days is None else notice_days,
            lang=lang if lang in LANGUAGES else "en",
        )
        already = Consideration.select().where(
            (Consideration.client == client) & (Consideration.considered_on == on)
        )
        if not already.exists():
            log_consideration(client.id, on, text)
        # Keep a record of what the checklist asked for when the plan began (in English).
        items = derive_items(client, open_invoices(client.id, on), "en")
        if items:
            ChecklistItem.insert_many(
                [
                    {
                        "plan": plan.id,
                        "kind": item.kind,
                        "text": item.text,
                        "ref_id": item.ref_id,
                        "position": n,
                    }
                    for n, item in enumerate(items)
                ]
            ).execute()
    return plan


def default_notice_days(client: Client | int) -> int:
    """The contract's notice clause when there is one, else the setting (default 30 days): what
    a new plan starts with, in the dialog and the CLI alike."""
    from clientfit.store.contracts import contract_of

    contract = contract_of(client if isinstance(client, int) else client.id)
    if contract is not None and contract.notice_days is not None:
        return min(contract.notice_days, 365)
    return defaults.notice_days()


def _running(plan: OffboardingPlan) -> None:
    if plan.status != "running":
        raise PlanError(
            _("This plan is {status}; it cannot be changed.").format(status=_(plan.status))
        )


def set_reason(plan: OffboardingPlan, reason: str) -> None:
    _running(plan)
    plan.reason = _clean_reason(reason)
    plan.save()


def schedule_meeting(plan: OffboardingPlan, at: dt.datetime, channel: str, place: str = "") -> None:
    """The meeting where the decision is told: in person, by phone or by video - never e-mail.

    `at` is local wall-clock time (naive) or an aware datetime; it is stored in UTC.
    """
    _running(plan)
    if channel not in defaults.CHANNELS:
        raise PlanError(
            _(
                "Tell the client in person, by phone or by video ({channels}), not “{channel}”: "
                "don't just send an e-mail."
            ).format(channels=", ".join(defaults.CHANNELS), channel=channel)
        )
    plan.meeting_at = local_to_utc(at)
    plan.meeting_channel = channel
    plan.meeting_place = (place or "").strip()[:300] or None
    plan.save()


def clear_meeting(plan: OffboardingPlan) -> None:
    _running(plan)
    plan.meeting_at = plan.meeting_channel = plan.meeting_place = None
    plan.save()


def set_message(plan: OffboardingPlan, text: str | None, lang: str | None = None) -> None:
    """Store the user's draft (in `lang`); empty text goes back to the template."""
    _running(plan)
    too_long = _("The message is too long ({n} characters; at most {max}).")
    body = checked_text((text or "").strip(), MAX_MESSAGE, too_long, error=PlanError)
    plan.message = body + "\n" if body else None
    if lang in LANGUAGES:
        plan.lang = lang
    plan.save()


def set_notice(
    plan: OffboardingPlan, *, days: int | None = None, deliverable_id: int | None = None
) -> None:
    """Notice by days (default 30) or until a deliverable of this client is done."""
    _running(plan)
    if days is not None:
        if not 0 <= days <= 365:
            raise PlanError(_("The notice period must be between 0 and 365 days."))
        plan.notice_days = days
    if deliverable_id is not None:
        owned = Deliverable.select().where(
            (Deliverable.id == deliverable_id) & (Deliverable.client == plan.client_id)
        )
        if not owned.exists():
            raise PlanError(_("That deliverable does not belong to this client."))
    plan.notice_deliverable = deliverable_id
    plan.save()


def set_announce_on(plan: OffboardingPlan, day: dt.date | None) -> None:
    """The day the decision is told; None lets the meeting (or the cooling-off end) decide."""
    _running(plan)
    plan.announce_on = day
    plan.save()


def override_payment_first(
    plan: OffboardingPlan, reason: str | None, on: dt.date | None = None
) -> None:
    """Go ahead although invoices are overdue or disputed; the reason goes in the decision record.
    None (or "") takes the override back: the plan waits for payment again."""
    _running(plan)
    text = _reason_text(" ".join((reason or "").split()))
    with db.atomic():
        plan.announce_override = text or None
        plan.save()
        if text:
            PlanEvent.create(plan=plan, kind="override", on=on or dt.date.today(), detail=text)


def set_announce_latest(plan: OffboardingPlan, day: dt.date | None) -> None:
    """Wait for payment, but announce on `day` at the latest, paid or not (None: no limit)."""
    _running(plan)
    if day is not None and day < plan.started_on:
        raise PlanError(_("The latest announce date cannot be before the plan started."))
    plan.announce_latest = day
    plan.save()


EVENT_KINDS = ("announced", "notice_sent", "referred", "reminder_sent")


def record_event(
    plan: OffboardingPlan,
    kind: str,
    on: dt.date | None = None,
    *,
    detail: str = "",
    colleague_id: int | None = None,
) -> PlanEvent:
    """What actually happened (decision announced, notice sent, a colleague referred), for the
    record in the packet and the yearly review."""
    if kind not in EVENT_KINDS:
        raise PlanError(
            _("Unknown event “{kind}”; choose from {kinds}.").format(
                kind=kind, kinds=", ".join(EVENT_KINDS)
            )
        )
    if kind == "referred" and colleague_id is None and not detail.strip():
        raise PlanError(_("Say which colleague you referred."))
    if colleague_id is not None and Colleague.get_or_none(Colleague.id == colleague_id) is None:
        raise PlanError(_("No such colleague."))
    return PlanEvent.create(
        plan=plan,
        kind=kind,
        on=on or dt.date.today(),
        detail=checked_text(
            " ".join(detail.split()),
            MAX_LOOSE_END,
            _("The detail is too long ({n} characters; at most {max})."),
            error=PlanError,
        ),
        colleague=colleague_id,
    )


def remove_event(plan: OffboardingPlan, event_id: int) -> None:
    PlanEvent.delete().where((PlanEvent.id == event_id) & (PlanEvent.plan == plan)).execute()


def set_referrals(
    plan: OffboardingPlan, colleague_ids: list[int] | None, advice: str | None = None
) -> None:
    """The colleagues the user chose to refer (None: the matched ones) and their own advice text
    (None: the generated advice)."""
    _running(plan)
    if colleague_ids is not None:
        known = {
            c.id
            for c in Colleague.select(Colleague.id).where(Colleague.id.in_(colleague_ids or [0]))
        }
        missing = [c for c in colleague_ids if c not in known]
        if missing:
            raise PlanError(_("No such colleague."))
    plan.referral_ids = (
        json.dumps(list(dict.fromkeys(colleague_ids))) if colleague_ids is not None else None
    )
    if advice is not None:
        too_long = _("The advice is too long ({n} characters; at most {max}).")
        plan.advice = checked_text(advice.strip(), MAX_MESSAGE, too_long, error=PlanError) or None
    plan.save()


def add_loose_end(plan: OffboardingPlan, text: str) -> ChecklistItem:
    """Something to hand back or settle: credentials, files, access, a domain..."""
    body = checked_text(
        " ".join((text or "").split()),
        MAX_LOOSE_END,
        _("The loose end is too long ({n} characters; at most {max})."),
        _("Describe the loose end."),
        PlanError,
    )
    last = (
        ChecklistItem.select(ChecklistItem.position)
        .where(ChecklistItem.plan == plan)
        .order_by(ChecklistItem.position.desc())
        .scalar()
    )
    return ChecklistItem.create(plan=plan, kind="loose_end", text=body, position=(last or 0) + 1)


def remove_loose_end(plan: OffboardingPlan, item_id: int) -> None:
    ChecklistItem.delete().where(
        (ChecklistItem.id == item_id)
        & (ChecklistItem.plan == plan)
        & (ChecklistItem.kind == "loose_end")
    ).execute()


def set_done(plan: OffboardingPlan, key: str, done: bool = True) -> None:
    """Tick (or untick) a checklist item by its key ("deliverable:12", "loose_end:40")."""
    kind, _sep, ref = key.partition(":")
    try:
        ref_id = int(ref)
    except ValueError:
        raise PlanError(_("No checklist item “{key}”.").format(key=key)) from None
    if kind == "loose_end":
        changed = (
            ChecklistItem.update(done=done)
            .where((ChecklistItem.id == ref_id) & (ChecklistItem.plan == plan))
            .execute()
        )
        if not changed:
            raise PlanError(_("No checklist item “{key}”.").format(key=key))
        return
    match = (ChecklistItem.plan == plan) & (ChecklistItem.kind == kind)
    match &= ChecklistItem.ref_id.is_null() if ref_id == 0 else ChecklistItem.ref_id == ref_id
    with db.atomic():
        if not ChecklistItem.update(done=done).where(match).execute():
            ChecklistItem.create(
                plan=plan, kind=kind, text=key, ref_id=ref_id or None, done=done, position=10_000
            )


def finish_plan(plan: OffboardingPlan, on: dt.date | None = None, *, force: bool = False) -> None:
    """End the relationship: the plan is finished and the client archived with its end date.

    Refused while the cooling-off period runs unless `force`: acting in frustration is exactly
    what the wait is for. Nothing is deleted.
    """
    _running(plan)
    on = on or dt.date.today()
    ends = plan.started_on + dt.timedelta(days=plan.cooling_off_days)
    if on < ends and not force:
        raise PlanError(
            _("The cooling-off period runs until {day}; finish the plan after that.").format(
                day=day_text(ends, current_language())
            )
        )
    with db.atomic():
        plan.status = "finished"
        plan.finished_on = on
        plan.save()
        Client.update(status="archived", ended_on=on).where(Client.id == plan.client_id).execute()


def cancel_plan(plan: OffboardingPlan) -> None:
    """Changed your mind: the plan stays as history, the client stays active."""
    _running(plan)
    plan.status = "cancelled"
    plan.save()
