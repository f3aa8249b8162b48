"""Deleting a client, with the two choices erasure needs: also from the backups, or anonymise.

Deleting removes the client and every record about it and remembers it (salted digests) so imports
and syncs do not bring it back; "Also remove it from every backup" rewrites each backup without it
(store/erasure.py, verified before a backup is replaced). "Anonymise instead" keeps the money and
hours - past totals and the Pareto view survive - and removes who the client was.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

DELETE = "delete"
DELETE_AND_PURGE = "delete-and-purge"
ANONYMISE = "anonymise"


class DeleteClientDialog(QDialog):
    """`choice` after exec(): DELETE, DELETE_AND_PURGE, ANONYMISE, or None (cancelled)."""

    def __init__(self, name: str, backups: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DeleteClientDialog")
        self.setWindowTitle(self.tr("Delete client"))
        self.choice: str | None = None
        question = QLabel(
            self.tr(
                "Delete “{name}” and all its contacts, notes, messages, time entries, invoices "
                "and deliverables?"
            ).replace("{name}", name)
        )
        question.setWordWrap(True)
        stays = QLabel(
            self.tr(
                "It stays deleted: imports and syncs will skip it until you allow it back. "
                "To keep the history, archive the client instead."
            )
        )
        stays.setWordWrap(True)
        self.purge = QCheckBox(
            self.tr("Also remove it from every backup (there are {n})").replace("{n}", str(backups))
        )
        self.purge.setEnabled(backups > 0)
        buttons = QDialogButtonBox()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.anonymise_button = QPushButton(self.tr("Anonymise instead"))
        self.anonymise_button.setToolTip(
            self.tr("Keep the money and hours in your totals; remove the name, contacts and notes.")
        )
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._delete)
        self.anonymise_button.clicked.connect(self._anonymise)
        layout = QVBoxLayout(self)
        for widget in (question, stays, self.purge):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _delete(self) -> None:
        self.choice = DELETE_AND_PURGE if self.purge.isChecked() else DELETE
        self.accept()

    def _anonymise(self) -> None:
        self.choice = ANONYMISE
        self.accept()
