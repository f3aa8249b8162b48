"""Which texts can hold a phrase at all: cheap word tests that spare the body reader its regular
expressions and mail-parser-reply's, on the many messages where they cannot find anything.

`may_contribute` says whether a message's new text could add a phrase to what its subject gives
(most client mail: no, and its reply parsing is skipped). `MAY_HAVE` holds the words without which
each of mail-parser-reply's patterns cannot match (`mailbody` swaps such a pattern for one that
never matches). Both are necessary conditions only: they never change a reading, they make it
sooner.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clientfit.common.phrases import KINDS, Phrases, fold

REPLY_PREFIX = re.compile(r"^\s*(?:re|sv|aw|vs|fw|fwd|vb|wg|tr)\s*(?:\[\d+\])?\s*:", re.I)

# What each of mail-parser-reply's patterns needs somewhere in the text to match at all (a looser
# test than the pattern itself): without it the pattern is swapped for one that never matches, so
# the result is the library's own, only sooner (its header pattern alone costs ~50 µs a message).
NEVER = re.compile(r"(?!)")
MAY_HAVE = {  # pattern -> words one of which it needs (in the lower-cased text)
    "_header_regex": (
        "wrote",
        "skrev",
        "original message",
        "from:",
        "sent:",
        "to:",
        "subject:",
        "date:",
        "cc:",
        "organization:",
        "från:",
        "skickat:",
        "till:",
        "ämne:",
        "datum:",
        "kopia:",
    ),
    "_disclaimers_regex": (
        "caution:",
        "disclaimer",
        "warning:",
        "confidential",
        "privileged",
        "private",
        "sensitive",
        "important",
        "varning:",
        "observera:",
    ),
    "_signature_regex": (
        "--",
        "__",
        "best",
        "regards",
        "thanks,",
        "thank you,",
        "sent from my",
        "get outlook for",
        "hälsningar",
        "mvh",
        "skickat från min",
        "/",
    ),
}


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _needles(phrases: Phrases) -> tuple[dict[str, list], tuple[str, ...], tuple[tuple, ...]]:
    """The phrase lists as `may_contribute` tests them. Each phrase: its words but the last
    that are plain word characters (`whole`), and the rest (`pieces`). Returned: the phrases
    with a `whole` word by that first word {word: [(other whole words, pieces)]}, the one-word
    phrases, and the pieces of the others."""
    by_word: dict[str, list] = {}
    others = set()
    for kind in KINDS:
        for phrase in getattr(phrases, kind):
            words = phrase.split()
            whole = tuple(w for w in words[:-1] if _WORD.fullmatch(w))
            pieces = tuple([w for w in words[:-1] if not _WORD.fullmatch(w)] + words[-1:])
            if whole:
                by_word.setdefault(whole[0], []).append((frozenset(whole[1:]), pieces))
            else:
                others.add(pieces)
    singles = tuple(sorted(p[0] for p in others if len(p) == 1))
    return by_word, singles, tuple(sorted(p for p in others if len(p) > 1))


@lru_cache(maxsize=8)
def _inner_words(phrases: Phrases) -> tuple[str, ...]:
    return tuple({w for kind in KINDS for p in getattr(phrases, kind) for w in p.split()[:-1]})


def may_contribute(subject: str, text: str, phrases: Phrases) -> bool:
    """Could `new_text(text)` add a phrase (or an excerpt) to what the subject alone gives?

    The new text is `text` with lines, blocks and its end cut away: each of its words (runs
    without white space) is a word of `text`, or the last one a word's start, or (Outlook's
    "____" divider removed) a word without its leading underscores or hyphens; lines are joined
    by newlines, never glued. A phrase found there begins at a word boundary and its words but
    the last are followed by white space, so each of those words made of word characters is a
    whole word-character block of `text` (leading underscores aside), and every other word occurs in
    `text`; all case-folded. When no phrase passes that test, the new text adds nothing, unless
    the subject ends with a phrase's first words and the new text goes on with the rest
    ("Please" / "change the logo"). What glues text together: mail-parser-reply removes every
    copy of a disclaimer (with one of its trigger words the text is read in full) and of the
    signature (a copy of the signature inside a line, between two words, would have to make a
    phrase's word)."""
    if not text:
        return False
    folded = text.casefold()
    blocks = set(_WORD.findall(folded))
    if "_" in folded:
        blocks.update([b.lstrip("_") for b in blocks if b[0] == "_"])
    by_word, singles, others = _needles(phrases)
    for piece in singles:
        if piece in folded:
            return True
    for first in blocks.intersection(by_word):
        for whole, pieces in by_word[first]:
            if whole <= blocks and pieces[-1] in folded and all(p in folded for p in pieces):
                return True
    for pieces in others:
        if all(p in folded for p in pieces):
            return True
    if any(w in folded for w in MAY_HAVE["_disclaimers_regex"]):
        return True
    if REPLY_PREFIX.match(subject or ""):
        return False  # judge() drops such a subject: nothing to go on from
    ends = fold(subject or "")
    return bool(ends) and ends.endswith(_inner_words(phrases))
