"""No accidental changes while scrolling: a spin box or drop-down list ignores the mouse wheel
until it has keyboard focus (a click or Tab), and the wheel scrolls the page around it instead.

Qt's default gives these widgets focus on the first wheel turn and changes their value, so
scrolling down a long Settings page quietly rewrote weights and dates. One application-wide event
filter fixes it everywhere, also in dialogs built later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Installed once on the application (`install_wheel_guard`)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # the open list scrolls itself
            _scroll_around(obj, event)
            return True
        return False


def _scroll_around(widget: QWidget, event: QEvent) -> None:
    """Hand the wheel to the nearest scroll area's scroll bar (if any), as if over empty space."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    delta = event.angleDelta()
    vertical = abs(delta.y()) >= abs(delta.x())
    bar = parent.verticalScrollBar() if vertical else parent.horizontalScrollBar()
    if bar is not None and bar.isVisible():
        QCoreApplication.sendEvent(bar, event)


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on `app` once; returns it (kept alive as the app's child)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
