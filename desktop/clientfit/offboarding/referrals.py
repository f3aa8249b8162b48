"""Referrals: colleagues whose skills match the client's needs, and the kind of provider to suggest.

"Unless the client was disrespectful, help them find a new solution: refer a colleague, or say what
kind of provider would fit better - a full-service agency, a specialist in X." Matching is on the
case-folded need and skill keys, counted in SQL; advice and referral sentences come from the phrase
files, so they read naturally in English and Swedish.
"""

from __future__ import annotations

from peewee import fn

from clientfit.i18n import gettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.drafts import join_words, phrases, skill_name
from clientfit.offboarding.views import ReferralMatch, Referrals
from clientfit.store.models import Client, Colleague, Need, Skill


def _needs(client_id: int) -> list[tuple[str, str]]:
    query = Need.select(Need.name, Need.key).where(Need.client == client_id).order_by(Need.id)
    return list(query.tuples())


def matching_colleagues(client_id: int, lang: str = "en") -> list[ReferralMatch]:
    """Colleagues with at least one skill the client needs, most matches first, then by name;
    `covers` writes the matched needs as the skill-name table does in `lang` ("seo" -> "SEO")."""
    needs = _needs(client_id)
    if not needs:
        return []
    order = {key: i for i, (_name, key) in enumerate(needs)}
    name_of = dict((key, name) for name, key in needs)
    matches = fn.COUNT(fn.DISTINCT(Need.key))
    query = (
        Colleague.select(
            Colleague.id,
            Colleague.name,
            Colleague.email,
            matches.alias("n"),
            fn.GROUP_CONCAT(Need.key, "\x1f").alias("keys"),
        )
        .join(Skill)
        .join(Need, on=(Need.key == Skill.key))
        .where(Need.client == client_id)
        .group_by(Colleague.id)
        .order_by(matches.desc(), Colleague.name_key)
    )
    out = []
    for cid, name, email, _n, keys in query.tuples():
        matched = sorted(set(keys.split("\x1f")), key=lambda k: order.get(k, 99))
        needs = [name_of[k] for k in matched]
        out.append(ReferralMatch(cid, name, email, needs, [skill_name(n, lang) for n in needs]))
    return out


def referrals(client: Client, lang: str) -> Referrals:
    """The referral section of a plan: matches and advice, or a note why there is none."""
    _ = gettext_for(lang)
    needs = [name for name, _key in _needs(client.id)]
    if client.disrespectful:
        return Referrals(
            omitted=True,
            note=_(
                "Referrals are left out: this client is marked as disrespectful. You owe no "
                "introductions; keep the ending short and professional."
            ),
            needs=needs,
            colleagues=[],
            advice=[],
            kind="none",
        )
    colleagues = matching_colleagues(client.id, lang)
    p = phrases(lang)
    if not needs:
        return Referrals(
            False,
            _("No needs are recorded for this client: add them to match colleagues and advice."),
            needs,
            colleagues,
            [],
            "none",
        )
    written = [skill_name(n, lang) for n in needs]
    if len(needs) >= defaults.BROAD_NEEDS:
        advice = [p["advice_agency"].format(needs=join_words(written, lang))]
        kind = "agency"
    else:
        advice = [p["advice_specialist"].format(need=need) for need in written]
        kind = "specialist"
    note = None if colleagues else _("No colleague in your network covers these needs.")
    return Referrals(False, note, needs, colleagues, advice, kind)


def referral_sentence(section: Referrals, lang: str) -> str:
    """The sentence the message draft offers the client; empty when referrals are left out."""
    if section.omitted or not (section.needs or (section.chosen and section.colleagues)):
        return ""
    p = phrases(lang)
    if section.colleagues:
        best: list = []
        seen: set[str] = set()
        if section.chosen:  # the user's own picks, all of them named
            best = list(section.colleagues[:3])
            seen = {n for c in best for n in c.matched} or set(section.needs)
        for colleague in [] if section.chosen else section.colleagues:
            # most matches first: cover the needs with few names
            if set(colleague.matched) - seen:
                best.append(colleague)
                seen.update(colleague.matched)
            if len(best) == 2:
                break
        covered = [skill_name(n, lang) for n in section.needs if n in seen]
        return p["referral_colleagues"].format(
            names=join_words([c.name for c in best], lang), needs=join_words(covered, lang)
        )
    if section.kind == "agency":
        return p["referral_agency"]
    return p["referral_specialist"].format(
        needs=join_words([skill_name(n, lang) for n in section.needs], lang)
    )


def apply_choices(
    section: Referrals, chosen_ids: list[int] | None, advice: str | None, lang: str
) -> Referrals:
    """The user's own picks: the colleagues they chose to refer (in their order, matched or not)
    and their own wording of the advice, one line each. None keeps what was matched."""
    import dataclasses

    if section.omitted or (chosen_ids is None and advice is None):
        return section
    colleagues = section.colleagues
    if chosen_ids is not None:
        matched = {c.colleague_id: c for c in section.colleagues}
        rows = {
            c.id: c
            for c in Colleague.select(Colleague.id, Colleague.name, Colleague.email).where(
                Colleague.id.in_(chosen_ids or [0])
            )
        }
        colleagues = [
            matched.get(cid) or ReferralMatch(cid, rows[cid].name, rows[cid].email, [])
            for cid in chosen_ids
            if cid in rows
        ]
    lines = section.advice
    if advice is not None:
        lines = [line.strip() for line in advice.splitlines() if line.strip()]
    return dataclasses.replace(section, colleagues=colleagues, advice=lines, chosen=True)
