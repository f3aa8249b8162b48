"""The screenshot set of issue 17: every window a user meets, in English and Swedish, to look at.

    .venv/bin/python scripts/screenshots.py --out /tmp/shots [--lang en sv] [--only main]

Runs offscreen (no display needed) on a throw-away database, home folder and QSettings, with the
demo portfolio loaded on a fixed day (`DAY`) and the clock held there, so two runs give the same
pictures. Beside the demo it adds a client with no records at all (the "not enough data" state).
Written into OUT, named `WHAT-LANG[-SIZE].png`:

- main-LANG-1366x768 (the longest demo client selected), main-LANG-1024x640, main-LANG-1920x1080,
  main-dark-LANG; client-tab-N-LANG (each tab of the client view);
- unknown-LANG (a client without enough data), empty-LANG (no clients), nomatch-LANG (a search
  that finds nobody);
- offboarding-N-LANG (every step of the wizard), pareto-LANG, settings-N-LANG (every page),
  help-guide-LANG, help-shortcuts-LANG, help-about-LANG, import-LANG (a preview), backups-LANG.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DAY = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)
LONGEST = "Kvarnström & Co Advokatbyrå"
ENDING = "Sundqvist Event & PR"  # an ending plan under way, for the offboarding steps
NEW_CLIENT = "Nyberg Design"
REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "intake" / "fixtures"


def settle(app, seconds: float = 0.3, until: Callable[[], bool] | None = None) -> None:
    """Let queued work run: `seconds`, or until `until()` holds (60 s at most)."""
    deadline = time.monotonic() + (60 if until else seconds)
    while time.monotonic() < deadline:
        app.processEvents()
        if until is not None and until():
            for _ in range(5):
                app.processEvents()
                time.sleep(0.02)
            return
        time.sleep(0.02)


class Shooter:
    """One app, one database; `shots` counts what was written."""

    def __init__(self, app, db_path: Path, out: Path, only: str | None) -> None:
        self.app, self.db_path, self.out, self.only = app, db_path, out, only
        self.shots: list[Path] = []

    def wanted(self, name: str) -> bool:
        return self.only is None or name.startswith(self.only)

    def save(self, widget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.shots.append(path)
        print(path.name, flush=True)

    def window(self, size=(1366, 768), select: str | None = LONGEST):
        from PySide6.QtCore import QSettings

        from clientfit.ui.window.main_window import MainWindow

        QSettings().clear()  # a first start: no size or split from the last shot
        window = MainWindow(db_path=str(self.db_path))
        window.resize(*size)
        window.show()
        settle(self.app, until=lambda: not window.loading)
        if select is not None:
            self.select(window, select)
        return window

    def select(self, window, name: str) -> None:
        client = next(
            window.model.row_at(r).id
            for r in range(window.model.rowCount())
            if window.model.row_at(r).name == name
        )
        window.select_client(client)
        settle(
            self.app,
            until=lambda: (
                window.client_view.client_id == client
                and not window.loading
                and not window.health_panel.loading
            ),
        )
        settle(self.app, 0.3)  # the deferred fits

    def modal(self, trigger: Callable[[], None], work: Callable[[object], None]) -> None:
        """Run `trigger` (which opens a modal dialog with exec()), call `work(dialog)` inside it,
        then close the dialog."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def inside() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(100, inside)
                return
            settle(self.app, 0.3)
            try:
                work(dialog)
            finally:
                dialog.reject()

        QTimer.singleShot(200, inside)
        trigger()


def fill(db_path: Path, *, demo: bool = True) -> None:
    from dataclasses import replace

    from clientfit import offboarding as ob
    from clientfit.health import config
    from clientfit.store import rates
    from clientfit.store.backup import backup_database
    from clientfit.store.clients import add_client, get_client
    from clientfit.store.database import close_database, open_database
    from clientfit.store.demo import load_demo
    from clientfit.store.settings import set_setting
    from clientfit.ui.app import FIRST_START_KEY

    open_database(db_path)
    set_setting(FIRST_START_KEY, True)
    if demo:
        load_demo()
        add_client(NEW_CLIENT)
        today = DAY.date()
        plan = ob.start_plan(
            get_client(ENDING),
            "Messages at night and a late payment every month.",
            on=today - dt.timedelta(days=5),
        )
        ob.schedule_meeting(
            plan, dt.datetime.combine(today + dt.timedelta(days=2), dt.time(10)), "phone"
        )
        rates.set_rate("EUR", "11.40", today - dt.timedelta(days=30))
        days_off = ((today + dt.timedelta(days=17)).isoformat(),)
        config.save_settings(replace(config.load_settings(), days_off=days_off))
        backup_database(db_path, reason="manual", now=DAY - dt.timedelta(days=1))
    close_database()


def main_shots(s: Shooter, lang: str) -> None:
    if s.wanted("main") or s.wanted("client"):
        window = s.window()
        s.save(window, f"main-{lang}-1366x768")
        view = window.client_view
        for n in range(view.tabs.count()):
            view.tabs.setCurrentIndex(n)
            settle(s.app, 0.2)
            s.save(window, f"client-tab-{n + 1}-{lang}")
        window.close()
    for size in ((1024, 640), (1920, 1080)):
        if s.wanted("main"):
            window = s.window(size)
            s.save(window, f"main-{lang}-{size[0]}x{size[1]}")
            window.close()


