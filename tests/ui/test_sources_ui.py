"""Settings → Sources and the background sync: sources listed with how they last went, folders
found on this computer offered, a sync off the GUI thread with its summary in the status bar,
a watched folder read when mail arrives, and Find Past Mail on the Client menu."""

from __future__ import annotations

import pytest
from tests.intake.sync_helpers import deliver, make_maildir

from clientfit.intake import run_import
from clientfit.intake.sources import add_local
from clientfit.store.models import Message
from clientfit.store.source_models import SyncSource
from clientfit.ui.sources import runner as runner_module


@pytest.fixture
def mail_home(database, tmp_path, monkeypatch):
    """A home folder with a Thunderbird profile and a Maildir, and the clients of contacts.vcf."""
    from pathlib import Path

    from clientfit.intake.mail import OWN_ADDRESSES
    from clientfit.store.settings import set_setting

    run_import(Path(__file__).parents[1] / "intake" / "fixtures" / "contacts.vcf")
    set_setting(OWN_ADDRESSES, ["eva@studio.se"])
    home = tmp_path / "home"
    account = home / ".thunderbird" / "x1.default" / "ImapMail" / "imap.studio.se"
    account.mkdir(parents=True)
    (account / "INBOX").write_bytes(b"")
    from tests.intake.sync_helpers import mbox_message

    (account / "INBOX").write_bytes(mbox_message(7))
    inbox = make_maildir(home / "Maildir")
    deliver(inbox, 0)
    monkeypatch.setenv("HOME", str(home))
    return home


def test_the_page_lists_sources_with_their_problems_and_offers_found_folders(mail_home, qtbot):
    from clientfit.ui.settings.sources_page import SourcesPage

    gone = make_maildir(mail_home / "gone")
    source = add_local("maildir", gone)
    SyncSource.update(last_error=f"{gone} is no longer there").where(
        SyncSource.id == source.id
    ).execute()
    page = SourcesPage()
    qtbot.addWidget(page)

    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "Problem"
    assert "no longer there" in page.message.text()  # the troubled source is selected, in full
    found = {
        page.found.item(i).toolTip(): page.found.item(i).text() for i in range(page.found.count())
    }
    tb = mail_home / ".thunderbird" / "x1.default" / "ImapMail" / "imap.studio.se"
    assert found[str(tb)].startswith("Thunderbird (ImapMail): imap.studio.se")
    assert found[str(mail_home / "Maildir")].startswith("Maildir")

    page.add_local("maildir", str(mail_home / "nowhere"))
    assert "no such file or folder" in page.message.text()
    assert page.model.rowCount() == 1


def test_a_sync_runs_off_the_gui_thread_and_says_what_it_did_in_the_status_bar(
    mail_home, main_window, qtbot
):
    add_local("maildir", mail_home / "Maildir")
    runner = main_window.sync_runner

    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        main_window.act_sync.trigger()
        assert runner.running

    report = done.args[0]
    assert report.new_messages == 1
    assert Message.select().count() == 1
    assert "new messages: 1" in main_window.sync_status.label.text()
    assert not main_window.sync_status.meter.isVisible()


def test_a_watched_maildir_is_read_when_mail_arrives(mail_home, main_window, qtbot, monkeypatch):
    inbox = mail_home / "Maildir"
    add_local("maildir", inbox)
    runner = main_window.sync_runner
    runner.quiet.setInterval(50)
    with qtbot.waitSignal(runner.finished, timeout=20_000):
        runner.sync()
    runner.start_watching()
    assert str(inbox / "new") in runner.watcher.directories()

    with qtbot.waitSignal(runner.finished, timeout=20_000) as done:
        deliver(inbox, 1)  # no button pressed: the watcher notices

    assert done.args[0].new_messages == 1


def test_find_past_mail_is_on_the_client_menu(mail_home, main_window):
    names = [a.objectName() for a in main_window.client_menu.actions()]
    assert "find_past_mail" in names
    assert "sync_mail" in [a.objectName() for a in main_window.file_menu.actions()]
    assert runner_module.PERIODIC_MS >= 60_000  # a fallback, not a busy loop


def test_settings_has_the_sources_page_with_the_windows_runner(mail_home, main_window):
    from clientfit.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(main_window)
    assert dialog.sources_page.runner is main_window.sync_runner
    assert dialog.sources_page.sync_now.isEnabled()
    dialog.close()
