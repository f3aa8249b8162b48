"""The main window's actions and menus: what each menu holds, with its shortcut and object name.

Plain functions over the window (`make_actions(window)`, then `make_menus(window)`); the texts keep
the "MainWindow" translation context they had as the window's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from clientfit.ui.common import read_only

CTX = "MainWindow"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _action(window, text: str, slot, shortcut=None, name: str = "", writes=False) -> QAction:
    """`writes`: the action changes the database (off in a read-only file, ui.common.read_only)."""
    action = QAction(text, window)
    if writes:
        read_only.writes(action)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    if name:
        action.setObjectName(name)
    return action


def make_actions(window) -> None:
    """The window's QActions (act_new, act_edit, ...), their shortcuts and object names."""
    window.act_new = _action(
        window,
        _t("&New Client…"),
        window.new_client,
        QKeySequence.StandardKey.New,
        "new_client",
        writes=True,
    )
    window.act_edit = _action(
        window, _t("&Edit Client…"), window.edit_client, "Ctrl+E", "edit_client", writes=True
    )
    window.act_rename = _action(
        window, _t("&Rename…"), window.rename_client, "F2", "rename_client", writes=True
    )
    window.act_archive = _action(
        window, _t("&Archive"), window.toggle_archive, "Ctrl+Shift+A", "archive_client", True
    )
    window.act_delete = _action(
        window,
        _t("&Delete…"),
        window.delete_client,
        QKeySequence.StandardKey.Delete,
        "delete_client",
        writes=True,
    )
    window.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.table.addAction(window.act_delete)
    window.act_search = _action(
        window, _t("&Search"), window.focus_search, QKeySequence.StandardKey.Find, "search"
    )
    window.act_refresh = _action(
        window, _t("Re&fresh"), window.refresh, QKeySequence.StandardKey.Refresh, "refresh"
    )
    window.act_quit = _action(
        window, _t("&Quit"), window.close, QKeySequence.StandardKey.Quit, "quit"
    )
    window.act_about = _action(window, _t("&About Clientfit"), window.about, None, "about")
    window.act_settings = _action(
        window,
        _t("&Settings…"),
        window.show_settings,
        QKeySequence.StandardKey.Preferences,
        "settings",
    )
    window.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.act_pareto = _action(
        window, _t("&Pareto View…"), window.show_pareto, "Ctrl+Shift+P", "pareto"
    )
    window.act_import = _action(
        window, _t("&Import…"), window.import_file, "Ctrl+I", "import", writes=True
    )
    window.act_backups = _action(window, _t("&Backups…"), window.show_backups, None, "backups")
    window.act_merge = _action(
        window, _t("&Merge…"), window.merge_client, None, "merge_client", writes=True
    )
    window.act_offboard = _action(
        window, _t("End &Collaboration…"), window.offboard_client, "Ctrl+Shift+E", "offboard"
    )
    window.act_packet = _action(
        window, _t("Export &Packet…"), window.export_packet, "Ctrl+P", "export_packet"
    )
    window.act_colleagues = _action(
        window, _t("C&olleagues…"), window.show_colleagues, "Ctrl+Shift+L", "colleagues", True
    )
    window.act_whatif = _action(
        window, _t("&What If It Ended…"), lambda: window.show_whatif(), "Ctrl+Shift+W", "whatif"
    )
    window.client_actions = [
        window.act_whatif,
        window.act_edit,
        window.act_rename,
        window.act_archive,
        window.act_delete,
        window.act_merge,
        window.act_offboard,
        window.act_packet,
    ]


def make_menus(window) -> None:
    """File, Client, View and Help, filled with the actions `make_actions` made."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu(_t("&File"))
    window.file_menu.addAction(window.act_import)
    window.export_menu = window.file_menu.addMenu(_t("&Export"))
    for what, text in (
        ("json", _t("Everything as &JSON…")),
        ("roster", _t("&Clients as CSV…")),
        ("time", _t("&Time entries as CSV…")),
        ("invoices", _t("&Invoices as CSV…")),
    ):
        action = window.export_menu.addAction(text)
        action.setObjectName(f"export_{what}")
        action.triggered.connect(lambda checked=False, what=what: window.export_data(what))
    window.file_menu.addAction(window.act_backups)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.act_settings)
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.act_quit)
    window.client_menu = bar.addMenu(_t("&Client"))
    for action in (
        window.act_new,
        window.act_edit,
        window.act_rename,
        window.act_archive,
        window.act_delete,
        window.act_merge,
    ):
        window.client_menu.addAction(action)
    window.client_menu.addSeparator()
    window.client_menu.addAction(window.act_whatif)
    window.client_menu.addAction(window.act_offboard)
    window.client_menu.addAction(window.act_packet)
    window.client_menu.addSeparator()
    window.client_menu.addAction(window.act_colleagues)
    # the roster's context menu: what the Client menu does, to the client under the pointer
    window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.table.customContextMenuRequested.connect(lambda pos: roster_menu(window, pos))
    window.view_menu = bar.addMenu(_t("&View"))
    window.view_menu.addAction(window.act_search)
    window.view_menu.addAction(window.act_pareto)
    window.view_menu.addAction(window.act_refresh)
    window.help_menu = bar.addMenu(_t("&Help"))
    window.help_menu.addAction(window.act_about)


def roster_menu(window, pos) -> None:
    """The roster's context menu at `pos` (viewport coordinates), for the client there."""
    index = window.table.indexAt(pos)
    if not index.isValid():
        return
    selection = window.table.selectionModel()
    selection.setCurrentIndex(
        index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
    )
    menu = QMenu(window)
    for action in (window.act_whatif, window.act_offboard, window.act_packet):
        menu.addAction(action)
    menu.addSeparator()
    for action in (window.act_edit, window.act_rename, window.act_archive, window.act_delete):
        menu.addAction(action)
    window.roster_menu = menu  # (tests look at it)
    menu.popup(window.table.viewport().mapToGlobal(pos))
