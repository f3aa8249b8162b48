"""The Today view (model, panel), what the tray says and notifies, and the app noticing the CLI.

Offscreen Qt has no system tray: the tray's model and its decisions are tested here (the count,
the menu, one notice per burst, names only when allowed, close-to-tray); the real tray and
notification were looked at under Xvfb with trayer and dunst (scripts/today_screenshots.py).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent

from clientfit import offboarding as ob
from clientfit.core.today import TodayItem, TodayList
from clientfit.store.clients import add_client
from clientfit.store.models import Invoice, Message

AT = dt.date(2026, 6, 30)
NOW = dt.datetime(2026, 6, 30, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def due(database, stockholm):
    """Two unpaid invoices (Acme, Beta) and a running plan for Hansson, as of AT."""
    with time_machine.travel(NOW, tick=True):
        acme = add_client("Acme AB")
        beta = add_client("Beta Design")
        for client, number, due_on in ((acme, "A-1", 10), (beta, "B-1", 20)):
            Invoice.create(
                client=client,
                number=number,
                issued_on=dt.date(2026, 5, 1),
                due_on=dt.date(2026, 6, due_on),
                total_minor=1_000_00,
                currency="SEK",
            )
        hansson = add_client("Hansson Bygg")
        ob.start_plan(hansson, "Night messages.", on=dt.date(2026, 6, 29))
        yield {"acme": acme, "beta": beta, "hansson": hansson}


def _rows(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_model_shows_each_item_with_when_it_is_due_without_a_widget(due, qtmodeltester):
    from clientfit.core.today import today_list
    from clientfit.ui.today.model import TodayModel

    model = TodayModel()
    model.set_listing(today_list(AT, "en"))
    qtmodeltester.check(model)
    rows = _rows(model)
    assert rows[:3] == [
        [
            "10 Jun 2026",
            "20 days late",
            "Acme AB",
            "Invoice A-1: 1,000.00 SEK unpaid",
        ],
        [
            "20 Jun 2026",
            "10 days late",
            "Beta Design",
            "Invoice B-1: 1,000.00 SEK unpaid",
        ],
        ["2 Jul 2026", "in 2 days", "Hansson Bygg", "Cooling-off period ends"],
    ]
    bold = model.index(0, TodayModel.DUE).data(Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()  # due: bold
    assert model.index(2, TodayModel.DUE).data(Qt.ItemDataRole.FontRole) is None  # ahead


def test_the_panel_marks_done_and_snoozes_and_opens_the_client(due, qtbot, tmp_path):
    from clientfit.ui.today.panel import TodayPanel

    panel = TodayPanel(today=AT, lang="en", load=False)
    qtbot.addWidget(panel)
    panel.resize(760, 320)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.listed):  # read off the GUI thread
        panel.refresh()
    assert panel.count.text() == "2 due"
    shots = Path(os.environ.get("CLIENTFIT_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert panel.grab().save(str(shots / "today_panel.png"))

    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.client_requested) as opened:
        panel.open_button.click()
    assert opened.args == [due["acme"].id]
    panel.ask_done = lambda item: "Sent a reminder."
    with qtbot.waitSignals([panel.changed, panel.listed]):
        panel.done_button.click()
    assert panel.count.text() == "1 due"
    from clientfit.store.models import TodayMark

    (mark,) = TodayMark.select()
    assert (mark.key, mark.state, mark.reason) == (
        f"invoice_overdue:{Invoice.get(Invoice.number == 'A-1').id}",
        "done",
        "Sent a reminder.",
    )
    assert "A-1" not in " ".join(r[3] for r in _rows(panel.proxy))

    panel.table.selectRow(0)
    panel.ask_snooze = lambda item: (dt.date(2026, 7, 6), "Promised on Friday.")
    with qtbot.waitSignal(panel.listed):
        panel.snooze_button.click()
    assert panel.count.text() == "0 due"
    assert all("B-1" not in r[3] for r in _rows(panel.proxy))  # snoozed: hidden ...
    panel.show_snoozed.setChecked(True)  # ... until asked for
    (row,) = [r for r in _rows(panel.proxy) if "B-1" in r[3]]
    assert row[1] == "snoozed until 6 Jul 2026"

    plan_row = next(
        r for r in range(panel.proxy.rowCount()) if "Cooling" in panel.proxy.index(r, 3).data()
    )
    with qtbot.waitSignal(panel.plan_requested) as plan:
        panel.table.activated.emit(panel.proxy.index(plan_row, 0))
    assert plan.args == [due["hansson"].id]


@pytest.fixture(params=["en", "sv"])
def lang(request, qapp):
    """The app's language for this test: English, then Swedish (Qt's catalogs and ours)."""
    from PySide6.QtCore import QLocale

    from clientfit import i18n
    from clientfit.ui.common import translations

    before = QLocale()
    translations.apply_language(qapp, request.param)
    yield request.param
    translations.remove_translators(qapp)
    QLocale.setDefault(before)
    i18n.set_language("en")


def test_snooze_says_under_the_field_what_is_missing_and_done_takes_an_optional_note(
    database, qtbot, tmp_path, lang
):
    from PySide6.QtWidgets import QDialog

    from clientfit.ui.today.snooze import DoneDialog, SnoozeDialog

    shots = Path(os.environ.get("CLIENTFIT_SHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    dialog = SnoozeDialog("Acme AB: Invoice A-1: 1,000.00 SEK unpaid", AT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.buttons.accepted.emit()  # OK without a reason: stays open, says so under "Why"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.messages[dialog.reason_edit]
    assert message.isVisible() and message.text()
    assert dialog.form.labelForField(dialog.reason_edit).text() == (
        "Why:" if lang == "en" else "Varför:"
    )
    assert dialog.grab().save(str(shots / f"snooze_dialog_error_{lang}.png"))
    dialog.date.setDate(dialog.date.minimumDate().addDays(-3))  # clamped: never today or before
    assert dialog.date.date().toPython() == AT + dt.timedelta(days=1)
    qtbot.keyClicks(dialog.reason_edit, "  They promised to pay on Friday. ")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.until(), dialog.reason()) == (
        AT + dt.timedelta(days=1),
        "They promised to pay on Friday.",
    )
    assert not message.isVisible()

    done = DoneDialog("Acme AB: Invoice A-1: 1,000.00 SEK unpaid")
    qtbot.addWidget(done)
    done.show()
    qtbot.waitExposed(done)
    assert done.grab().save(str(shots / f"done_dialog_{lang}.png"))
    done.buttons.accepted.emit()  # no note: fine
    assert done.result() == QDialog.DialogCode.Accepted and done.result_value == ""


def _listing(*ids: str, at=AT, client="Acme AB") -> TodayList:
    items = [
        TodayItem(i, "invoice_overdue", 1, f"{client} {n}", AT, "Invoice", 1, None)
        for n, i in enumerate(ids)
    ]
    return TodayList(at, items)


def test_notices_say_counts_by_default_and_only_what_came_due_since_the_last(qapp):
    from clientfit.ui.tray.notices import NoticeDecider

    decider = NoticeDecider()
    first = decider.decide(_listing("a", "b", "c"), names=False)
    assert (first.new, first.due, first.body) == (3, 3, "3 items are due.")
    assert "Acme" not in first.title + first.body
    assert decider.decide(_listing("a", "b", "c"), names=False) is None  # nothing new
    more = decider.decide(_listing("a", "b", "c", "d"), names=False)
    assert more.body == "1 more item is due (4 in all)."
    assert decider.decide(_listing("a", "b"), names=False) is None  # fewer: quiet
    back = decider.decide(_listing("a", "b", "c"), names=False)  # c due again (a snooze ended)
    assert back.new == 1


def test_notices_name_the_clients_only_when_allowed(qapp):
    from clientfit.ui.tray.notices import NoticeDecider

    notice = NoticeDecider().decide(_listing("a", "b", "c", "d", "e"), names=True)
    assert notice.body == "5 items are due.\nAcme AB 0, Acme AB 1, Acme AB 2 and 2 more"


class Recorder:
    def __init__(self):
        self.sent = []

    def send(self, title, body):
        self.sent.append((title, body))
        return True


@pytest.fixture
def window_with_tray(due, qtbot, open_window):
    from clientfit.ui.tray.icon import TrayController

    with time_machine.travel(NOW, tick=True):
        window = open_window()
        tray = TrayController(window, window.today_panel, notifier=Recorder())
        yield window, tray


def test_the_tray_counts_what_is_due_and_sends_one_summary_per_burst(window_with_tray, qtbot):
    from clientfit.ui.tray.icon import SETTLE_MS

    window, tray = window_with_tray
    for _ in range(3):  # an import: the data changes, the roster reloads, Today refreshes again
        window.data_changed.emit()
    qtbot.wait(SETTLE_MS + 400)
    assert tray.count == 2
    assert tray.tray.toolTip() == "Clientfit: 2 items are due"
    assert tray.notifier.sent == [("Clientfit: Today", "2 items are due.")]
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[0] == "Show Clientfit" and "2 items are due" in texts
    assert any(t.startswith("Acme AB: Invoice A-1") for t in texts)
    assert texts[-1] == "Quit Clientfit"
    window.data_changed.emit()
    qtbot.wait(SETTLE_MS + 400)
    assert len(tray.notifier.sent) == 1  # nothing new came due: quiet


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: bring_forward
def test_closing_hides_the_window_only_when_keep_in_tray_is_chosen(window_with_tray, monkeypatch):
    from clientfit.ui.tray import preferences

    window, tray = window_with_tray
    monkeypatch.setattr(tray.tray, "isVisible", lambda: True)  # offscreen has no tray host
    tray.prefs = preferences.NotifyPreferences(close_to_tray=True)
    event = QCloseEvent()
    assert tray.eventFilter(window, event) and not event.isAccepted()
    assert window.isHidden()  # still running, in the tray
    tray.show_window()  # what the tray's menu (and a second start's activation) does
    assert window.isVisible()
    tray.prefs = preferences.NotifyPreferences(close_to_tray=False)
    assert not tray.eventFilter(window, QCloseEvent())
    assert QEvent.Type.Close == QCloseEvent().type()


def test_the_notifications_page_stores_the_choices(database, qtbot):
    from clientfit.ui.settings.notifications_page import NotificationsPage
    from clientfit.ui.tray import preferences

    page = NotificationsPage()
    qtbot.addWidget(page)
    assert page.chosen() == preferences.NotifyPreferences()  # counts only, by default
    assert not page.names.isChecked() and not page.close_to_tray.isChecked()
    page.names.setChecked(True)
    page.close_to_tray.setChecked(True)
    page.save()
    assert preferences.load() == preferences.NotifyPreferences(names=True, close_to_tray=True)
    page.notify.setChecked(False)
    assert not page.names.isEnabled()


def test_the_data_watch_sees_another_programs_commit_and_not_its_own_workers(
    database, db_path, qtbot
):
    from clientfit.store.database import db
    from clientfit.ui.common.data_watch import DataWatch

    add_client("Acme AB")
    watch = DataWatch()
    watch.start()
    assert not watch.check()
    other = sqlite3.connect(db_path)  # as clientfit-cli would
    other.execute("UPDATE client SET name = 'Acme Group' WHERE name = 'Acme AB'")
    other.commit()
    with qtbot.waitSignal(watch.changed, timeout=1000):
        assert watch.check()
    assert not watch.check()
    other.execute("UPDATE client SET name = 'Acme' WHERE name = 'Acme Group'")
    other.commit()
    db.background_writes += 1  # one of our own workers wrote meanwhile
    assert not watch.check()
    other.close()


def cli(db_path: Path, *args: str) -> int:
    """clientfit-cli in a process of its own, as a user's terminal runs it beside the app."""
    return subprocess.run(
        [sys.executable, "-m", "clientfit.cli", "--db", str(db_path), *args],
        capture_output=True,
        timeout=120,
    ).returncode


