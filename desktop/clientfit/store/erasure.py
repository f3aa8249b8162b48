"""Erasing a client: from the database, from every backup, and from future imports.

- `erase_client` deletes the client and everything recorded about it (one transaction; with
  `secure_delete` on, the freed pages are overwritten) and remembers salted digests of its name,
  e-mail addresses and phones, so an import or a sync that meets them again skips them and says so
  (`is_erased`), until the user allows them back (`allow_back`).
- `purge_backups` rewrites each backup without that client: the client is deleted in a private
  copy, the copy is vacuumed (so no free page keeps the text), checked (`integrity_check`, and the
  name no longer appears anywhere in its bytes), and only then replaces the backup.
- `anonymise_client` keeps the money and the hours (past totals and the Pareto view survive) but
  removes everything that says who the client was: name, contacts, notes, subjects, descriptions.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.i18n import _
from clientfit.store.database import db
from clientfit.store.encryption import connect as _connect
from clientfit.store.engines import driver_errors
from clientfit.store.models import (
    Client,
    Consideration,
    Contact,
    ContactPoint,
    Deliverable,
    ErasedIdentity,
    Invoice,
    Message,
    Note,
    RevisionRound,
    TimeEntry,
    name_key,
)
from clientfit.store.settings import get_setting, set_setting

SALT_KEY = "erasure.salt"


class ErasureError(Exception):
    """A backup could not be rewritten; it was left as it was. The message is for the user."""


@dataclass
class ErasureResult:
    name: str
    purged: list[Path] = field(default_factory=list)  # backups rewritten without the client
    untouched: list[Path] = field(default_factory=list)  # backups that never held it
    failed: list[str] = field(default_factory=list)  # "<backup>: why" - left as they were


def _salt() -> str:
    salt = get_setting(SALT_KEY)
    if not salt:
        salt = secrets.token_hex(16)
        set_setting(SALT_KEY, salt)
    return str(salt)


def _digest(salt: str, kind: str, value: str) -> str:
    return hashlib.sha256(f"{salt}\x00{kind}\x00{value}".encode()).hexdigest()


def _normal(kind: str, value: str) -> str:
    if kind == "phone":
        return "".join(ch for ch in value if ch.isdigit() or ch == "+")
    if kind == "email":
        return value.strip().lower()
    return name_key(value)


def identities(client: Client) -> list[tuple[str, str]]:
    """(kind, normalised value) of everything that identifies the client."""
    found = [("name", _normal("name", client.name))]
    points = (
        ContactPoint.select(ContactPoint.kind, ContactPoint.value)
        .join(Contact)
        .where(Contact.client == client)
        .tuples()
    )
    found += [(kind, _normal(kind, value)) for kind, value in points if value]
    return [(k, v) for k, v in found if v]


def _remember(pairs: list[tuple[str, str]]) -> None:
    salt = _salt()
    rows = [{"kind": k, "digest": _digest(salt, k, v)} for k, v in pairs]
    for row in rows:
        ErasedIdentity.insert(**row).on_conflict_ignore().execute()


def is_erased(kind: str, value: str) -> bool:
    """Was a client with this name (or e-mail, phone) deleted and not allowed back?"""
    if not value or not ErasedIdentity.select().exists():
        return False
    salt = get_setting(SALT_KEY)
    if not salt:
        return False
    digest = _digest(str(salt), kind, _normal(kind, value))
    return (
        ErasedIdentity.select()
        .where((ErasedIdentity.kind == kind) & (ErasedIdentity.digest == digest))
        .exists()
    )


def erased_checker():
    """`check(kind, value) -> bool` over every erased digest, loaded once (for an import)."""
    salt = get_setting(SALT_KEY)
    known = set(ErasedIdentity.select(ErasedIdentity.kind, ErasedIdentity.digest).tuples())
    if not salt or not known:
        return lambda _kind, _value: False

    def check(kind: str, value: str) -> bool:
        return bool(value) and (kind, _digest(str(salt), kind, _normal(kind, value))) in known

    return check


def allow_back(name: str, emails: list[str] | None = None) -> int:
    """Let imports create this name (and these addresses) again; returns how many were allowed."""
    salt = get_setting(SALT_KEY)
    if not salt:
        return 0
    pairs = [("name", _normal("name", name))] + [
        ("email", _normal("email", e)) for e in emails or []
    ]
    digests = [_digest(str(salt), k, v) for k, v in pairs]
    return ErasedIdentity.delete().where(ErasedIdentity.digest.in_(digests)).execute()


def erase_client(client: Client) -> ErasureResult:
    """Delete the client and all its records, and remember it as erased (one transaction)."""
    name = client.name
    with db.atomic():
        _remember(identities(client))
        client.delete_instance()
    return ErasureResult(name=name)


def anonymise_client(client: Client) -> str:
    """Remove who the client was, keep what it was worth; returns the new, anonymous name."""
    with db.atomic():
        _remember(identities(client))
        new_name = _("Anonymised client {n}").format(n=client.id)
        Contact.delete().where(Contact.client == client).execute()  # cascades to contact points
        Note.delete().where(Note.client == client).execute()
        Message.update(subject="").where(Message.client == client).execute()
        TimeEntry.update(description="").where(TimeEntry.client == client).execute()
        Invoice.update(subject="").where(Invoice.client == client).execute()
        Consideration.update(note="").where(Consideration.client == client).execute()
        mine = Deliverable.select(Deliverable.id).where(Deliverable.client == client)
        RevisionRound.update(note="").where(RevisionRound.deliverable.in_(mine)).execute()
        client.name = new_name
        client.name_key = name_key(new_name)
        client.contract_path = None
        client.save()
    return new_name


# --- backups --------------------------------------------------------------------------------------


def _remove_from_copy(copy: Path, key: str) -> bool:
    """Delete the client named `key` from a database file; False when it was not there."""
    con = _connect(copy, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = 1")
        con.execute("PRAGMA secure_delete = 1")
        con.execute("PRAGMA journal_mode = DELETE")
        row = con.execute("SELECT id FROM client WHERE name_key = ?", (key,)).fetchone()
        if row is None:
            return False
        # Triggers (the signal cache, the text limits) are the live database's business.
        con.execute("BEGIN IMMEDIATE")
        con.execute("DELETE FROM client WHERE id = ?", (row[0],))
        con.execute("COMMIT")
        con.execute("VACUUM")
        problem = con.execute("PRAGMA integrity_check").fetchone()[0]
        if problem != "ok":
            raise ErasureError(problem)
        if con.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise ErasureError(_("records of the client remain"))
        return True
    finally:
        con.close()


def _named_elsewhere(copy: Path, name: str) -> bool:
    """Does a record that stays (another client's name, a note) hold the text `name`?"""
    con = _connect(f"file:{copy.as_posix()}?mode=ro", uri=True)
    try:
        for table, column in (("client", "name"), ("contact", "name"), ("note", "body")):
            sql = f"SELECT 1 FROM {table} WHERE instr({column}, ?) > 0 LIMIT 1"
            if con.execute(sql, (name,)).fetchone():
                return True
        return False
    finally:
        con.close()


def purge_backups(db_path: Path | str, name: str) -> ErasureResult:
    """Rewrite every backup of the database without the client `name` (each verified first)."""
    from clientfit.store.backup import list_backups

    result = ErasureResult(name=name)
    key = name_key(name)
    needle = name.encode("utf-8")
    for info in list_backups(Path(db_path)):
        copy = info.path.with_name(f".{info.path.name}.{os.getpid()}.purge.part")
        try:
            old = os.umask(0o077) if os.name == "posix" else None
            try:
                copy.write_bytes(info.path.read_bytes())
            finally:
                if old is not None:
                    os.umask(old)
            if not _remove_from_copy(copy, key):
                result.untouched.append(info.path)
                continue
            if needle in copy.read_bytes() and not _named_elsewhere(copy, name):
                raise ErasureError(_("the name is still in the file"))
            if os.name == "posix":
                os.chmod(copy, stat.S_IRUSR | stat.S_IWUSR)
            os.replace(copy, info.path)
            result.purged.append(info.path)
        except (ErasureError, *driver_errors(), OSError) as exc:
            result.failed.append(f"{info.path.name}: {exc}")
        finally:
            with contextlib.suppress(OSError):
                copy.unlink()
            with contextlib.suppress(OSError):
                Path(f"{copy}-journal").unlink()
    return result
