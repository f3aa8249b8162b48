"""Mail files into plain message records: mbox (Thunderbird, Gmail Takeout), one .eml, a Maildir.

An mbox is walked a line at a time: a "From " line is a separator only when it carries a sender
and a date and is followed by a header block (an unescaped body line "From 10:00 to 12:00" is
not). Each message's header block goes to `mailheaders`; the start of its body (at most
`MAX_BODY`) rides along for `mailbody`, which reads it only for the client's own messages.
Maildir folders are listed directly (the file name carries the flags and the delivery time).
`resume` (from `mailsource`) lets a grown file be read from where the last import stopped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
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
)
from clientfit.intake.maildates import to_utc
from clientfit.intake.mailheaders import LeftOut, decode_subject, headers_to_record

__all__ = ["LeftOut", "decode_subject", "parse", "to_utc"]

MAX_HEADER = 4 * MAX_LINE  # a header block bigger than this is not a real message
MAX_BODY = 256 * 1024  # bytes of a body kept for reading its new text
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
# "From <sender> <date>": asctime (Thunderbird, Gmail Takeout, mutt) or any other date with a
# time and a year; a separator must also be followed by a header block (see iter_mbox).
SEPARATOR = re.compile(rb"^From \S+\s+(?=.*\b\d{1,2}:\d{2}\b)(?=.*\b(?:19|20)\d{2}\b)")


@dataclass
class MboxMessage:
    number: int
    start: int  # byte offset of its "From " line
    header: bytes
    from_line: bytes
    body: bytes


def iter_mbox(
    fh: BinaryIO, start: int = 0, first_number: int = 1
) -> Iterator[MboxMessage | Rejection]:
    """Each message of an mbox from byte `start` (a separator); bodies kept up to MAX_BODY."""
    number = first_number - 1
    state = "start"  # start | headers | body
    header: list[bytes] = []
    body: list[bytes] = []
    size = body_size = 0
    problem = ""
    from_line = b""
    previous_blank = True
    pos = start
    msg_start = start
    pending: bytes | None = None

    # the loop runs once a line: its helpers are local names, the line read inline
    readline = fh.readline
    limit = MAX_LINE + 1
    is_separator = SEPARATOR.match
    is_header_line = _HEADER_LINE.match

    def skip_rest() -> int:
        """The rest of a line longer than MAX_LINE, skipped: how many bytes."""
        n = 0
        while True:
            rest = readline(1 << 20)
            n += len(rest)
            if not rest or rest.endswith(b"\n"):
                return n

    while True:
        if pending is not None:
            line, too_long, pending = pending, False, None
        else:
            line = readline(limit)
            pos += len(line)
            too_long = len(line) > MAX_LINE and not line.endswith(b"\n")
            if too_long:
                pos += skip_rest()
        line_start = pos - len(line)
        separator = (
            previous_blank
            and state != "headers"
            and line.startswith(b"From ")
            and is_separator(line)
        )
        if separator and state != "start":
            # a real separator is followed by a header block
            following = readline(limit)
            pos += len(following)
            if len(following) > MAX_LINE and not following.endswith(b"\n"):
                pos += skip_rest()
            if not is_header_line(following):
                separator = False
            pending = following
        if not line or separator:
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
                    yield MboxMessage(
                        number, msg_start, b"".join(header), from_line, b"".join(body)
                    )
            if not line:
                return
            number += 1
            msg_start = line_start
            state, header, body, size, body_size, problem, from_line = (
                "headers",
                [],
                [],
                0,
                0,
                "",
                line,
            )
            previous_blank = False
            continue
        if state == "start":
            if line.strip():
                raise FormatError(_("This is not an mbox file (it does not start with “From ”)."))
            continue
        blank = line == b"\n" or line == b"\r\n"
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
        elif body_size < MAX_BODY:
            body.append(line)
            body_size += len(line)
        previous_blank = blank


def read_message_file(fh: BinaryIO) -> tuple[bytes, bytes] | None:
    """(header block, start of the body) of one message file (.eml, a Maildir file); None when
    a line or the header block is too long to be mail."""
    out: list[bytes] = []
    size = 0
    while True:
        line = fh.readline(MAX_LINE + 1)
        if not line or line in (b"\n", b"\r\n"):
            return b"".join(out), fh.read(MAX_BODY) if line else b""
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            return None
        size += len(line)
        if size > MAX_HEADER:
            return None
        out.append(line)


Item = MessageRecord | Rejection | LeftOut


def _record(number: int, where: str, *args, **kwargs) -> Item:
    try:
        return headers_to_record(number, *args, **kwargs, where=where)
    except ValueError as exc:
        return Rejection(where, str(exc))


def parse(
    path: Path, layout: str, ctx: ImportContext, resume: Resume | None = None
) -> Iterator[Item]:
    """Records from an mbox file, one .eml or a Maildir folder (`layout`: mbox | eml | maildir).

    `resume` (from `mailsource`) says where an earlier import stopped; `ctx.position` is kept up to
    date with where this one is, for `mailsource` to remember.
    """
    if layout == "maildir":
        yield from _parse_maildir(path, ctx, resume)
        return
    size = path.stat().st_size
    with open(path, "rb") as fh:
        if layout == "eml":
            ctx.total = size
            got = read_message_file(fh)
            if got is None:
                yield Rejection(at_message(1), _("a line is longer than 1 MB"))
            else:
                yield _record(1, at_message(1), got[0], body=got[1])
            ctx.checkpoint(size)
            return
        start, first = (resume.offset, resume.number) if resume else (0, 1)
        fh.seek(start)
        ctx.total = size - start
        for n, item in enumerate(iter_mbox(fh, start, first)):
            if n % BATCH == 0:
                ctx.checkpoint(fh.tell() - start)
            if isinstance(item, Rejection):
                yield item
                continue
            ctx.position = MboxPosition(item.start, item.number, "")
            record = _record(
                item.number, at_message(item.number), item.header, item.from_line, item.body
            )
            if isinstance(record, MessageRecord):
                ctx.position = MboxPosition(item.start, item.number, record.message_id)
            yield record
        ctx.checkpoint(ctx.total)


@dataclass(frozen=True)
class Resume:
    """Where to go on in a source read before: an mbox offset and message number, or the
    newest Maildir file time already read."""

    offset: int = 0
    number: int = 1
    mtime_ns: int = 0


@dataclass(frozen=True)
class MboxPosition:
    start: int  # the offset of the last message read
    number: int
    message_id: str  # its Message-ID ("" when it was rejected)


def _maildir_files(path: Path, since: int | None = None) -> list[tuple[str, str, int]]:
    """(sub folder, file name, time) of every message file in new/ and cur/, by name. The time is
    the later of its modification and status change: a message moved in from another folder
    keeps its modification time, but the move (a rename) sets its status change time.

    With `since` (the newest file time an earlier import read), a sub folder whose own time is
    not later is not listed: no message was delivered, moved or renamed into it since then, so
    all it holds was read (a 100,000-message cur/ costs no 100,000 `stat` calls)."""
    out = []
    for sub in ("new", "cur"):
        try:
            if since is not None and os.stat(path / sub).st_mtime_ns <= since:
                continue
            entries = list(os.scandir(path / sub))
        except FileNotFoundError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or not entry.is_file():
                continue
            st = entry.stat()
            out.append((sub, entry.name, max(st.st_mtime_ns, st.st_ctime_ns)))
    out.sort(key=lambda f: (f[1].partition(":")[0], f[0]))
    return out


def _parse_maildir(path: Path, ctx: ImportContext, resume: Resume | None) -> Iterator[Item]:
    files = _maildir_files(path, resume.mtime_ns if resume is not None else None)
    ctx.total = len(files)
    newest = resume.mtime_ns if resume else 0
    watermark = newest
    for number, (sub, name, mtime_ns) in enumerate(files, start=1):
        if number % BATCH == 1:
            ctx.checkpoint(number - 1)
        if resume is not None and mtime_ns <= watermark:
            continue  # read by an earlier import (file times only grow as mail arrives)
        newest = max(newest, mtime_ns)
        ctx.position = newest
        where = f"{at_message(number)} ({name.partition(':')[0]})"
        try:
            with open(path / sub / name, "rb") as fh:
                got = read_message_file(fh)
        except OSError as exc:
            yield Rejection(where, str(exc))
            continue
        if got is None:
            yield Rejection(where, _("a line is longer than 1 MB"))
            continue
        yield _record(number, where, got[0], body=got[1], file_name=name)
    ctx.position = newest
    ctx.checkpoint(ctx.total)
