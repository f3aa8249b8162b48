"""Half-written copies of a database (`.NAME.PID[.why].part`), and removing the ones a killed
process left behind.

Backups, purges and encryption write a whole copy of the database beside its final name and
rename it into place when it is complete. A process killed half-way leaves its `.part`; the next
open removes those whose writer is gone (`clean_parts`). Kept apart from `store.backup` so that
opening a database does not import the backups module before the window's first paint.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from clientfit.paths import backup_dir


def part_path(dest: Path, why: str = "") -> Path:
    """Where this process writes `dest` until it is complete."""
    return dest.with_name(f".{dest.name}.{os.getpid()}{'.' + why if why else ''}.part")


def _pid_of_part(name: str) -> int | None:
    parts = name.split(".")
    for piece in reversed(parts[:-1]):
        if piece.isdigit():
            return int(piece)
    return None


def clean_parts(db_path: Path | str) -> list[Path]:
    """Remove the half-written copies (`.part`) killed backups and purges left in the backups
    folder - each a whole copy of the database - unless the process writing it still runs."""
    from clientfit.store.lock import _pid_alive

    folder = backup_dir(Path(db_path))
    removed = []
    if not folder.is_dir():
        return removed
    for part in folder.glob(".*.part"):
        pid = _pid_of_part(part.name)
        if pid is not None and pid != os.getpid() and _pid_alive(pid):
            continue
        with contextlib.suppress(OSError):
            part.unlink()
            Path(f"{part}-journal").unlink(missing_ok=True)
            removed.append(part)
    return removed
