"""Settings → Privacy: encrypt my data (or turn it back), and how long hand-made backups stay.

The work is the store's (store/encryption_convert.py, store/backup.py); this page asks, warns
plainly that a forgotten passphrase means the data is lost when the keyring is gone too, closes the
database around the conversion and opens it again. `confirm(text)`, `ask_new_passphrase()` and
`inform(text)` are attributes so tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.dialogs import inform
from clientfit.ui.common.layouts import button_row, wrapped_label
from clientfit.ui.common.plural import plural_suffix


class PrivacyPage(QWidget):
    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacyPage")
        self.db_path = Path(db_path) if db_path else None
        self.confirm = self._confirm
        self.ask_new_passphrase = self._ask_new_passphrase
        self.inform = self._inform

        box = QGroupBox(self.tr("Encryption"))
        self.status = wrapped_label()
        explain = wrapped_label(
            self.tr(
                "Encrypting keeps your database and every backup unreadable without the key. The "
                "key is kept in this computer's keyring; where there is none, your passphrase "
                "unlocks it. Exports (packets, JSON, CSV) are not encrypted."
            )
        )
        self.encrypt_button = QPushButton(self.tr("Encrypt my data…"))
        self.decrypt_button = QPushButton(self.tr("Turn encryption off…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.decrypt_button.clicked.connect(self.decrypt)
        row = button_row(self.encrypt_button, self.decrypt_button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.status)
        inner.addWidget(explain)
        inner.addLayout(row)

        kept = QGroupBox(self.tr("Backups"))
        self.keep_days = QSpinBox()
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSpecialValueText(self.tr("for ever"))
        plural_suffix(self.keep_days, self.tr(" day"), self.tr(" days"))
        form = QFormLayout(kept)
        form.addRow(self.tr("Keep backups made by hand or before a change:"), self.keep_days)
        note = QLabel(
            self.tr(
                "Automatic backups keep the newest of each of the last 12 days, 10 weeks and 9 "
                "months. To remove one client from every backup, delete it with “Also remove it "
                "from every backup”."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(kept)
        layout.addStretch(1)
        self._load()

    def _load(self) -> None:
        from clientfit.store.backup import MANUAL_KEEP_KEY
        from clientfit.store.encryption import available, is_encrypted
        from clientfit.store.settings import get_setting

        encrypted = self.db_path is not None and is_encrypted(self.db_path)
        self.status.setText(
            self.tr("Your data is encrypted.")
            if encrypted
            else self.tr("Your data is not encrypted.")
        )
        self.encrypt_button.setEnabled(self.db_path is not None and available() and not encrypted)
        self.decrypt_button.setEnabled(encrypted)
        self.keep_days.setValue(int(get_setting(MANUAL_KEEP_KEY) or 0))

    @classmethod
    def for_window(cls, window: QWidget | None) -> PrivacyPage:
        """The page for the main window's database (none without a window)."""
        return cls(getattr(window, "db_path", "") or "")

    def title(self) -> str:
        """The page's name in the settings dialog."""
        return self.tr("&Privacy")

    def save(self) -> None:
        from clientfit.store.backup import MANUAL_KEEP_KEY
        from clientfit.store.settings import set_setting

        days = self.keep_days.value()
        if days:
            set_setting(MANUAL_KEEP_KEY, days)
        else:
            set_setting(MANUAL_KEEP_KEY, None)  # for ever

    # --- encryption -----------------------------------------------------------------------------

    def encrypt(self) -> None:
        from clientfit.store.encryption_convert import encrypt_files

        warning = self.tr(
            "Encrypt your database and every backup?\n\nChoose a passphrase you will remember. "
            "If you forget it and this computer's keyring is lost, your data cannot be "
            "recovered by anyone - not by Clientfit either."
        )
        if not self.confirm(warning):
            return
        passphrase = self.ask_new_passphrase()
        if passphrase is None:
            return
        self._convert(lambda: encrypt_files(self.db_path, passphrase), passphrase)

    def decrypt(self) -> None:
        from clientfit.store.encryption import current_key
        from clientfit.store.encryption_convert import decrypt_files

        key = current_key()
        if key is None or not self.confirm(
            self.tr("Turn encryption off? Your database and every backup become plain files again.")
        ):
            return
        self._convert(lambda: decrypt_files(self.db_path, key), None)

    def _convert(self, work, passphrase: str | None) -> None:
        from clientfit.store.database import DatabaseError, close_database, open_database
        from clientfit.store.encryption import EncryptionError
        from clientfit.ui.common.tasks import wait_for_background

        wait_for_background()  # no worker may hold a connection while the files are replaced
        close_database()
        error = ""
        try:
            work()
        except EncryptionError as exc:
            error = str(exc)
        try:
            open_database(self.db_path, ask_passphrase=lambda n: passphrase if n == 1 else None)
        except DatabaseError as exc:  # pragma: no cover - the files passed every check
            error = error or str(exc)
        window = self.window().parent() if self.window() is not None else None
        lock = getattr(window, "identity_lock", None)
        if lock is not None:  # the files were replaced: hold the new one
            lock.release()
            lock.acquire(self.db_path)
        self._load()
        self.inform(error or self.status.text())

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Privacy"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    def _ask_new_passphrase(self) -> str | None:
        first, ok = QInputDialog.getText(
            self,
            self.tr("Encrypt my data"),
            self.tr("New passphrase (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        again, ok = QInputDialog.getText(
            self,
            self.tr("Encrypt my data"),
            self.tr("The same again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if again != first:
            self.inform(self.tr("The two passphrases differ; nothing was changed."))
            return None
        return first

    def _inform(self, text: str) -> None:
        inform(self, self.tr("Privacy"), text)
