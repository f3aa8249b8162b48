"""No accidental changes while scrolling: a spin box or drop-down list ignores the mouse wheel
until it has keyboard focus (a click or Tab), and the wheel scrolls the page around it instead.

Qt's default gives these widgets focus on the first wheel turn and changes their value, so
scrolling down a long Settings page quietly rewrote weights and dates. One application-wide event
filter fixes it everywhere, also in dialogs built later. The app installs it just after its first
paint (every event of the first window would pass through Python first): the widgets already
there are guarded as they are found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """Installed once on the application (`install_wheel_guard`)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Polish, QEvent.Type.Show) and isinstance(obj, GUARDED):
            _no_wheel_focus(obj)
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False  # the open list scrolls itself
            _scroll_around(obj, event)
            return True
        return False


def _no_wheel_focus(widget: QWidget) -> None:
    """A wheel turn alone no longer gives `widget` focus (a click or Tab still does)."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


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
    """Install the guard on `app` once; returns it (kept alive as the app's child).

    Widgets that exist already (the main window's, when installed after its first paint) are
    guarded at once: they were polished and shown before the guard could see it."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        for widget in QApplication.allWidgets():
            if isinstance(widget, GUARDED):
                _no_wheel_focus(widget)
    return guard
