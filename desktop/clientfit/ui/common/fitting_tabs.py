"""A tab bar that keeps every tab whole on a narrow window by giving up padding, not words.

Qt's own bar, when its tabs are wider than the space, hides some behind scroll arrows (the
client view's "Avtal" at 1024 px in Swedish) or elides them to "Me…". Users read tab names to find
a record; a few pixels of padding matter less. So this bar first takes padding away, evenly, down
to `MIN_PADDING` per tab, and draws each label centred in the narrower tab itself (the style
would clip it to its own wider margins). Only when even that cannot fit does Qt elide as before.
Where the tabs fit at their natural width nothing changes: the style draws them as always.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget

MIN_PADDING = 10  # pixels round a label (both sides together) when space is short


class FittingTabBar(QTabBar):
    """A `QTabBar` for a `QTabWidget` whose tabs shrink their padding before anything is hidden."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)  # the last resort, below MIN_PADDING
        self.setExpanding(False)

    # --- sizes ---
    def _room(self) -> int:
        """The width the bar may take: its tab widget's, less the frame."""
        owner = self.parentWidget()
        if isinstance(owner, QTabWidget):
            return max(0, owner.width() - 4)
        return self.width()

    def _label_width(self, index: int) -> int:
        return self.fontMetrics().horizontalAdvance(self.tabText(index).replace("&", ""))

    def _widths(self) -> list[int] | None:
        """Each tab's width when the natural ones do not fit but smaller padding does, else None."""
        natural = [super(FittingTabBar, self).tabSizeHint(i).width() for i in range(self.count())]
        room = self._room()
        if not natural or sum(natural) <= room:
            return None
        labels = [self._label_width(i) for i in range(self.count())]
        spare = [max(0, w - (lab + MIN_PADDING)) for w, lab in zip(natural, labels, strict=True)]
        excess = sum(natural) - room
        if sum(spare) < excess:
            return None  # even the least padding does not fit: Qt elides
        share = excess / sum(spare)
        return [w - math.ceil(s * share) for w, s in zip(natural, spare, strict=True)]

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        widths = self._widths()
        if widths is not None and index < len(widths):
            size.setWidth(widths[index])
        return size

    def sizeHint(self) -> QSize:
        """The sum of the tabs' widths at the room there is now (Qt's own sums the last layout,
        which would keep the bar as narrow or wide as it last was)."""
        size = super().sizeHint()
        if self.count():
            size.setWidth(sum(self.tabSizeHint(i).width() for i in range(self.count())))
        return size

    # --- drawing ---
    def paintEvent(self, event) -> None:
        if self._widths() is None:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        current = self.currentIndex()
        order = [i for i in range(self.count()) if i != current] + [current] * (current >= 0)
        for index in order:
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            option.text = ""  # Qt's copy may be elided to the style's wider margins
            painter.drawControl(QStyle.ControlElement.CE_TabBarTab, option)
            underline = self.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, self)
            mnemonic = Qt.TextFlag.TextShowMnemonic if underline else Qt.TextFlag.TextHideMnemonic
            flags = Qt.AlignmentFlag.AlignCenter | mnemonic
            painter.drawItemText(
                option.rect,
                int(flags),
                option.palette,
                bool(option.state & QStyle.StateFlag.State_Enabled),
                self.tabText(index),
                self.foregroundRole(),
            )
