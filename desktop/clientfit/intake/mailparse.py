"""Mail files into plain message records: mbox (Thunderbird, Gmail Takeout), one .eml, a Maildir.

Only headers matter to Clientfit (who, when, subject), so an mbox is walked a line at a time: each
message's header block is handed to the `email` package's header parser and its body is skipped
unread, however large its attachments. (The stdlib `mailbox.mbox` would first index the whole file
and then load every message whole, attachments included.) Maildir folders go through
`mailbox.Maildir`. Subjects are RFC 2047-decoded; the Date header becomes naive UTC.
"""

from __future__ import annotations

import datetime as dt
import email.errors
import email.utils
import hashlib
import mailbox
import re
from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import BinaryIO

from clientfit.i18n import _
from clientfit.intake.base import (
    BATCH,
    MAX_LINE,
    FormatError,
    ImportContext,
    MessageRecord,
    Rejection,
    at_message,
    plausible,
)

MAX_HEADER = 4 * MAX_LINE  # a header block bigger than this is not a real message
_PARSER = BytesHeaderParser(policy=compat32)
_SURROGATES = re.compile("[\udc80-\udcff]")
_WANTED = frozenset({"date", "from", "to", "cc", "subject", "message-id"})
_FROM_LINE_DATE = re.compile(rb"^From \S+\s+(.*)$")


def _clean(text: str) -> str:
    """Raw 8-bit header bytes (left as surrogate escapes by the parser) read as UTF-8, else as
    Windows-1252; folding whitespace collapsed."""
    if not text.isascii() and _SURROGATES.search(text):
        raw = text.encode("utf-8", "surrogateescape")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    return " ".join(text.split())


def decode_subject(raw: object) -> str:
    """An RFC 2047 encoded subject ("=?UTF-8?Q?...?=") as plain text."""
    if raw is None:
        return ""
    try:
        return _clean(str(make_header(decode_header(_clean(str(raw))))))
    except (LookupError, UnicodeError, ValueError, AssertionError, email.errors.MessageError):
        return _clean(str(raw))


def to_utc(value: str | None) -> dt.datetime | None:
    """A Date header as naive UTC; a date with no zone ("-0000" or none) is taken as UTC."""
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(str(value).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    moment = moment.replace(microsecond=0)
    return moment if plausible(moment) else None


def _from_line_date(from_line: bytes) -> dt.datetime | None:
    """The date on an mbox "From " separator, the fallback when a message has no usable Date."""
    m = _FROM_LINE_DATE.match(from_line.strip())
    if not m:
        return None
    text = m.group(1).decode("ascii", "replace")
    parts = text.split()
    # asctime ("Mon Jan  1 10:00:00 2024", maybe with a zone before the year)
    try:
        year = int(parts[-1])
        clock = next(p for p in parts if p.count(":") == 2)
        month = next(p for p in parts if p[:3].lower() in _MONTHS3)
        day = int(next(p for p in parts[parts.index(month) + 1 :] if p.isdigit()))
        h, mi, s = (int(x) for x in clock.split(":"))
        moment = dt.datetime(year, _MONTHS3[month[:3].lower()], day, h, mi, s)
    except (ValueError, StopIteration, IndexError):
        return None
    return moment if plausible(moment) else None


_MONTHS3 = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


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


def headers_to_record(number: int, header_bytes: bytes, from_line: bytes = b"") -> MessageRecord:
    """One message's header block into a record (ValueError when it cannot be placed in time)."""
    msg = _PARSER.parsebytes(header_bytes)
    if not msg.keys():
        raise ValueError(_("no mail headers"))
    headers = _raw_headers(msg)

    def first(name: str) -> str | None:
        values = headers.get(name)
        return values[0] if values else None

    sent_at = to_utc(first("date"))
    if sent_at is None:
        sent_at = _from_line_date(from_line) if from_line else None
    if sent_at is None:
        raise ValueError(_("the message has no readable Date header"))
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
    )


_SEPARATOR = re.compile(rb"^From \S+\s.*\b\d{1,2}:\d{2}")


