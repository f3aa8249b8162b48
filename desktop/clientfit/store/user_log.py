"""What the user logs by hand because no import can know it: revision rounds on a deliverable and
"I considered ending this client today" (the article: if you go through this several times a
month, listen to your gut). The gut rating itself is a client field: `store.clients.set_gut`.

"Considered in the last 30 days" has its home here (`CONSIDERED_DAYS`, `considered_since`): the
gut factor, the health panel and the offboarding plan count the same days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from clientfit.i18n import _
from clientfit.store.clients import MAX_NOTE, ValidationError, checked_text
from clientfit.store.models import Client, Consideration, Deliverable, RevisionRound

CONSIDERED_DAYS = 30  # "considered ending it in the last 30 days": `at` and the 29 days before


@dataclass(frozen=True)
class DeliverableRounds:
    deliverable_id: int
    title: str
    delivered_on: dt.date | None
    rounds: int


def considered_since(at: dt.date, days: int = CONSIDERED_DAYS) -> dt.date:
    """The first day of the `days` days that end on `at` (inclusive on both ends)."""
    return at - dt.timedelta(days=days - 1)


def log_revision(deliverable_id: int, on: dt.date | None = None, note: str = "") -> RevisionRound:
    """One more revision round on a deliverable."""
    if not Deliverable.select().where(Deliverable.id == deliverable_id).exists():
        raise ValidationError(_("No deliverable with id {id}.").format(id=deliverable_id))
    return RevisionRound.create(
        deliverable=deliverable_id, requested_on=on or dt.date.today(), note=note.strip()
    )


def log_consideration(client_id: int, on: dt.date | None = None, note: str = "") -> Consideration:
    """ "I considered ending this client today": counted by the gut factor and by the plan."""
    if not Client.select().where(Client.id == client_id).exists():
        raise ValidationError(_("No client with id {id}.").format(id=client_id))
    text = checked_text(
        (note or "").strip(), MAX_NOTE, _("The note is too long ({n} characters; at most {max}).")
    )
    return Consideration.create(client=client_id, considered_on=on or dt.date.today(), note=text)


def considerations(client_id: int, at: dt.date | None = None, days: int = CONSIDERED_DAYS) -> int:
    """How often the user considered ending the client in the `days` days up to `at`."""
    at = at or dt.date.today()
    return (
        Consideration.select()
        .where(
            (Consideration.client == client_id)
            & (Consideration.considered_on >= considered_since(at, days))
            & (Consideration.considered_on <= at)
        )
        .count()
    )


def deliverable_rounds(client_id: int) -> list[DeliverableRounds]:
    """The client's deliverables with their revision-round counts (for the "log a round" menu)."""
    query = (
        Deliverable.select(
            Deliverable.id,
            Deliverable.title,
            Deliverable.delivered_on,
            fn.COUNT(RevisionRound.id),
        )
        .join(
            RevisionRound,
            on=(RevisionRound.deliverable == Deliverable.id),
            join_type=JOIN.LEFT_OUTER,
        )
        .where(Deliverable.client == client_id)
        .group_by(Deliverable.id)
        .order_by(Deliverable.delivered_on.is_null(False), Deliverable.id.desc())
    )
    return [DeliverableRounds(i, t, d, n) for i, t, d, n in query.tuples()]
