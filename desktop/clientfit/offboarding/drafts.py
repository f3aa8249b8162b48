"""The message draft: templates with exactly one reason, and the checker that keeps it short.

The article's advice is to give one reason and stop: every extra reason is a door to an argument.
`check_draft` is a pure function over the text, so the dialog can call it on every keystroke; it
looks for the phrases that add reasons in English and Swedish alike (people write in either,
whatever language the app speaks), for lists, and for length.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache

from clientfit.i18n import LANGUAGES, gettext_for
from clientfit.offboarding import defaults
from clientfit.offboarding.grievances import ADDED_REASON, read_reasons
from clientfit.offboarding.views import DraftWarning, MessageTemplate
from clientfit.resources import resource

DEFAULT_TEMPLATE = "needs"

BECAUSE = ("because", "due to", "eftersom", "därför att", "på grund av")
AND = {
    "because": "and",
    "due to": "and",
    "eftersom": "och",
    "därför att": "och",
    "på grund av": "och",
}
_LIST_LINE = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s+\S", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def _phrase(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?!\w)", re.I)


_ADDED = [(p, _phrase(p)) for p in ADDED_REASON]
_BECAUSE = [(p, _phrase(p)) for p in BECAUSE]


@dataclass(frozen=True)
class DraftStats:
    words: int
    sentences: int


def draft_stats(text: str) -> DraftStats:
    words = len(_WORD.findall(text))
    sentences = sum(1 for part in _SENTENCE_END.split(text) if _WORD.search(part))
    return DraftStats(words=words, sentences=sentences)


def check_draft(
    text: str,
    lang: str = "en",
    *,
    max_sentences: int = defaults.MAX_DRAFT_SENTENCES,
    max_words: int = defaults.MAX_DRAFT_WORDS,
) -> list[DraftWarning]:
    """Warnings for a message draft: several reasons, lists, too many sentences or words.

    `lang` is the language of the warnings; the reason phrases are looked for in both languages.
    """
    _ = gettext_for(lang)
    if not text.strip():
        return [DraftWarning("empty", _("The message is empty."))]
    warnings: list[DraftWarning] = []
    found: list[str] = []
    for _name, pattern in _ADDED:
        match = pattern.search(text)
        if match:
            found.append(match.group(0))
    because_hits = [(p, m) for p, pat in _BECAUSE for m in pat.finditer(text)]
    if len(because_hits) > 1:
        found.append(", ".join(m.group(0) for _p, m in because_hits))
    for phrase, match in because_hits:
        rest = re.split(r"[.!?…\n]", text[match.end() :], maxsplit=1)[0]
        conj = _phrase(AND[phrase]).search(rest)
        if conj:
            found.append(f"{match.group(0)} … {conj.group(0)}")
            break
    reading = read_reasons(text)
    if reading.count >= 2:
        found += reading.reasons
    if found:
        warnings.append(
            DraftWarning(
                "several_reasons",
                _("The draft gives more than one reason. Keep one: more detail invites argument."),
                "; ".join(dict.fromkeys(found)),
            )
        )
    items = _LIST_LINE.findall(text)
    if len(items) >= 2:
        warnings.append(
            DraftWarning(
                "list",
                _("The draft lists points. A list reads as a set of grievances: give one reason."),
                str(len(items)),
            )
        )
    stats = draft_stats(text)
    limits = (
        (
            "too_many_sentences",
            stats.sentences,
            max_sentences,
            _("The draft has {n} sentences; keep it to {max} or fewer."),
        ),
        ("too_long", stats.words, max_words, _("The draft has {n} words; keep it under {max}.")),
    )
    for code, n, most, message in limits:
        if n > most:
            warnings.append(DraftWarning(code, message.format(n=n, max=most), str(n)))
    return warnings


# --- templates and phrases --------------------------------------------------------------------


@cache
def phrases(lang: str) -> dict:
    """The client-facing phrases of one language (resources/templates/phrases.<lang>.json)."""
    lang = lang if lang in LANGUAGES else "en"
    return json.loads(resource("templates", f"phrases.{lang}.json").read_text(encoding="utf-8"))


def _parse_template(key: str, lang: str, text: str) -> tuple[int, MessageTemplate]:
    head, _sep, body = text.partition("\n\n")
    fields = {}
    for line in head.splitlines():
        name, _colon, value = line.partition(":")
        fields[name.strip().lower()] = value.strip()
    template = MessageTemplate(
        key=key,
        lang=lang,
        label=fields.get("label", key),
        reason=fields.get("reason", ""),
        body=body.strip("\n") + "\n",
    )
    return int(fields.get("order", "99")), template


@cache
def _templates(lang: str) -> tuple[MessageTemplate, ...]:
    folder = resource("templates", "messages", lang if lang in LANGUAGES else "en")
    parsed = [
        _parse_template(path.stem, folder.name, path.read_text(encoding="utf-8"))
        for path in folder.glob("*.txt")
    ]
    return tuple(t for _order, t in sorted(parsed, key=lambda p: (p[0], p[1].key)))


def templates(lang: str) -> list[MessageTemplate]:
    """The message templates of one language, in their intended order (the default first)."""
    return list(_templates(lang))


def template(key: str | None, lang: str) -> MessageTemplate:
    by_key = {t.key: t for t in _templates(lang)}
    return by_key.get(key or DEFAULT_TEMPLATE) or by_key[DEFAULT_TEMPLATE]


def format_day(day: dt.date, lang: str) -> str:
    """A date as it is written in a letter: "18 December 2026" / "18 december 2026"."""
    p = phrases(lang)
    return p["date_format"].format(day=day.day, month=p["months"][day.month - 1], year=day.year)


def join_words(items: list[str], lang: str) -> str:
    """ "a", "a and b", "a, b and c" (no serial comma: it reads naturally in both languages)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {phrases(lang)['and']} " + items[-1]


