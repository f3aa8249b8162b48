"""Issue 19, points 4 and 6 in the app: the check after the first paint holds writes until it
passes and, on damage, a dialog names the newest good backup; a read-only file gets a banner."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from clientfit.store import models as m
from clientfit.store.backup import backup_database
from clientfit.store.database import close_database, db, open_database
from clientfit.ui.common.tasks import drain_background
from clientfit.ui.window.integrity_guard import IntegrityGuard, show_read_only_banner


def _query_only() -> int:
    return db.execute_sql("PRAGMA query_only").fetchone()[0]


@pytest.fixture
def filled(tmp_path) -> Path:
    from clientfit.store.demo import load_demo

    path = tmp_path / "clientfit.db"
    open_database(path)
    load_demo()
    close_database()
    return path


def test_a_sound_database_is_held_read_only_only_until_the_quick_check_passes(qtbot, filled):
    open_database(filled)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        guard = IntegrityGuard(filled, window)
        with qtbot.waitSignal(guard.passed, timeout=10_000):
            guard.start()
            assert _query_only() == 1  # writes held while the check runs
        assert _query_only() == 0
        m.Client.create(name="After The Check AB", name_key="after the check ab")
        drain_background()
        assert guard.result == "ok"  # the full integrity_check ran in the background
    finally:
        close_database()


def test_damage_keeps_writes_held_and_the_dialog_names_the_newest_good_backup(
    qtbot, filled, tmp_path
):
    good = backup_database(filled, reason="manual")
    data = bytearray(filled.read_bytes())
    rng = random.Random(7)
    pages = len(data) // 4096
    for page in range(pages // 2, pages, 3):  # pages of data, far from the schema
        data[page * 4096 : page * 4096 + 4096] = rng.randbytes(4096)
    for side in ("-wal", "-shm"):
        Path(f"{filled}{side}").unlink(missing_ok=True)
    filled.write_bytes(bytes(data))
    open_database(filled)
    try:
        window = QMainWindow()
        window.resize(700, 400)
        qtbot.addWidget(window)
        window.show()
        guard = IntegrityGuard(filled, window)
        with qtbot.waitSignal(guard.damaged, timeout=10_000) as caught:
            guard.start()
        assert str(good) in caught.args[0]
        assert _query_only() == 1
        box = guard.dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert str(good) in box.informativeText()
        box.grab().save(str(Path(os.environ.get("TRUST_SHOTS", tmp_path)) / "damaged.png"))
        box.reject()
    finally:
        close_database()


def test_a_read_only_file_opens_with_a_banner_and_stays_unchanged(qtbot, filled, tmp_path):
    from clientfit.ui.window.main_window import MainWindow

    for side in ("-wal", "-shm"):
        Path(f"{filled}{side}").unlink(missing_ok=True)
    os.chmod(filled, 0o400)
    before = filled.read_bytes()
    result = open_database(filled)
    try:
        assert result.read_only
        window = MainWindow(db_path=str(filled))
        qtbot.addWidget(window)
        bar = show_read_only_banner(window, filled)
        window.resize(1000, 600)
        window.show()
        qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
        label = bar.findChild(QLabel)
        assert label.isVisible() and "read-only" in label.text()
        assert "read-only" in window.windowTitle()
        # the health panel shows the real score; only the logging buttons are off, and say why
        panel = window.health_panel
        qtbot.waitUntil(lambda: panel.data is not None and not panel.loading, timeout=10_000)
        assert panel.gauge.score is not None
        assert not panel.consider_button.isEnabled() and not panel.gut_combo.isEnabled()
        assert "read-only" in panel.consider_button.toolTip()
        drain_background()
        assert "Could not" not in window.statusBar().currentMessage()  # no write was tried
        window.grab().save(str(Path(os.environ.get("TRUST_SHOTS", tmp_path)) / "read_only.png"))
        drain_background()
    finally:
        close_database()
    assert filled.read_bytes() == before
    assert oct(filled.stat().st_mode & 0o777) == oct(0o400)


def test_trend_snapshots_wait_until_the_integrity_check_releases_writes(qtbot, filled):
    from clientfit.store.models import HealthSnapshot
    from clientfit.ui.window.main_window import MainWindow

    open_database(filled)
    try:
        HealthSnapshot.delete().execute()
        window = MainWindow(db_path=str(filled))
        qtbot.addWidget(window)
        window.integrity_guard = guard = IntegrityGuard(filled, window)
        guard._hold(True)  # the check has begun: writes are held
        window.show()
        qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
        drain_background()
        assert "Could not" not in window.statusBar().currentMessage()
        assert HealthSnapshot.select().count() == 0  # nothing written while held
        with qtbot.waitSignal(guard.passed, timeout=10_000):
            guard.start()
        drain_background()
        assert HealthSnapshot.select().count() > 0  # taken once the check passed
        assert "Could not" not in window.statusBar().currentMessage()
    finally:
        close_database()
