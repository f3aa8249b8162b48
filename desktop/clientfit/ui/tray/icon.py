"""The tray icon: the count of due items on Clientfit's icon, a menu of them, and the notifications.

`TrayController` follows the Today panel: each list it shows updates the icon, its tooltip and its
menu at once, and - after a short pause, so the refreshes of one sync or import make one notice,
not a storm - asks `NoticeDecider` what came due and sends that one summary. With "keep running in
the tray" chosen, closing the window hides it instead (Quit in the tray's menu ends the app); the
single-instance rule is untouched: the app still holds its lock, and a second start brings the
hidden window back.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from clientfit.ui.tray import preferences
from clientfit.ui.tray.desktop import FreedesktopNotifier
from clientfit.ui.tray.notices import Notice, NoticeDecider, count_text

if TYPE_CHECKING:
    from clientfit.core.today import TodayList

SETTLE_MS = 800  # one notice for the refreshes that follow one another within this pause
MENU_ITEMS = 8
BADGE = QColor("#d1453b")  # the gauge's "consider ending" red (health.bands)


def badge_icon(base: QIcon, count: int, size: int = 64) -> QIcon:
    """The app icon with the count in a red disc at its lower right (none when 0)."""
    pixmap = base.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor("#2e9d57"))
    if count <= 0:
        return QIcon(pixmap)
    text = str(count) if count < 100 else "99+"
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size * 3 // 8, size * 3 // 8, size * 5 // 8, size * 5 // 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE)
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(disc.height() * (0.62 if len(text) < 3 else 0.42)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class TrayController(QObject):
    def __init__(self, window, panel, notifier=None, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.panel = panel
        self.prefs = preferences.load()
        self.decider = NoticeDecider()
        if notifier is None and FreedesktopNotifier.available():
            notifier = FreedesktopNotifier()
        self.notifier = notifier
        self.sent: list[Notice] = []  # every notice sent (the tests read it)
        self.count = 0
        self._quitting = False
        self._pending: TodayList | None = None
        self._base_icon = QApplication.windowIcon()
        self.tray = QSystemTrayIcon(badge_icon(self._base_icon, 0), self)
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.notify_pending)
        panel.listed.connect(self.show_listing)
        window.installEventFilter(self)
        if panel.listing is not None:
            self.show_listing(panel.listing)
        else:
            self._apply()

    # --- what the tray shows ---
    def _apply(self) -> None:
        """Follow the preferences: the icon shown or not, and whether closing hides the window."""
        show = self.prefs.tray and QSystemTrayIcon.isSystemTrayAvailable()
        self.tray.setVisible(show)
        QApplication.setQuitOnLastWindowClosed(not (show and self.prefs.close_to_tray))

    def show_listing(self, listing: TodayList) -> None:
        """A fresh list: the count, tooltip and menu now; the notice after the pause."""
        self.prefs = preferences.load()
        self.count = listing.due_count
        self.tray.setIcon(badge_icon(self._base_icon, self.count))
        self.tray.setToolTip(f"Clientfit: {count_text(self.count)}")
        self._fill_menu(listing)
        self._apply()
        self._pending = listing
        self._settle.start()

    def _fill_menu(self, listing: TodayList) -> None:
        self.menu.clear()
        show = self.menu.addAction(self.tr("Show Clientfit"))
        show.triggered.connect(self.show_window)
        self.menu.addSeparator()
        header = self.menu.addAction(count_text(listing.due_count))
        header.setEnabled(False)
        for item in islice((i for i in listing.items if i.due), MENU_ITEMS):
            text = f"{item.client}: {item.detail}"
            if len(text) > 70:
                text = text[:69] + "…"
            action = self.menu.addAction(text.replace("&", "&&"))  # "&" is no shortcut here
            action.triggered.connect(lambda _c=False, cid=item.client_id: self.open_client(cid))
        if listing.due_count > MENU_ITEMS:
            more = self.menu.addAction(
                self.tr("%1 more in Today…").replace("%1", str(listing.due_count - MENU_ITEMS))
            )
            more.triggered.connect(self.show_window)
        self.menu.addSeparator()
        quit_action = QAction(self.tr("Quit Clientfit"), self.menu)
        quit_action.triggered.connect(self.quit)
        self.menu.addAction(quit_action)

    # --- notices ---
    def notify_pending(self) -> Notice | None:
        """Decide on the last list shown and send its one notice (if any, and if wanted)."""
        if getattr(self.window, "roster_loading", False):
            self._settle.start()  # a sync's roster reload notes the bands: one notice, after it
            return None
        listing, self._pending = self._pending, None
        if listing is None:
            return None
        notice = self.decider.decide(listing, self.prefs.names)
        if notice is None or not self.prefs.notify:
            return None
        self.sent.append(notice)
        sent = self.notifier is not None and self.notifier.send(notice.title, notice.body)
        if not sent and self.tray.isVisible():  # no notification service: the tray's balloon
            self.tray.showMessage(notice.title, notice.body, self.tray.icon(), 10_000)
        return notice

    # --- the window ---
    def show_window(self) -> None:
        from clientfit.ui.window.single_instance import bring_forward

        bring_forward(self.window)

    def open_client(self, client_id: int) -> None:
        self.show_window()
        self.window.select_client(client_id)

    def _activated(self, reason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Trigger:
            return
        shown = self.window.isVisible() and not self.window.isMinimized()
        if shown and self.prefs.close_to_tray:
            self.window.hide()
        else:
            self.show_window()

    def quit(self) -> None:
        """Quit for real (the tray menu's Quit): close the window, end the app."""
        self._quitting = True
        self.tray.hide()
        self.window.close()
        QApplication.quit()

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.window
            and event.type() == QEvent.Type.Close
            and not self._quitting
            and self.prefs.close_to_tray
            and self.tray.isVisible()
        ):
            event.ignore()
            self.window.hide()
            return True
        return super().eventFilter(obj, event)


def install_tray(window) -> TrayController:
    """The window's tray icon, following its Today panel (app.py calls this after the first
    paint)."""
    controller = TrayController(window, window.today_panel)
    window.tray = controller
    return controller
