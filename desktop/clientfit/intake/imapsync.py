"""Reading an IMAP account the user added: read-only, incremental, and only what the score needs.

Every folder is opened with `EXAMINE` (read-only) and every fetch is a `BODY.PEEK` (no message is
marked read). Only the picked folders are read. A folder is read from the UID after the last one
read; when the server's UIDVALIDITY changed, the old UIDs mean nothing and the folder is read whole
again (idempotent: a Message-ID already stored is not added twice). Of each message only a few
header fields and its structure are fetched; the first text part (at most `mailparse.MAX_BODY`
bytes of it) is fetched only for a client's own messages, for their flags - never an attachment,
never mail that belongs to no client. Each batch is written in one transaction together with
the last UID it reached, so a dropped connection loses nothing and half-writes nothing: the
reader reconnects and goes on from there.
"""

from __future__ import annotations

import imaplib
import ssl
from collections.abc import Iterable
from email.message import Message
from email.policy import compat32

from clientfit.i18n import _
from clientfit.intake import mail
from clientfit.intake.base import (
    CancelFn,
    ImportCancelled,
    ImportSummary,
    MessageRecord,
    ProgressFn,
    Rejection,
)
from clientfit.intake.localsync import Tally
from clientfit.intake.mailheaders import LeftOut, headers_to_record
from clientfit.intake.mailparse import MAX_BODY
from clientfit.intake.matching import ClientMatcher
from clientfit.intake.sources import SourceError, folders_of
from clientfit.store.database import db
from clientfit.store.source_models import ImapFolder, SyncSource

BATCH_UIDS = 200
SEARCH_ABOVE = 1000  # more UIDs given out than this since the last read: SEARCH which exist
RECONNECTS = 2  # a dropped connection is opened again this many times in one sync
TIMEOUT = 30.0  # seconds
HEADER_FIELDS = "DATE FROM TO CC SUBJECT MESSAGE-ID RECEIVED"
_LEFT_OUT_FLAGS = {b"\\draft": "\\Draft", b"\\deleted": "\\Deleted", b"$junk": "$Junk"}
_DROPPED = (imaplib.IMAP4.abort, OSError, EOFError)  # ssl.SSLError is an OSError
# a response that is not what IMAP says (a NO/BAD, or one the parser or our reading cannot take)
_UNREADABLE = (imaplib.IMAP4.error, ValueError, TypeError, IndexError, KeyError, AttributeError)


