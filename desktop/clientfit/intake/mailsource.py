"""Mail sources read incrementally: a grown mbox or Maildir is read from where the last import
stopped, and read whole again when that is no longer safe.

For each imported mbox file or Maildir folder `MailSource` keeps its identity (device and inode),
how much was read, and the offset and Message-ID of the last message read. An mbox may be read on
from that message only if it is the same file, has not shrunk, the message at that offset still
carries that Message-ID, and the reading rules have not changed; anything else (Thunderbird
compacted the folder, Takeout was downloaded again, the user added phrases) means a whole read,
which stays idempotent because Message-IDs already stored are not added twice. No bytes are
hashed: Thunderbird rewrites its status headers in place whenever mail is read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from clientfit.common.phrases import rules_version
from clientfit.intake.base import MAX_LINE
from clientfit.intake.mailheaders import HEADER_PARSER
from clientfit.intake.mailparse import SEPARATOR, MboxPosition, Resume, read_message_file
from clientfit.store.derived_models import MailSource
from clientfit.store.models import utcnow

LAYOUTS = ("mbox", "maildir")


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def resume_point(path: Path, layout: str) -> Resume | None:
    """Where an import of `path` may go on from, or None to read it whole."""
    if layout not in LAYOUTS:
        return None
    row = MailSource.get_or_none(MailSource.path == _key(path))
    if row is None or row.rules_version != rules_version():
        return None
    st = os.stat(path)
    if (st.st_dev, st.st_ino) != (row.device, row.inode):
        return None
    if layout == "maildir":
        return Resume(mtime_ns=row.mtime_ns)
    if st.st_size < row.size or not _same_message_at(path, row.offset, row.last_message_id):
        return None
    return Resume(offset=row.offset, number=max(1, row.messages))


def _same_message_at(path: Path, offset: int, message_id: str) -> bool:
    """Is the message read last still at `offset`: a separator, then that Message-ID?"""
    with open(path, "rb") as fh:
        fh.seek(offset)
        line = fh.readline(MAX_LINE + 1)
        if not SEPARATOR.match(line):
            return False
        got = read_message_file(fh)
    if got is None:
        return False
    found = str(HEADER_PARSER.parsebytes(got[0]).get("Message-ID", "") or "")
    return " ".join(found.split()) == message_id if message_id else True


def remember(path: Path, layout: str, position: object, resume: Resume | None) -> None:
    """Store where this import got to (inside the import's transaction: a preview or a
    cancelled import leaves the source as it was)."""
    if layout not in LAYOUTS:
        return
    st = os.stat(path)
    values = {
        MailSource.kind: layout,
        MailSource.device: st.st_dev,
        MailSource.inode: st.st_ino,
        MailSource.rules_version: rules_version(),
        MailSource.read_at: utcnow(),
    }
    if layout == "maildir":
        values[MailSource.mtime_ns] = int(position or (resume.mtime_ns if resume else 0))
    elif isinstance(position, MboxPosition):
        values.update(
            {
                MailSource.size: st.st_size,
                MailSource.offset: position.start,
                MailSource.messages: position.number,
                MailSource.last_message_id: position.message_id,
            }
        )
    else:
        values[MailSource.size] = st.st_size
    row = MailSource.get_or_none(MailSource.path == _key(path))
    if row is None:
        MailSource.insert({MailSource.path: _key(path), **values}).execute()
    else:
        MailSource.update(values).where(MailSource.id == row.id).execute()


def stale_sources() -> list[MailSource]:
    """Sources read with other reading rules than today's (and still on disk)."""
    current = rules_version()
    return [
        s
        for s in MailSource.select()
        .where(MailSource.rules_version != current)
        .order_by(MailSource.id)
        if Path(s.path).exists()
    ]


def reread_stale_sources(
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list:
    """Read every stale source again, whole, so the flags of its stored messages follow today's
    rules; one import (one transaction) per source. Returns the import summaries."""
    from clientfit.intake.runner import run_import

    out = []
    for source in stale_sources():
        out.append(run_import(source.path, "mbox", progress=progress, cancel=cancel))
    return out
