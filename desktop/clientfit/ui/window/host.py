"""The contract between `MainWindow` and its command mixins (`ClientCommands`, `WindowCommands`).

The mixins hold the menu commands so the window module stays about the window; they may use only
what `WindowHost` names, on a QMainWindow (statusBar, tr, ...). `tests/ui/test_main_window.py`
checks that MainWindow provides every member, so a rename on one side fails a test, not a user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QTableView

    from clientfit.ui.health.panel import HealthPanel
    from clientfit.ui.today.panel import TodayPanel


class WindowHost(Protocol):
    db_path: str
    table: QTableView  # the roster
    health_panel: HealthPanel | None  # built after the first paint (ensure_panels)
    today_panel: TodayPanel
    act_packet: QAction
    data_changed: SignalInstance  # emitted after any change made from the window
    packet_written: SignalInstance  # (path)
    export_written: SignalInstance  # (path)
    _pareto_window: QDialog | None  # the one Pareto window, reused

    def current_client_id(self) -> int | None: ...

    def select_client(self, client_id: int) -> None: ...

    def refresh(self, select_id: int | None = None) -> None: ...

    def ensure_panels(self) -> None: ...


def host_members() -> list[str]:
    """Every name `WindowHost` promises (attributes and methods)."""
    names = set(WindowHost.__annotations__)
    names |= {n for n, v in vars(WindowHost).items() if callable(v) and not n.startswith("__")}
    return sorted(names)
