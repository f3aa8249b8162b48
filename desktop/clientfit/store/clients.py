"""Editing clients: the client with its contacts, notes, needs and deliverables (the summary per roster
row is `store.summaries`).

Every change that touches several rows runs in one transaction. Names are matched the way the
command-line contract says: case-insensitively, ignoring surrounding space.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from clientfit.i18n import _
from clientfit.store.database import db
from clientfit.store.models import (
    Client,
    Contact,
    ContactPoint,
    Deliverable,
    Need,
    Note,
    name_key,
    to_minor,
)

MAX_NAME = 200
MAX_NOTE = 100_000


GUT_RATINGS = range(1, 6)  # 1 (dread) to 5 (delight)


class ValidationError(ValueError):
    """Input the user must correct; the message names the field and is shown as it is."""


def checked_text(
    text: str,
    limit: int,
    too_long: str,
    empty: str | None = None,
    error: type[ValidationError] = ValidationError,
) -> str:
    """`text` (already stripped or collapsed as its field wants) when it may be stored: `empty`
    (a message) refuses an empty one, `too_long` (a message with {n} and {max}) one of more than
    `limit` characters. The caller gives its messages translated, so each field keeps its words;
    every free-text field (names, notes, a plan's reason and loose ends) is checked here."""
    if empty is not None and not text:
        raise error(empty)
    if len(text) > limit:
        raise error(too_long.format(n=len(text), max=limit))
    return text


@dataclass
class ContactInfo:
    id: int | None
    name: str
    title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def clean_name(name: str, what: str = "name") -> str:
    """A name as stored: inner runs of space collapsed; empty or absurdly long refused."""
    return checked_text(
        " ".join((name or "").split()),
        MAX_NAME,
        _("The {what} is too long ({n} characters; at most {max}).").replace("{what}", _(what)),
        _("The {what} cannot be empty.").format(what=_(what)),
    )


def split_list(text: str | Iterable[str] | None) -> list[str]:
    """ "a, b,  c" -> ["a", "b", "c"], duplicates (ignoring case) dropped, order kept."""
    if text is None:
        return []
    items = text.split(",") if isinstance(text, str) else list(text)
    seen: set[str] = set()
    out = []
    for item in items:
        cleaned = " ".join(str(item).split())
        if cleaned and name_key(cleaned) not in seen:
            seen.add(name_key(cleaned))
            out.append(cleaned)
    return out


def find_client(name: str) -> Client | None:
    return Client.get_or_none(Client.name_key == name_key(name))


def get_client(name: str) -> Client:
    client = find_client(name)
    if client is None:
        raise ValidationError(_("No client named “{name}”.").format(name=name.strip()))
    return client


def add_client(
    name: str,
    *,
    email: str | None = None,
    needs: Iterable[str] | str | None = None,
    currency: str | None = None,
) -> Client:
    """A new active client; with an e-mail, a first contact carrying the client's name."""
    cleaned = clean_name(name, "client name")
    existing = find_client(cleaned)
    if existing is not None:
        raise ValidationError(
            _("A client named “{name}” already exists.").format(name=existing.name)
        )
    with db.atomic():
        client = Client.create(
            name=cleaned, name_key=name_key(cleaned), **({"currency": currency} if currency else {})
        )
        set_needs(client, split_list(needs))
        if email:
            save_contact(client, ContactInfo(id=None, name=cleaned, emails=[email]))
    return client


def _apply_name(client: Client, new_name: str) -> None:
    cleaned = clean_name(new_name, "client name")
    other = find_client(cleaned)
    if other is not None and other.id != client.id:
        raise ValidationError(_("A client named “{name}” already exists.").format(name=cleaned))
    client.name = cleaned
    client.name_key = name_key(cleaned)


def rename_client(client: Client, new_name: str) -> Client:
    _apply_name(client, new_name)
    client.save()
    return client


def update_client(
    client: Client,
    *,
    name: str | None = None,
    needs: Iterable[str] | str | None = None,
    disrespectful: bool | None = None,
    gut: int | None = None,
    terms: int | None = None,
    currency: str | None = None,
    contract_path: str | None = None,
    keep_in_touch: int | None = None,
    seen_version: int | None = None,
    overwrite: bool = False,
) -> Client:
    """Change what the user said about a client; only the arguments given are touched.
    `keep_in_touch` is a number of days (0 turns the Today reminder off). With `seen_version`
    (the version the form showed) a newer edit by someone else raises
    record_versions.EditConflict instead of being overwritten, unless `overwrite`."""
    check_gut(gut)
    if terms is not None and not 0 <= terms <= 365:
        raise ValidationError(_("Payment terms must be between 0 and 365 days."))
    if keep_in_touch is not None and not 0 <= keep_in_touch <= 365:
        raise ValidationError(_("Keep in touch takes 0 to 365 days (0: no reminder)."))
    with db.atomic():
        if name is not None:
            _apply_name(client, name)  # saved below, with the version check when asked
        if needs is not None:
            set_needs(client, split_list(needs))
        if disrespectful is not None:
            client.disrespectful = disrespectful
        if gut is not None:
            client.gut = gut
        if terms is not None:
            client.payment_terms_days = terms
        if currency:
            client.currency = currency.strip().upper()[:3]
        if contract_path is not None:
            client.contract_path = contract_path.strip() or None
        if keep_in_touch is not None:
            client.keep_in_touch_days = keep_in_touch or None
        if seen_version is None:
            client.save()
            return client
        from clientfit.store.record_versions import save_versioned

        fields = ("name", "name_key", "disrespectful", "gut", "payment_terms_days", "currency")
        changes = {f: getattr(client, f) for f in (*fields, "contract_path", "keep_in_touch_days")}
        client.row_version = save_versioned(
            Client, client.id, seen_version, changes, overwrite=overwrite
        )
    return client


def check_gut(rating: int | None) -> None:
    """The gut rating is 1 (dread) to 5 (delight), or None (not rated)."""
    if rating is not None and rating not in GUT_RATINGS:
        raise ValidationError(_("The gut rating must be between 1 and 5."))


def set_gut(client_id: int, rating: int | None) -> None:
    """The user's own rating of the relationship, 1 (dread) to 5 (delight); None clears it."""
    check_gut(rating)
    if not Client.update(gut=rating).where(Client.id == client_id).execute():
        raise ValidationError(_("No client with id {id}.").format(id=client_id))


def set_needs(client: Client, needs: list[str]) -> None:
    with db.atomic():
        Need.delete().where(Need.client == client).execute()
        if needs:
            Need.insert_many(
                [{"client": client.id, "name": n, "key": name_key(n)} for n in needs]
            ).execute()


def needs_of(client: Client) -> list[str]:
    return [n.name for n in Need.select().where(Need.client == client).order_by(Need.id)]


def archive_client(client: Client, ended_on: dt.date | None = None) -> None:
    client.status = "archived"
    client.ended_on = ended_on or dt.date.today()
    client.save()


def restore_client(client: Client) -> None:
    client.status = "active"
    client.ended_on = None
    client.save()


def delete_client(client: Client) -> None:
    """Delete a client and everything recorded about it (the UI asks first)."""
    with db.atomic():
        client.delete_instance()


# --- contacts ---------------------------------------------------------------------------------


def contacts_of(client: Client) -> list[ContactInfo]:
    out = []
    points: dict[int, list[ContactPoint]] = {}
    for p in (
        ContactPoint.select()
        .join(Contact)
        .where(Contact.client == client)
        .order_by(ContactPoint.id)
    ):
        points.setdefault(p.contact_id, []).append(p)
    for c in Contact.select().where(Contact.client == client).order_by(Contact.name):
        pts = points.get(c.id, [])
        out.append(
            ContactInfo(
                id=c.id,
                name=c.name,
                title=c.title or "",
                emails=[p.value for p in pts if p.kind == "email"],
                phones=[p.value for p in pts if p.kind == "phone"],
            )
        )
    return out


def _email_ok(address: str) -> bool:
    local, at, domain = address.partition("@")
    return bool(local and at and "." in domain and " " not in address)


def checked_emails(text: str | Iterable[str] | None) -> list[str]:
    """The addresses of a comma-separated list; the first that is not one refused by name (the
    contact form checks a field with this as it is left, and saving checks it again)."""
    emails = split_list(text)
    for e in emails:
        if not _email_ok(e):
            raise ValidationError(_("“{email}” is not an e-mail address.").format(email=e))
    return emails


def save_contact(client: Client, info: ContactInfo) -> Contact:
    """Create or update a contact with its addresses and phones, in one transaction."""
    name = clean_name(info.name, "contact name")
    emails = checked_emails(info.emails)
    phones = split_list(info.phones)
    with db.atomic():
        if info.id is None:
            contact = Contact.create(client=client, name=name, title=info.title or None)
        else:
            contact = Contact.get_by_id(info.id)
            contact.name, contact.title = name, (info.title or None)
            contact.save()
            ContactPoint.delete().where(ContactPoint.contact == contact).execute()
        rows = [
            {"contact": contact.id, "kind": "email", "value": e, "key": e.lower()} for e in emails
        ]
        rows += [
            {
                "contact": contact.id,
                "kind": "phone",
                "value": p,
                "key": "".join(ch for ch in p if ch.isdigit() or ch == "+"),
            }
            for p in phones
        ]
        if rows:
            ContactPoint.insert_many(rows).execute()
    return contact


def delete_contact(contact_id: int) -> None:
    Contact.delete().where(Contact.id == contact_id).execute()


# --- notes ------------------------------------------------------------------------------------


def _note_text(body: str) -> str:
    return checked_text(
        (body or "").strip(),
        MAX_NOTE,
        _("The note is too long ({n} characters; at most {max})."),
        _("The note is empty."),
    )


def add_note(client: Client, body: str, *, private: bool = False) -> Note:
    """A note on a client; a private one is shown to its author alone (store/record_versions)."""
    from clientfit.store.record_versions import who_am_i

    text = _note_text(body)
    return Note.create(client=client, body=text, author=who_am_i(), private=private)


def update_note(note_id: int, body: str) -> None:
    text = _note_text(body)
    Note.update(body=text).where(Note.id == note_id).execute()


def delete_note(note_id: int) -> None:
    Note.delete().where(Note.id == note_id).execute()


def notes_of(client: Client) -> list[Note]:
    """The client's notes this user may see: every shared one, and their own private ones."""
    from clientfit.store.record_versions import who_am_i

    visible = (Note.private == False) | (Note.author == who_am_i())  # noqa: E712 (SQL)
    return list(
        Note.select()
        .where((Note.client == client) & visible)
        .order_by(Note.created_at.desc(), Note.id.desc())
    )


# --- deliverables -----------------------------------------------------------------------------

EARLIEST = dt.date(1990, 1, 1)
LATEST = dt.date(2100, 12, 31)


def _check_day(day: dt.date | None, what: str) -> None:
    if day is not None and not EARLIEST <= day <= LATEST:
        raise ValidationError(
            _("The {what} {day} is not a plausible date (between {lo} and {hi}).").format(
                what=_(what), day=day.isoformat(), lo=EARLIEST.isoformat(), hi=LATEST.isoformat()
            )
        )


def save_deliverable(
    client: Client,
    title: str,
    *,
    deliverable_id: int | None = None,
    due_on: dt.date | None = None,
    delivered_on: dt.date | None = None,
    amount: Decimal | None = None,
    invoice_id: int | None = None,
) -> Deliverable:
    cleaned = clean_name(title, "deliverable title")
    _check_day(due_on, "due date")
    _check_day(delivered_on, "delivery date")
    if amount is not None and amount < 0:
        raise ValidationError(_("The amount cannot be negative."))
    values = dict(
        title=cleaned,
        due_on=due_on,
        delivered_on=delivered_on,
        amount_minor=to_minor(amount) if amount is not None else None,
        invoice=invoice_id,
    )
    if deliverable_id is None:
        return Deliverable.create(client=client, **values)
    Deliverable.update(**values).where(Deliverable.id == deliverable_id).execute()
    return Deliverable.get_by_id(deliverable_id)


def delete_deliverable(deliverable_id: int) -> None:
    Deliverable.delete().where(Deliverable.id == deliverable_id).execute()
