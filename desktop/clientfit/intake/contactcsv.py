"""Contacts exported as CSV: Google Contacts (both its current and its older layout), Outlook, and
LinkedIn's Connections.csv.

Each row is a person; the company (Organization Name, Company) becomes the client and the person
its contact, as a vCard's ORG does; a row without a company is a client of its own. E-mail
addresses and phones keep their labels; Google's " ::: " joins several values in one cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from clientfit.i18n import _
from clientfit.intake.base import ContactRecord, ImportContext, Rejection, at_line
from clientfit.intake.csvfile import Row, rows
from clientfit.intake.detect import Detected
from clientfit.intake.values import imported_note

# Outlook's phone columns and the label each gets
OUTLOOK_PHONES = (
    ("business phone", "work"),
    ("business phone 2", "work"),
    ("company main phone", "work"),
    ("mobile phone", "cell"),
    ("home phone", "home"),
    ("home phone 2", "home"),
    ("other phone", None),
    ("primary phone", None),
)
OUTLOOK_EMAILS = ("e-mail address", "e-mail 2 address", "e-mail 3 address")


def _joined(*parts: str) -> str:
    return " ".join(" ".join(p.split()) for p in parts if p and p.strip())


def _label(text: str) -> str | None:
    """Google's "* Work" (the star marks the primary one) -> "work"."""
    label = text.strip().lstrip("*").strip().casefold()
    return label or None


def _numbered(row: Row, kind: str) -> list[tuple[str, str | None]]:
    """Google's "E-mail 1 - Value" / "E-mail 1 - Label" (older: "- Type") columns, in order."""
    out = []
    n = 1
    while f"{kind} {n} - value" in row:
        label = _label(row.get_text(f"{kind} {n} - label", f"{kind} {n} - type"))
        for value in row.get(f"{kind} {n} - value", "").split(":::"):
            if value.strip():
                out.append((" ".join(value.split()), label))
        n += 1
    return out


def _record(row: Row, name: str, org: str, title: str, **points) -> ContactRecord:
    """The person `name` at company `org`: the company is the client, or the person is their own;
    `points` are the record's emails, phones and note."""
    return ContactRecord(
        where=at_line(row.line), client_name=org or name, name=name or org, title=title, **points
    )


def _note(row: Row) -> str:
    return imported_note((row.get("notes") or "").strip(), _("the row was skipped"))


def _google(row: Row) -> ContactRecord:
    name = row.get_text("name") or _joined(
        row.get_text("name prefix"),
        row.get_text("first name", "given name"),
        row.get_text("middle name", "additional name"),
        row.get_text("last name", "family name"),
        row.get_text("name suffix"),
    )
    return _record(
        row,
        name,
        row.get_text("organization name", "organization 1 - name"),
        row.get_text("organization title", "organization 1 - title"),
        emails=_numbered(row, "e-mail"),
        phones=_numbered(row, "phone"),
        note=_note(row),
    )


def _outlook(row: Row) -> ContactRecord:
    name = _joined(
        row.get_text("first name"),
        row.get_text("middle name"),
        row.get_text("last name"),
        row.get_text("suffix"),
    )
    return _record(
        row,
        name,
        row.get_text("company"),
        row.get_text("job title"),
        emails=[(row.get_text(c), None) for c in OUTLOOK_EMAILS if row.get_text(c)],
        phones=[(row.get_text(c), label) for c, label in OUTLOOK_PHONES if row.get_text(c)],
        note=_note(row),
    )


def _linkedin(row: Row) -> ContactRecord:
    name = _joined(row.get_text("first name"), row.get_text("last name"))
    email = row.get_text("email address")
    return _record(
        row,
        name,
        row.get_text("company"),
        row.get_text("position"),
        emails=[(email, "work")] if email else [],
    )


READERS = {"google_contacts": _google, "outlook_contacts": _outlook, "linkedin": _linkedin}


def parse(path: Path, found: Detected, ctx: ImportContext) -> Iterator[ContactRecord | Rejection]:
    one = READERS[found.fmt]
    for row in rows(path, found, ctx):
        if isinstance(row, Rejection):
            yield row
            continue
        try:
            rec = one(row)
        except ValueError as exc:  # a note over the limit: the row is refused, not cut
            yield Rejection(at_line(row.line), str(exc))
            continue
        if not rec.name:
            yield Rejection(rec.where, _("the row has neither a name nor a company"))
            continue
        yield rec
