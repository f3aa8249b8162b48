"""Reading a local mail source (a Maildir or mbox folder) again: only what changed, by File →
Import's own rules (`runner.run_import`, one transaction per mail file).

Whether anything changed is told without reading a byte of mail: each mbox file's identity, size
and time, each Maildir's `new/` and `cur/` folder times (delivering, moving or flagging a message
changes them), and the reading rules' version are kept as the source's fingerprint. A file whose
fingerprint is the same as after the last good read is not opened, so a 100,000-message folder
with nothing new costs a few `stat` calls. A changed file is read on from where the last read
stopped (`mailsource`); the fingerprint is taken before reading, so mail that arrives meanwhile
is read next time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clientfit.common.phrases import rules_version
from clientfit.i18n import _
from clientfit.intake.base import (
    CancelFn,
    ImportSummary,
    IntakeError,
    ProgressFn,
    Rejection,
    Rejections,
)
from clientfit.intake.sources import SourceError, mail_files
from clientfit.store.derived_models import MailSource
from clientfit.store.source_models import SyncSource

_CUT_SHORT = "the file ends inside this message's headers; it was cut short"


@dataclass
class Tally:
    """What one source's read did, summed over its files."""

    read: int = 0
    created: int = 0
    updated: int = 0
    not_matched: int = 0
    rejected: Rejections = field(default_factory=Rejections)
    notes: list[str] = field(default_factory=list)
    files_read: int = 0

    def add(self, summary: ImportSummary) -> None:
        self.read += summary.read
        self.created += summary.created.get("messages", 0)
        self.updated += summary.updated.get("messages", 0)
        self.not_matched += summary.not_matched
        self.files_read += 1


def _file_print(kind: str, path: Path) -> str:
    if kind == "maildir":
        parts = []
        for sub in ("new", "cur"):
            st = os.stat(path / sub)
            parts.append(f"{st.st_ino}:{st.st_mtime_ns}")
        return "/".join(parts)
    st = os.stat(path)
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def fingerprint(kind: str, files: list[Path]) -> dict[str, str]:
    """{file or Maildir: its identity and times} plus the reading rules' version."""
    out = {"rules": rules_version()}
    for f in files:
        try:
            out[str(f)] = _file_print(kind, f)
        except OSError:
            continue
    return out


def unchanged(source: SyncSource) -> bool:
    """Nothing new in `source` since its last good read: no mail file read at all."""
    try:
        old = json.loads(source.fingerprint or "{}")
    except ValueError:
        return False
    if not old or old.get("rules") != rules_version():
        return False
    root = Path(source.path)
    if not root.exists():
        return False
    files = mail_files(source.kind, root)
    if len(files) != len(old) - 1:
        return False
    for f in files:
        try:
            if old.get(str(f)) != _file_print(source.kind, f):
                return False
        except OSError:
            return False
    return True


def read_local(
    source: SyncSource,
    *,
    whole: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Tally:
    """Read what changed in a local source (everything, with `whole`: to find a new client's
    past mail). Raises `SourceError` when the folder is gone (the last good state is kept).
    Stores the new fingerprint on `source` (the caller saves it)."""
    from clientfit.intake.runner import run_import

    root = Path(source.path)
    if not root.exists():
        raise SourceError(
            _("{path} is no longer there; the mail already read from it is kept.").format(path=root)
        )
    files = mail_files(source.kind, root)
    old = {} if whole else _old_print(source)
    new = fingerprint(source.kind, files)
    tally = Tally()
    failed: set[str] = set()
    for f in files:
        key = str(f)
        if not whole and old.get(key) == new.get(key) and old.get("rules") == new["rules"]:
            continue
        if source.kind == "mbox" and _empty(f):
            continue
        if on_file is not None:
            on_file(f)
        if whole:
            MailSource.delete().where(MailSource.path == key).execute()
        try:
            summary = run_import(f, "mbox", progress=progress, cancel=cancel)
        except IntakeError as exc:
            failed.add(key)
            tally.rejected.append(Rejection(key, str(exc)))
            continue
        tally.add(summary)
        for r in summary.rejected:
            if r.reason == _(_CUT_SHORT):
                # the mail program is writing this message now: it is read next time
                tally.notes.append(
                    _(
                        "{path}: the last message is still being written; it is read next time."
                    ).format(path=f)
                )
                failed.add(key)
                continue
            tally.rejected.append(Rejection(f"{f.name}, {r.where}", r.reason))
    for key in failed:  # read again next time
        new.pop(key, None)
    source.fingerprint = json.dumps(new, sort_keys=True)
    return tally


def _old_print(source: SyncSource) -> dict[str, str]:
    try:
        value = json.loads(source.fingerprint or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return True
