"""What the user logs by hand because no import can know it: revision rounds, the gut rating, and
"I considered ending this client today" (the article: if you go through this several times a
month, listen to your gut).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from clientfit.store.models import Client, Consideration, Deliverable, RevisionRound


class JournalError(ValueError):
    """A log entry that cannot be made; the message is meant for the user."""


@dataclass(frozen=True)
class DeliverableRounds:
    deliverable_id: int
    title: str
    delivered_on: dt.date | None
    rounds: int


def log_revision(deliverable_id: int, on: dt.date | None = None, note: str = "") -> RevisionRound:
    """One more revision round on a deliverable."""
    if not Deliverable.select().where(Deliverable.id == deliverable_id).exists():
        raise JournalError(f"No deliverable with id {deliverable_id}.")
    return RevisionRound.create(
        deliverable=deliverable_id, requested_on=on or dt.date.today(), note=note.strip()
    )


def set_gut(client_id: int, rating: int | None) -> None:
    """The user's own rating of the relationship, 1 (dread) to 5 (delight); None clears it."""
    if rating is not None and not 1 <= int(rating) <= 5:
        raise JournalError(f"The gut rating is 1-5, not {rating}.")
    Client.update(gut=rating).where(Client.id == client_id).execute()


def log_consideration(client_id: int, on: dt.date | None = None, note: str = "") -> Consideration:
    """ "I considered ending this client today"."""
    from clientfit.offboarding.plan import record_consideration

    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise JournalError(f"No client with id {client_id}.")
    return record_consideration(client, on, note)


def considerations(client_id: int, days: int = 30, at: dt.date | None = None) -> int:
    """How often the user considered ending the client in the `days` days up to `at`."""
    at = at or dt.date.today()
    return (
        Consideration.select()
        .where(
            (Consideration.client == client_id)
            & (Consideration.considered_on > at - dt.timedelta(days=days))
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