@dataclass(frozen=True)
class UnpaidWork:
    """Delivered work the client has not paid for: handed over on payment only."""

    items: tuple[tuple[str, str | None], ...]  # (title, the open invoice it is billed on or None)

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(title for title, _number in self.items)


def on_payment_sentence(unpaid: UnpaidWork | None, lang: str) -> str:
    """ "The rest (SEO audit) I will hand over as soon as invoice 2026-101 is paid." Work not
    invoiced yet gets its own sentence: no invoice number is promised for it."""
    if unpaid is None or not unpaid.items:
        return ""
    p = phrases(lang)
    invoiced = [(t, n) for t, n in unpaid.items if n]
    pending = [t for t, n in unpaid.items if not n]
    out = []
    if invoiced:
        numbers = list(dict.fromkeys(n for _t, n in invoiced))
        word = p["invoice_word"] if len(numbers) == 1 else p["invoices_word"]
        key = "on_payment" if len(numbers) == 1 else "on_payment_many"
        out.append(
            p[key].format(
                titles=join_words([t for t, _n in invoiced], lang),
                invoices=f"{word} {join_words(numbers, lang)}",
            )
        )
    if pending:
        key = "on_payment_uninvoiced_also" if invoiced else "on_payment_uninvoiced"
        out.append(p[key].format(titles=join_words(pending, lang)))
    return " ".join(out)


def render(
    tmpl: MessageTemplate,
    *,
    contact: str,
    client: str,
    last_day: dt.date,
    handover: dt.date,
    referral: str,
    sender: str,
    unpaid: UnpaidWork | None = None,
) -> str:
    """Fill a template; an empty referral leaves no empty paragraph behind. The handover line
    promises only what is paid for; the rest is handed over on payment."""
    p = phrases(tmpl.lang)
    text = tmpl.body.format(
        contact=contact,
        client=client,
        last_day=format_day(last_day, tmpl.lang),
        handover=format_day(handover, tmpl.lang),
        handed_over=p["handed_over_paid"] if unpaid and unpaid.titles else p["handed_over_all"],
        on_payment=on_payment_sentence(unpaid, tmpl.lang),
        referral=referral,
        sender=sender or p["sender_fallback"],
    )
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


@cache
def _skill_table() -> dict:
    data = json.loads(resource("templates", "skills.json").read_text(encoding="utf-8"))
    return {k.casefold(): v for k, v in data.items() if not k.startswith("_")}


def skill_name(name: str, lang: str) -> str:
    """A need or skill as it is written in a sentence ("wordpress" -> "WordPress", "seo" -> "SEO");
    a name the table does not know is kept as the user typed it."""
    entry = _skill_table().get(" ".join(name.split()).casefold())
    if not entry:
        return name
    return entry.get(lang) or entry.get("en") or name
