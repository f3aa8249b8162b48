"""The phrases that classify a client's messages, and the version of the rules that read them.

Three kinds, each a list per language in `resources/phrases/mail.<lang>.json`: `change_request`
(asks for changes or another round), `not_quite` ("that's not quite it") and `urgent`. The user adds
their own phrases in Settings (`OWN_PHRASES`); they are used next to the built-in ones, never
instead of them. Every language is looked for in every message: clients write in either.

The importers (intake) flag messages with these lists and the health layer explains the flags, so
both read them here. `rules_version()` names the reading rules in force (the built-in rules and the
user's phrases): when it differs from the version an imported mail source was read with, that
source is read again so the flags of stored messages follow the rules.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from clientfit.resources import read_text
from clientfit.store.settings import get_setting, set_setting

KINDS = ("change_request", "not_quite", "urgent")
LANGUAGES = ("en", "sv")
OWN_PHRASES = "phrases.own"  # {kind: [phrase, ...]}: the user's additions
# Raise when the built-in phrase files or the body-reading rules (intake/mailbody.py) change:
# every imported mail source is then read again once.
RULES_VERSION = 1


@dataclass(frozen=True)
class Phrases:
    """One list per kind (case-folded, whitespace collapsed, no duplicates)."""

    change_request: tuple[str, ...] = ()
    not_quite: tuple[str, ...] = ()
    urgent: tuple[str, ...] = ()

    def merged(self, other: Phrases) -> Phrases:
        return Phrases(
            **{k: _unique(getattr(self, k) + getattr(other, k)) for k in KINDS},
        )


@dataclass(frozen=True)
class Flags:
    change_request: bool = False
    not_quite: bool = False
    urgent: bool = False

    def __bool__(self) -> bool:
        return self.change_request or self.not_quite or self.urgent


def _norm(phrase: str) -> str:
    return " ".join(str(phrase).casefold().split())


def _unique(items) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for item in items:
        text = _norm(item)
        if text:
            out.setdefault(text, None)
    return tuple(out)


@lru_cache(maxsize=4)
def builtin_phrases(lang: str | None = None) -> Phrases:
    """The built-in lists of one language, or of every language when `lang` is None."""
    if lang is None:
        out = Phrases()
        for code in LANGUAGES:
            out = out.merged(builtin_phrases(code))
        return out
    data = json.loads(read_text("phrases", f"mail.{lang}.json"))
    return Phrases(**{k: _unique(data.get(k, [])) for k in KINDS})


def own_phrases() -> Phrases:
    """The phrases the user added in Settings (empty lists when none)."""
    value = get_setting(OWN_PHRASES, {})
    if not isinstance(value, dict):
        return Phrases()
    return Phrases(
        **{
            k: _unique(p for p in value.get(k, []) if isinstance(p, str))
            if isinstance(value.get(k), list)
            else ()
            for k in KINDS
        }
    )


def save_own_phrases(phrases: Phrases) -> bool:
    """Store the user's phrases; True when they changed (the rules version then changes too)."""
    before = own_phrases()
    clean = Phrases(**{k: _unique(getattr(phrases, k)) for k in KINDS})
    set_setting(OWN_PHRASES, {k: list(getattr(clean, k)) for k in KINDS})
    return clean != before


def current_phrases() -> Phrases:
    """Built-in and the user's own phrases together: what an import reads mail with."""
    return builtin_phrases().merged(own_phrases())


def rules_version(own: Phrases | None = None) -> str:
    """ "<RULES_VERSION>-<digest of the user's phrases>": changes when either changes."""
    own = own_phrases() if own is None else own
    text = json.dumps([getattr(own, k) for k in KINDS], ensure_ascii=False)
    return f"{RULES_VERSION}-{hashlib.sha1(text.encode()).hexdigest()[:12]}"


@lru_cache(maxsize=32)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # A phrase starts at a word boundary; its end may run on ("ändra" matches "ändras").
    alternatives = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})")


def find(text: str, phrases: tuple[str, ...]) -> re.Match[str] | None:
    """The first place in `text` (already case-folded) where one of `phrases` occurs."""
    pattern = _pattern(phrases)
    return pattern.search(text) if pattern is not None else None


def classify(text: str | None, phrases: Phrases | None = None) -> Flags:
    """Which kinds of phrase `text` contains; pure (the built-in lists when `phrases` is None)."""
    if not text:
        return Flags()
    p = builtin_phrases() if phrases is None else phrases
    folded = fold(text)
    return Flags(
        change_request=find(folded, p.change_request) is not None,
        not_quite=find(folded, p.not_quite) is not None,
        urgent=find(folded, p.urgent) is not None,
    )


def fold(text: str) -> str:
    """Case-folded with whitespace collapsed (positions differ from the original text)."""
    return " ".join(text.casefold().split())
