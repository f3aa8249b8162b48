"""The settings dialog's You page: the user's own details, which head the closing letter and the
packet and sign every draft (name, business, address, organisation number, e-mail, phone, and an
optional signature that replaces the lines built from them). Stored by `store.profile` on OK;
a ValidationError (a malformed e-mail) keeps the dialog open on this page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from clientfit.store.profile import profile, set_profile


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
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("&You")

    def save(self) -> None:
        """Store the details (ValidationError, a ValueError, when one is malformed)."""
        set_profile(
            name=self.name.text(),
            business=self.business.text(),
            address=self.address.toPlainText(),
            org_number=self.org_number.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            signature=self.signature.toPlainText(),
        )