def _is_separator(line: bytes) -> bool:
    """An mbox "From " line carries a sender and a time ("From - Mon Mar 04 09:12:00 2024"), which
    tells it from a body line that merely starts with "From " and was not escaped."""
    return line.startswith(b"From ") and _SEPARATOR.match(line) is not None


def iter_mbox(fh: BinaryIO) -> Iterator[tuple[int, bytes, bytes] | Rejection]:
    """(message number, header bytes, "From " line) per message; bodies are skipped unread."""
    number = 0
    state = "start"  # start | headers | body
    header: list[bytes] = []
    size = 0
    problem = ""
    from_line = b""
    previous_blank = True
    while True:
        line = fh.readline(MAX_LINE + 1)
        too_long = len(line) > MAX_LINE and not line.endswith(b"\n")
        if too_long:
            while True:
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        if not line or (previous_blank and _is_separator(line) and state != "headers"):
            if state != "start":
                if problem:
                    yield Rejection(at_message(number), problem)
                elif state == "headers" and not line:
                    yield Rejection(
                        at_message(number),
                        _("the file ends inside this message's headers; it was cut short"),
                    )
                elif state == "headers" and not header:
                    yield Rejection(at_message(number), _("the message is empty"))
                else:
                    yield number, b"".join(header), from_line
            if not line:
                return
            number += 1
            state, header, size, problem, from_line = "headers", [], 0, "", line
            previous_blank = False
            continue
        if state == "start":
            if line.strip():
                raise FormatError(_("This is not an mbox file (it does not start with “From ”)."))
            continue
        blank = line in (b"\n", b"\r\n")
        if too_long and not problem:
            problem = _("a line is longer than 1 MB; this message was skipped")
        if state == "headers":
            if blank:
                state = "body"
            else:
                size += len(line)
                if size > MAX_HEADER and not problem:
                    problem = _("the headers are larger than 4 MB; this message was skipped")
                if not problem:
                    header.append(line)
        previous_blank = blank


def read_header_block(fh: BinaryIO) -> bytes | Rejection | None:
    """The header block at the start of one message file (.eml, a Maildir file)."""
    out: list[bytes] = []
    size = 0
    while True:
        line = fh.readline(MAX_LINE + 1)
        if not line or line in (b"\n", b"\r\n"):
            return b"".join(out)
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            return None
        size += len(line)
        if size > MAX_HEADER:
            return None
        out.append(line)


def parse(path: Path, layout: str, ctx: ImportContext) -> Iterator[MessageRecord | Rejection]:
    """Records from an mbox file, one .eml or a Maildir folder (`layout`: mbox | eml | maildir)."""
    if layout == "maildir":
        yield from _parse_maildir(path, ctx)
        return
    ctx.total = path.stat().st_size
    with open(path, "rb") as fh:
        if layout == "eml":
            block = read_header_block(fh)
            items = (
                [(1, block, b"")]
                if isinstance(block, bytes)
                else [Rejection(at_message(1), _("a line is longer than 1 MB"))]
            )
        else:
            items = iter_mbox(fh)
        for n, item in enumerate(items):
            if n % BATCH == 0:
                ctx.checkpoint(fh.tell())
            if isinstance(item, Rejection):
                yield item
                continue
            number, block, from_line = item
            try:
                yield headers_to_record(number, block, from_line)
            except ValueError as exc:
                yield Rejection(at_message(number), str(exc))
        ctx.checkpoint(ctx.total)


def _parse_maildir(path: Path, ctx: ImportContext) -> Iterator[MessageRecord | Rejection]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    keys = sorted(box.keys())
    ctx.total = len(keys)
    for number, key in enumerate(keys, start=1):
        if number % BATCH == 1:
            ctx.checkpoint(number - 1)
        where = f"{at_message(number)} ({key})"
        try:
            with box.get_file(key) as fh:
                block = read_header_block(fh)
        except (OSError, KeyError) as exc:
            yield Rejection(where, str(exc))
            continue
        if block is None:
            yield Rejection(where, _("a line is longer than 1 MB"))
            continue
        try:
            record = headers_to_record(number, block)
        except ValueError as exc:
            yield Rejection(where, str(exc))
            continue
        record.where = where
        yield record
    ctx.checkpoint(ctx.total)
