"""Contact records into the database - from a vCard or a contacts CSV alike.

The client is found by the matching rules (`intake.matching`: the card's addresses, their company
domain, the folded name) or created; an existing contact (same client and name, or one of its
e-mail addresses already known) gains the addresses and phones it lacks; nothing is ever removed.
A card's note becomes a note on the client, once.
"""

from __future__ import annotations

from collections.abc import Iterator

from clientfit.i18n import _
from clientfit.intake.base import ContactRecord, ImportSummary, Rejection
from clientfit.intake.clients import ClientBook
from clientfit.intake.mail import own_addresses
from clientfit.intake.values import imported_note
from clientfit.store.clients import ValidationError, _email_ok, clean_name
from clientfit.store.models import Contact, ContactPoint, Note, name_key


def _phone_key(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit() or ch == "+")


def write(records: Iterator[ContactRecord | Rejection], summary: ImportSummary) -> None:
    """Contacts into the database, in the caller's transaction (see the module docstring)."""
    mine = own_addresses()
    book = ClientBook(summary, mine)
    for rec in records:
        if isinstance(rec, Rejection):
            summary.rejected.append(rec)
            continue
        summary.read += 1
        if mine and any(e.lower() in mine for e, _lab in rec.emails):
            summary.notes.append(
                _("{where}: this is your own card ({name}); left out.").format(
                    where=rec.where, name=rec.name
                )
            )
            continue
        try:
            name = clean_name(rec.name, "contact name")
            emails = [(e, lab) for e, lab in rec.emails if _email_ok(e)]
            bad = [e for e, _lab in rec.emails if not _email_ok(e)]
            if bad:
                summary.notes.append(
                    _("{where}: “{email}” is not an e-mail address; left out.").format(
                        where=rec.where, email=bad[0]
                    )
                )
            client_id = book.resolve(rec.client_name, emails=[e for e, _lab in emails])
        except ValidationError as exc:
            summary.rejected.append(Rejection(rec.where, str(exc)))
            continue
        if rec.note:
            _keep_note(client_id, rec, summary)
        contact = _find_contact(client_id, name, [e.lower() for e, _lab in emails])
        created = contact is None
        if created:
            contact = Contact.create(client=client_id, name=name, title=rec.title or None)
        known = set(
            ContactPoint.select(ContactPoint.kind, ContactPoint.key)
            .where(ContactPoint.contact == contact)
            .tuples()
        )
        rows = []
        for kind, items in (("email", emails), ("phone", rec.phones)):
            for value, label in items:
                key = value.lower() if kind == "email" else _phone_key(value)
                if (kind, key) in known or not key:
                    continue
                known.add((kind, key))
                rows.append(
                    {
                        "contact": contact.id,
                        "kind": kind,
                        "value": value,
                        "key": key,
                        "label": label,
                    }
                )
        if rows:
            ContactPoint.insert_many(rows).execute()
            summary.created["contact_points"] += len(rows)
            summary.tally(client_id, "created", len(rows))
        if created:
            summary.created["contacts"] += 1
            summary.tally(client_id, "created")
        elif rows:
            summary.updated["contacts"] += 1
            summary.tally(client_id, "updated")
        else:
            summary.skipped["contacts"] += 1
            summary.tally(client_id, "skipped")


def _keep_note(client_id: int, rec: ContactRecord, summary: ImportSummary) -> None:
    """The card's NOTE as a note on the client, once: the same text is never added twice."""
    body = (
        rec.note if name_key(rec.name) == name_key(rec.client_name) else f"{rec.name}: {rec.note}"
    )
    try:  # the card's note fits, but the person's name before it may not: refused, not cut
        body = imported_note(body, _("the note was not kept"))
    except ValueError as exc:
        summary.rejected.append(Rejection(rec.where, str(exc)))
        return
    if Note.select().where((Note.client == client_id) & (Note.body == body)).exists():
        summary.skipped["notes"] += 1
        summary.tally(client_id, "skipped")
        return
    Note.create(client=client_id, body=body)
    summary.created["notes"] += 1
    summary.tally(client_id, "created")


def _find_contact(client_id: int, name: str, email_keys: list[str]) -> Contact | None:
    if email_keys:
        hit = (
            Contact.select()
            .join(ContactPoint)
            .where(
                (Contact.client == client_id)
                & (ContactPoint.kind == "email")
                & ContactPoint.key.in_(email_keys)
            )
            .first()
        )
        if hit is not None:
            return hit
    key = name_key(name)
    for contact in Contact.select().where(Contact.client == client_id):
        if name_key(contact.name) == key:
            return contact
    return None
