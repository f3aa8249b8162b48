"""Counting the reasons a message draft gives: the one-reason checker's reading.

The article's advice is one reason, stated once. People rarely write "another reason is"; they
write a list of grievances: "Also, you always pay late, you text me at night and you keep changing
your mind." This module splits a draft into sentences and clauses and counts, in English and
Swedish alike (people write in either, whatever language the app speaks):

- complaint clauses: the client as subject ("you", "du", "ni") doing something the user resents
  ("always", "never", "keep ...ing", "late", "at night", "alltid", "hela tiden", "sent" ...), or a
  grievance named outright ("late payments", "sena betalningar");
- statements of a reason ("I no longer believe ...", "because ...", "eftersom ..."), one per
  sentence at most;
- words that add one more ("moreover", "on top of that", "dessutom", "för övrigt");
- a list of complaint clauses written without "you" ("the invoices are paid late and the brief
  changes all the time"): two or more such clauses in one sentence are each a grievance.

Two or more is several reasons. The test table in tests/offboarding/test_grievances.py (one reason
against several, real-world wording) decides every change here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(*phrases: str) -> re.Pattern[str]:
    body = "|".join(p.replace(" ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


YOU = _words(
    "you",
    "you're",
    "you've",
    "you'd",
    "your",
    "yourself",
    "du",
    "ni",
    "dig",
    "er",
    "era",
    "ert",
    "din",
    "ditt",
    "dina",
    "ni har",
    "du har",
)
COMPLAINT_CUES = _words(
    # English
    "always",
    "never",
    "constantly",
    "continually",
    "repeatedly",
    "every time",
    "all the time",
    r"keep \w+ing",
    r"kept \w+ing",
    "late",
    "overdue",
    "unpaid",
    "at night",
    "nights",
    "midnight",
    "weekends?",
    "on sundays",
    "after hours",
    r"chang\w* your mind",
    "rude",
    "disrespect\\w*",
    "shout\\w*",
    "yell\\w*",
    "ignor\\w+",
    "demand\\w*",
    "micromanag\\w*",
    "unreasonable",
    "unrealistic",
    "complain\\w*",
    "critici[sz]\\w*",
    "blame\\w*",
    "last[- ]minute",
    "don't pay",
    "do not pay",
    "didn't pay",
    "haven't paid",
    "have not paid",
    "slow to pay",
    "pay late",
    "not quite it",
    "moving the goalposts",
    "scope creep",
    "text\\w* me",
    "call\\w* me",
    "e-?mail\\w* me",
    "message\\w* me",
    "harass\\w*",
    "question\\w* everything",
    "second-guess\\w*",
    "too many revisions",
    "endless",
    # Swedish
    "alltid",
    "aldrig",
    "hela tiden",
    "ständigt",
    "jämt",
    "gång på gång",
    "varje gång",
    r"\w{2,}(?:ar|er|as) sent",  # "betalar sent", "svarar sent": not English "have sent"
    "sent på",
    "för sent",
    "försen\\w*",
    "obetal\\w*",
    "betalar inte",
    "inte betalat",
    "på natten",
    "nätterna",
    "mitt i natten",
    "kvällar\\w*",
    "helger\\w*",
    "helgen",
    "ändrar dig",
    "ändrar er",
    "byter åsikt",
    "ångrar dig",
    "otrevlig\\w*",
    "respektlös\\w*",
    "oförskämd\\w*",
    "skriker",
    "skäller",
    "ignorerar",
    "kräv\\w+",
    "orimlig\\w*",
    "klagar",
    "kritiserar",
    "skyller",
    "sista minuten",
    "sms:ar",
    "smsar",
    "ringer mig",
    "mejlar mig",
    "mailar mig",
    "inte riktigt det",
    "ifrågasätter",
    "oändliga",
)
GRIEVANCE_NOUNS = _words(
    "late payments?",
    "weekend calls",
    "weekend e-?mails",
    r"late-night \w+",
    r"midnight \w+",
    r"\w+ at midnight",
    "sena samtal",
    "helgsamtal",
    "overdue invoices?",
    "unpaid invoices?",
    "constant changes",
    "endless revisions",
    "scope creep",
    "the way you treat",
    "your tone",
    "your attitude",
    "sena betalningar",
    "försenade betalningar",
    "obetalda fakturor",
    "ständiga ändringar",
    "oändliga revideringar",
    "er ton",
    "din ton",
    "ert sätt",
    "ditt sätt",
    "din attityd",
)
REASON_CUES = _words(
    "no longer",
    "not the right fit",
    "not a good fit",
    "not a fit",
    "because",
    "since",
    "as I",
    "due to",
    "the reason",
    "my reason",
    "so I have decided",
    "a new direction",
    "inte längre",
    "passar inte",
    "eftersom",
    "därför att",
    "på grund av",
    "anledningen",
    "skälet",
    "och därför",
    "ny inriktning",
)
# Phrases that add a second reason (or announce one), English and Swedish; the draft checker
# (offboarding.drafts) warns with the same list.
ADDED_REASON = (
    "another reason",
    "in addition",
    "furthermore",
    "moreover",
    "besides that",
    "besides",
    "not to mention",
    "on top of that",
    "what's more",
    "and also",
    "also,",
    "plus,",
    "och dessutom",
    "dessutom",
    "en annan anledning",
    "ett annat skäl",
    "utöver det",
    "för övrigt",
    "inte minst",
    "och även för att",
    "också för att",
    "och även",
    "sen,",
    "plus att",
)
ADDED = _words(*ADDED_REASON)
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
_CLAUSE = re.compile(r"[,;:–—]|\s(?:and|but|och|men|samt|plus)\s", re.I)
_LIST_LINE = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s+\S")


@dataclass(frozen=True)
class Reading:
    """What the checker found: each grievance or reason with the words that gave it away."""

    reasons: list[str]

    @property
    def count(self) -> int:
        return len(self.reasons)


def _complaint(clause: str) -> bool:
    if GRIEVANCE_NOUNS.search(clause):
        return True
    return bool(YOU.search(clause) and COMPLAINT_CUES.search(clause))


def read_reasons(text: str) -> Reading:
    """The reasons and grievances a draft gives, in the order they appear."""
    found: list[str] = []
    for raw in _SENTENCE.split(text):
        sentence = _LIST_LINE.sub("", raw).strip()
        if not sentence:
            continue
        if _LIST_LINE.match(raw):  # a list is a set of grievances: each point is one
            found.append(sentence)
            continue
        clauses = [c.strip() for c in _CLAUSE.split(sentence) if c and c.strip()]
        complaints = [c for c in clauses if _complaint(c)]
        # a list written impersonally ("the invoices are paid late and the brief changes all the
        # time"): clauses with a complaint cue but no "you" count once there are two or more
        impersonal = [c for c in clauses if c not in complaints and COMPLAINT_CUES.search(c)]
        if len(impersonal) >= 2 or (impersonal and complaints):
            complaints = [c for c in clauses if c in complaints or c in impersonal]
        found += complaints
        added = ADDED.search(sentence)
        if complaints:
            continue
        reason = REASON_CUES.search(sentence)
        if reason or added:
            found.append(sentence)
    return Reading(found)
