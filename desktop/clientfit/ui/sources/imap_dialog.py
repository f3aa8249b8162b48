"""Adding an IMAP account: host, port, TLS or STARTTLS, user, password, folders, a private CA.

OK logs in first, off the GUI thread (`intake.imapsync.check_login`); only when that works is the
source kept and its password put in the keyring. A refusal is shown in the dialog, which stays
open, and nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientfit.intake.sources import DEFAULT_FOLDERS, IMAP_PORT, IMAPS_PORT
from clientfit.ui.common.tasks import run_in_background


class ImapDialog(QDialog):
    """The account's details; `added(info)` once the source is kept."""

    added = Signal(object)  # intake.sources.SourceInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add IMAP Account"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("imap.example.com")
        self.host.setAccessibleName(self.tr("Server"))
        self.starttls = QCheckBox(self.tr("STARTTLS on a plain port (required, never plain text)"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(IMAPS_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.starttls.toggled.connect(
            lambda on: self.port.setValue(IMAP_PORT if on else IMAPS_PORT)
        )
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.folders = QLineEdit(", ".join(DEFAULT_FOLDERS))
        self.folders.setAccessibleName(self.tr("Folders"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Only for a private certificate authority"))
        self.ca_file.setAccessibleName(self.tr("CA certificate"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow("", self.starttls)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Folders:"), self.folders)
        form.addRow(self.tr("CA certificate:"), ca_row)
        self.help = QLabel(
            self.tr(
                "Gmail needs an app password (Google Account → Security → App passwords). "
                "Microsoft 365 and Outlook.com accept only OAuth for IMAP, which Clientfit does "
                "not support yet. The password is kept in this computer's keyring, never in "
                "Clientfit's database. Folders are only read, never changed."
            )
        )
        self.help.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("imap_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #a4262c; }")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate"),
            "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def account(self):
        from clientfit.intake.sources import ImapAccount

        folders = tuple(f.strip() for f in self.folders.text().split(",") if f.strip())
        return ImapAccount(
            host=self.host.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            folders=folders or DEFAULT_FOLDERS,
            starttls=self.starttls.isChecked(),
            ca_file=self.ca_file.text().strip() or None,
        )

    def accept(self) -> None:
        """Log in off the GUI thread; keep the source only when it worked."""
        from clientfit.intake.imapsync import check_login
        from clientfit.intake.sources import add_imap

        account, password = self.account(), self.password.text()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Logging in…"))
        self.error.show()
        run_in_background(
            lambda: add_imap(account, password, check=check_login),
            self._done,
            self._refused,
            context=self,
        )

    def _done(self, info) -> None:
        self.buttons.setEnabled(True)
        self.added.emit(info)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(str(exc))
        self.error.show()
