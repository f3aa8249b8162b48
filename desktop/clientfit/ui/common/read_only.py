"""A database opened read-only (a 0400 file): every control that would write to it is off.

The fact lives in the store (`store.read_only_file.is_read_only`); the banner says it once
(`window.integrity_guard.show_read_only_banner`). A control that writes is marked where it is made
(`writes(control)`): in a read-only file it is turned off and kept off, whatever its own code
enables later (a selection, a refresh), and its tooltip says why. A form that only writes (a
wizard's step, a settings page kept in the database) is `freeze`d: still readable and scrollable,
nothing in it can be changed. `lock_writers(root)` turns off what was marked before the file was
known to be read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

WRITES = "clientfitWrites"  # the dynamic property that marks a control as one that writes


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnly", text)


def can_write() -> bool:
    """False while the open database is read-only."""
    from clientfit.store.read_only_file import is_read_only

    return not is_read_only()


def why_not() -> str:
    return _tr("The database is read-only: nothing can be changed.")


def writes(control: QObject) -> QObject:
    """Mark an action or a widget as one that writes to the database (returns it); in a
    read-only file it is off from now on."""
    control.setProperty(WRITES, True)
    if not can_write():
        _keep_off(control)
    return control


def is_writer(control: QObject) -> bool:
    return bool(control.property(WRITES))


class _KeepOff(QObject):
    """Turns a marked widget off again when its own code enables it in a read-only file, and
    keeps its tooltip saying why."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if can_write():
            return False
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        elif event.type() == QEvent.Type.ToolTipChange and watched.toolTip() != why_not():
            watched.setToolTip(why_not())
        return False


_keeper: _KeepOff | None = None


def _keep_off(control: QObject) -> None:
    global _keeper
    if control.property("clientfitKeptOff"):
        control.setEnabled(False)
        return
    control.setProperty("clientfitKeptOff", True)
    control.setEnabled(False)
    if isinstance(control, QAction):
        control.setToolTip(why_not())
        control.changed.connect(lambda: control.isEnabled() and _keep_off(control))
    elif isinstance(control, QWidget):
        control.setToolTip(why_not())
        if _keeper is None:
            _keeper = _KeepOff()
        control.installEventFilter(_keeper)


def lock_writers(root: QObject) -> None:
    """Turn off and keep off every control marked `writes` under `root`, once the database is
    known to be read-only."""
    if can_write():
        return
    for control in [root, *root.findChildren(QAction), *root.findChildren(QWidget)]:
        if is_writer(control):
            _keep_off(control)


def freeze(root: QWidget, keep: tuple[QWidget, ...] = ()) -> None:
    """Nothing under `root` can be changed (when the database is read-only): buttons, lists to
    pick from and number fields off, text read-only, so the form can still be read and scrolled.
    `keep`: controls that only read (a Back button, Export)."""
    if can_write():
        return
    for widget in root.findChildren(QWidget):
        if widget in keep:
            continue
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox) and not (
            widget.objectName().startswith("qt_")  # Qt's own: scroll arrows, corners
        ):
            writes(widget)
