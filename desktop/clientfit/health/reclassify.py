"""Re-flag stored messages after the user edits the phrase lists.

The importers flag each message (`asks_change`, `urgent`) as it arrives, with the lists of the
day; when the lists change, the flags of what is already stored are brought in line here, in one
transaction, so the indecision factor follows the user's own wording.
"""

from __future__ import annotations

from collections.abc import Callable

from clientfit.health.config import change_phrases, classify_subject, urgent_words
from clientfit.store.database import db
from clientfit.store.models import Message

CHUNK = 5000


def reclassify_messages(progress: Callable[[int, int], bool] | None = None) -> int:
    """Classify every stored message again with the current lists; returns how many changed.

    `progress(done, total)` may return False to cancel; a cancelled run changes nothing.
    """
    change, urgent = change_phrases(), urgent_words()
    total = Message.select().count()
    changed = 0
    with db.atomic() as tx:
        last_id, done = 0, 0
        while True:
            rows = list(
                Message.select(Message.id, Message.subject, Message.asks_change, Message.urgent)
                .where(Message.id > last_id)
                .order_by(Message.id)
                .limit(CHUNK)
                .tuples()
            )
            if not rows:
                break
            groups: dict[tuple[bool, bool], list[int]] = {}
            for mid, subject, asks, urg in rows:
                flags = classify_subject(subject, change, urgent)
                if flags != (bool(asks), bool(urg)):
                    groups.setdefault(flags, []).append(mid)
            for (asks, urg), ids in groups.items():
                Message.update(asks_change=asks, urgent=urg).where(Message.id.in_(ids)).execute()
                changed += len(ids)
            last_id, done = rows[-1][0], done + len(rows)
            if progress is not None and progress(done, total) is False:
                tx.rollback()
                return 0
    return changed
