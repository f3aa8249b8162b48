"""What the health panel shows instead of a gauge when a client has no score yet ("not enough
data", DESIGN.md's `unknown`): that there is no score and why, what is missing, and what to do.

A grey gauge with a dash and seven bars that each say "No data" told a new user nothing they could
act on. This note names the lacks the health layer worked out (`ClientScore.missing`), says where
the evidence comes from, and offers the two ways to add it from here: Import… (mail, time, invoices)
and Add Deliverable… (the deliverables tab). The gut rating stays below it: the user's own view
counts once there is evidence, never alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from clientfit.ui.common.layouts import button_row, wrapped_label


class NoScoreNote(QFrame):
    """The panel's note for a client without enough data. `set_missing(lines)` fills it;
    `import_requested` and `deliverable_requested` are its buttons."""

    import_requested = Signal()
    deliverable_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noScoreNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Not enough data for a health score"))
        self.heading = QLabel(self.tr("No health score yet: not enough data"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.why = wrapped_label(
            self.tr(
                "A score needs evidence of at least two kinds (mail, hours, invoices, "
                "deliverables) and four weeks of history, so that one busy week or a single "
                "invoice does not judge a client."
            )
        )
        self.missing = wrapped_label()
        self.todo = wrapped_label(
            self.tr(
                "To add it: import the client's mail, your time-tracker export and your invoices "
                "with Import… (or add a mail source in Settings → Sources), and record "
                "deliverables and their revision rounds."
            )
        )
        self.why.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.missing.setAccessibleName(self.tr("What is missing for a score"))
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_requested)
        self.deliverable_button = QPushButton(self.tr("Add Deliverable…"))
        self.deliverable_button.clicked.connect(self.deliverable_requested)
        buttons = button_row(self.import_button, self.deliverable_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.why)
        layout.addWidget(self.missing)
        layout.addWidget(self.todo)
        layout.addLayout(buttons)

    def set_missing(self, lines: list[str]) -> None:
        """The lacks, one per line, under "Missing:"."""
        self.missing.setText("\n".join([self.tr("Missing:")] + [f"• {line}" for line in lines]))

    def set_read_only(self, on: bool) -> None:
        """A read-only file: nothing can be added from here."""
        for button in (self.import_button, self.deliverable_button):
            button.setEnabled(not on)
