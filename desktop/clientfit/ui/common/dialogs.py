"""The app's yes-or-no questions, asked one way: Yes and a safe answer, the safe one the default
(Enter never deletes, restores or overwrites by accident)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user `text` (already translated), with one OK: for what they must read now."""
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, cancel: bool = False) -> bool:
    """Whether the user said Yes to `text` (already translated); the other button is No, or
    Cancel with `cancel` (when saying no means backing out of an action, not answering)."""
    safe = QMessageBox.StandardButton.Cancel if cancel else QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | safe, safe)
    return answer == QMessageBox.StandardButton.Yes
