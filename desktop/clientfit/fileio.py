"""Writing the user's files safely: atomically, privately, under a sanitised name.

Every file Clientfit writes (packets, exports, backups, calendar files) goes through
`atomic_write`: the bytes land in a temporary file beside the target, are flushed to disk, and only
then replace the target, so a failure leaves the old file or nothing - never half a file.

No output may be one of Clientfit's own files: `packet NAME -o clientfit.db` must not replace the
database with a PDF. `protect` registers the open database; `check_output` refuses a target that
is the database, its -wal/-shm/-journal, its lock, or anything in its backups folder - by name and
by file identity (device + inode), so a hard link or symlink to the database is refused too.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from clientfit.i18n import _

PRIVATE_MODE = 0o600
_SIDE_FILES = ("", "-wal", "-shm", "-journal", ".lock", ".keyinfo")
_protected: set[Path] = set()


class ProtectedPathError(OSError):
    """An output path that is one of Clientfit's own files; the message is for the user."""


def protect(db_path: Path | str) -> None:
    """Register a database whose files no output may replace (store.database calls this)."""
    _protected.add(Path(db_path).expanduser().resolve())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def check_output(path: Path | str) -> None:
    """Raise ProtectedPathError when writing `path` would replace a file Clientfit keeps."""
    target = Path(path).expanduser()
    resolved = target.resolve()
    ident = _identity(target)
    for db_path in _protected:
        own = [Path(f"{db_path}{suffix}") for suffix in _SIDE_FILES]
        backups = db_path.parent / "backups"
        hit = resolved in own or resolved.parent == backups
        if not hit and ident is not None:
            kept = own + (sorted(backups.iterdir()) if backups.is_dir() else [])
            hit = any(_identity(p) == ident for p in kept)
        if hit:
            raise ProtectedPathError(
                _(
                    "{target} is Clientfit's own file (the database {db}, its journal, lock or a "
                    "backup); choose another name. Nothing was written."
                ).format(target=target, db=db_path.name)
            )


@contextlib.contextmanager
def atomic_write(path: Path | str, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary file for writing; on success it becomes `path` (mode 0600 on POSIX)."""
    path = Path(path)
    check_output(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, PRIVATE_MODE)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


# What some file system refuses in a name (Windows is the strictest; macOS refuses ":" in Finder),
# and what each becomes: the name stays readable ("Event & PR" keeps its ampersand).
_REFUSED = str.maketrans(
    {"/": "-", "\\": "-", ":": " -", "|": "-", '"': "'", "<": "", ">": "", "?": "", "*": ""}
)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}  # fmt: skip


def clean_file_name(name: str, default: str = "Clientfit", max_length: int = 150) -> str:
    """A file name a person would give (spaces, "&", dashes and accents kept) that every common
    file system accepts: the characters one refuses replaced, control characters dropped, no
    leading or trailing dots and spaces, no reserved device name, at most `max_length` characters
    with the extension kept."""
    text = unicodedata.normalize("NFC", name or "").translate(_REFUSED)
    text = "".join(c for c in text if unicodedata.category(c) != "Cc")
    text = re.sub(r"\s+", " ", text).strip(" .")
    if not text:
        return default
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 5:
        stem, ext = text, ""
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"{stem}_"
    ext = f".{ext}" if ext else ""
    stem = stem[: max(1, max_length - len(ext))].rstrip(" .")
    return f"{stem}{ext}"


def safe_filename(name: str, default: str = "clientfit", max_length: int = 120) -> str:
    """A file name (no folders) made from user text: no path separators, no leading dots."""
    text = unicodedata.normalize("NFC", name or "")
    text = _UNSAFE.sub("_", text.replace("/", "_").replace("\\", "_"))
    text = re.sub(r"_+", "_", text).strip(" ._")
    if not text or text in {".", ".."}:
        text = default
    return text[:max_length]
