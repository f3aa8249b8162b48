"""Reproduce the crash behind pyproject.toml's PySide6 pin: `python scripts/repro_pyside_none_dealloc.py`.

PySide6-Essentials 6.12.0 under CPython < 3.12 drops a reference to `None` on every void call
made from Python (QCoreApplication.processEvents, QPainter.fillRect, setPen, ...) without having
taken one. None's reference count falls with each call until CPython aborts with
"Fatal Python error: none_dealloc: deallocating None" (seen in the roster benchmark after a few
thousand paints). CPython 3.12 made None immortal (PEP 683), so the same wheel runs there.

The script prints None's reference count around 20,000 processEvents() calls: steady on a good
combination, falling (then the abort) on a bad one. No upstream report was found when the pin was
narrowed (2026-12); when a fixed PySide6 is out, raise the bound in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication

CALLS = 20_000


def main() -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        app.processEvents()
    after = sys.getrefcount(None)
    print(
        f"PySide6 {pyside_version}, Python {sys.version.split()[0]}: refcount(None) {before} -> {after}"
    )
    lost = before - after
    if lost >= CALLS // 2:
        print(f"lost {lost} references to None: this combination crashes (keep the pin)")
        return 1
    print("steady: this combination is fine")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
