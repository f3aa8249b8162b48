"""vCard 2.1, 3.0 and 4.0 (phones, Apple Contacts, Google, Outlook) into clients and contacts.

The file is cut into cards a line at a time (so a large address book never sits in memory at once)
and each card is parsed by vobject, which handles folding, quoted-printable with CHARSET and grouped
properties such as `item1.EMAIL`. Two things vobject does not do are done here first: joining the
soft line breaks of quoted-printable values (a 2.1 line ending in "="), and dropping PHOTO/LOGO
data we do not keep. ORG becomes the client (FN when there is no ORG), the card a contact.

Memory and time stay bounded whatever a card holds: NOTE (not kept) is dropped as it is read, a
card longer than `MAX_CARD_LINES` lines or `MAX_CARD_BYTES` is rejected on its own - the good
cards beside it still go in - and unfolding is linear in the card's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import vobject

from clientfit.i18n import _
from clientfit.intake.base import (
    BATCH,
    ContactRecord,
    ImportContext,
    ImportSummary,
    Rejection,
    at_line,
)
from clientfit.intake.clients import ClientBook
from clientfit.intake.mail import own_addresses
from clientfit.intake.textio import LineReader, decode_line, too_long_reason
from clientfit.store.clients import ValidationError, _email_ok, clean_name
from clientfit.store.models import Contact, ContactPoint, name_key

_DROPPED = re.compile(r"^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY|NOTE)[;:]", re.IGNORECASE)
MAX_CARD_LINES = 2_000  # a real card has tens; this also keeps one card's rows under SQLite's
MAX_CARD_BYTES = 2_000_000  # limit of bound variables
_QP = re.compile(r"^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE\b[^:]*:", re.IGNORECASE)
_SKIP_TYPES = {"INTERNET", "PREF", "X400", "VOICE", "X-INTERNET"}


def _unfold_qp(lines: list[str]) -> list[str]:
    """Unfold: quoted-printable soft line breaks ("=" at the end), which vobject would choke on,
    and ordinary folded lines, so that whole values can be looked at."""
    out: list[list[str]] = []  # each logical line as its parts: joined once, at the end
    joining = False
    for line in lines:
        if joining:
            out[-1][-1] = out[-1][-1][:-1]
            out[-1].append(line.lstrip(" \t"))
        elif line[:1] in (" ", "\t") and out:
            out[-1].append(line[1:])  # an ordinary folded line (RFC 6350 3.2), unfolded here
        else:
            out.append([line])
        last = out[-1]
        joining = last[-1].endswith("=") and bool(_QP.match(last[0]))
    return ["".join(parts) for parts in out]


_TEXT_PROPS = re.compile(r"^(?:[\w-]+\.)?(?:FN|TITLE|ROLE|ORG|NOTE)[;:]", re.IGNORECASE)
_BARE_COMMA = re.compile(r"(?<!\\),")


def _escape_commas(lines: list[str]) -> list[str]:
    """vCard 2.1 (and careless 3.0 writers) leave commas in names unescaped; vobject would read
    "Ek, Ulla" as a list and keep only "Ek"."""
    out = []
    for line in lines:
        if _TEXT_PROPS.match(line) and ":" in line:
            head, value = line.split(":", 1)
            line = f"{head}:{_BARE_COMMA.sub(lambda _m: chr(92) + ',', value)}"
        out.append(line)
    return out


def read_cards(fh, ctx: ImportContext | None = None) -> Iterator[tuple[int, list[str]] | Rejection]:
    """(first line number, lines of one card) for each BEGIN:VCARD..END:VCARD, streamed."""
    lines = LineReader(fh)
    card: list[str] | None = None
    start = 0
    long_line = 0
    dropping = False
    size = 0
    for raw in lines:
        text = decode_line(raw).rstrip("\r\n")
        upper = text.strip().upper()
        if card is None:
            if upper == "BEGIN:VCARD":
                card, start, long_line, dropping = [text.strip()], lines.lineno, 0, False
                size = 0
            continue
        if lines.lineno in lines.too_long:
            long_line = long_line or lines.lineno
            continue
        if upper == "END:VCARD":
            card.append("END:VCARD")
            if long_line:
                yield Rejection(at_line(long_line), too_long_reason())
            elif size > MAX_CARD_BYTES or len(card) > MAX_CARD_LINES:
                yield Rejection(
                    at_line(start),
                    _(
                        "the card is too large ({lines} lines, {kb} kB; at most {max_lines} "
                        "lines and {max_kb} kB)"
                    ).format(
                        lines=lines.lineno - start + 1,
                        kb=size // 1000,
                        max_lines=MAX_CARD_LINES,
                        max_kb=MAX_CARD_BYTES // 1000,
                    ),
                )
            else:
                yield start, card
            card = None
            continue
        if text[:1] in (" ", "\t"):
            if not dropping:
                size += len(text)
                if size <= MAX_CARD_BYTES and len(card) <= MAX_CARD_LINES:
                    card.append(text)
            continue
        dropping = bool(_DROPPED.match(text))
        if not dropping and text:
            size += len(text)
            if size <= MAX_CARD_BYTES and len(card) <= MAX_CARD_LINES:
                card.append(text)  # past either limit only counted: the card is rejected
    if card is not None:
        yield Rejection(at_line(start), _("the card has no END:VCARD; the file may be cut short"))


def _label(prop) -> str | None:
    types = [t for t in prop.params.get("TYPE", []) for t in t.split(",")]
    types += list(getattr(prop, "singletonparams", []) or [])
    kept = [t.lower() for t in types if t.upper() not in _SKIP_TYPES]
    return kept[0] if kept else None


def card_to_record(start: int, lines: list[str]) -> ContactRecord:
    """One card's lines into a plain contact record (ValueError when it says nothing usable)."""
    try:
        card = vobject.readOne(
            "\r\n".join(_escape_commas(_unfold_qp(lines))) + "\r\n", ignoreUnreadable=True
        )
    except Exception as exc:  # vobject raises a zoo of exception types for broken input
        raise ValueError(_("unreadable card ({error})").format(error=str(exc)[:120])) from None
    labels: dict[str, str] = {}
    for prop in card.getChildren():
        if prop.group and prop.name.upper() == "X-ABLABEL":
            labels[prop.group] = str(prop.value).strip("_$!<>").lower()

    def first(name: str) -> str:
        prop = getattr(card, name.lower(), None)
        value = getattr(prop, "value", "") if prop is not None else ""
        if isinstance(value, list):
            value = next((v for v in value if str(v).strip()), "")
        return " ".join(str(value).split())

    fn = first("FN")
    if not fn and getattr(card, "n", None) is not None:
        n = card.n.value
        fn = " ".join(
            " ".join(p) if isinstance(p, list) else p
            for p in (n.prefix, n.given, n.additional, n.family)
            if p
        )
        fn = " ".join(fn.split())
    org = first("ORG")
    if not fn and not org:
        raise ValueError(_("the card has neither a name (FN/N) nor an organisation (ORG)"))
    record = ContactRecord(
        where=at_line(start), client_name=org or fn, name=fn or org, title=first("TITLE")
    )
    for prop in card.getChildren():
        name = prop.name.upper()
        if name not in ("EMAIL", "TEL"):
            continue
        value = " ".join(str(prop.value).split())
        if name == "TEL" and value.lower().startswith("tel:"):
            value = value[4:]
        if name == "EMAIL" and value.lower().startswith("mailto:"):
            value = value[7:]
        if not value:
            continue
        label = labels.get(prop.group) if prop.group else None
        label = label or _label(prop)
        (record.emails if name == "EMAIL" else record.phones).append((value, label))
    return record


