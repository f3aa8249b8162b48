"""Forms for clients, contacts, notes and deliverables.

Each dialog only collects values. It hands them to a `submit` callback (the domain service); a
field the store's rules refuse is said under that field as soon as it is left and again on OK,
and the dialog stays open with the input intact (`ui.common.form_dialog`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from clientfit.store.clients import ValidationError, checked_emails, clean_name
from clientfit.ui.common.form_dialog import FormDialog
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT
from clientfit.ui.common.gut_scale import gut_label, gut_steps
from clientfit.ui.common.plural import plural_suffix

__all__ = ["FormDialog"]  # the base lives in ui.common; colleagues and merge import it from here


@dataclass
class ClientValues:
    name: str
    needs: str
    currency: str
    terms: int
    disrespectful: bool
    gut: int | None
    keep_in_touch: int = 0  # days; 0: no reminder on Today


class ClientDialog(FormDialog):
    def __init__(self, submit, initial: ClientValues | None = None, parent=None):
        super().__init__(
            self.tr("Edit client") if initial else self.tr("New client"), submit, parent
        )
        v = initial or ClientValues("", "", "SEK", 30, False, None)
        self.name = self.add_row(
            self.tr("&Name:"), QLineEdit(v.name), lambda t: clean_name(t, "client name")
        )
        self.name.setMaxLength(200)
        self.needs = self.add_row(self.tr("N&eeds:"), QLineEdit(v.needs))
        self.needs.setPlaceholderText(self.tr("e.g. branding, wordpress, copywriting"))
        self.currency = self.add_row(self.tr("&Currency:"), QComboBox())
        self.currency.setEditable(True)
        self.currency.addItems(["SEK", "EUR", "USD", "GBP", "NOK", "DKK"])
        self.currency.setCurrentText(v.currency)
        self.terms = self.add_row(self.tr("Payment &terms:"), QSpinBox())
        self.terms.setRange(0, 365)
        plural_suffix(self.terms, self.tr(" day"), self.tr(" days"))
        self.terms.setValue(v.terms)
        self.keep_in_touch = self.add_row(self.tr("&Keep in touch:"), QSpinBox())
        self.keep_in_touch.setRange(0, 365)
        self.keep_in_touch.setSpecialValueText(self.tr("No reminder"))
        self.keep_in_touch.setPrefix(self.tr("every "))
        self.keep_in_touch.setSuffix(self.tr(" days"))
        self.keep_in_touch.setToolTip(
            self.tr("Today reminds you when no message, meeting or note came for this long")
        )
        self.keep_in_touch.setValue(v.keep_in_touch)
        self.gut = self.add_row(self.tr("&Gut feeling:"), QComboBox())
        self.gut.addItem(gut_label(None), None)
        for n, label in gut_steps():
            self.gut.addItem(label, n)
        self.gut.setCurrentIndex(max(0, self.gut.findData(v.gut)) if v.gut else 0)
        self.disrespectful = self.add_row(
            "", QCheckBox(self.tr("The client has been &disrespectful"))
        )
        self.disrespectful.setAccessibleName(self.tr("Disrespectful"))
        self.disrespectful.setChecked(v.disrespectful)

    def field_for(self, error: ValidationError):
        return self.name  # what saving a client can refuse is its name (taken, or erased)

    def values(self) -> ClientValues:
        return ClientValues(
            name=self.name.text(),
            needs=self.needs.text(),
            currency=self.currency.currentText().strip().upper()[:3] or "SEK",
            terms=self.terms.value(),
            disrespectful=self.disrespectful.isChecked(),
            gut=self.gut.currentData(),
            keep_in_touch=self.keep_in_touch.value(),
        )


@dataclass
class ContactValues:
    name: str
    title: str
    emails: str
    phones: str


class ContactDialog(FormDialog):
    def __init__(self, submit, initial: ContactValues | None = None, parent=None):
        super().__init__(
            self.tr("Edit contact") if initial else self.tr("New contact"), submit, parent
        )
        v = initial or ContactValues("", "", "", "")
        self.name = self.add_row(
            self.tr("&Name:"), QLineEdit(v.name), lambda t: clean_name(t, "contact name")
        )
        self.title = self.add_row(self.tr("&Role:"), QLineEdit(v.title))
        self.emails = self.add_row(
            self.tr("&E-mail addresses:"), QLineEdit(v.emails), checked_emails
        )
        self.emails.setPlaceholderText(self.tr("comma-separated"))
        self.phones = self.add_row(self.tr("&Phone numbers:"), QLineEdit(v.phones))
        self.phones.setPlaceholderText(self.tr("comma-separated"))

    def field_for(self, error: ValidationError):
        return self.name

    def values(self) -> ContactValues:
        return ContactValues(
            self.name.text(), self.title.text(), self.emails.text(), self.phones.text()
        )


class NoteDialog(FormDialog):
    def __init__(self, submit, initial: str = "", parent=None):
        super().__init__(self.tr("Edit note") if initial else self.tr("New note"), submit, parent)
        self.body = QPlainTextEdit(initial)
        self.body.setAccessibleName(self.tr("Note"))
        self.body.setMinimumHeight(180)
        self.form.addRow(self.body)
        # a private note is shown to its author alone (on a shared database: other people's
        # windows never see it; store.clients.notes_of, row-level security on PostgreSQL)
        self.private = QCheckBox(self.tr("&Private: only I see this note"))
        self.private.setVisible(not initial)
        self.form.addRow(self.private)
        self.resize(520, 320)

    def values(self) -> str:
        return self.body.toPlainText()


@dataclass
class DeliverableValues:
    title: str
    due_on: dt.date | None
    delivered_on: dt.date | None
    amount: Decimal | None
    paid: bool | None = None  # the user's word; None: as the linked invoice says


class _OptionalDate(QWidget):
    """A date that may be unset: a check box enabling a date editor."""

    def __init__(self, label: str, value: dt.date | None, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DAY_EDIT_FORMAT)
        self.edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class DeliverableDialog(FormDialog):
    def __init__(self, submit, initial: DeliverableValues | None = None, parent=None):
        super().__init__(
            self.tr("Edit deliverable") if initial else self.tr("New deliverable"), submit, parent
        )
        v = initial or DeliverableValues("", None, None, None)
        self.title_edit = self.add_row(
            self.tr("&Title:"), QLineEdit(v.title), lambda t: clean_name(t, "deliverable title")
        )
        self.due = self.add_row(self.tr("Due:"), _OptionalDate(self.tr("has a due date"), v.due_on))
        self.delivered = self.add_row(
            self.tr("Delivered:"), _OptionalDate(self.tr("delivered on"), v.delivered_on)
        )
        self.amount = self.add_row(
            self.tr("&Price:"),
            QLineEdit("" if v.amount is None else str(v.amount)),
            self._price,
        )
        self.amount.setPlaceholderText(self.tr("optional, e.g. 12500"))
        self.paid = self.add_row(self.tr("P&aid:"), QComboBox())
        for text, value in (
            (self.tr("as the invoice says"), None),
            (self.tr("yes (paid in advance, say)"), True),
            (self.tr("no, not yet"), False),
        ):
            self.paid.addItem(text, value)
        self.paid.setCurrentIndex(max(0, self.paid.findData(v.paid)))
        hint = QLabel(
            self.tr(
                "Invoices are linked by importing them; paid status follows the invoice unless "
                "you say otherwise here."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(hint)

    def _price(self, text: str) -> Decimal | None:
        """The price typed (spaces and a decimal comma allowed), None when empty."""
        text = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                self.tr("The price must be a number, e.g. 12500 or 12500.50.")
            ) from None
        if not amount.is_finite() or amount < 0:
            raise ValidationError(self.tr("The price cannot be negative."))
        return amount

    def field_for(self, error: ValidationError):
        return self.title_edit

    def values(self) -> DeliverableValues:
        return DeliverableValues(
            self.title_edit.text(),
            self.due.value(),
            self.delivered.value(),
            self._price(self.amount.text()),
            self.paid.currentData(),
        )


class RenameDialog(FormDialog):
    """Client → Rename: the new name, refused under the field when taken or empty."""

    def __init__(self, submit, current: str, parent=None):
        super().__init__(self.tr("Rename client"), submit, parent)
        self.name = self.add_row(
            self.tr("New &name:"), QLineEdit(current), lambda t: clean_name(t, "client name")
        )
        self.name.setMaxLength(200)
        self.name.selectAll()

    def field_for(self, error: ValidationError):
        return self.name

    def values(self) -> str:
        return self.name.text()