def test_a_client_added_by_the_cli_while_the_window_is_open_appears(
    qtbot, database, db_path, open_window, wait_roster
):
    window = open_window()
    window.data_watch.start()
    assert window.proxy.rowCount() == 0
    assert cli(db_path, "client", "add", "From The Terminal") == 0
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=5000)
    wait_roster(window)


def test_keep_in_touch_set_in_the_cli_shows_in_the_open_windows_today(
    qtbot, database, stockholm, db_path, open_window
):
    from clientfit.ui.window.single_instance import Outcome, SingleInstance

    lock = SingleInstance(db_path)  # the app's lock, as app.py takes it
    assert lock.acquire(listen=False) is Outcome.ACQUIRED
    with time_machine.travel(NOW, tick=True):
        client = add_client("Quiet Co")
        Message.create(client=client, sent_at=dt.datetime(2026, 5, 1, 8), direction="in")
        window = open_window()
        window.data_watch.start()
        assert window.today_panel.listing.items == []
        assert cli(db_path, "client", "set", "Quiet Co", "--keep-in-touch", "30") == 0
        qtbot.waitUntil(lambda: bool(window.today_panel.listing.items), timeout=5000)
        (item,) = window.today_panel.listing.items
        assert item.kind == "keep_in_touch" and item.due
    lock.release()


def test_keep_in_touch_is_set_in_the_clients_edit_dialog(
    qtbot, database, open_window, wait_roster, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QDialog

    from clientfit.store.models import Client
    from clientfit.ui.client import forms

    add_client("Quiet Co")
    window = open_window()
    seen = {}

    def fake_exec(self):
        seen["initial"] = self.keep_in_touch.value()
        seen["text"] = self.keep_in_touch.text()
        self.keep_in_touch.setValue(21)
        shots = Path(os.environ.get("CLIENTFIT_SHOTS") or tmp_path)
        self.grab().save(str(shots / "client_dialog_keep_in_touch.png"))
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    window.act_edit.trigger()
    wait_roster(window)
    assert seen == {"initial": 0, "text": "No reminder"}
    assert Client.get(Client.name == "Quiet Co").keep_in_touch_days == 21