def parse(path: Path, ctx: ImportContext) -> Iterator[ContactRecord | Rejection]:
    with open(path, "rb") as fh:
        ctx.total = path.stat().st_size
        for n, item in enumerate(read_cards(fh)):
            if n % BATCH == 0:
                ctx.checkpoint(fh.tell())
            if isinstance(item, Rejection):
                yield item
                continue
            start, lines = item
            try:
                yield card_to_record(start, lines)
            except ValueError as exc:
                yield Rejection(at_line(start), str(exc))
            except Exception as exc:  # vobject on hostile input: one card lost, never the import
                yield Rejection(
                    at_line(start), _("unreadable card ({error})").format(error=str(exc)[:120])
                )


def _phone_key(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit() or ch == "+")


def write(records: Iterator[ContactRecord | Rejection], summary: ImportSummary) -> None:
    """Contacts into the database: an existing contact (same client and name, or one of its e-mail
    addresses already known) gains the addresses and phones it lacks; nothing is ever removed."""
    book = ClientBook(summary)
    mine = own_addresses()
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
            client_id = book.resolve(rec.client_name)
        except ValidationError as exc:
            summary.rejected.append(Rejection(rec.where, str(exc)))
            continue
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
        if created:
            summary.created["contacts"] += 1
        elif rows:
            summary.updated["contacts"] += 1
        else:
            summary.skipped["contacts"] += 1


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
