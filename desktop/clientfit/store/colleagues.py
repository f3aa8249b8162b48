"""The user's network of colleagues, with the skills referrals are matched on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clientfit.i18n import _
from clientfit.store.clients import ValidationError, _email_ok, clean_name, split_list
from clientfit.store.database import db
from clientfit.store.models import Colleague, Skill, name_key


@dataclass(frozen=True)
class ColleagueInfo:
    id: int
    name: str
    email: str | None
    skills: list[str]


def add_colleague(
    name: str, *, email: str | None = None, skills: Iterable[str] | str | None = None
) -> Colleague:
    cleaned = clean_name(name, "colleague name")
    if Colleague.get_or_none(Colleague.name_key == name_key(cleaned)) is not None:
        raise ValidationError(_("A colleague named “{name}” already exists.").format(name=cleaned))
    if email and not _email_ok(email.strip()):
        raise ValidationError(_("“{email}” is not an e-mail address.").format(email=email))
    with db.atomic():
        colleague = Colleague.create(
            name=cleaned, name_key=name_key(cleaned), email=(email or "").strip() or None
        )
        set_skills(colleague, split_list(skills))
    return colleague


def set_skills(colleague: Colleague, skills: list[str]) -> None:
    with db.atomic():
        Skill.delete().where(Skill.colleague == colleague).execute()
        if skills:
            Skill.insert_many(
                [{"colleague": colleague.id, "name": s, "key": name_key(s)} for s in skills]
            ).execute()


def colleagues() -> list[ColleagueInfo]:
    skills: dict[int, list[str]] = {}
    for cid, skill in Skill.select(Skill.colleague, Skill.name).order_by(Skill.id).tuples():
        skills.setdefault(cid, []).append(skill)
    return [
        ColleagueInfo(id=c.id, name=c.name, email=c.email, skills=skills.get(c.id, []))
        for c in Colleague.select().order_by(Colleague.name_key)
    ]


def remove_colleague(name: str) -> str:
    """Remove a colleague (and its skills) by name, matched as client names are; its name."""
    colleague = Colleague.get_or_none(Colleague.name_key == name_key(clean_name(name)))
    if colleague is None:
        raise ValidationError(_("No colleague named “{name}”.").format(name=name.strip()))
    colleague.delete_instance()  # skills go with it (ON DELETE CASCADE)
    return colleague.name


def find_colleague(name: str) -> Colleague | None:
    return Colleague.get_or_none(Colleague.name_key == name_key(name))


def update_colleague(
    colleague: Colleague,
    *,
    name: str | None = None,
    email: str | None = None,
    skills: Iterable[str] | str | None = None,
) -> Colleague:
    """Change a colleague; only the arguments given are touched ("" clears the e-mail)."""
    with db.atomic():
        if name is not None:
            cleaned = clean_name(name, "colleague name")
            other = find_colleague(cleaned)
            if other is not None and other.id != colleague.id:
                raise ValidationError(
                    _("A colleague named “{name}” already exists.").format(name=cleaned)
                )
            colleague.name, colleague.name_key = cleaned, name_key(cleaned)
        if email is not None:
            if email.strip() and not _email_ok(email.strip()):
                raise ValidationError(_("“{email}” is not an e-mail address.").format(email=email))
            colleague.email = email.strip() or None
        colleague.save()
        if skills is not None:
            set_skills(colleague, split_list(skills))
    return colleague


def skill_suggestions() -> list[str]:
    """Every need and skill already written down, for autocompletion (clients' needs first)."""
    from clientfit.store.models import Need

    seen: dict[str, str] = {}
    for model in (Need, Skill):
        for name, key in model.select(model.name, model.key).order_by(model.name).tuples():
            seen.setdefault(key, name)
    return sorted(seen.values(), key=str.casefold)
