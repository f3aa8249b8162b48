"""The client view's banner: "Ending" with the plan's next step and its date while a plan runs,
or, for a client in the lowest band, the way to end it ("End collaboration…") right in the view.

A plain widget over two facts the view reads off the GUI thread (the plan's next step, the band);
the button asks the window to open the offboarding dialog (`plan_requested`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from clientfit.ui.common.band_style import band_colour
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.read_only import can_write


@dataclass(frozen=True)
class BannerFacts:
    """What the banner shows: a running plan's next step, or the client's band."""

    ending: bool
    next_label: str | None = None
    next_day: dt.date | None = None
    waiting_for: tuple[str, ...] = ()
    band: str = "unknown"


def banner_facts(client_id: int, status: str, today: dt.date | None = None) -> BannerFacts:
    """Read on a worker thread: the running plan's next step, else the client's band."""
    from clientfit import offboarding
    from clientfit.i18n import current_language

    plan = offboarding.running_plan(client_id)
    if plan is not None:
        view = offboarding.build_plan_view(plan, today=today, lang=current_language())
        step = view.next_step
        return BannerFacts(
            True,
            step.label if step else None,
            step.day if step else None,
            tuple(view.notice.waiting_for),
        )
    if status != "active":
        return BannerFacts(False)
    from clientfit import health

    return BannerFacts(False, band=health.score_client(client_id).band.key)


class EndingBanner(QFrame):
    """Shown while a plan runs (the next step) or for the lowest band (end it from here)."""

    plan_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("EndingBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Ending"))
        self.button = QPushButton()
        self.button.clicked.connect(self.plan_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def set_facts(self, facts: BannerFacts | None) -> None:
        if facts is None or not (facts.ending or facts.band == "consider_ending"):
            self.hide()
            return
        colour = band_colour("consider_ending")
        self.title.setVisible(facts.ending)
        if facts.ending:
            self.title.setText(self.tr("Ending"))
            parts = []
            if facts.waiting_for:
                parts.append(
                    self.tr("waiting for payment of %1").replace("%1", ", ".join(facts.waiting_for))
                )
            if facts.next_label and facts.next_day:
                parts.append(
                    self.tr("next: %1 on %2")
                    .replace("%1", facts.next_label)
                    .replace("%2", format_day(facts.next_day))
                )
            text = " · ".join(parts)
            self.button.setText(self.tr("Open the Plan…"))
            self.button.setEnabled(True)  # a read-only file's plan can still be read
        else:
            text = self.tr(
                "This client is in the lowest band. When managing the problems has hit a wall, "
                "end the collaboration professionally."
            )
            self.button.setText(self.tr("End Collaboration…"))
            self.button.setEnabled(can_write())  # starts a plan: not in a read-only file
        self.text.setText(text)
        self.setStyleSheet(
            f"#EndingBanner {{ border: 1px solid {colour.name()}; border-left: 5px solid "
            f"{colour.name()}; border-radius: 3px; }}"
        )
        self.show()