def _context(source: SyncSource) -> ssl.SSLContext:
    """Certificates checked, host name included; a private CA's file when the user gave one."""
    try:
        return ssl.create_default_context(cafile=source.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise SourceError(
            _("{path}: not a certificate file Clientfit can use ({error}).").format(
                path=source.ca_file, error=exc
            )
        ) from None


def connect(source: SyncSource, password: str):
    """A logged-in `IMAPClient`, or `SourceError` saying plainly what went wrong."""
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    where = f"{source.host}:{source.port}"
    context = _context(source)
    try:
        client = IMAPClient(
            source.host,
            port=source.port,
            ssl=not source.starttls,
            ssl_context=context,
            timeout=TIMEOUT,
        )
        if source.starttls:
            client.starttls(context)
    except ssl.SSLCertVerificationError as exc:
        raise SourceError(
            _(
                "{where}: the server's certificate could not be verified ({error}). For a "
                "private CA, give its certificate with --ca-file."
            ).format(where=where, error=exc.verify_message or exc)
        ) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise SourceError(
            _("{where}: cannot connect ({error}).").format(where=where, error=exc or type(exc))
        ) from None
    try:
        client.login(source.user, password)
    except LoginError:
        _close(client)
        raise SourceError(
            _(
                "{where}: the server refused the user name or password for {user}. Gmail needs "
                "an app password; Microsoft 365 and Outlook.com accept only OAuth (not supported)."
            ).format(where=where, user=source.user)
        ) from None
    except (*_DROPPED, imaplib.IMAP4.error) as exc:
        _close(client)
        raise SourceError(
            _("{where}: cannot log in ({error}).").format(where=where, error=exc)
        ) from None
    return client


def check_login(source: SyncSource, password: str) -> None:
    """Log in and out (what `source add imap` does before it keeps anything)."""
    _close(connect(source, password), logout=True)


def _close(client, logout: bool = False) -> None:
    try:
        if logout:
            client.logout()
        else:
            client.shutdown()
    except Exception:
        pass


# --- the message structure: which part is the first text --------------------------------------


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").lower()
    return str(value or "").lower()


def _params(value) -> dict[str, str]:
    if not isinstance(value, (tuple, list)):
        return {}
    items = list(value)
    return {_text(k): _text(v) for k, v in zip(items[::2], items[1::2], strict=False)}


def first_text_part(structure, prefix: str = "") -> tuple[str, str, str, str] | None:
    """(section, content type, charset, transfer encoding) of the first text/plain part that is
    not an attachment, else the first text/html; None when there is none. Attached messages are
    not looked into (their text is not the sender's)."""
    plain = html = None
    stack = [(structure, prefix)]
    while stack and plain is None:
        node, where = stack.pop(0)
        if getattr(node, "is_multipart", False) or isinstance(node[0], list):
            parts = list(enumerate(node[0], start=1))
            if _text(node[1]) == "alternative":
                parts.sort(key=lambda p: _part_type(p[1]) != "text/plain")
            stack[0:0] = [(part, f"{where}.{n}" if where else str(n)) for n, part in parts]
            continue
        ctype = _part_type(node)
        section = where or "1"
        if ctype == "message/rfc822" or _attached(node):
            continue
        found = (section, ctype, _params(node[2]).get("charset", ""), _text(node[5]))
        if ctype == "text/plain":
            plain = found
        elif ctype == "text/html" and html is None:
            html = found
    return plain or html


def _part_type(node) -> str:
    if isinstance(node[0], list):
        return "multipart/" + _text(node[1])
    return f"{_text(node[0])}/{_text(node[1])}"


def _attached(node) -> bool:
    # a text part's disposition follows its line count and MD5 (RFC 3501 body-ext-1part)
    for item in node[7:11]:
        if isinstance(item, (tuple, list)) and item and _text(item[0]) == "attachment":
            return True
    return False


def _part_head(ctype: str, charset: str, encoding: str) -> Message:
    head = Message(policy=compat32)
    head["Content-Type"] = f"{ctype}; charset={charset}" if charset else ctype
    if encoding:
        head["Content-Transfer-Encoding"] = encoding
    return head


# --- reading ----------------------------------------------------------------------------------


def _value(data: dict, prefix: bytes) -> bytes:
    for key, value in data.items():
        if isinstance(key, bytes) and key.upper().startswith(prefix):
            return value or b""
    return b""


def fetch_records(client, folder: str, uids: list[int], matcher: ClientMatcher) -> list:
    """The records of `uids`: headers for all, the first text part for a client's own mail."""
    response = client.fetch(
        uids, [f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]", "BODYSTRUCTURE", "FLAGS"]
    )
    records: list = []
    wanted: dict[str, list[tuple[int, MessageRecord, str, str, str]]] = {}
    for uid in uids:
        data = response.get(uid)
        if data is None:
            continue  # expunged meanwhile
        where = f"{folder}, UID {uid}"
        header = _value(data, b"BODY[HEADER").replace(b"\r\n", b"\n")
        marks = [
            _LEFT_OUT_FLAGS[f.lower()]
            for f in data.get(b"FLAGS", ())
            if isinstance(f, bytes) and f.lower() in _LEFT_OUT_FLAGS
        ]
        if marks:
            header = header.rstrip(b"\n") + b"\nX-Flags: " + " ".join(marks).encode() + b"\n"
        try:
            record = headers_to_record(uid, header, where=where)
        except ValueError as exc:
            records.append(Rejection(where, str(exc)))
            continue
        records.append(record)
        if isinstance(record, LeftOut):
            continue
        placed = mail.place(matcher, record)
        if placed is None or placed[2] != "in":
            continue
        try:
            part = first_text_part(data.get(b"BODYSTRUCTURE"))
        except (IndexError, TypeError, KeyError):
            part = None
        if part is not None:
            wanted.setdefault(part[0], []).append((uid, record, *part[1:]))
    for section, items in wanted.items():
        got = client.fetch([i[0] for i in items], [f"BODY.PEEK[{section}]<0.{MAX_BODY}>"])
        for uid, record, ctype, charset, encoding in items:
            body = _value(got.get(uid, {}), f"BODY[{section}]".encode())
            record.head = _part_head(ctype, charset, encoding)
            record.body = body[:MAX_BODY]
    return records


def _folder_name(client, name: str) -> str | None:
    """The server's name for a picked folder: as given, or for "Sent" the folder the server
    marks \\Sent (Gmail's "[Gmail]/Sent Mail", Outlook's "Sent Items", "Skickat")."""
    from imapclient.imapclient import SENT

    if client.folder_exists(name):
        return name
    if name.lower() in ("sent", "skickat", "sent items", "sent mail"):
        return client.find_special_folder(SENT)
    return None


def read_imap(
    source: SyncSource,
    password: str,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    past: Iterable[str] = (),
) -> Tally:
    """Read what is new in the source's picked folders; with `past` (addresses or domains),
    also the earlier mail from or to them. Reconnects after a dropped connection (up to
    `RECONNECTS` times) and goes on from the last batch written."""
    tally = Tally()
    past = sorted(set(past))
    folders = folders_of(source)
    done: set[str] = set()
    drops = 0
    while True:
        client = connect(source, password)
        try:
            matcher = ClientMatcher(mail.own_addresses())
            for name in folders:
                if name in done:
                    continue
                _read_folder(client, source, name, matcher, tally, progress, cancel, past)
                done.add(name)
            _close(client, logout=True)
            return tally
        except _DROPPED as exc:
            _close(client)
            drops += 1
            if drops > RECONNECTS:
                raise SourceError(
                    _(
                        "{host}: the connection was lost ({error}); what was read before it is "
                        "kept, the rest is read next time."
                    ).format(host=source.host, error=exc or type(exc).__name__)
                ) from None
            tally.notes.append(
                _("{host}: the connection was lost; reconnected and went on.").format(
                    host=source.host
                )
            )
        except (ImportCancelled, SourceError):
            _close(client)
            raise
        except _UNREADABLE as exc:
            _close(client)
            raise SourceError(
                _(
                    "{host}: the server sent a response Clientfit cannot read ({error}); "
                    "nothing of the batch it was reading was written."
                ).format(host=source.host, error=exc)
            ) from None


def _read_folder(client, source, name, matcher, tally, progress, cancel, past) -> None:
    real = _folder_name(client, name)
    if real is None:
        tally.notes.append(
            _("{host}: there is no folder “{folder}”.").format(host=source.host, folder=name)
        )
        return
    info = client.select_folder(real, readonly=True)  # EXAMINE
    validity = int(info.get(b"UIDVALIDITY", 0) or 0)
    state, _created = ImapFolder.get_or_create(source=source.id, name=name)
    last = state.last_uid
    if state.uidvalidity and state.uidvalidity != validity:
        tally.notes.append(
            _(
                "{host}: the server renumbered the folder “{folder}” (UIDVALIDITY changed); it "
                "was read again."
            ).format(host=source.host, folder=name)
        )
        last = 0
    if state.uidvalidity != validity or state.last_uid != last:
        ImapFolder.update(uidvalidity=validity, last_uid=last).where(
            ImapFolder.id == state.id
        ).execute()
    uidnext = int(info.get(b"UIDNEXT", 0) or 0)
    if uidnext and uidnext <= last + 1:
        uids: list[int] = []  # the server says no UID was given out since: no SEARCH needed
    elif last and uidnext and uidnext - last - 1 <= SEARCH_ABOVE:
        # read before: the few UIDs given out since, fetched as they are (one expunged meanwhile
        # is simply not in the answer) - no SEARCH, whose cost grows with the folder
        uids = list(range(last + 1, uidnext))
    else:
        uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)
    if past and last:
        earlier: set[int] = set()
        for term in past:
            found = client.search(["OR", "OR", "FROM", term, "TO", term, "CC", term])
            earlier.update(u for u in found if u <= last)
        _read_uids(client, state.id, real, sorted(earlier), matcher, tally, progress, cancel, False)
    _read_uids(client, state.id, real, uids, matcher, tally, progress, cancel, True)


def _read_uids(client, state_id, folder, uids, matcher, tally, progress, cancel, advance) -> None:
    total = len(uids)
    for start in range(0, total, BATCH_UIDS):
        if cancel is not None and cancel():
            raise ImportCancelled()
        batch = uids[start : start + BATCH_UIDS]
        records = fetch_records(client, folder, batch, matcher)  # before the transaction
        summary = ImportSummary(path=folder, kind="mbox")
        with db.atomic():
            mail.write(iter(records), summary, source="imap", matcher=matcher)
            if advance:
                ImapFolder.update(last_uid=batch[-1]).where(ImapFolder.id == state_id).execute()
        tally.add(summary)
        tally.files_read -= 1
        tally.rejected.extend(summary.rejected)
        if progress is not None:
            progress(min(start + len(batch), total), total)
