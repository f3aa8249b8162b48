"""Done and Snooze for a Today item, each in a small form that says what is wrong where it is
wrong (`FormDialog`): Snooze asks until which day and why (both kept with it, `core.today.snooze`;
the rule is `core.today.check_snooze`), Done takes an optional note of what was done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from clientfit.store.today import MAX_REASON
from clientfit.ui.common.form_dialog import FormDialog
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT


def _what(dialog: FormDialog, what: str) -> None:
    """The item, in a line above the form."""
    label = QLabel(what)
    label.setWordWrap(True)
    label.setObjectName("today_item")
    dialog.form.insertRow(0, label)


class SnoozeDialog(FormDialog):
    """`result_value` is (until, reason) once accepted; OK keeps the dialog open, with the
    message under the field, while the day is not after today or no reason is given."""

    def __init__(self, what: str, today: dt.date, parent: QWidget | None = None):
        from clientfit.core.today import check_reason, check_snooze

        super().__init__(
            self.tr("Snooze"),
            lambda values: (values[0], check_snooze(values[0], values[1], today)),
            parent,
        )
        self.setObjectName("snooze_dialog")
        _what(self, what)
        self.date = QDateEdit(QDate(today + dt.timedelta(days=7)))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DAY_EDIT_FORMAT)
        self.date.setMinimumDate(QDate(today + dt.timedelta(days=1)))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("For example: they promised to pay on Friday"))
        self.reason_edit.setMaxLength(MAX_REASON)
        self.add_row(self.tr("Due again on:"), self.date)
        self.add_row(self.tr("Why:"), self.reason_edit, check_reason)
        self.reason_edit.setFocus()

    def values(self) -> tuple[dt.date, str]:
        return self.date.date().toPython(), self.reason_edit.text()

    def field_for(self, error) -> QWidget | None:
        return {"until": self.date, "reason": self.reason_edit}.get(getattr(error, "field", ""))

    def until(self) -> dt.date:
        return self.result_value[0]

    def reason(self) -> str:
        return self.result_value[1]


class DoneDialog(FormDialog):
    """`result_value` is the note (may be empty) once accepted: OK at once marks it done."""

    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(self.tr("Done"), lambda note: note.strip(), parent)
        self.setObjectName("done_dialog")
        _what(self, what)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional. For example: sent a reminder"))
        self.note.setMaxLength(MAX_REASON)
        self.add_row(self.tr("What you did:"), self.note)
        self.note.setFocus()

    def values(self) -> str:
        return self.note.text()
