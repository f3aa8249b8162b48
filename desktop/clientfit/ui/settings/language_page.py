"""The settings dialog's Language page: system, English or Swedish, applied by a restart.

Widgets translate their texts when they are built, so switching live would leave half the window
in the old language; the page says so, stores the choice (`ui.language`) and offers to restart
now (`restart_requested`: the settings dialog saves every page, then the app starts again).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit import i18n
from clientfit.ui.common.translations import (
    chosen_language,
    resolve_language,
    set_chosen_language,
)

# Each language named in itself, so a user lost in the wrong language still finds their own.
ENDONYMS = {"en": "English", "sv": "Svenska"}


class LanguagePage(QWidget):
    """Signals: `changed` whenever the choice in the combo changes; `restart_requested` when the
    user presses Restart Now."""

    stores_in_database = False  # kept in this computer's settings: open in a read-only file

    changed = Signal()
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("language_page")
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        system = ENDONYMS[resolve_language("system")]
        self.combo.addItem(self.tr("System language (%1)").replace("%1", system), "system")
        for code in i18n.LANGUAGES:
            self.combo.addItem(ENDONYMS[code], code)
        self._stored = chosen_language()
        self.combo.setCurrentIndex(max(0, self.combo.findData(self._stored)))
        self.note = QLabel(
            self.tr(
                "The new language applies when Clientfit starts again: windows, dates and "
                "amounts, the message templates offered first, and the offboarding packet."
            )
        )
        self.note.setWordWrap(True)
        self.restart_note = QLabel(self.tr("Restart Clientfit to switch to the new language."))
        self.restart_note.setWordWrap(True)
        font = self.restart_note.font()
        font.setBold(True)
        self.restart_note.setFont(font)
        self.restart_button = QPushButton(self.tr("&Restart Now"))
        self.restart_button.setAccessibleName(self.tr("Save the settings and restart Clientfit"))
        self.restart_button.clicked.connect(self.restart_requested)
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_note, 1)
        restart_row.addWidget(self.restart_button)
        self.restart_note.setVisible(False)
        self.restart_button.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addLayout(restart_row)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._combo_changed)

    def title(self) -> str:
        """The tab's text in the settings dialog."""
        return self.tr("&Language")

    def choice(self) -> str:
        return self.combo.currentData()

    def restart_needed(self) -> bool:
        """True when the chosen language is not the one the app is speaking now."""
        return resolve_language(self.choice()) != i18n.current_language()

    def save(self) -> None:
        """Store the choice (the settings dialog calls this on OK)."""
        if self.choice() != self._stored:
            set_chosen_language(self.choice())
            self._stored = self.choice()

    def _combo_changed(self) -> None:
        self.restart_note.setVisible(self.restart_needed())
        self.restart_button.setVisible(self.restart_needed())
        self.changed.emit()
