"""No score without evidence: each factor's minimum, and when a client is `unknown`.

A factor below its minimum has no risk (it says what it lacks instead). A client is `unknown`
("Not enough data yet") when its first record is less than MIN_AGE_DAYS before the day it is
judged as of, or when fewer than MIN_FACTORS factors other than gut have data; `missing` says
what it lacks, in words the gauge, the roster and `score --json` show as they are. The gut
rating alone never makes a score.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from clientfit.common.dates import day_text

if TYPE_CHECKING:
    from clientfit.health.factors import Factor, Texts

MIN_AGE_DAYS = 28  # a client whose first record is younger than this is not judged yet
MIN_FACTORS = 2  # factors other than gut that must have data
MIN_MESSAGES = 10  # inbound messages in the 90-day window, for after hours/intensity/indecision ...
MIN_MESSAGE_DAYS = 28  # ... spread over at least this many days (the first one this long ago)
MIN_INVOICES_DUE = 2  # invoices that fell due in the last 12 months, for late payment
MIN_HOURS = 10  # hours logged in the last 12 months, for the effective rate
MIN_DELIVERABLES = 1  # deliverables with their revision rounds, for indecision
NOT_EVIDENCE = ("gut",)  # factors that count toward a score but never make one alone


def enough_messages(n: int, days: int) -> bool:
    """Whether `n` inbound messages, the first `days` ago, are enough to judge shares on."""
    return n >= MIN_MESSAGES and days >= MIN_MESSAGE_DAYS


def missing(factors: list[Factor], first_day: int | None, at: dt.date, t: Texts) -> list[str]:
    """What keeps a client from a score, in words; empty when it has enough to be scored."""
    out = []
    if first_day is None:
        out.append(t._("No messages, hours or invoices yet"))
    else:
        first = dt.date.fromordinal(first_day)
        age = (at - first).days
        if age < MIN_AGE_DAYS:
            out.append(
                t.ngettext(
                    "First record {day}, {n} day ago; needs {min} days of history",
                    "First record {day}, {n} days ago; needs {min} days of history",
                    age,
                ).format(day=day_text(first, t.lang), n=age, min=MIN_AGE_DAYS)
            )
    judged = [f for f in factors if f.key not in NOT_EVIDENCE and f.risk is not None]
    if len(judged) < MIN_FACTORS:
        out.append(
            t.ngettext(
                "{n} factor besides gut feeling has data; needs {min}",
                "{n} factors besides gut feeling have data; needs {min}",
                len(judged),
            ).format(n=len(judged), min=MIN_FACTORS)
        )
        for f in factors:  # each lack once ("3 messages so far" is shared by three factors)
            if f.key in NOT_EVIDENCE or f.risk is not None:
                continue
            if not any(line in f.detail for line in out):
                out.append(f.detail)
    return out
