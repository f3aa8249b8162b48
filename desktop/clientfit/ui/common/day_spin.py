"""A spin box of days whose suffix agrees with its number: "1 day", "3 days"; "1 dag", "3 dagar".

Qt's suffix is one fixed string, so a cooling-off period of one day read "1 days" ("1 dagar").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSpinBox

CTX = "DaySpin"


def days_suffix(spin: QSpinBox) -> QSpinBox:
    """Keep `spin`'s suffix " day" at 1 and " days" otherwise, in the UI language; returns it."""
    one = QCoreApplication.translate(CTX, " day")
    many = QCoreApplication.translate(CTX, " days")

    def follow(value: int) -> None:
        spin.setSuffix(one if value == 1 else many)

    spin.valueChanged.connect(follow)
    follow(spin.value())
    return spin
