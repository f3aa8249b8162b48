"""The settings dialog: a list of pages on the left, the chosen page on the right.

The pages and their order live in `ui/settings/pages.py` (one line registers a page); a caller may
also `add_page(page, title)`. OK saves every page; `saved` is emitted after, so views can
recompute; a page that refuses is shown with its reason above the buttons (no pop-up).
`tabs` is the page stack (a QTabWidget whose tab bar the list replaces, so that ten
pages fit and each keeps its title).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.field_message import FieldMessage
from clientfit.ui.common.read_only import can_write, freeze
from clientfit.ui.common.restart import request_restart
from clientfit.ui.settings.pages import PAGES, build_page


def plain_title(title: str) -> str:
    """A title without its mnemonic marker ("&Health" → "Health", "R&&D" → "R&D")."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _in_database(page: QWidget) -> bool:
    """Does the page keep its settings in the database (every page but those that say not)?"""
    return getattr(page, "stores_in_database", True)


class SettingsDialog(QDialog):
    """Preferences, one page per area. `saved` after OK stored every page."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.restart = request_restart  # an attribute, so tests can stand in for it
        self._restart_after = False
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setSpacing(3)
        self.page_list.currentRowChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.page_list.setCurrentRow)
        for attribute, where in PAGES:
            page = build_page(where, parent)
            setattr(self, attribute, page)
            asks_restart = getattr(page, "restart_requested", None)
            if asks_restart is not None:
                asks_restart.connect(self.save_and_restart)
            self.add_page(page, page.title())
        self.page_list.setCurrentRow(0)
        self.read_only_note = QLabel(
            self.tr(
                "The database is read-only: only the settings kept on this computer (appearance, "
                "language, database) can be changed."
            )
        )
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(not can_write())
        for i in range(self.tabs.count()):
            if _in_database(self.tabs.widget(i)):
                freeze(self.tabs.widget(i))  # a read-only file: readable, not changeable
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        self.error_line = FieldMessage(None)  # what a page refused on OK, said in place
        layout.addLayout(body, 1)
        layout.addWidget(self.error_line)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def add_page(self, page: QWidget, title: str) -> int:
        """Add a page (a QWidget with `save()`); returns its index."""
        index = self.tabs.addTab(page, title)
        self.page_list.addItem(plain_title(title))
        width = max(self.page_list.sizeHintForColumn(0), 110)
        self.page_list.setFixedWidth(width + 2 * self.page_list.frameWidth() + 24)
        return index

    def accept(self) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if _in_database(page) and not can_write():
                continue
            try:
                page.save()
            except ValueError as exc:
                self.tabs.setCurrentIndex(i)
                self._restart_after = False
                self.error_line.show_error(
                    self.tr("%1: %2")
                    .replace("%1", plain_title(self.tabs.tabText(i)))
                    .replace("%2", str(exc))
                )
                return
        self.error_line.clear()
        if self.phrases_page.changed:
            self._reread_mail()
        else:
            self._finish()

    def reject(self) -> None:
        """Cancel: pages that previewed a change live (the appearance) put it back."""
        for i in range(self.tabs.count()):
            revert = getattr(self.tabs.widget(i), "revert", None)
            if revert is not None:
                revert()
        super().reject()

    def save_and_restart(self) -> None:
        """A page's Restart Now: save every page as OK does, then start the app again."""
        self._restart_after = True
        self.accept()

    def _finish(self) -> None:
        super().accept()
        self.saved.emit()
        if self._restart_after:
            QTimer.singleShot(0, self.restart)  # after exec() has returned

    def _reread_mail(self) -> None:
        """The user's phrases changed: read the imported mail sources again, off the GUI thread,
        so the flags of stored messages follow the new phrases."""
        from clientfit.intake.mailsource import reread_stale_sources
        from clientfit.ui.common.tasks import run_in_background

        progress = QProgressDialog(
            self.tr("Reading your imported mail again for the new phrases…"),
            self.tr("Skip"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(self.tr("Settings"))
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        self.reflag_progress = progress
        cancelled = {"yes": False}
        progress.canceled.connect(lambda: cancelled.update(yes=True))

        def done(_result) -> None:
            progress.close()
            self._finish()

        run_in_background(
            lambda: reread_stale_sources(cancel=lambda: cancelled["yes"]),
            done,
            lambda exc: done(None),
            context=self,
        )

    @property
    def phrases_changed(self) -> bool:
        """True after OK when the user's phrases changed (the mail sources are read again)."""
        return self.phrases_page.changed
