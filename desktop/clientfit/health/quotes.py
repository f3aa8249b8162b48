"""The few look-ups a client's evidence quotes, made only when its details are read.

The latest message whose new text asks for changes or says "not quite" is quoted by its excerpt
(the importers keep at most 200 characters of it, never the body) with its day:
“Inte riktigt vad jag tänkt mig…”, 12 Oct. The currencies a client was invoiced in are named when
its rate was converted.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from clientfit.i18n import N_
from clientfit.store.models import Invoice, Message

if TYPE_CHECKING:
    from clientfit.health.factors import Texts
    from clientfit.health.signals import Window

QUOTE_CHARS = 80  # an excerpt is cut to this length in the evidence line
MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def short_day(day: dt.date, t: Texts) -> str:
    """ "12 Oct" / "12 okt": a day of the last 90 days needs no year."""
    return f"{day.day} {t._(MONTHS[day.month - 1])}"


def quoted(excerpt: str, day: dt.date, t: Texts) -> str:
    text = " ".join(excerpt.split())
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1].rstrip() + "…"
    return t._("“{text}”, {day}").format(text=text, day=short_day(day, t))


def latest_quote(client_id: int, w: Window, t: Texts) -> str | None:
    """The latest flagged inbound message's excerpt in the short window, quoted; None if none."""
    flagged = Message.change_request | Message.not_quite
    row = (
        Message.select(Message.excerpt, Message.sent_at)
        .where(
            (Message.client == client_id)
            & (Message.direction == "in")
            & (Message.sent_at >= w.short_start)
            & (Message.sent_at < w.end)
            & flagged
            & Message.excerpt.is_null(False)
            & (Message.excerpt != "")
        )
        .order_by(Message.sent_at.desc())
        .tuples()
        .first()
    )
    if row is None:
        return None
    excerpt, sent = row
    moment = sent if isinstance(sent, dt.datetime) else dt.datetime.fromisoformat(str(sent))
    local = moment.replace(tzinfo=dt.timezone.utc).astimezone(w.zone)
    return quoted(excerpt, local.date(), t)


def invoice_currencies(client_id: int, w: Window) -> tuple[str, ...]:
    """The currencies of the client's invoices issued in the long window."""
    query = (
        Invoice.select(Invoice.currency)
        .where(
            (Invoice.client == client_id)
            & (Invoice.issued_on >= w.long_start_day)
            & (Invoice.issued_on <= w.at)
        )
        .distinct()
        .tuples()
    )
    return tuple(sorted(c for (c,) in query if c))
