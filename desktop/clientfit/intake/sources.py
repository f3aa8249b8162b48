"""The mail sources the user set up: add, list, remove - and the IMAP password in the keyring.

A source is a Maildir (or a folder of them: mbsync, offlineimap, Evolution, mutt), an mbox file
(or a folder of them: a Thunderbird profile's `Mail/` and `ImapMail/` folders), or an IMAP
account. Adding one checks it first (the folder is there and holds mail; an IMAP login works) and
writes nothing when it does not; the IMAP password goes to the operating system's keyring
(`keyring`), never into the database or a file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clientfit.i18n import _
from clientfit.intake.base import IntakeError
from clientfit.store.database import db
from clientfit.store.source_models import ImapFolder, SyncSource

KEYRING_SERVICE = "clientfit-imap"
DEFAULT_FOLDERS = ("INBOX", "Sent")
IMAPS_PORT = 993
IMAP_PORT = 143
# folders of mail the user never sent or threw away: not read (their file names, folded)
LEFT_OUT_FOLDERS = frozenset(
    {
        "drafts",
        "draft",
        "trash",
        "deleted",
        "deleted items",
        "deleted messages",
        "junk",
        "junk e-mail",
        "spam",
        "templates",
        "outbox",
        "utkast",
        "papperskorgen",
        "borttagna meddelanden",
        "skräppost",
        "mallar",
        "utkorgen",
    }
)
# files in a Thunderbird folder that are not mail
_NOT_MAIL_SUFFIXES = (".msf", ".dat", ".json", ".sqlite", ".html", ".js", ".txt", ".log")


class SourceError(IntakeError):
    """A source cannot be added or read; the message names it and says why, for the user."""


@dataclass(frozen=True)
class SourceInfo:
    """One source as the command line and the Sources page show it."""

    id: int
    kind: str  # maildir | mbox | imap
    label: str  # the path, or user@host
    path: str | None
    host: str | None
    port: int | None
    user: str | None
    folders: list[str]
    starttls: bool
    ca_file: str | None
    enabled: bool
    synced_at: str | None  # ISO, UTC
    last_error: str | None

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "path": self.path,
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "folders": list(self.folders),
            "starttls": self.starttls,
            "ca_file": self.ca_file,
            "enabled": self.enabled,
            "synced_at": self.synced_at,
            "last_error": self.last_error,
        }


def folders_of(source: SyncSource) -> list[str]:
    return [f for f in (source.folders or "").split("\n") if f]


def label_of(source: SyncSource) -> str:
    if source.kind == "imap":
        return f"{source.user}@{source.host}"
    return str(source.path)


def info_of(source: SyncSource) -> SourceInfo:
    return SourceInfo(
        id=source.id,
        kind=source.kind,
        label=label_of(source),
        path=source.path,
        host=source.host,
        port=source.port,
        user=source.user,
        folders=folders_of(source),
        starttls=bool(source.starttls),
        ca_file=source.ca_file,
        enabled=bool(source.enabled),
        synced_at=source.synced_at.isoformat(timespec="seconds") if source.synced_at else None,
        last_error=source.last_error,
    )


def list_sources() -> list[SourceInfo]:
    return [info_of(s) for s in SyncSource.select().order_by(SyncSource.id)]


def get_source(source_id: int) -> SyncSource:
    row = SyncSource.get_or_none(SyncSource.id == source_id)
    if row is None:
        raise SourceError(
            _("There is no source {id}; `source list` shows them.").format(id=source_id)
        )
    return row


# --- local folders ----------------------------------------------------------------------------


def _left_out_folder(name: str) -> bool:
    base = name.lstrip(".").rsplit(".", 1)[-1] if name.startswith(".") else name
    base = base.removesuffix(".sbd").removesuffix(".mbox")
    return base.casefold() in LEFT_OUT_FOLDERS


def is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def maildirs_in(root: Path) -> list[Path]:
    """Every Maildir at or under `root` (mbsync's INBOX/, Maildir++'s .Sent/), Drafts, Trash and
    Junk left out, in a stable order."""
    out: list[Path] = []
    for folder, dirs, _files in os.walk(root):
        here = Path(folder)
        if here != root and _left_out_folder(here.name):
            dirs[:] = []
            continue
        if is_maildir(here):
            out.append(here)
            dirs[:] = [d for d in dirs if d not in ("cur", "new", "tmp")]
        dirs.sort()
    return out


def looks_like_mbox(path: Path) -> bool:
    """An mbox starts with a "From " line (an empty file is an mbox with nothing in it yet)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(5)
    except OSError:
        return False
    return head in (b"", b"From ")


def mbox_files_in(root: Path) -> list[Path]:
    """`root` itself when it is an mbox file, else every mbox file under it (Thunderbird's
    `Inbox`, `Sent`, `Archives.sbd/2024`), index files and Drafts, Trash, Junk left out."""
    if root.is_file():
        return [root] if looks_like_mbox(root) else []
    out: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not _left_out_folder(d))
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(_NOT_MAIL_SUFFIXES):
                continue
            if _left_out_folder(name):
                continue
            path = Path(folder) / name
            if looks_like_mbox(path):
                out.append(path)
    return out


