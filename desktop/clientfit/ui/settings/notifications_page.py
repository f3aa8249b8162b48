"""The settings dialog's Notifications page: the tray icon, desktop notifications, client names in
them, and whether closing the window keeps Clientfit running in the tray (`ui.tray.preferences`)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from clientfit.ui.tray import preferences
from clientfit.ui.tray.preferences import NotifyPreferences


class NotificationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notifications_page")
        self.tray = QCheckBox(self.tr("Show Clientfit in the tray, with the number of items due"))
        self.notify = QCheckBox(self.tr("Notify me when items on Today come due"))
        self.names = QCheckBox(self.tr("Name the clients in notifications"))
        self.close_to_tray = QCheckBox(
            self.tr("Keep Clientfit running in the tray when I close its window")
        )
        self.note = QLabel(
            self.tr(
                "A notification says how many items are due; with names allowed it also names "
                "the clients, which anyone who sees your screen (or your locked screen) can read. "
                "Notifications come at most once per refresh: one summary after a sync or an "
                "import, never one per item."
            )
        )
        self.note.setWordWrap(True)
        self.notify.toggled.connect(self.names.setEnabled)
        self.tray.toggled.connect(self.close_to_tray.setEnabled)
        layout = QVBoxLayout(self)
        for box in (self.tray, self.close_to_tray, self.notify, self.names):
            layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.show_preferences(preferences.load())

    def title(self) -> str:
        """The tab's text in the settings dialog."""
        return self.tr("&Notifications")

    def show_preferences(self, p: NotifyPreferences) -> None:
        self.tray.setChecked(p.tray)
        self.notify.setChecked(p.notify)
        self.names.setChecked(p.names)
        self.close_to_tray.setChecked(p.close_to_tray)
        self.names.setEnabled(p.notify)
        self.close_to_tray.setEnabled(p.tray)

    def chosen(self) -> NotifyPreferences:
        return NotifyPreferences(
            tray=self.tray.isChecked(),
            notify=self.notify.isChecked(),
            names=self.names.isChecked(),
            close_to_tray=self.close_to_tray.isChecked(),
        )

    def save(self) -> None:
        if self.chosen() != preferences.load():
            preferences.save(self.chosen())

    def restore_defaults(self) -> None:
        self.show_preferences(NotifyPreferences())
