"""File → Backups…: the list with date and size, Back up now, Restore after a confirmation; the
half-hourly automatic backup."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from clientfit.common.dates import day_text
from clientfit.store import backup as b
from clientfit.store.models import Client, name_key
from clientfit.ui.backups.dialog import AutoBackups, BackupsDialog, BackupsModel

UTC = dt.timezone.utc


def add_client(name: str) -> None:
    Client.create(name=name, name_key=name_key(name), created_at=dt.datetime(2024, 1, 1))


@pytest.fixture
def dialog(qtbot, database, db_path):
    def make() -> BackupsDialog:
        d = BackupsDialog(db_path)
        qtbot.addWidget(d)
        d.informed = []
        d.inform = d.informed.append
        d.show()
        return d

    return make


def test_the_model_shows_date_kind_and_size_and_passes_the_model_tester(
    qtmodeltester, database, db_path
):
    when = dt.datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    b.backup_database(db_path, reason=b.AUTO, now=when)
    b.backup_database(db_path, reason=b.BEFORE_RESTORE, now=when + dt.timedelta(days=1))
    model = BackupsModel()
    model.set_rows(b.list_backups(db_path))

    qtmodeltester.check(model)

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Date", "Kind", "Size"]
    row = [model.index(1, c).data() for c in range(3)]
    local = when.astimezone()
    assert row[0] == f"{day_text(local.date())} {local:%H:%M}"  # the app's date style, not ISO
    assert row[1] == "automatic" and row[2].endswith("kB")
    assert model.index(0, 1).data() == "before a restore"


def test_back_up_now_adds_a_checked_backup_to_the_list(qtbot, dialog, db_path):
    d = dialog()
    assert d.model.rowCount() == 0 and d.empty.isVisible() and not d.restore_button.isEnabled()

    with qtbot.waitSignal(d.backed_up, timeout=10_000) as made:
        d.backup_button.click()

    assert d.model.rowCount() == 1 and d.table.isVisible()
    assert b.integrity(made.args[0]) == "ok"
    assert d.restore_button.isEnabled() and d.selected().reason == b.MANUAL


def test_restore_asks_first_and_does_nothing_when_the_user_says_no(dialog, db_path):
    add_client("Before")
    b.backup_database(db_path, reason=b.MANUAL)
    add_client("After")
    d = dialog()
    asked = []
    d.confirm = lambda text: asked.append(text) or False

    d.restore_button.click()

    assert asked and "current state is backed up first" in asked[0]
    assert {c.name for c in Client.select()} == {"Before", "After"}
    assert len(b.list_backups(db_path)) == 1


def test_restore_backs_up_the_current_state_restores_and_tells_the_window(qtbot, dialog, db_path):
    add_client("Before")
    b.backup_database(db_path, reason=b.MANUAL, now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    add_client("After")
    d = dialog()
    d.confirm = lambda text: True

    with qtbot.waitSignal(d.restored, timeout=10_000) as restored:
        d.restore_button.click()

    assert [c.name for c in Client.select()] == ["Before"]  # the app's connection sees it
    safety = restored.args[0]
    assert safety and "before-restore" in safety
    assert d.model.rowCount() == 2
    assert d.informed and d.informed[-1].startswith("Restored the backup from")


def test_automatic_backups_run_at_start_and_every_half_hour(qtbot, database, db_path):
    auto = AutoBackups(db_path)
    assert auto.timer.interval() == 30 * 60 * 1000

    with qtbot.waitSignal(auto.made, timeout=10_000) as made:
        auto.start()

    assert auto.timer.isActive()
    assert b.list_backups(db_path)[0].path.as_posix() == made.args[0]
    auto.timer.stop()


def test_the_dialog_says_how_long_backups_made_by_hand_are_kept(dialog, database):
    from clientfit.store.settings import set_setting

    d = dialog()
    text = d.findChild(QLabel, "backup_intro").text()
    assert "never deleted" not in text
    assert "kept until you delete them" in text
    d.close()

    set_setting(b.MANUAL_KEEP_KEY, 30)
    text = dialog().findChild(QLabel, "backup_intro").text()
    assert "deleted after 30 days" in text and "kept until you delete them" not in text
    set_setting(b.MANUAL_KEEP_KEY, 1)
    assert "deleted after one day" in dialog().findChild(QLabel, "backup_intro").text()
