"""The client view's upper and lower halves: the health panel (scrolling) above the record tabs.

The panel gets the height its evidence needs, up to two thirds of the view, and scrolls beyond
that; the tabs get the rest. So long evidence never raises the window's minimum size, and on a tall
screen nothing scrolls. Once the user drags the handle their split is kept for the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget

TOP_SHARE = 0.66  # the most of the height the panel takes by itself


class FlowBox(QWidget):
    """A scroll area's content whose height follows its width (wrapped text).

    A layout's minimum height is the height at its minimum width (every label wrapped to the
    narrowest): kept as the widget's minimum, a wide window would scroll through empty space.
    Here the minimum is only a width; QScrollArea asks heightForWidth for the rest.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class SplitFit(QSplitter):
    """A vertical splitter of `top` (a QScrollArea) and `bottom` that fits `top` to its content."""

    def __init__(self, top: QScrollArea, bottom: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("clientSplit")
        self.setChildrenCollapsible(False)
        self.top, self.bottom = top, bottom
        self.addWidget(top)
        self.addWidget(bottom)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.user_moved = False
        self.splitterMoved.connect(self._moved)
        self._scheduled = False
        top.widget().installEventFilter(self)

    def _moved(self, *_args) -> None:
        self.user_moved = True

    def wanted_top(self) -> int:
        """The height the panel needs to show everything at the current width."""
        content = self.top.widget()
        width = self.top.viewport().width() or self.width()
        if content.hasHeightForWidth():
            height = content.heightForWidth(width)
        else:
            height = content.sizeHint().height()
        return height + 2 * self.top.frameWidth()

    def fit(self) -> None:
        """Give the panel what it needs (up to TOP_SHARE), the tabs the rest."""
        self._scheduled = False
        if self.user_moved:
            return
        total = sum(self.sizes())
        if total <= 0:
            return
        bottom_least = max(self.bottom.minimumSizeHint().height(), round(total * (1 - TOP_SHARE)))
        top = max(self.top.minimumSizeHint().height(), min(self.wanted_top(), total - bottom_least))
        self.setSizes([top, total - top])

    def schedule_fit(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.schedule_fit()  # the panel's content changed (a client's data came in)
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.schedule_fit()
