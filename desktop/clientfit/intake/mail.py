"""Putting messages on client timelines: who a message is from or to, and which way it went.

A message belongs to a client when its sender or a recipient matches the client by the rule every
import uses (`intake.matching`): one of the client's contacts' addresses, else the client's company
domain - never a public mail domain such as gmail.com, which says nothing about the company. From the client = "in"; from
the user (their own addresses are a setting) to the client = "out". Each matched message is
flagged from its subject and new text (`mailbody`) with the phrase lists of `common.phrases`.
"""

from __future__ import annotations

from collections.abc import Iterator

from clientfit.common.phrases import current_phrases
from clientfit.i18n import _
from clientfit.intake.base import BATCH, ImportSummary, MessageRecord, Rejection
from clientfit.intake.mailbody import judge, read_parts
from clientfit.intake.mailparse import LeftOut
from clientfit.intake.matching import ClientMatcher
from clientfit.store.message_rows import insert_rows, stored_flags
from clientfit.store.models import Message
from clientfit.store.settings import get_setting

OWN_ADDRESSES = "intake.own_addresses"  # the user's own e-mail addresses (list of str)
# the columns of a batch row, in order (tuples insert several times faster than dicts)
FIELDS = [
    Message.client,
    Message.contact,
    Message.sent_at,
    Message.direction,
    Message.subject,
    Message.message_id,
    Message.change_request,
    Message.urgent,
    Message.source,
    Message.not_quite,
    Message.excerpt,
]


def own_addresses() -> set[str]:
    value = get_setting(OWN_ADDRESSES, [])
    if not isinstance(value, list):
        return set()
    return {str(v).strip().lower() for v in value if str(v).strip()}


def place(matcher: ClientMatcher, rec: MessageRecord) -> tuple[int, int | None, str] | None:
    """(client id, contact id or None, "in" | "out") by the one matching rule (`intake.matching`:
    the same address, else the client's company domain), or None when the message is no client's."""
    hit = matcher.match_address(rec.sender)
    if hit is not None:
        return hit.client_id, hit.contact_id, "in"
    if matcher.own and rec.sender not in matcher.own:
        return None  # a third party writing to the client: not the user's contact
    for address in rec.recipients:
        hit = matcher.match_address(address)
        if hit is not None:
            return hit.client_id, hit.contact_id, "out"
    return None


def write(
    records: Iterator[MessageRecord | Rejection | LeftOut],
    summary: ImportSummary,
    source: str = "mail",
    matcher: ClientMatcher | None = None,
) -> None:
    """Matched messages into the database in batches, flagged from their subject and new text.

    A Message-ID already stored is not added again, but its flags and excerpt are brought in line
    with today's reading rules (re-importing a file fills in what an older Clientfit left out).
    `matcher`: one made already (a sync writes many batches with one), else a new one.
    """
    matcher = matcher or ClientMatcher(own_addresses())
    phrases = current_phrases()
    seen: set[str] = set()
    batch: list[tuple] = []

    def flush() -> None:
        if not batch:
            return
        known = stored_flags([row[5] for row in batch])
        rows = [row for row in batch if row[5] not in known]
        for row in batch:
            stored = known.get(row[5])
            if stored is None:
                continue
            new = (row[6], row[9], row[7], row[10])
            if new == stored:
                summary.skipped["messages"] += 1
                summary.tally(row[0], "skipped")
                continue
            Message.update(
                change_request=new[0], not_quite=new[1], urgent=new[2], excerpt=new[3]
            ).where(Message.message_id == row[5]).execute()
            summary.updated["messages"] += 1
            summary.tally(row[0], "updated")
        if rows:
            insert_rows(FIELDS, rows, adapted=True)  # ints, datetimes, str, bools, None
            summary.created["messages"] += len(rows)
            for row in rows:
                summary.tally(row[0], "created")
        batch.clear()

    for rec in records:
        if isinstance(rec, Rejection):
            summary.rejected.append(rec)
            continue
        if isinstance(rec, LeftOut):
            summary.left_out[rec.why] += 1
            continue
        summary.read += 1
        if rec.dated_by != "date":
            summary.dated_by[rec.dated_by] += 1
        if rec.message_id in seen:
            summary.skipped["messages"] += 1
            continue
        seen.add(rec.message_id)
        placed = place(matcher, rec)
        if placed is None:
            summary.not_matched += 1
            continue
        client_id, contact_id, direction = placed
        # the client's own words are what the score reads: the user's replies keep subject flags
        if direction == "in" and rec.head is not None and rec.body:
            reading = read_parts(rec.head, rec.body, rec.subject, phrases)
        else:
            reading = judge(rec.subject, "", phrases)
        flags = reading.flags
        batch.append(
            (
                client_id,
                contact_id,
                rec.sent_at,
                direction,
                rec.subject,
                rec.message_id,
                flags.change_request,
                flags.urgent,
                source,
                flags.not_quite,
                reading.excerpt,
            )
        )
        if len(batch) >= BATCH:
            flush()
    flush()
    summary.notes.extend(mail_notes(summary))


def mail_notes(summary: ImportSummary) -> list[str]:
    """What the summary says about mail left out or dated without a Date header."""
    out = []
    if summary.left_out:
        out.append(
            _("Drafts, spam and trash (left out): {n}").format(n=sum(summary.left_out.values()))
        )
    if summary.dated_by:
        how = {
            "received": _("Received header"),
            "separator": _("mbox “From ” line"),
            "filename": _("Maildir file name"),
        }
        parts = [f"{how[k]}: {summary.dated_by[k]}" for k in how if summary.dated_by.get(k)]
        out.append(
            _("Messages without a Date header, dated from other evidence: {n} ({how})").format(
                n=sum(summary.dated_by.values()), how=", ".join(parts)
            )
        )
    return out
