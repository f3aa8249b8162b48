"""Mail already on this computer, found for the user to pick as a source (nothing is added
without their say): Thunderbird profiles' `Mail/` and `ImapMail/` folders (Thunderbird keeps IMAP
mail in local mbox files too), Maildirs where mbsync, offlineimap, mutt and Evolution put them, and
a plain `~/mbox`. Only the user's own folders are looked at; nothing is read beyond a file's start.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from clientfit.intake.sources import maildirs_in, mbox_files_in
from clientfit.store.source_models import SyncSource

# where Thunderbird keeps its profiles, relative to the home folder (Linux, Flatpak, Snap, macOS)
_THUNDERBIRD = (
    ".thunderbird",
    ".var/app/org.mozilla.Thunderbird/.thunderbird",
    "snap/thunderbird/common/.thunderbird",
    "Library/Thunderbird/Profiles",
)
_MAILDIRS = ("Maildir", "Mail", ".mail", "mail", ".local/share/evolution/mail/local")
_MBOXES = ("mbox",)


@dataclass(frozen=True)
class Candidate:
    """A folder the user may pick: what it is, where, and how many mail files or Maildirs."""

    kind: str  # maildir | mbox
    path: str
    what: str  # "Thunderbird (Mail)", "Thunderbird (ImapMail)", "Maildir", "mbox"
    folders: int  # mail files (mbox) or Maildirs found in it
    added: bool  # already a source

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "path": self.path,
            "what": self.what,
            "folders": self.folders,
            "added": self.added,
        }


def _thunderbird_roots(home: Path) -> list[Path]:
    roots = [home / r for r in _THUNDERBIRD]
    appdata = os.environ.get("APPDATA")
    if appdata:
        roots.append(Path(appdata) / "Thunderbird" / "Profiles")
    return [r for r in roots if r.is_dir()]


def discover(home: Path | None = None) -> list[Candidate]:
    """Mail folders found under `home` (default: the user's home folder), in a stable order."""
    home = Path(home) if home is not None else Path.home()
    added = {(s.kind, s.path) for s in SyncSource.select(SyncSource.kind, SyncSource.path)}
    found: list[Candidate] = []

    def offer(kind: str, path: Path, what: str, count: int) -> None:
        key = str(path.resolve())
        if count and not any(c.path == key for c in found):
            found.append(Candidate(kind, key, what, count, (kind, key) in added))

    for root in _thunderbird_roots(home):
        for profile in sorted(p for p in root.iterdir() if p.is_dir()):
            for sub in ("Mail", "ImapMail"):
                folder = profile / sub
                if folder.is_dir():
                    for account in sorted(a for a in folder.iterdir() if a.is_dir()):
                        offer("mbox", account, f"Thunderbird ({sub})", len(mbox_files_in(account)))
    for name in _MAILDIRS:
        folder = home / name
        if folder.is_dir():
            offer("maildir", folder, "Maildir", len(maildirs_in(folder)))
    for name in _MBOXES:
        path = home / name
        if path.is_file():
            offer("mbox", path, "mbox", len(mbox_files_in(path)))
    return found
