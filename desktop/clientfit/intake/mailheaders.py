"""One message's header block into a plain record: who, when, what about - and whether it is mail
the user never sent or threw away.

Header values are read as written (8-bit bytes as UTF-8, else Windows-1252; RFC 2047 subjects
decoded, ISO-8859-1 read as Windows-1252, control characters dropped). The time comes from the
Date header, else the newest Received header, the mbox separator or the Maildir file name
(`maildates`). Gmail's Drafts, Spam and Trash labels, `\\Draft` / `$Junk` / `\\Deleted` keywords,
Thunderbird's expunged flag and Maildir's D and T flags make a `LeftOut` instead of a record.
"""

from __future__ import annotations

import email.errors
import email.utils
import hashlib
import re
from dataclasses import dataclass
from email.header import decode_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

from clientfit.i18n import _
from clientfit.intake.base import MessageRecord, at_message
from clientfit.intake.maildates import (
    from_line_date,
    maildir_name_date,
    newest_received,
    to_utc,
)

__all__ = ["LeftOut", "decode_subject", "headers_to_record", "left_out_reason", "to_utc"]

HEADER_PARSER = BytesHeaderParser(policy=compat32)
_SURROGATES = re.compile("[\udc80-\udcff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LEGACY = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
_WANTED = frozenset(
    {
        "date",
        "from",
        "to",
        "cc",
        "subject",
        "message-id",
        "received",
        "x-gmail-labels",
        "x-mozilla-status",
        "x-keywords",
        "keywords",
        "x-flags",
    }
)
# Gmail Takeout labels (English and Swedish) of mail that was not sent or was thrown away.
_GMAIL_LEFT_OUT = {
    "drafts": "draft",
    "draft": "draft",
    "utkast": "draft",
    "spam": "spam",
    "skräppost": "spam",
    "trash": "trash",
    "papperskorgen": "trash",
    "papperskorg": "trash",
}
_MOZILLA_EXPUNGED = 0x0008  # Thunderbird: deleted, still in the file until it is compacted


@dataclass(frozen=True)
class LeftOut:
    """A message deliberately not imported: a draft, spam or trash."""

    where: str
    why: str  # draft | spam | trash


def _clean(text: str) -> str:
    """Raw 8-bit header bytes (left as surrogate escapes by the parser) read as UTF-8, else as
    Windows-1252; control characters dropped, folding whitespace collapsed."""
    if not text.isascii() and _SURROGATES.search(text):
        raw = text.encode("utf-8", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    return " ".join(_CONTROL.sub(" ", text).split())


def decode_subject(raw: object) -> str:
    """An RFC 2047 encoded subject ("=?UTF-8?Q?...?=") as plain text; ISO-8859-1 is read as
    Windows-1252 (what senders mean by it), so no control characters slip in."""
    if raw is None:
        return ""
    text = _clean(str(raw))
    try:
        parts = decode_header(text)
    except (LookupError, UnicodeError, ValueError, AssertionError, email.errors.MessageError):
        return text
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        charset = (charset or "ascii").lower()
        if charset in _LEGACY:
            charset = "cp1252"
        try:
            out.append(chunk.decode(charset))
        except LookupError:
            return text  # a charset nobody knows: keep the subject as written
        except UnicodeDecodeError:
            out.append(chunk.decode("cp1252", "replace"))
    return _clean("".join(out))


def _raw_headers(msg: Message) -> dict[str, list[str]]:
    """Header values as written (8-bit bytes read as UTF-8 / Windows-1252), by lower-case name."""
    out: dict[str, list[str]] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key in _WANTED:
            out.setdefault(key, []).append(_clean(str(value)))
    return out


_SIMPLE = re.compile(r"^[^<>]*<([^<>\s]+@[^<>\s]+)>$|^([^<>\s]+@[^<>\s]+)$")


def _addresses(headers: dict[str, list[str]], *names: str) -> list[str]:
    """Lower-case addresses from address headers. The common shapes ("a@b.se", "Name <a@b.se>",
    comma-separated) are read directly; anything with quotes or comments goes through
    `email.utils.getaddresses` (which is exact, and slow enough to dominate a big import)."""
    values = []
    for name in names:
        values.extend(headers.get(name, []))
    out = []
    for value in values:
        parts = value.split(",") if '"' not in value and "(" not in value else None
        simple = [_SIMPLE.match(p.strip()) for p in parts] if parts else None
        if simple and all(simple):
            found = [m.group(1) or m.group(2) for m in simple]
        else:
            found = [addr for _display, addr in email.utils.getaddresses([value])]
        for addr in found:
            addr = addr.lower().strip("<>")
            if "@" in addr:
                out.append(addr)
    return out


def left_out_reason(headers: dict[str, list[str]], maildir_flags: str = "") -> str | None:
    """draft | spam | trash when the mail program marks the message as such, else None."""
    if "D" in maildir_flags:
        return "draft"
    if "T" in maildir_flags:
        return "trash"
    for value in headers.get("x-gmail-labels", []):
        for label in value.split(","):
            why = _GMAIL_LEFT_OUT.get(label.strip().strip('"').casefold())
            if why:
                return why
    for name in ("x-keywords", "keywords", "x-flags"):
        for value in headers.get(name, []):
            words = {w.strip().casefold() for w in re.split(r"[,\s]+", value)}
            if "\\draft" in words or "$draft" in words:
                return "draft"
            if words & {"$junk", "junk", "\\junk"}:
                return "spam"
            if "\\deleted" in words:
                return "trash"
    for value in headers.get("x-mozilla-status", []):
        try:
            if int(value.strip()[:4], 16) & _MOZILLA_EXPUNGED:
                return "trash"
        except ValueError:
            pass
    return None


def headers_to_record(
    number: int,
    header_bytes: bytes,
    from_line: bytes = b"",
    body: bytes = b"",
    file_name: str = "",
) -> MessageRecord | LeftOut:
    """One message into a record (ValueError when it cannot be placed in time)."""
    msg = HEADER_PARSER.parsebytes(header_bytes)
    if not msg.keys():
        raise ValueError(_("no mail headers"))
    headers = _raw_headers(msg)
    flags = file_name.rpartition(":2,")[2] if ":2," in file_name else ""
    why = left_out_reason(headers, flags)
    if why is not None:
        return LeftOut(at_message(number), why)

    def first(name: str) -> str | None:
        values = headers.get(name)
        return values[0] if values else None

    dated_by = "date"
    sent_at = to_utc(first("date"))
    for source, fallback in (
        ("received", lambda: newest_received(headers.get("received", []))),
        ("separator", lambda: from_line_date(from_line) if from_line else None),
        ("filename", lambda: maildir_name_date(file_name) if file_name else None),
    ):
        if sent_at is not None:
            break
        sent_at, dated_by = fallback(), source
    if sent_at is None:
        raise ValueError(
            _(
                "the message has no readable Date header and nothing else that says when it "
                "was sent (no Received header, no mbox or Maildir date); Clientfit does not guess"
            )
            if not headers.get("date")
            else _("the message has no readable Date header")
        )
    senders = _addresses(headers, "from")
    sender = senders[0] if senders else ""
    recipients = _addresses(headers, "to", "cc")
    subject = decode_subject(first("subject"))[:1000]
    message_id = (first("message-id") or "")[:500]
    if not message_id:
        digest = hashlib.sha1(
            "|".join([sent_at.isoformat(), sender, ",".join(recipients), subject]).encode()
        ).hexdigest()
        message_id = f"<{digest}@clientfit.no-message-id>"
    return MessageRecord(
        where=at_message(number),
        message_id=message_id,
        sent_at=sent_at,
        sender=sender,
        recipients=recipients,
        subject=subject,
        head=msg,
        body=body,
        dated_by=dated_by,
    )
