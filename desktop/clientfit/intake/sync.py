"""Keeping mail current: each source the user set up read for what is new, one result per source.

`sync_sources()` reads every enabled source (or one) by the same rules as File → Import: a local
folder through `localsync` (nothing opened when nothing changed), an IMAP account through
`imapsync` (read-only, by UID). A source that fails says why in its result and on its row
(`last_error`, shown in Settings → Sources); what it had read before stays, nothing of the failed
part is written, and the other sources are read all the same. When the user added an e-mail
address since a source was last read (a client added after its mail was read), the source's
earlier mail is looked through for it too; `find_past_mail(client_id)` does that on request.
`core.sync.sync_all` wraps this with the health history (it may import health; this may not).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import fn

from clientfit.i18n import _
from clientfit.intake.base import CancelFn, ImportCancelled, IntakeError
from clientfit.intake.localsync import Tally, read_local, unchanged
from clientfit.intake.matching import PUBLIC_DOMAINS
from clientfit.intake.sources import SourceError, label_of, load_password
from clientfit.store.models import Contact, ContactPoint, utcnow
from clientfit.store.source_models import SyncSource

SyncProgress = Callable[[str, int, int], None]  # (source label, done, total)
KEEP_REJECTED = 20  # rejected records named in a result; the rest counted


@dataclass
class SourceResult:
    """What reading one source did."""

    id: int
    kind: str
    label: str
    new_messages: int = 0
    updated: int = 0
    read: int = 0
    not_matched: int = 0
    unchanged: bool = False  # nothing new: no mail was read at all
    rejected: list[str] = field(default_factory=list)  # "where: why", the first KEEP_REJECTED
    rejected_total: int = 0
    notes: list[str] = field(default_factory=list)
    error: str | None = None  # the source could not be read (the last good state is kept)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "new_messages": self.new_messages,
            "updated": self.updated,
            "read": self.read,
            "not_matched": self.not_matched,
            "unchanged": self.unchanged,
            "rejected": list(self.rejected),
            "rejected_total": self.rejected_total,
            "notes": list(self.notes),
            "error": self.error,
            "seconds": round(self.seconds, 3),
        }

    def line(self) -> str:
        """One line for the status bar and the command line."""
        if self.error:
            return _("{label}: {error}").format(label=self.label, error=self.error)
        if self.unchanged:
            return _("{label}: nothing new.").format(label=self.label)
        text = _("{label}: new messages: {n}, updated: {u}, read: {read}.").format(
            label=self.label, n=self.new_messages, u=self.updated, read=self.read
        )
        if self.rejected_total:
            text += " " + _("Rejected: {n}").format(n=self.rejected_total)
        return text


def _newest_point() -> int:
    return (
        ContactPoint.select(fn.MAX(ContactPoint.id)).where(ContactPoint.kind == "email").scalar()
        or 0
    )


def _past_terms(after_point: int, client_id: int | None = None) -> list[str]:
    """What to look for in earlier mail: the e-mail addresses added after `after_point` (or
    one client's), and their company domains (never a public one such as gmail.com)."""
    query = (
        ContactPoint.select(ContactPoint.value)
        .join(Contact)
        .where((ContactPoint.kind == "email") & (ContactPoint.id > after_point))
    )
    if client_id is not None:
        query = query.where(Contact.client == client_id)
    terms: set[str] = set()
    for (value,) in query.tuples():
        address = str(value).strip().lower()
        if "@" not in address:
            continue
        terms.add(address)
        domain = address.rpartition("@")[2]
        if domain and domain not in PUBLIC_DOMAINS:
            terms.add(domain)
    return sorted(terms)


def _read_one(
    source: SyncSource,
    *,
    past: list[str],
    whole: bool,
    progress: SyncProgress | None,
    cancel: CancelFn | None,
) -> Tally | None:
    label = label_of(source)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(label, done, total)

    if source.kind == "imap":
        from clientfit.intake.imapsync import read_imap

        password = load_password(source)
        if not password:
            raise SourceError(
                _(
                    "the password for {label} is not in this computer's keyring; remove the "
                    "source and add it again."
                ).format(label=label)
            )
        return read_imap(source, password, progress=report, cancel=cancel, past=past)
    if not whole and not past and unchanged(source):
        return None
    return read_local(source, whole=whole or bool(past), progress=report, cancel=cancel)


def sync_source(
    source: SyncSource,
    *,
    progress: SyncProgress | None = None,
    cancel: CancelFn | None = None,
    client_id: int | None = None,
) -> SourceResult:
    """Read one source (`client_id`: look through its earlier mail for that client too)."""
    started = time.perf_counter()
    result = SourceResult(source.id, source.kind, label_of(source))
    newest = _newest_point()
    if client_id is not None:
        past = _past_terms(0, client_id)
    elif source.synced_at is not None and newest > source.seen_point:
        past = _past_terms(source.seen_point)
    else:
        past = []
    if past:
        result.notes.append(_("Looked through earlier mail for new addresses."))
    try:
        tally = _read_one(source, past=past, whole=False, progress=progress, cancel=cancel)
    except ImportCancelled:
        raise
    except Exception as exc:  # one source failing never stops the others
        result.error = (
            str(exc)
            if isinstance(exc, (SourceError, IntakeError))
            else _("{label} could not be read ({error}); nothing of it was half-written.").format(
                label=result.label, error=f"{type(exc).__name__}: {exc}"
            )
        )
        SyncSource.update(last_error=result.error, error_at=utcnow()).where(
            SyncSource.id == source.id
        ).execute()
        result.seconds = time.perf_counter() - started
        return result
    values = {
        SyncSource.synced_at: utcnow(),
        SyncSource.last_error: None,
        SyncSource.error_at: None,
        SyncSource.seen_point: max(newest, source.seen_point),
    }
    if tally is None:
        result.unchanged = True
    else:
        result.new_messages, result.updated = tally.created, tally.updated
        result.read, result.not_matched = tally.read, tally.not_matched
        result.rejected = [str(r) for r in tally.rejected[:KEEP_REJECTED]]
        result.rejected_total = tally.rejected.total
        result.notes.extend(tally.notes)
        if source.kind != "imap":
            values[SyncSource.fingerprint] = source.fingerprint
    SyncSource.update(values).where(SyncSource.id == source.id).execute()
    result.seconds = time.perf_counter() - started
    return result


def sync_sources(
    *,
    only: int | None = None,
    progress: SyncProgress | None = None,
    cancel: CancelFn | None = None,
) -> list[SourceResult]:
    """Every enabled source (or source `only`), read for what is new, in order."""
    query = SyncSource.select().order_by(SyncSource.id)
    query = (
        query.where(SyncSource.id == only)
        if only is not None
        else query.where(SyncSource.enabled == True)  # noqa: E712
    )
    return [sync_source(s, progress=progress, cancel=cancel) for s in query]


def find_past_mail(
    client_id: int,
    *,
    progress: SyncProgress | None = None,
    cancel: CancelFn | None = None,
) -> list[SourceResult]:
    """A client added after its mail was read: its earlier messages from every enabled source
    that is still there ("Find past mail" in the client view)."""
    query = SyncSource.select().where(SyncSource.enabled == True).order_by(SyncSource.id)  # noqa: E712
    return [sync_source(s, progress=progress, cancel=cancel, client_id=client_id) for s in query]
