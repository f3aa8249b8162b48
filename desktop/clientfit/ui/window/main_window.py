"""The main window: the roster on the left, the selected client on the right, every action in a menu.

Cold start is part of the design: before the first paint the window builds only the roster side
(names from one query, `load_roster_names`) and an empty area where the client goes. The client
view and its health panel (and the modules behind them: health, offboarding, record models) are
imported and built just after the first paint (`ensure_panels`); scores and money come from a
worker (`load_roster_rows`), which also computes each column's sort order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clientfit import APP_NAME, __version__
from clientfit.health.bands import ALL_BANDS
from clientfit.ui.common.band_style import band_label
from clientfit.ui.common.tables import record_table
from clientfit.ui.common.tasks import run_in_background
from clientfit.ui.roster.fit import RosterFit
from clientfit.ui.roster.model import ID_ROLE, RosterFilter, RosterModel, RosterRow
from clientfit.ui.roster.rows import load_roster_names, load_roster_rows
from clientfit.ui.sources import install as install_sources
from clientfit.ui.today.panel import TodayPanel
from clientfit.ui.window.client_commands import ClientCommands
from clientfit.ui.window.geometry import restore_window, save_window
from clientfit.ui.window.help import install_help
from clientfit.ui.window.menus import make_actions, make_menus
from clientfit.ui.window.roster_state import restore_roster_state, save_roster_state
from clientfit.ui.window.states import WindowStates
from clientfit.ui.window.window_commands import WindowCommands

if TYPE_CHECKING:
    from clientfit.ui.client.view import ClientView
    from clientfit.ui.health.panel import HealthPanel


class MainWindow(ClientCommands, WindowCommands, QMainWindow):
    """Signals: `data_changed` after any change made from this window; `roster_loaded` when fresh rows are in.

    `loading` is true until the roster is in, the client view is built and shows the selected
    client (tests and benchmarks wait for it); `roster_loading` only while the roster reloads.
    `client_view` and `health_panel` are None until just after the first paint
    (`ensure_panels()` builds them at once when something needs them earlier).
    """

    data_changed = Signal()
    roster_loaded = Signal()
    first_painted = Signal()  # the window is on screen: time for what can wait (app.py)
    packet_written = Signal(str)
    export_written = Signal(str)
    SETTINGS_KEY = "MainWindow"

    def __init__(self, db_path: str = "", parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self._generation = 0
        self._pareto_window: QDialog | None = None
        self._whatif_window: QDialog | None = None
        self._snapshots_started = False
        self._panels_scheduled = False
        self._painted = False
        self._closed = False  # a closed window starts no more database work (its timers may fire)
        self.read_only = False  # the file could only be opened read-only (app.py sets it)
        self._load_on_paint: tuple[int, int | None] | None = None  # the first load, held back
        self.roster_loading = False
        self.client_view: ClientView | None = None
        self.health_panel: HealthPanel | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")

        # roster side
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search clients"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.band_filter = QComboBox()
        self.band_filter.setAccessibleName(self.tr("Filter by health band"))
        self.band_filter.addItem(self.tr("All bands"), None)
        for band in ALL_BANDS:
            self.band_filter.addItem(band_label(band.key), band.key)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setAccessibleName(self.tr("Show archived clients"))

        self.model = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, self.tr("Client roster"), "roster")
        header = self.table.horizontalHeader()
        # columns fitted to the rows on screen once per load (_loaded), not by ResizeToContents,
        # which measures every row again on each keystroke and sort (benchmarks/RESULTS.md)
        self.roster_fit = RosterFit(self.table)
        header.setResizeContentsPrecision(0)
        self.table.setWordWrap(False)
        header.setSortIndicator(RosterModel.NAME, Qt.SortOrder.AscendingOrder)

        left = QWidget()
        filters = QHBoxLayout()
        filters.addWidget(self.band_filter, 1)
        filters.addWidget(self.show_archived)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        self.today_panel = TodayPanel(self, load=False)  # filled in after the first paint
        self.left_split = QSplitter(Qt.Orientation.Vertical)  # the roster above, Today below
        self.left_split.setChildrenCollapsible(False)
        self.left_split.addWidget(self.table)
        self.left_split.addWidget(self.today_panel)
        self.left_split.setSizes([440, 360])
        left_layout.addWidget(self.left_split, 1)

        # the client view goes in here after the first paint (ensure_panels)
        self.details = QWidget()
        self.details.setObjectName("details")
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        make_actions(self)
        make_menus(self)
        self.states = WindowStates(self)  # empty roster, no matches, the count, busy
        install_help(self)
        install_sources(self)  # mail sources: background sync, status bar, Sync Mail Now

        self.search.textChanged.connect(self.proxy.set_search)
        self.band_filter.currentIndexChanged.connect(self._band_changed)
        self.show_archived.toggled.connect(self.proxy.set_show_archived)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.data_changed.connect(self.refresh)
        self.data_changed.connect(self.today_panel.refresh)
        self.roster_loaded.connect(self.today_panel.refresh)  # the bands it just noted
        self.today_panel.plan_requested.connect(self._open_plan_of)
        self.today_panel.client_requested.connect(self.select_client)
        from clientfit.ui.common.data_watch import DataWatch

        self.data_watch = DataWatch(self)  # clientfit-cli's commits: shown as they land
        self.data_watch.changed.connect(self.data_changed.emit)

        self.resize(1280, 800)
        self.splitter.setSizes([520, 760])
        self._split_fitted = restore_window(
            self, self.SETTINGS_KEY, {"main": self.splitter, "left": self.left_split}
        )
        self.refresh(restore_roster_state(self))  # sort, filter and client as last left

    # --- the panels, built after the first paint ---
    @property
    def loading(self) -> bool:
        return self.roster_loading or self.client_view is None or self.client_view.loading

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._panels_scheduled:
            self._panels_scheduled = True
            QTimer.singleShot(0, self._after_first_paint)  # after this pass, children included

    def _after_first_paint(self) -> None:
        self._painted = True
        self._start_held_load()
        self.ensure_panels()
        self.data_watch.start()
        self.first_painted.emit()
        QTimer.singleShot(1500, self, self.reread_stale_mail)

    def reread_stale_mail(self) -> None:
        """Mail imported under older reading rules (a new Clientfit reads bodies better) is read
        again in the background; the roster refreshes when the flags are in."""
        from clientfit.intake.mailsource import reread_stale_sources, stale_sources

        # A window closed within 1.5 s may point at another database by now; a read-only file
        # keeps its flags as they are.
        if self._closed or self.read_only or not stale_sources():
            return
        self.statusBar().showMessage(self.tr("Reading your imported mail again…"))

        def done(_result) -> None:
            self.statusBar().clearMessage()
            self.refresh()

        run_in_background(
            reread_stale_sources, done, lambda _exc: self.statusBar().clearMessage(), context=self
        )

    def _start_held_load(self) -> None:
        if self._closed:
            return
        if self._load_on_paint is not None:
            generation, wanted = self._load_on_paint
            self._load_on_paint = None
            self._start_load(generation, wanted)

    def ensure_panels(self) -> None:
        """Build the client view, its health panel and fill the Today list (once)."""
        if self.client_view is not None:
            return
        from clientfit.ui.client.view import ClientView
        from clientfit.ui.health.panel import HealthPanel

        self.client_view = ClientView()
        self.health_panel = HealthPanel()
        self.health_panel.read_only = self.read_only
        self.client_view.set_health_panel(self.health_panel)
        self.details_layout.addWidget(self.client_view)
        self.client_view.changed.connect(self.refresh)
        self.client_view.changed.connect(self.health_panel.refresh)
        self.client_view.plan_requested.connect(self.offboard_client)
        self.health_panel.changed.connect(self.refresh)
        self.health_panel.import_requested.connect(self.import_file)
        self.health_panel.deliverable_requested.connect(self.client_view.add_deliverable)
        self.today_panel.refresh()
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_view.show_client(client_id)
            self.health_panel.set_client(client_id)

    # --- state ---
    def current_client_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def select_client(self, client_id: int) -> None:
        row = self.model.row_of(client_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the roster off the GUI thread; keep (or move to `select_id`) the selection."""
        self._generation += 1
        self.roster_loading = True
        generation = self._generation
        wanted = select_id if select_id is not None else self.current_client_id()
        if self.model.rowCount() == 0:
            # names at once; the selection (and so the client view) comes with the full rows
            self.model.set_rows(load_roster_names())
            self._update_actions()
        self.statusBar().showMessage(self.tr("Loading…"))
        if not self._painted:
            # a worker scoring the portfolio would hold the GIL against the first paint: it
            # starts after that paint (or after a moment, should the window not be shown)
            if self._load_on_paint is None:
                QTimer.singleShot(1000, self, self._start_held_load)
            self._load_on_paint = (generation, wanted)
            return
        self._start_load(generation, wanted)

    def _start_load(self, generation: int, wanted: int | None) -> None:
        run_in_background(
            load_roster_rows,
            lambda loaded: self._loaded(generation, *loaded, wanted),
            self._load_failed,
            context=self,
        )

    def _loaded(
        self,
        generation: int,
        rows: list[RosterRow],
        orders: dict[int, list[RosterRow]],
        wanted: int | None,
    ) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.ensure_panels()  # a window never painted (tests) still gets its client view
        self.roster_loading = False
        self._show_rows(rows, orders, wanted)
        if rows and not self._snapshots_started:  # not spent on an empty first start
            self._snapshots_started = True
            self._take_snapshots()
        self.roster_fit.measure()
        self.statusBar().clearMessage()  # "Loading…"; the count is the status bar's own widget
        if rows and not self._split_fitted:  # no split of the user's own yet: the roster's width
            self._split_fitted = True
            self.roster_fit.split(self.splitter)
        self.roster_loaded.emit()

    def _take_snapshots(self) -> None:
        """Keep the monthly trend: snapshot the months that lack one, after the roster is in.

        Not in a read-only file (the trend shows what was saved, with this month live), and not
        while the integrity check holds writes: then once it has passed."""
        from clientfit.health import take_monthly_snapshots

        if self._closed or self.read_only or self._after_integrity_check(self._take_snapshots):
            return
        run_in_background(
            lambda: take_monthly_snapshots(months=12, only_missing=True),
            lambda _n: self.health_panel.refresh(),
            self._snapshots_failed,
            context=self,
        )

    def _after_integrity_check(self, then) -> bool:
        """True when writes are held for the integrity check; `then()` runs once it passes."""
        guard = getattr(self, "integrity_guard", None)
        if guard is None or not guard.holding:
            return False
        guard.passed.connect(then, Qt.ConnectionType.SingleShotConnection)
        return True

    def _snapshots_failed(self, exc: BaseException) -> None:
        if self._after_integrity_check(self._take_snapshots):
            return  # the check began holding writes meanwhile: again when it has passed
        self.statusBar().showMessage(
            self.tr("Could not update the health trend: {error}").replace("{error}", str(exc))
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.ensure_panels()
        self.roster_loading = False
        QMessageBox.critical(
            self,
            APP_NAME,
            self.tr("Could not read the roster: {error}").replace("{error}", str(exc)),
        )

    def _show_rows(
        self, rows: list[RosterRow], orders: dict[int, list[RosterRow]], wanted: int | None
    ) -> None:
        self.model.set_rows(rows, orders)
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.select_client(wanted)
        elif self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.client_view.show_client(None)
        self._update_actions()

    def _current_changed(self, current, previous) -> None:
        if self.client_view is not None:  # else ensure_panels shows the current client
            self.client_view.show_client(self.current_client_id())
            self.health_panel.set_client(self.current_client_id())
        self._update_actions()

    def _update_actions(self) -> None:
        client_id = self.current_client_id()
        for action in self.client_actions:
            action.setEnabled(client_id is not None)
        if client_id is not None:
            row = self.model.row_at(self.model.row_of(client_id))
            self.act_archive.setText(
                self.tr("&Restore") if row.status != "active" else self.tr("&Archive")
            )

    def _band_changed(self) -> None:
        key = self.band_filter.currentData()
        self.proxy.set_bands({key} if key else None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Clientfit"),
            self.tr(
                "Clientfit {version}\n\nYour client roster, its health, and a careful way to end a relationship.\n"
                "Everything stays on this computer.\n\nDatabase: {path}"
            )
            .replace("{version}", __version__)
            .replace("{path}", self.db_path),
        )

    def closeEvent(self, event) -> None:
        save_window(self, self.SETTINGS_KEY, {"main": self.splitter, "left": self.left_split})
        save_roster_state(self)
        self.data_watch.stop()  # closed for good (a close to the tray never gets here)
        self.today_panel.stop()
        self._closed = True
        super().closeEvent(event)
