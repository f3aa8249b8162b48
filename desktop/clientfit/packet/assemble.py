"""Build a `PacketData` from the database, through the offboarding and health layers' public APIs.

The plan view (`offboarding.build_plan_view`) supplies everything about ending the client - the
decision, checklist, payment guard, meeting, message, notice and referrals - exactly as the dialog
shows it; `health.score_client` and `health.pareto` supply the gauge, factors and Pareto position.
This module only copies those into the packet's plain data; it computes nothing of its own. A client
without a plan still gets a packet (health, open invoices, referrals) with the plan parts empty.
"""

from __future__ import annotations

import datetime as dt

from clientfit import health, offboarding
from clientfit.i18n import LANGUAGES, current_language
from clientfit.offboarding import defaults
from clientfit.offboarding.checklist import open_invoices, payment_guard
from clientfit.offboarding.record import evidence, handover, money, personal_data
from clientfit.offboarding.referrals import referrals as referral_section
from clientfit.packet.data import (
    ChecklistRow,
    ClientInfo,
    Decision,
    FactorRow,
    HealthSummary,
    Letter,
    PacketData,
    ParetoPosition,
)
from clientfit.store.models import Client, Contact, ContactPoint, Need, Note
from clientfit.store.profile import profile


def _client_info(client: Client, ending: bool = False) -> ClientInfo:
    needs = tuple(
        n.name for n in Need.select(Need.name).where(Need.client == client).order_by(Need.id)
    )
    contacts = []
    for contact in Contact.select().where(Contact.client == client).order_by(Contact.id):
        email = (
            ContactPoint.select(ContactPoint.value)
            .where((ContactPoint.contact == contact) & (ContactPoint.kind == "email"))
            .order_by(ContactPoint.id)
            .first()
        )
        contacts.append(f"{contact.name} <{email.value}>" if email else contact.name)
    notes = tuple(
        n.body
        for n in Note.select(Note.body)
        .where(Note.client == client)
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
    return ClientInfo(
        name=client.name,
        status="ending" if ending and client.status == "active" else client.status,
        currency=client.currency,
        needs=needs,
        contacts=tuple(contacts),
        contract=_contract_line(client),
        notes=notes,
    )


def _health(client_id: int, at: dt.date, lang: str) -> HealthSummary:
    portfolio = health.gather(at)  # one pass for the score and the Pareto position
    score = health.score_client(client_id, lang=lang, portfolio=portfolio)
    factors = tuple(
        FactorRow(f.key, f.risk, f.weight, f.detail, health.factor_label(f.key, lang))
        for f in score.factors
    )
    place = health.pareto_place(client_id, portfolio)
    position = None
    if place is not None:
        position = ParetoPosition(
            place.rank, place.of, place.trouble_share, place.revenue_share, place.top
        )
    from clientfit.health.aggregate import weight_meaning

    return HealthSummary(
        score.score,
        score.band.key,
        factors,
        position,
        weight_note=weight_meaning(lang),
        missing=tuple(score.missing),
    )


def _contract_line(client: Client) -> str | None:
    from clientfit.offboarding.checklist import contract_notice_text
    from clientfit.store.contracts import contract_of

    info = contract_of(client.id)
    if info is None or not info.file_name:
        return None
    cited = contract_notice_text(info, "en")
    return f"{info.file_name} ({cited})" if cited else info.file_name


def _guard_text(guard) -> str | None:
    if not guard.active:
        return None
    return " ".join(part for part in (guard.warning, guard.suggestion) if part) or None


def _letter(view) -> Letter | None:
    if not view.message.text:
        return None
    recipient = [view.client_name]
    if view.contact_name:
        recipient.append(view.contact_name)
    return Letter(tuple(profile().letterhead()), tuple(recipient), view.message.text)


def assemble_packet(
    client_id: int, lang: str | None = None, at: dt.date | None = None
) -> PacketData:
    """Everything the packet of one client shows, as of `at` (default today), in `lang` (default:
    the plan's language, else the app's). Raises LookupError for an unknown client."""
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise LookupError(f"no client with id {client_id}")
    at = at or dt.date.today()
    plan = offboarding.latest_plan(client)
    if lang not in LANGUAGES:
        lang = plan.lang if plan is not None and plan.lang in LANGUAGES else current_language()
    base = PacketData(
        lang=lang,
        made_on=at,
        client=_client_info(client),
        health=_health(client.id, at, lang),
        author=defaults.signature(),
    )
    if plan is None:
        invoices = open_invoices(client.id, at)
        totals, final = money(client.id)
        return _replace(
            base,
            invoices=tuple(invoices),
            payment_guard=_guard_text(payment_guard(invoices, at, lang)),
            referrals=referral_section(client, lang),
            evidence=tuple(evidence(client.id, at, lang)),
            money=tuple(totals),
            final_invoice=tuple(final),
        )
    view = offboarding.build_plan_view(plan, today=at, lang=lang)
    running = view.status == "running"
    totals, final = money(client.id)
    loose = [(e.text, e.done) for e in view.checklist if e.kind == "loose_end"]
    rights = view.contract.rights if view.contract is not None else None
    return _replace(
        base,
        client=_client_info(client, ending=running),
        decision=Decision(
            reason=view.reason,
            started_on=view.cooling_off.started_on,
            cooling_off_days=view.cooling_off.days,
            cooling_off_ends=view.cooling_off.ends_on,
            times_considered=view.considerations.total,
            gut_hint=view.considerations.hint,
            went_ahead=view.payment_guard.override,
        ),
        checklist=tuple(ChecklistRow(e.kind, e.text, e.done, e.detail) for e in view.checklist),
        invoices=tuple(view.payment_guard.invoices),
        payment_guard=_guard_text(view.payment_guard),
        meeting=view.meeting,
        message=view.message.text or None,
        notice=view.notice,
        referrals=view.referrals,
        draft=view.is_draft,
        letter=_letter(view),
        evidence=tuple(evidence(client.id, at, lang)),
        handover=tuple(handover(client.id, view.notice.handover_on, loose, lang)),
        money=tuple(totals),
        final_invoice=tuple(final),
        rights=rights,
        personal_data=tuple(personal_data(client.id, lang)),
        data_by=view.notice.handover_on,
        events=tuple(view.events),
        next_step=view.next_step,
        waiting_for=tuple(view.notice.waiting_for),
    )


def _replace(data: PacketData, **changes) -> PacketData:
    import dataclasses

    return dataclasses.replace(data, **changes)