def mail_files(kind: str, path: Path) -> list[Path]:
    """What a local source reads: its Maildirs or its mbox files."""
    return maildirs_in(path) if kind == "maildir" else mbox_files_in(path)


def add_local(kind: str, path: str | Path) -> SourceInfo:
    """A Maildir or mbox source at `path` (a file or a folder of them), checked first."""
    if kind not in ("maildir", "mbox"):
        raise SourceError(
            _("A local source is a maildir or an mbox, not {kind}.").format(kind=kind)
        )
    target = Path(path).expanduser()
    if not target.exists():
        raise SourceError(_("{path}: there is no such file or folder.").format(path=target))
    target = target.resolve()
    if kind == "maildir" and not target.is_dir():
        raise SourceError(_("{path}: a Maildir is a folder, not a file.").format(path=target))
    if not mail_files(kind, target):
        raise SourceError(
            (
                _(
                    "{path}: no Maildir here (a folder with cur/ and new/ in it, or folders of them)."
                )
                if kind == "maildir"
                else _("{path}: no mbox file here (a file that starts with “From ”).")
            ).format(path=target)
        )
    existing = SyncSource.get_or_none((SyncSource.kind == kind) & (SyncSource.path == str(target)))
    if existing is not None:
        raise SourceError(_("{path} is already source {id}.").format(path=target, id=existing.id))
    row = SyncSource.create(kind=kind, path=str(target))
    return info_of(row)


# --- IMAP -------------------------------------------------------------------------------------


def keyring_key(user: str, host: str, port: int) -> str:
    return f"{user}@{host}:{port}"


def store_password(user: str, host: str, port: int, password: str) -> None:
    """The password into the operating system's keyring; a clear error where there is none."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(user, host, port), password)
    except (keyring.errors.KeyringError, RuntimeError) as exc:
        raise SourceError(
            _(
                "There is no keyring on this computer to keep the password in ({error}); "
                "Clientfit never writes it to a file."
            ).format(error=exc)
        ) from None


def load_password(source: SyncSource) -> str | None:
    import keyring
    import keyring.errors

    try:
        return keyring.get_password(
            KEYRING_SERVICE, keyring_key(source.user, source.host, source.port)
        )
    except (keyring.errors.KeyringError, RuntimeError):
        return None


def forget_password(user: str, host: str, port: int) -> None:
    import keyring
    import keyring.errors

    with contextlib.suppress(keyring.errors.KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, keyring_key(user, host, port))


@dataclass(frozen=True)
class ImapAccount:
    """What `source add imap` was given."""

    host: str
    user: str
    port: int | None = None
    folders: tuple[str, ...] = ()
    starttls: bool = False
    ca_file: str | None = None

    def resolved_port(self) -> int:
        return self.port or (IMAP_PORT if self.starttls else IMAPS_PORT)


def add_imap(account: ImapAccount, password: str, check=None) -> SourceInfo:
    """An IMAP source, after a login with `password` worked (`check(source, password)` logs in
    and out; the sync module's `check_login`). Nothing is written when it fails."""
    port = account.resolved_port()
    if not account.host.strip() or not account.user.strip():
        raise SourceError(_("An IMAP source needs a host and a user name."))
    if account.ca_file and not Path(account.ca_file).is_file():
        raise SourceError(
            _("{path}: there is no such certificate file.").format(path=account.ca_file)
        )
    if not password:
        raise SourceError(_("An IMAP source needs a password (Gmail: an app password)."))
    existing = SyncSource.get_or_none(
        (SyncSource.kind == "imap")
        & (SyncSource.host == account.host)
        & (SyncSource.port == port)
        & (SyncSource.user == account.user)
    )
    if existing is not None:
        raise SourceError(
            _("{user}@{host} is already source {id}.").format(
                user=account.user, host=account.host, id=existing.id
            )
        )
    row = SyncSource(
        kind="imap",
        host=account.host.strip(),
        port=port,
        user=account.user.strip(),
        folders="\n".join(account.folders or DEFAULT_FOLDERS),
        starttls=account.starttls,
        ca_file=str(Path(account.ca_file).resolve()) if account.ca_file else None,
    )
    if check is not None:
        check(row, password)  # raises SourceError: nothing written
    store_password(row.user, row.host, row.port, password)
    row.save()
    return info_of(row)


def remove_source(source_id: int) -> SourceInfo:
    """The source and its reading state go; the mail it brought in stays (it is the user's)."""
    row = get_source(source_id)
    info = info_of(row)
    with db.atomic():
        ImapFolder.delete().where(ImapFolder.source == row.id).execute()
        row.delete_instance()
    if row.kind == "imap":
        forget_password(row.user, row.host, row.port)
    return info


def set_enabled(source_id: int, enabled: bool) -> None:
    SyncSource.update(enabled=enabled).where(SyncSource.id == source_id).execute()


def iter_enabled() -> Iterator[SyncSource]:
    yield from SyncSource.select().where(SyncSource.enabled == True).order_by(SyncSource.id)  # noqa: E712