def state_shots(s: Shooter, lang: str) -> None:
    if s.wanted("unknown"):
        window = s.window(select=NEW_CLIENT)
        s.save(window, f"unknown-{lang}")
        window.close()
    if s.wanted("nomatch"):
        window = s.window()
        window.search.setText("zzz")
        settle(s.app, 0.5)
        s.save(window, f"nomatch-{lang}")
        window.close()


def dialog_shots(s: Shooter, lang: str) -> None:
    from clientfit.ui.window.help import getting_started_dialog, shortcuts_dialog

    window = s.window()
    if s.wanted("offboarding"):

        def steps(dialog) -> None:
            for n in range(dialog.steps.count()):
                dialog.go_to(n)
                settle(s.app, 0.3)
                s.save(dialog, f"offboarding-{n + 1}-{lang}")

        s.select(window, ENDING)
        s.modal(window.offboard_client, steps)
        s.select(window, LONGEST)
    if s.wanted("pareto"):
        window.show_pareto()
        pareto = window._pareto_window
        pareto.resize(1100, 640)
        settle(s.app, until=lambda: not pareto.view.loading)
        s.save(pareto, f"pareto-{lang}")
        pareto.close()
    if s.wanted("settings"):

        def pages(dialog) -> None:
            for n in range(dialog.page_list.count()):
                dialog.page_list.setCurrentRow(n)
                settle(s.app, 0.2)
                s.save(dialog, f"settings-{n + 1}-{lang}")

        s.modal(window.show_settings, pages)
    if s.wanted("help"):
        for name, make in (("guide", getting_started_dialog), ("shortcuts", shortcuts_dialog)):
            dialog = make(window)
            dialog.show()
            settle(s.app, 0.3)
            s.save(dialog, f"help-{name}-{lang}")
            dialog.close()
        s.modal(window.about, lambda d: s.save(d, f"help-about-{lang}"))
    if s.wanted("backups"):
        s.modal(window.show_backups, lambda d: s.save(d, f"backups-{lang}"))
    if s.wanted("import"):

        def preview(dialog) -> None:
            dialog.resize(760, 600)
            dialog.set_path(FIXTURES / "toggl.csv")
            settle(s.app, 0.3)
            dialog.start_preview()
            settle(s.app, until=lambda: dialog.import_button.isVisible() or not dialog.running)
            s.save(dialog, f"import-{lang}")
            dialog.cancel()
            settle(s.app, until=lambda: not dialog.running)

        s.modal(window.import_file, preview)
    window.close()


def dark_shots(s: Shooter, lang: str) -> None:
    from clientfit.ui.common.theme import apply_theme

    if not s.wanted("main-dark"):
        return
    apply_theme(s.app, "dark")
    window = s.window()
    s.save(window, f"main-dark-{lang}")
    window.close()
    apply_theme(s.app, "system")


def empty_shots(s: Shooter, lang: str, empty_db: Path) -> None:
    from clientfit.store.database import close_database, open_database

    if not s.wanted("empty"):
        return
    close_database()
    open_database(empty_db)
    before, s.db_path = s.db_path, empty_db
    window = s.window(select=None)
    s.save(window, f"empty-{lang}")
    window.close()
    close_database()
    open_database(before)
    s.db_path = before


def run(out: Path, langs: list[str], only: str | None) -> int:
    import time_machine

    work = Path(tempfile.mkdtemp(prefix="clientfit-shots-"))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = work / name.lower()
        folder.mkdir()
        os.environ[name] = str(folder)
    out.mkdir(parents=True, exist_ok=True)
    with time_machine.travel(DAY, tick=True):
        db_path, empty_db = work / "clientfit.db", work / "empty.db"
        fill(db_path)
        fill(empty_db, demo=False)
        from PySide6.QtCore import QSettings

        from clientfit.store.database import open_database
        from clientfit.ui.app import make_application
        from clientfit.ui.common.translations import apply_language

        app = make_application(["clientfit"])
        app.setOrganizationName("ClientfitScreenshots")
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "qsettings"))
        open_database(db_path)
        shooter = Shooter(app, db_path, out, only)
        for lang in langs:
            apply_language(app, lang)
            main_shots(shooter, lang)
            state_shots(shooter, lang)
            dialog_shots(shooter, lang)
            dark_shots(shooter, lang)
            empty_shots(shooter, lang, empty_db)
    print(f"{len(shooter.shots)} screenshots in {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", nargs="+", default=["en", "sv"], choices=["en", "sv"])
    parser.add_argument("--only", help="only the shots whose name starts with this")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if len(args.lang) == 1:
        return run(args.out, args.lang, args.only)
    # one process per language: a fresh app and database each, as a user would start it
    status = 0
    for lang in args.lang:
        command = [sys.executable, __file__, "--out", str(args.out), "--lang", lang]
        status |= subprocess.run(
            [*command, *(["--only", args.only] if args.only else [])]
        ).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
