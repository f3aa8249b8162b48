"""Screenshots of the Today view, the tray's menu and a desktop notification, in English and Swedish.

Offscreen Qt has no system tray, so this runs on a real (virtual) X display with a tray host and a
notification daemon, each started here in its own session bus:

    xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- \\
        .venv/bin/python scripts/today_screenshots.py --out /tmp/today-shots

It fills a throw-away database with the demo portfolio (plus a running plan, a keep-in-touch
client and a band that dropped this week), starts `trayer` (an XEmbed tray) and `dunst` (the
freedesktop notification service), opens the main window in each language, and saves
today-LANG.png (the window), tray-menu-LANG.png and notification-LANG.png (the screen, cropped)
with ImageMagick's `import`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def screen(path: Path, crop: str | None = None) -> None:
    cmd = ["import", "-window", "root"]
    if crop:
        cmd += ["-crop", crop]
    subprocess.run([*cmd, str(path)], check=True)


def fill(db_path: Path) -> None:
    from clientfit import offboarding as ob
    from clientfit.store.clients import get_client, update_client
    from clientfit.store.database import close_database, open_database
    from clientfit.store.demo import load_demo
    from clientfit.store.derived_models import BandMark

    open_database(db_path)
    load_demo()
    today = dt.date.today()
    hansson = get_client("Hansson Bygg & Fasad")
    plan = ob.start_plan(hansson, "Night messages.", on=today - dt.timedelta(days=3))
    ob.schedule_meeting(
        plan, dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10)), "phone"
    )
    update_client(get_client("Nordlys Bageri AB"), keep_in_touch=7)
    # a week ago Fjällvind was healthy; the window's first scoring notes it in "watch" today
    fjallvind = get_client("Fjällvind Outdoor AB")
    BandMark.create(client=fjallvind, day=today - dt.timedelta(days=20), band="healthy", score=72)
    _sources(db_path.parent)
    close_database()


def _sources(folder: Path) -> None:
    """A Maildir and an mbox synced once, and an IMAP account (never connected: its password in
    an in-memory keyring, no login), for the Sources page."""
    import keyring

    from clientfit.core.sync import sync_all
    from clientfit.intake.sources import ImapAccount, add_imap, add_local

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    maildir = folder / "Mail" / "Kunder"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / "1.M1P1.host:2,S").write_bytes(
        b"From: Anna Lind <anna.lind@lindco.se>\nTo: eva@studio.se\n"
        b"Date: Mon, 30 Nov 2026 09:00:00 +0100\nSubject: Offert\n"
        b"Message-ID: <shot1@lindco.se>\n\nHej!\n"
    )
    mbox = folder / "Thunderbird" / "Inbox"
    mbox.parent.mkdir(parents=True, exist_ok=True)
    mbox.write_bytes(
        b"From anna.lind@lindco.se Mon Nov 30 09:00:00 2026\n"
        b"From: Anna Lind <anna.lind@lindco.se>\nTo: eva@studio.se\n"
        b"Date: Mon, 30 Nov 2026 10:00:00 +0100\nSubject: Faktura\n"
        b"Message-ID: <shot2@lindco.se>\n\nHej igen!\n\n"
    )
    add_local("maildir", maildir)
    add_local("mbox", mbox)
    sync_all()
    add_imap(
        # localhost, a closed port: the app's sync at start is refused at once (no DNS, no
        # network), and the page shows how a problem reads
        ImapAccount(host="localhost", port=1, user="eva@studio.se", folders=("INBOX", "Sent")),
        "app-password",
    )


def settings_sources(window, lang: str, out: Path) -> None:
    """Settings → Sources, grabbed as the user sees it."""
    from clientfit.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.page_list.setCurrentRow(dialog.tabs.indexOf(dialog.sources_page))
    dialog.show()
    for _ in range(20):
        _spin()
    dialog.grab().save(str(out / f"sources-{lang}.png"))
    dialog.reject()


def _spin() -> None:
    """Let the event loop run a moment (a script on a real display, not a test)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    time.sleep(0.05)


def shoot(db_path: Path, lang: str, out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clientfit.ui.app import make_application
    from clientfit.ui.common.translations import apply_language

    app = make_application(["clientfit"])
    from clientfit.store.database import close_database, open_database

    open_database(db_path)
    apply_language(app, lang)
    from clientfit.ui.tray import preferences
    from clientfit.ui.tray.icon import install_tray
    from clientfit.ui.window.main_window import MainWindow

    window = MainWindow(db_path=str(db_path))
    window.resize(1300, 820)
    window.move(0, 0)
    window.show()
    deadline = time.monotonic() + 60
    while (window.loading or window.today_panel.listing is None) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    tray = install_tray(window)
    window.today_panel.refresh()
    for _ in range(60):  # the settle pause, then the notice
        app.processEvents()
        time.sleep(0.05)
    tray.notify_pending()  # the default: counts only
    for _ in range(30):
        app.processEvents()
        time.sleep(0.05)
    screen(out / f"notification-{lang}.png", "700x260+700+0")
    preferences.save(preferences.NotifyPreferences(names=True))  # names, when the user allows
    tray.decider = type(tray.decider)()
    tray.show_listing(window.today_panel.listing)
    tray.notify_pending()
    for _ in range(30):
        app.processEvents()
        time.sleep(0.05)
    screen(out / f"notification-names-{lang}.png", "700x260+700+0")
    window.grab().save(str(out / f"today-{lang}.png"))
    window.today_panel.grab().save(str(out / f"today-panel-{lang}.png"))
    settings_sources(window, lang, out)
    geometry = tray.tray.geometry()
    print(f"{lang}: tray visible={tray.tray.isVisible()} at {geometry}, count={tray.count}")
    tray.menu.popup(geometry.bottomLeft() if geometry.isValid() else window.geometry().center())
    QTimer.singleShot(0, lambda: None)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.05)
    menu = tray.menu.geometry()
    screen(
        out / f"tray-menu-{lang}.png",
        f"{menu.width() + 40}x{menu.height() + 60}+{max(0, menu.x() - 20)}+{max(0, menu.y() - 50)}",
    )
    screen(out / f"screen-{lang}.png")
    tray.menu.hide()
    tray.tray.hide()
    window.close()
    app.processEvents()
    close_database()
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("today-shots"))
    parser.add_argument("--lang", choices=("en", "sv"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.lang is None:  # one process per language: Qt's translators and tray start clean
        for lang in ("en", "sv"):
            subprocess.run([sys.executable, __file__, "--out", str(args.out), "--lang", lang])
        return 0
    os.environ.pop("QT_QPA_PLATFORM", None)
    helpers = [
        subprocess.Popen(["dunst"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "pixel",
                "--width",
                "120",
                "--height",
                "28",
                "--SetDockType",
                "true",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    time.sleep(1.5)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["CLIENTFIT_DATA_DIR"] = tmp
            os.environ["XDG_CONFIG_HOME"] = tmp
            db_path = Path(tmp) / "clientfit.db"
            fill(db_path)
            shoot(db_path, args.lang, args.out)
    finally:
        for proc in helpers:
            proc.terminate()
            proc.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
