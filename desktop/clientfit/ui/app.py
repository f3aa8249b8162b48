"""`clientfit`: start the app - Qt application, translations, the database, first-start demo offer."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# isort: off
# The Qt-free modules the first paint needs come before Qt: once PySide6 is imported, it reads the
# source of every module imported after it (shiboken's __feature__ check), peewee's 8,000 lines
# and the standard library's included - a visible share of the cold start (benchmarks/RESULTS.md).
import clientfit.health.bands
import clientfit.store.database
import clientfit.store.lock
import clientfit.store.settings  # noqa: F401

# isort: on
from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from clientfit import APP_ID, APP_NAME, __version__

FIRST_START_KEY = "app.first_start_done"
# What --exit-after prints on stdout when it quits (scripts, the packaging smoke test, benchmarks).
EXIT_MARKERS = {
    "first-paint": "clientfit: first paint",
    "roster-loaded": "clientfit: roster loaded",
}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="clientfit", description="Open the Clientfit app.")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $CLIENTFIT_DB or the user's data folder)",
    )
    parser.add_argument(
        "--no-demo-offer",
        action="store_true",
        help="do not offer the demo portfolio when the database is empty",
    )
    parser.add_argument(
        "--exit-after",
        choices=sorted(EXIT_MARKERS),
        help="quit once the main window has painted (first-paint) or its roster has its scores "
        "and money (roster-loaded), printing a line on stdout: to check that the app starts",
    )
    parser.add_argument(
        "--exit-after-first-paint",
        dest="exit_after",
        action="store_const",
        const="first-paint",
        help="the same as --exit-after first-paint",
    )
    return parser.parse_args(argv)


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The window icon from the PNGs packaging/make_icons.py renders (no SVG plugin needed)."""
    from clientfit.resources import resource

    icon = QIcon()
    folder = resource("icons")  # looked up once, not per size
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(folder / f"clientfit-{size}.png"), QSize(size, size))
    return icon


