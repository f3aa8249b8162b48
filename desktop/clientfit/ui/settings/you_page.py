"""The settings dialog's You page: the user's own details, which head the closing letter and the
packet and sign every draft (name, business, address, organisation number, e-mail, phone, and an
optional signature that replaces the lines built from them). Stored by `store.profile` on OK;
a ValidationError (a malformed e-mail) keeps the dialog open on this page.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientfit.offboarding import defaults
from clientfit.store.profile import profile, set_profile
from clientfit.store.settings import set_settings


class YouPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("you_page")
        mine = profile()
        self.name = QLineEdit(mine.name)
        self.business = QLineEdit(mine.business)
        self.address = QPlainTextEdit(mine.address)
        self.org_number = QLineEdit(mine.org_number)
        self.email = QLineEdit(mine.email)
        self.phone = QLineEdit(mine.phone)
        self.signature = QPlainTextEdit(mine.signature)
        self.signature.setPlaceholderText(
            self.tr("Leave empty to sign with your name, business, phone and e-mail.")
        )
        for edit in (self.address, self.signature):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Business name:"), self.business),
            (self.tr("&Address:"), self.address),
            (self.tr("&Organisation number:"), self.org_number),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&Signature:"), self.signature),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        note = QLabel(
            self.tr(
                "Your details head the closing letter and the offboarding packet and sign every "
                "message draft, so a letter can be sent as it is."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self._late_payment())
        layout.addStretch(1)

    def _late_payment(self) -> QGroupBox:
        """The late-payment terms the payment reminder claims (Sweden: the reference rate plus
        8 percentage points, 450 kr per overdue invoice between businesses)."""
        reference, margin, fee, currency = defaults.late_payment_terms()
        box = QGroupBox(self.tr("Late payment (the payment reminder)"))
        form = QFormLayout(box)
        self.reference_rate = QDoubleSpinBox()
        self.reference_rate.setRange(0, 100)
        self.reference_rate.setDecimals(2)
        self.reference_rate.setSuffix(" %")
        self.reference_rate.setValue(float(reference))
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 100)
        self.margin.setDecimals(2)
        self.margin.setSuffix(self.tr(" percentage points"))
        self.margin.setValue(float(margin))
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 100_000)
        self.fee.setDecimals(2)
        self.fee.setValue(float(fee))
        self.fee_currency = QComboBox()
        self.fee_currency.setEditable(True)
        self.fee_currency.addItems(["SEK", "EUR", "USD", "GBP", "NOK", "DKK"])
        self.fee_currency.setCurrentText(currency)
        for label, widget in (
            (self.tr("&Reference rate:"), self.reference_rate),
            (self.tr("&Interest over the reference rate:"), self.margin),
            (self.tr("&Fixed compensation per invoice:"), self.fee),
            (self.tr("Compensation &currency:"), self.fee_currency),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        hint = QLabel(
            self.tr("The Riksbank sets the reference rate every six months (1 January and 1 July).")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return box

    def title(self) -> str:
        return self.tr("&You")

    def save(self) -> None:
        """Store the details and the late-payment terms in one transaction (ValidationError, a
        ValueError, when one is malformed: then nothing is stored)."""
        from clientfit.store.database import db

        with db.atomic():
            self._store()

    def _store(self) -> None:
        set_profile(
            name=self.name.text(),
            business=self.business.text(),
            address=self.address.toPlainText(),
            org_number=self.org_number.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            signature=self.signature.toPlainText(),
        )
        set_settings(
            {
                defaults.KEY_REFERENCE_RATE: str(Decimal(str(self.reference_rate.value()))),
                defaults.KEY_LATE_MARGIN: str(Decimal(str(self.margin.value()))),
                defaults.KEY_LATE_FEE: str(Decimal(str(self.fee.value()))),
                defaults.KEY_LATE_FEE_CURRENCY: self.fee_currency.currentText().strip().upper()[:3]
                or defaults.LATE_FEE_CURRENCY,
            }
        )
