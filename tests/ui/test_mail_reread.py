"""A new Clientfit reads mail better: mail imported under older reading rules is read again in the
background after the window opens, and the flags of stored messages are filled in."""

from __future__ import annotations

from clientfit.intake import run_import
from clientfit.intake.mailsource import stale_sources
from clientfit.store.clients import add_client
from clientfit.store.derived_models import MailSource
from clientfit.store.models import Message


def test_mail_read_under_older_rules_is_read_again_after_the_window_opens(
    qtbot, database, open_window, tmp_path
):
    # given mail imported by an older Clientfit, which read subjects only
    add_client("Tveksam AB", email="karin@tveksam.se")
    mbox = tmp_path / "Inbox"
    mbox.write_bytes(
        b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <r1@tveksam.se>\n"
        b"Date: Mon, 5 Jan 2026 10:00:00 +0100\nFrom: karin@tveksam.se\nTo: eva@studio.se\n"
        b"Subject: Skisser\n\nDet \xc3\xa4r inte riktigt det vi t\xc3\xa4nkt oss.\n"
    )
    run_import(mbox)
    Message.update(not_quite=False, excerpt="").execute()
    MailSource.update(rules_version="0-older").execute()

    # when the window opens
    open_window()

    # then the file is read again and the message carries its flag
    qtbot.waitUntil(lambda: Message.get().not_quite, timeout=15_000)
    assert Message.get().excerpt == "Det är inte riktigt det vi tänkt oss."
    assert stale_sources() == []
