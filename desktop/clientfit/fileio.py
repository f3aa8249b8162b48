"""Writing the user's files safely: atomically, privately, under a sanitised name.

Every file Clientfit writes (packets, exports, backups, calendar files) goes through
`atomic_write`: the bytes land in a temporary file beside the target, are flushed to disk, and only
then replace the target, so a failure leaves the old file or nothing - never half a file.
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

PRIVATE_MODE = 0o600


@contextlib.contextmanager
def atomic_write(path: Path | str, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """Open a temporary file for writing; on success it becomes `path` (mode 0600 on POSIX)."""
    path = Path(path)
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


def safe_filename(name: str, default: str = "clientfit", max_length: int = 120) -> str:
    """A file name (no folders) made from user text: no path separators, no leading dots."""
    text = unicodedata.normalize("NFC", name or "")
    text = _UNSAFE.sub("_", text.replace("/", "_").replace("\\", "_"))
    text = re.sub(r"_+", "_", text).strip(" ._")
    if not text or text in {".", ".."}:
        text = default
    return text[:max_length]
