"""A form dialog that says what is wrong where it is wrong: the field outlined, its message under
it, the dialog kept open with everything typed intact. No pop-up for a typing mistake.

A subclass adds rows with `add_row(label, widget, check)`; `check(text)` is the store's own rule
for that field (it raises the store's ValidationError with the store's words, so a rule has one
home) and runs when the field is left and again on OK. OK then hands `values()` to the `submit`
callback (the domain service); an error it raises goes under the field `field_for(error)` names,
else on the message line above the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientfit.store.clients import ValidationError
from clientfit.ui.common.field_message import FieldMessage

Check = Callable[[str], object]


class FormDialog(QDialog):
    """A titled form with OK/Cancel whose OK runs `submit(values)` and closes only if it succeeds."""

    def __init__(self, title: str, submit: Callable[[Any], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.messages: dict[QWidget, FieldMessage] = {}
        self._checks: dict[QWidget, Check] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form_error = FieldMessage(None)  # what belongs to no one field
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_row(self, label: str, widget: QWidget, check: Check | None = None) -> QWidget:
        """A labelled field, with its message line under it (hidden while the field is fine)."""
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)
        message = FieldMessage(widget)
        self.form.addRow("", message)
        self.form.setRowVisible(message, False)
        self.messages[widget] = message
        if check is not None:
            self._checks[widget] = check
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(lambda w=widget: self.check_field(w))
        return widget

    def values(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def field_for(self, error: ValidationError) -> QWidget | None:
        """The field an error from `submit` is about (None: the form as a whole)."""
        return None

    # --- messages ---

    def show_field_error(self, widget: QWidget | None, text: str) -> None:
        """Say `text` under `widget` (or above the buttons) and put the cursor there."""
        message = self.messages.get(widget) if widget is not None else None
        if message is None:
            self.form_error.show_error(text)
        else:
            message.show_error(text)
            self.form.setRowVisible(message, True)
            widget.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to show a message whole: a shown dialog keeps its size otherwise."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(width, needed)

    def clear_field_error(self, widget: QWidget) -> None:
        message = self.messages.get(widget)
        if message is not None and message.has_error():
            message.clear()
            self.form.setRowVisible(message, False)

    def check_field(self, widget: QWidget) -> bool:
        """Run the field's check: True (message cleared) when it passes."""
        check = self._checks.get(widget)
        if check is None:
            return True
        try:
            check(widget.text() if isinstance(widget, QLineEdit) else "")
        except ValidationError as exc:
            self.show_field_error(widget, str(exc))
            return False
        self.clear_field_error(widget)
        return True

    # --- OK ---

    def accept(self) -> None:
        failed = [w for w in self._checks if not self.check_field(w)]
        if failed:
            failed[0].setFocus()
            return
        self.form_error.clear()
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as exc:
            self.show_field_error(self.field_for(exc), str(exc))
            return
        super().accept()
