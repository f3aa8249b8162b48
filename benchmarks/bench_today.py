"""The Today view and the tray's count at scale, with the scores already kept (issue 16).

Run by `run.py` (part "today") in a process of its own, offscreen Qt, on a copy of the portfolio:
    python benchmarks/bench_today.py --db portfolio.db [--rounds 5]

Set-up (not timed), a week of a busy freelancer's use on the generated portfolio: every tenth
client has a keep-in-touch interval of 30 days, 10 clients have an offboarding plan with a meeting,
the bands were recorded ten days ago as they are today except for every 50th scored client, which
was one band higher then (a drop to list), and the roster's scoring has run (it keeps the scores and
records today's bands, as the app's roster load does). The portfolio's own invoices decide how many
are overdue (the generator pays many of them 30-60 days late).

Timed, median of the rounds: the Today panel's `refresh()` until its `listed` signal - the list
read on a worker thread (plan dates, overdue invoices, band drops, keep-in-touch), then on the GUI
thread the model reset and the count - with a `TrayController` following it (its icon with the
count, tooltip and menu; the notice itself waits for the settle pause and is not counted). Beside
it, the GUI thread's part alone (`show_listing`: what the window is blocked for). Beside it, for information: the list alone (`core.today.today_list`),
and what `clientfit-cli today` does before listing (the kept scores read back and the bands
noted). The baseline column is the scoring rows' (stdlib sqlite3 counting messages per client),
timed in the same process, so a run on a loaded machine can be read against it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys

from benchlib import timed  # benchmarks/ is not a package

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from clientfit import offboarding as ob
    from clientfit.core import today as t
    from clientfit.health import score_portfolio
    from clientfit.store.database import close_database, db, open_database
    from clientfit.store.models import Client

    app = QApplication.instance() or QApplication([])
    open_database(args.db)
    at = t.today()
    week_ago = (at - dt.timedelta(days=10)).isoformat()
    scores = score_portfolio(at)  # keeps the scores, as the roster load does
    higher = {"watch": "healthy", "consider_ending": "watch"}
    marks = []
    for n, (cid, s) in enumerate(sorted(scores.items())):
        band = s.band.key
        if n % 50 == 0 and band in higher:
            band = higher[band]
        marks.append((cid, week_ago, band, s.score))
    with db.atomic():
        db.execute_sql("UPDATE client SET keep_in_touch_days = 30 WHERE id % 10 = 0")
        db.connection().executemany(
            "INSERT OR REPLACE INTO band_mark (client_id, day, band, score) VALUES (?, ?, ?, ?)",
            marks,
        )
    for client in Client.select().order_by(Client.id).limit(10):
        if ob.running_plan(client) is None:
            plan = ob.start_plan(client, "Benchmark.", on=at - dt.timedelta(days=2))
            ob.schedule_meeting(
                plan, dt.datetime.combine(at + dt.timedelta(days=3), dt.time(10)), "video"
            )
    scores = score_portfolio(at)  # the plans moved nothing kept; read back
    t.record_bands(scores, at)
    clients = Client.select().count()

    from clientfit.ui.today.panel import TodayPanel
    from clientfit.ui.tray.icon import TrayController

    class Window:  # what the tray needs of the main window
        def installEventFilter(self, _f) -> None:
            pass

    from PySide6.QtCore import QEventLoop

    panel = TodayPanel(lang="en", load=False)
    tray = TrayController(Window(), panel, notifier=None, parent=panel)

    def refreshed() -> None:  # asked, read on a worker thread, shown with the tray following
        loop = QEventLoop()
        panel.listed.connect(loop.quit)
        panel.refresh()
        loop.exec()
        panel.listed.disconnect(loop.quit)

    view = timed(refreshed, args.rounds)
    listing = panel.listing
    gui = timed(lambda: panel.show_listing(listing), args.rounds)  # the GUI thread's part
    kinds: dict[str, int] = {}
    for item in listing.items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    alone = timed(lambda: t.today_list(at, "en"), args.rounds)
    import sqlite3

    raw = sqlite3.connect(args.db)  # the scoring rows' baseline, for the load of this run
    baseline = timed(
        lambda: raw.execute(
            "SELECT client_id, COUNT(*) FROM message GROUP BY client_id"
        ).fetchall(),
        args.rounds,
    )
    raw.close()
    cli_prelude = timed(lambda: t.refresh_bands(at), args.rounds)
    close_database()
    app.processEvents()
    print(
        "clientfit-bench-json "
        + json.dumps(
            {
                "clients": clients,
                "view_s": view,
                "gui_s": gui,
                "list_s": alone,
                "cli_prelude_s": cli_prelude,
                "baseline_s": baseline,
                "items": len(listing.items),
                "due": listing.due_count,
                "tray_count": tray.count,
                "kinds": kinds,
                "median_view_ms": statistics.median(view) * 1000,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
