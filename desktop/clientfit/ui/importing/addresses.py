"""The import dialog's first question: your own e-mail addresses, so mail reads as sent by you or
received from a client. Filled in from the last time, stored as soon as they are confirmed
(Return, leaving the field, or Preview), and a piece that is not an address is named beside the
field instead of being dropped without a word.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from clientfit.ui.common.field_message import FieldMessage

_ADDRESS = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]+$")


def parse_addresses(text: str) -> tuple[list[str], list[str]]:
    """The e-mail addresses in `text` (comma, semicolon or space between them), lower-cased and
    sorted, and the pieces that are not addresses."""
    pieces = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    good = sorted({p.lower() for p in pieces if _ADDRESS.match(p)})
    return good, [p for p in pieces if not _ADDRESS.match(p)]


class OwnAddresses(QWidget):
    """The field (`edit`) and its message line (`error`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from clientfit.intake.mail import own_addresses

        self.edit = QLineEdit(", ".join(sorted(own_addresses())))
        self.edit.setAccessibleName(self.tr("Your own e-mail addresses"))
        self.edit.setPlaceholderText(self.tr("you@example.com, other@example.com"))
        self.edit.setToolTip(
            self.tr("Mail from these addresses counts as sent by you; mail to a client as “out”.")
        )
        self.edit.editingFinished.connect(self.confirm)
        self.error = FieldMessage(self.edit)
        self.hint = QLabel(
            self.tr(
                "Without them, every message to a client counts as sent by you, also one that "
                "someone else sent."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.edit.textChanged.connect(lambda text: self.hint.setVisible(not text.strip()))
        self.hint.setVisible(not self.edit.text().strip())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)

    def confirm(self) -> bool:
        """Store the addresses typed when each is one; else say which is not, beside the field."""
        mine, wrong = parse_addresses(self.edit.text())
        if wrong:
            self.error.show_error(
                self.tr("Not an e-mail address: %1").replace("%1", ", ".join(wrong))
            )
            return False
        self.error.clear()
        from clientfit.intake.mail import OWN_ADDRESSES
        from clientfit.store.settings import get_setting, set_setting

        if sorted(get_setting(OWN_ADDRESSES, []) or []) != mine:
            set_setting(OWN_ADDRESSES, mine)
        return True
