"""The Today panel of the main window: what is due across every client, with Done and Snooze.

It replaces the old "Coming up" panel (the plans' dates are still here, with everything else that
is due). Activating a row (double-click, Enter) or "Open Client" asks the window to show that
client: `client_requested(client_id)` - or, for a date of a running plan, that plan, as the old
panel did: `plan_requested(client_id)`. After each refresh `listed(TodayList)` carries the list to
whoever counts it (the tray); after Done or Snooze `changed` is emitted. The list is read off the
GUI thread (`refresh`); only showing it (`show_listing`) happens here.

`core.today` is imported on the first `refresh()`, not with this module: the main window builds
the panel before its first paint and fills it in just after (`TodayPanel(load=False)`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.i18n import current_language
from clientfit.ui.common.read_only import writes
from clientfit.ui.common.tables import record_table
from clientfit.ui.today.model import ITEM_ROLE, TodayFilter, TodayModel

PLAN_KINDS = frozenset(
    ("cooling_off_ends", "meeting", "announce", "waiting_for_payment", "notice_ends", "handover")
)

if TYPE_CHECKING:
    from clientfit.core.today import TodayItem, TodayList

log = logging.getLogger(__name__)


def _read(day: dt.date | None, lang: str) -> tuple[dt.tzinfo, TodayList]:
    """The list as of `day` (None: today in the user's zone), and that zone (a worker thread)."""
    from clientfit.common.zone import user_zone
    from clientfit.core.today import today, today_list
    from clientfit.store.today import read_mapped

    read_mapped()  # this worker's connection is new: read through the shared map, not cold
    zone = user_zone()
    return zone, today_list(day or today(), lang)


class TodayPanel(QWidget):
    client_requested = Signal(int)
    plan_requested = Signal(int)  # an item of a running plan: open the plan (and its client)
    listed = Signal(object)  # the TodayList just shown
    changed = Signal()  # an item was marked done or snoozed

    def __init__(
        self,
        parent=None,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
        load: bool = True,
    ):
        super().__init__(parent)
        self.setObjectName("today_panel")
        self._today = today
        self.lang = lang or current_language()
        self.listing: TodayList | None = None
        self.title = QLabel(self.tr("Today"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setObjectName("today_count")
        self.show_snoozed = QCheckBox(self.tr("Show snoozed"))
        self.show_snoozed.setAccessibleName(self.tr("Show snoozed items"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.model = TodayModel(self)
        self.proxy = TodayFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, self.tr("Today: what is due"), "todayTable", -1)
        # Two lines a row, the same for every row (measuring each row of a long list on every
        # reset would cost more than the list); the whole text is in the tooltip
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(30)
        header.setSectionResizeMode(TodayModel.WHAT, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("Open Client"))
        self.done_button = writes(QPushButton(self.tr("Done…")))
        self.done_button.setToolTip(self.tr("It is dealt with: take it off the list"))
        self.snooze_button = writes(QPushButton(self.tr("Snooze…")))
        self.snooze_button.setToolTip(self.tr("Not now: due again on a day you choose"))
        self.open_button.clicked.connect(self._open_current)
        self.done_button.clicked.connect(self.done_current)
        self.snooze_button.clicked.connect(self.snooze_current)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.show_snoozed.toggled.connect(self._show)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count, 1)
        top.addWidget(self.show_snoozed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self._shown_day: dt.date | None = None
        self._zone: dt.tzinfo | None = None
        self._asked = self._answered = 0  # refreshes asked for, and answered
        self._sized = False  # the columns were fitted to a list
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60_000)
        self._day_timer.timeout.connect(self._new_day)
        self._day_timer.start()
        if load:
            self.refresh()
        else:
            self.empty.setText(" ")
            self.table.hide()

    def today(self) -> dt.date:
        from clientfit.core.today import today

        return self._today or today()

    @property
    def loading(self) -> bool:
        """A list is being read (the window's `loading` waits for it too)."""
        return self._answered < self._asked

    def refresh(self) -> None:
        """Read the list again, off the GUI thread (at 10,000 clients its thousands of invoices
        and the keep-in-touch checks take tens of milliseconds, more on a busy machine); the
        newest answer is shown when it comes, and `listed` follows it."""
        from clientfit.ui.common.tasks import run_in_background

        self._asked += 1
        asked, day, lang = self._asked, self._today, self.lang
        run_in_background(
            lambda: _read(day, lang),
            lambda answer: self._answer(asked, answer),
            lambda exc: self._failed(asked, exc),
            context=self,
        )

    def _answer(self, asked: int, answer: tuple[dt.tzinfo, TodayList]) -> None:
        self._answered = max(self._answered, asked)
        if asked == self._asked:  # a later refresh is on its way otherwise: show that one
            self._zone, listing = answer
            self.show_listing(listing)

    def _failed(self, asked: int, exc: BaseException) -> None:
        self._answered = max(self._answered, asked)
        log.warning("the Today list could not be read: %s", exc)
        if asked == self._asked:
            self.empty.setText(self.tr("Could not read the Today list: %1").replace("%1", str(exc)))
            self.empty.show()

    def show_listing(self, listing: TodayList) -> None:
        """Show a list just read (the GUI thread's part of a refresh: the model, the count)."""
        self.listing = listing
        self._show()
        due = listing.due_count
        self.count.setText(
            self.tr("1 due") if due == 1 else self.tr("%1 due").replace("%1", str(due))
        )
        self.empty.setText(
            self.tr(
                "Nothing is due. Dates of ending plans, unpaid invoices, drops in health and "
                "clients to keep in touch with show up here."
            )
        )
        self.empty.setVisible(not listing.items)
        self.table.setVisible(bool(listing.items))
        if listing.items and not self._sized:  # once: later lists keep the widths (the user's)
            self._sized = True
            for column in (TodayModel.WHEN, TodayModel.DUE, TodayModel.CLIENT):
                self.table.resizeColumnToContents(column)
            # a long client name is elided (its tooltip has it whole): What keeps its room
            width = self.table.columnWidth(TodayModel.CLIENT)
            self.table.setColumnWidth(
                TodayModel.CLIENT, min(width, self.fontMetrics().averageCharWidth() * 16)
            )
        self._update_buttons()
        self._shown_day = listing.at
        self.listed.emit(listing)

    def _new_day(self) -> None:
        """Past midnight the dates of tomorrow are due: list them (and let the tray count them).
        The check itself reads nothing from the database (the zone was read at the refresh)."""
        if self.listing is None or self._today is not None or self._zone is None:
            return
        if dt.datetime.now(self._zone).date() != self._shown_day:
            self.refresh()

    def stop(self) -> None:
        """The window closed for good: no more checks for a new day."""
        self._day_timer.stop()

    def _show(self, *_args) -> None:
        if self.listing is not None:
            self.model.set_listing(self.listing, self.show_snoozed.isChecked())
            self._update_buttons()

    # --- the selected item ---
    def current_item(self) -> TodayItem | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        item = self.current_item()
        for button in (self.open_button, self.done_button, self.snooze_button):
            button.setEnabled(item is not None)

    def _activated(self, index: QModelIndex) -> None:
        self._open(index.data(ITEM_ROLE))

    def _open_current(self) -> None:
        self._open(self.current_item())

    def _open(self, item: TodayItem | None) -> None:
        if item is None:
            return
        if item.kind in PLAN_KINDS:
            self.plan_requested.emit(item.client_id)
        else:
            self.client_requested.emit(item.client_id)

    def ask_done(self, item: TodayItem) -> str | None:
        """An optional note of what was done, or None when the user cancelled (a dialog; tests
        replace this attribute)."""
        from clientfit.ui.today.snooze import DoneDialog

        dialog = DoneDialog(f"{item.client}: {item.detail}", self)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_snooze(self, item: TodayItem) -> tuple[dt.date, str] | None:
        """Until when and why, checked by the dialog (`core.today.check_snooze`); None when the
        user cancelled (a dialog; tests replace this attribute)."""
        from clientfit.ui.today.snooze import SnoozeDialog

        dialog = SnoozeDialog(f"{item.client}: {item.detail}", self.today(), self)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None

    def done_current(self) -> None:
        from clientfit.core.today import mark_done

        self._mark(self.ask_done, lambda item, note: mark_done(item, self.today(), note))

    def snooze_current(self) -> None:
        from clientfit.core.today import snooze

        self._mark(self.ask_snooze, lambda item, a: snooze(item, a[0], a[1], self.today()))

    def _mark(self, ask, write) -> None:
        """Ask about the selected item (None: cancelled), write the mark, list again."""
        from clientfit.core.today import TodayError

        item = self.current_item()
        answer = None if item is None else ask(item)
        if answer is None:
            return
        try:
            write(item, answer)
        except TodayError as exc:  # the dialogs check first: only a test's answer gets here
            QMessageBox.warning(self, self.tr("Today"), str(exc))
            return
        self.refresh()
        self.changed.emit()
