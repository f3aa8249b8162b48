"""Snooze a Today item: until which day, and why (both kept with it, `core.today.snooze`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.formatting import DAY_EDIT_FORMAT


class SnoozeDialog(QDialog):
    """`until()` and `reason()` once accepted; OK waits for a reason."""

    def __init__(self, what: str, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.setObjectName("snooze_dialog")
        label = QLabel(what)
        label.setWordWrap(True)
        self.date = QDateEdit(QDate(today + dt.timedelta(days=7)))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DAY_EDIT_FORMAT)
        self.date.setMinimumDate(QDate(today + dt.timedelta(days=1)))
        self.date.setAccessibleName(self.tr("Due again on"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("For example: they promised to pay on Friday"))
        self.reason_edit.setAccessibleName(self.tr("Why"))
        self.reason_edit.setMaxLength(1000)
        form = QFormLayout()
        form.addRow(self.tr("Due again on:"), self.date)
        form.addRow(self.tr("Why:"), self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_edit.text().strip()))

    def until(self) -> dt.date:
        return self.date.date().toPython()

    def reason(self) -> str:
        return self.reason_edit.text().strip()
