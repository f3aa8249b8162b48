"""What to tell a user whose file Clientfit cannot read: what it seems to be, and how to get a
format that works from the program it came from ("export your contacts as vCard").

Only hints: the file is refused either way, with the supported formats listed after the hint.
"""

from __future__ import annotations

from clientfit.i18n import _

# words in a CSV header that say what the rows are about
_CONTACT_WORDS = ("e-mail", "email", "phone", "mobile", "first name", "last name", "company")
_TIME_WORDS = ("duration", "hours", "time (h)", "start time", "start date", "time entry", "tracked")
_INVOICE_WORDS = ("amount", "balance", "due date", "paid", "total")


def hint_for_bytes(head: bytes) -> str:
    """A hint from a file's first bytes, for files that are not text exports at all; else ""."""
    start = head.lstrip()[:64]
    if start.startswith(b"PK\x03\x04"):
        return _(
            "It is a zipped file, perhaps an Excel or Numbers spreadsheet: save it as CSV "
            "(UTF-8) and import that."
        )
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return _("It is an old Excel (.xls) file: save it as CSV (UTF-8) and import that.")
    if start.startswith(b"%PDF"):
        return _(
            "It is a PDF: Clientfit reads exported data, not printed reports. Export the same "
            "report as CSV instead."
        )
    if start.upper().startswith(b"BEGIN:VCALENDAR"):
        return _(
            "It is a calendar (.ics): Clientfit takes hours from a time tracker's CSV export "
            "(Toggl Track, Clockify, Harvest)."
        )
    if start.lower().startswith((b"dn:", b"version: 1\n", b"version: 1\r")):
        return _(
            "It is an LDIF address book (Thunderbird): export your contacts as vCard (.vcf) "
            "instead."
        )
    return ""


def hint_for_header(columns: list[str]) -> str:
    """A hint from a CSV header row no known export matches; else ""."""
    text = " | ".join(columns)
    time_like = any(word in text for word in _TIME_WORDS)
    if "invoice" in text or (not time_like and any(word in text for word in _INVOICE_WORDS)):
        return _(
            "It looks like invoices: export them as CSV from Harvest (invoice report), FreshBooks "
            "(invoice export) or Invoice Ninja (v4 or v5), or write Clientfit's invoice CSV "
            "(client,number,issued_on,due_on,total,currency,paid_on,paid_amount,subject)."
        )
    if time_like:
        return _(
            "It looks like time entries: export a detailed report as CSV from Toggl Track, "
            "Clockify or Harvest."
        )
    if any(word in text for word in _CONTACT_WORDS):
        return _(
            "It looks like contacts: export your contacts as vCard (.vcf), or as CSV from Google "
            "Contacts (Google CSV), Outlook or LinkedIn (Connections.csv)."
        )
    return ""