def offer_demo(parent) -> bool:
    """On first start with an empty database, offer the demo portfolio. True when it was loaded.

    A database with clients has had its first start: that is remembered too, so later starts
    (before the first paint) look at one setting and never load the demo module."""
    from clientfit.store.settings import get_setting, set_setting

    if get_setting(FIRST_START_KEY, False):
        return False
    from clientfit.store import demo

    if not demo.is_empty():
        if not getattr(parent, "read_only", False):
            set_setting(FIRST_START_KEY, True)
        return False
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("App", "Welcome to Clientfit"))
    box.setText(QCoreApplication.translate("App", "Your client roster is empty."))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Would you like to look around with a demo portfolio of eight freelance clients "
            "(some of them clearly trouble), or start with an empty roster? While the roster is "
            "empty, File → Load Demo Portfolio… loads the demo later.",
        )
    )
    load = box.addButton(
        QCoreApplication.translate("App", "Load the demo portfolio"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("App", "Start empty"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(load)
    box.exec()
    set_setting(FIRST_START_KEY, True)
    if box.clickedButton() is load:
        demo.load_demo()
        return True
    return False


def exit_after(app: QApplication, window, when: str) -> None:
    """--exit-after: print EXIT_MARKERS["first-paint"] once the main window's first paint is
    done (children included), and quit - or, for "roster-loaded", wait for the full roster
    (scores, money), print its line too, and quit."""

    def finish() -> None:
        print(EXIT_MARKERS["roster-loaded"], flush=True)
        app.quit()

    def painted() -> None:
        print(EXIT_MARKERS["first-paint"], flush=True)
        if when == "first-paint":
            app.quit()
        elif window.roster_loading:
            window.roster_loaded.connect(finish)
        else:
            finish()

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, painted)  # after the whole paint pass, children included
            return False

    window._exit_filter = FirstPaint(window)
    window.installEventFilter(window._exit_filter)


def after_first_paint(window, instance, db_path) -> None:
    """What can wait until the window is on screen: the wheel guard, answering second starts,
    automatic backups.

    Runs once, after the first paint or at the latest a few seconds after the start (a window
    started minimised may not paint)."""
    if getattr(window, "auto_backups", None) is not None:
        return
    from clientfit.ui.common.wheel_guard import install_wheel_guard

    install_wheel_guard(QApplication.instance())  # no value changes under a wheel scrolling past
    from clientfit.store.engines import is_postgres

    if is_postgres():  # the server keeps its own integrity; its backups are pg_dump's (README)
        from clientfit.store.database import db
        from clientfit.ui.window.live_refresh import start_for

        instance.listen()
        window.auto_backups = False
        window.live_refresh = start_for(window, db.database)  # others' edits within seconds
        return
    from clientfit.ui.backups.dialog import AutoBackups
    from clientfit.ui.window.integrity_guard import IntegrityGuard
    from clientfit.ui.window.single_instance import bring_forward

    # quick_check now, holding writes until it passes (the cold start did not pay for it)
    window.integrity_guard = IntegrityGuard(db_path, window, getattr(window, "read_only", False))
    window.integrity_guard.start()
    instance.listen()
    instance.activation_requested.connect(lambda: bring_forward(window))
    window.auto_backups = AutoBackups(db_path, window)
    window.auto_backups.failed.connect(
        lambda error: window.statusBar().showMessage(
            QCoreApplication.translate("App", "The automatic backup failed: {error}").replace(
                "{error}", error
            )
        )
    )
    window.auto_backups.start()  # now, then every 30 minutes (store.backup.auto_backup decides)
    from clientfit.ui.tray.icon import install_tray

    install_tray(window)  # the count of due items in the tray, and the notifications


def offer_local_database(problem: str) -> bool:
    """The server cannot be reached: say why, and offer the database on this computer instead."""
    answer = QMessageBox.question(
        None,
        APP_NAME,
        problem
        + "\n\n"
        + QCoreApplication.translate("App", "Open the database on this computer instead?"),
    )
    return answer == QMessageBox.StandardButton.Yes


def default_local_db():
    from clientfit.paths import data_dir

    return data_dir() / "clientfit.db"


def ask_passphrase(attempt: int) -> str | None:
    """An encrypted database whose key is not in the keyring: the passphrase (three tries)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    label = QCoreApplication.translate("App", "Your data is encrypted. Passphrase:")
    if attempt > 1:
        label = QCoreApplication.translate("App", "That was not right. Passphrase:")
    text, ok = QInputDialog.getText(None, APP_NAME, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    app = make_application(argv)
    from clientfit.ui.common.restart import start_again_if_requested, wait_for_previous_instance

    wait_for_previous_instance()  # started by Restart Now: the old window lets go of the database
    import os

    from clientfit.paths import default_db_path
    from clientfit.store.database import DatabaseError, open_database
    from clientfit.ui.common.database_choice import stored_url

    # --db, else CLIENTFIT_DB, else the server chosen under Settings → Database, else the file
    stored = None if os.environ.get("CLIENTFIT_DB") else stored_url()
    path = args.db or stored or str(default_db_path())
    from clientfit.store.engines import is_url, local_stand_in

    server = is_url(path)  # a PostgreSQL database: no file of ours to lock, check or copy
    if server:
        try:
            open_database(path)  # is the server there? (opened again below, under the lock)
        except DatabaseError as exc:
            if not offer_local_database(str(exc)):
                return 2
            path, server = str(default_local_db()), False
    from clientfit.ui.window.single_instance import Outcome, SingleInstance

    # one Clientfit per database (on a server: per user and machine); the CLI reads this lock
    instance = SingleInstance(local_stand_in(path) if server else path, app)
    # the wake-up socket (and QtNetwork) after the first paint: a second start retries meanwhile
    outcome = instance.acquire(listen=False)
    if outcome is Outcome.ACTIVATED:
        return 0  # the Clientfit that has this database came forward instead
    if outcome is Outcome.IN_USE:
        QMessageBox.warning(None, APP_NAME, instance.in_use_text())
        return 1
    from clientfit.store.lock import DatabaseInUse, IdentityLock

    identity = IdentityLock()  # the file itself, under any name (a hard link): held until exit
    try:
        if not server:
            identity.acquire(path)
        result = open_database(path, ask_passphrase=ask_passphrase)
        if not identity.held and not server:
            identity.acquire(result.path)  # a new database has an identity only now
    except DatabaseInUse as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        return 1
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2

    from clientfit.ui.common.translations import apply_language

    apply_language(app)  # the stored language choice, before any window is built
    from clientfit.ui.common.theme import apply_theme

    apply_theme(app)  # the stored appearance (system, light or dark)

    from clientfit.ui.window.main_window import MainWindow

    window = MainWindow(db_path=str(result.path))
    window.identity_lock = identity
    window.read_only = result.read_only
    if result.read_only:
        from clientfit.ui.window.integrity_guard import show_read_only_banner

        show_read_only_banner(window, result.path)
    window.first_painted.connect(lambda: after_first_paint(window, instance, result.path))
    QTimer.singleShot(3000, window, lambda: after_first_paint(window, instance, result.path))
    if result.migrated_from is not None:
        QMessageBox.information(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "Your database was upgraded to this version of Clientfit. A backup of the old one is at:\n{path}",
            ).replace("{path}", str(result.backup)),
        )
    if args.exit_after:
        exit_after(app, window, args.exit_after)
    window.show()
    if not args.no_demo_offer and offer_demo(window):
        window.refresh()
    code = app.exec()
    start_again_if_requested(app)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
