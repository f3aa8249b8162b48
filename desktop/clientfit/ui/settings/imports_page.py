"""The settings dialog's Imports page: how to read dates like 01/10/2026 that a file leaves open.

Dates are never guessed (DESIGN.md): a file's own evidence decides, then the choice made for that
import, then this setting; by default the order of the user's locale, and where the locale gives
none (C/POSIX), such files are refused until an order is chosen here or for the import.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from clientfit.intake.dateorder import DATE_ORDER, ORDERS, locale_order, save_date_order
from clientfit.store.settings import get_setting


class ImportsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imports_page")
        names = {
            "dmy": self.tr("Day first (31/12/2026)"),
            "mdy": self.tr("Month first (12/31/2026)"),
            "ymd": self.tr("Year first (26/12/31)"),
        }
        local = locale_order()
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Date order"))
        self.combo.addItem(
            self.tr("As my locale writes them: %1").replace("%1", names[local])
            if local
            else self.tr("Not set: ask for each file"),
            None,
        )
        for key in ORDERS:
            self.combo.addItem(names[key], key)
        stored = get_setting(DATE_ORDER)
        self._stored = stored if stored in ORDERS else None
        self.combo.setCurrentIndex(max(0, self.combo.findData(self._stored)))
        self.note = QLabel(
            self.tr(
                "Used only when a time or invoice export does not show its order itself (no day "
                "above 12 anywhere in the file) and you did not choose one for that import. A "
                "file whose dates show another order is never read in this one."
            )
        )
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Dates in imported files:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def title(self) -> str:
        """The tab's text in the settings dialog."""
        return self.tr("&Imports")

    def save(self) -> None:
        choice = self.combo.currentData()
        if choice == self._stored:
            return
        save_date_order(choice)
        self._stored = choice

    def restore_defaults(self) -> None:
        self.combo.setCurrentIndex(0)
