"""Issue 19, point 6 in the app: on a read-only (0400) database every control that would write is
off - the menus, the client view's buttons, Today's Done and Snooze, the wizard, the settings kept
in the database - and stays off whatever is selected. Each test walks every action and button and
fails on any enabled one that is not known to only read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from clientfit.store.database import close_database, open_database
from clientfit.ui.common.tasks import drain_background

# the main window's controls that only read: look, search, export, back up, quit
READERS = {
    "search",
    "refresh",
    "quit",
    "about",
    "settings",  # the dialog itself keeps the database's pages frozen (below)
    "pareto",
    "backups",  # its Restore is off (below)
    "offboard",  # the wizard opens to be read (below)
    "export_packet",
    "whatif",
    "export_json",
    "export_roster",
    "export_time",
    "export_invoices",
    "getting_started",
    "keyboard_shortcuts",
    "Show archived",
    "Show snoozed",
    "Open Client",
    "clearFilter",
    "Save a Copy…",  # the contract's document, to a file of the user's choice
    "Open the Plan…",  # the wizard, to be read (below)
}


def _name(control) -> str:
    if control.objectName():
        return control.objectName()
    return control.text().replace("&", "")


def _enabled_writers(root: QWidget, readers: set[str]) -> list[str]:
    found = []
    for control in [*root.findChildren(QAction), *root.findChildren(QAbstractButton)]:
        if isinstance(control, QAction) and (control.isSeparator() or control.menu()):
            continue  # a menu's own action: its entries are walked one by one
        name = _name(control)
        parent = control.parent()
        if (
            not control.isEnabled()
            or not name
            or name.startswith("qt_")
            or name in readers
            or type(parent).__name__ in readers
            or type(parent).__name__ == "QLineEdit"  # a search field's clear button
        ):
            continue
        found.append(f"{type(control).__name__} {name!r} in {type(parent).__name__}")
    return found


@pytest.fixture
def read_only_window(qtbot, tmp_path):
    from clientfit.store.demo import load_demo
    from clientfit.ui.window.integrity_guard import show_read_only_banner
    from clientfit.ui.window.main_window import MainWindow

    path = tmp_path / "clientfit.db"
    open_database(path)
    load_demo()
    close_database()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    os.chmod(path, 0o400)
    before = path.read_bytes()
    assert open_database(path).read_only
    window = MainWindow(db_path=str(path))
    qtbot.addWidget(window)
    show_read_only_banner(window, path)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    yield window
    drain_background()
    window.close()
    close_database()
    assert path.read_bytes() == before


def _select_every_client_tab(qtbot, window) -> list[str]:
    """Each client's every tab shown in turn (a tab's buttons are set when it fills)."""
    found = []
    for row in range(min(window.proxy.rowCount(), 4)):
        window.table.selectRow(row)
        qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
        tabs = window.client_view.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            page = tabs.widget(i)
            table = getattr(page, "table", None)
            if table is not None and table.model().rowCount():
                table.selectRow(0)  # Edit and Delete follow the selection
            found += _enabled_writers(window, READERS)
    return found


def test_no_control_of_the_window_or_the_client_view_writes_to_a_read_only_file(
    qtbot, read_only_window, tmp_path
):
    window = read_only_window
    assert _enabled_writers(window, READERS) == []
    assert sorted(set(_select_every_client_tab(qtbot, window))) == []
    today = window.today_panel
    if today.model.rowCount():
        today.table.selectRow(0)
        assert today.open_button.isEnabled()
        assert not today.done_button.isEnabled() and not today.snooze_button.isEnabled()
        assert "read-only" in today.done_button.toolTip()
    assert not window.act_edit.isEnabled() and not window.act_delete.isEnabled()
    window.client_view.tabs.setCurrentIndex(0)
    window.grab().save(str(Path(os.environ.get("TRUST_SHOTS", tmp_path)) / "read_only_all.png"))


def test_the_wizard_and_settings_of_a_read_only_file_can_be_read_not_changed(
    qtbot, read_only_window, tmp_path
):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    from clientfit.ui.offboarding.dialog import OffboardingDialog
    from clientfit.ui.settings.dialog import SettingsDialog

    window = read_only_window
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    wizard = OffboardingDialog(window.current_client_id(), window)
    qtbot.addWidget(wizard)
    wizard.show()
    for row in range(len(wizard.pages)):
        wizard.go_to(row)
        readers = {"< Back", "Next >", "Export Packet…", "What If It Ended…", "Close"}
        assert _enabled_writers(wizard, readers) == []
    texts = [*wizard.findChildren(QLineEdit), *wizard.findChildren(QPlainTextEdit)]
    assert texts and all(t.isReadOnly() for t in texts if t.parent() is not None)
    wizard.grab().save(str(Path(os.environ.get("TRUST_SHOTS", tmp_path)) / "read_only_plan.png"))
    wizard.reject()

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only_note.isVisible()
    for i in range(dialog.tabs.count()):
        page = dialog.tabs.widget(i)
        inputs = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QComboBox | QAbstractSpinBox)
            and not w.objectName().startswith("qt_")
            and w.isEnabled()
        ]
        typing = [
            w
            for w in [*page.findChildren(QLineEdit), *page.findChildren(QTextEdit)]
            if not w.isReadOnly() and w.isEnabled() and not isinstance(w.parent(), QAbstractSpinBox)
        ]
        if getattr(page, "stores_in_database", True):
            assert (inputs, typing) == ([], []), dialog.tabs.tabText(i)
        else:
            assert inputs, dialog.tabs.tabText(i)  # this computer's settings stay open
    dialog.tabs.setCurrentWidget(dialog.health_page)
    dialog.grab().save(str(Path(os.environ.get("TRUST_SHOTS", tmp_path)) / "read_only_set.png"))
    dialog.accept()  # saves only this computer's settings: nothing is written to the file


def test_backups_of_a_read_only_file_can_be_made_not_restored(qtbot, read_only_window):
    from clientfit.store.backup import backup_database
    from clientfit.ui.backups.dialog import BackupsDialog

    backup_database(read_only_window.db_path, reason="manual")  # reads the file, writes beside it
    dialog = BackupsDialog(read_only_window.db_path, read_only_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() > 0, timeout=10_000)
    dialog.table.selectRow(0)
    assert dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert "read-only" in dialog.restore_button.toolTip()
