"""Filtering and sorting the roster at 10,000 clients: the real main window against a naive proxy.

Runs in its own process (offscreen Qt): opens the portfolio in `MainWindow`, waits for the full
roster, then types "client 12" into the search field one key at a time and deletes it again, and
clicks every column header twice (both orders). Each keystroke or click is timed until Qt has
processed what it caused, repaint included, with no background work running (the timing
starts once the roster is loaded, the worker threads are idle and the window is active). The baseline is what the issue calls naive: a stock
`QSortFilterProxyModel` (filterRegularExpression, a sort role) over a plain Python
`QAbstractTableModel` of the same rows, in a view set up like the roster's.

    python benchmarks/bench_roster.py --db PATH [--rounds 3]     (prints JSON results)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

TYPED = "client 12"
# PySide6 6.12.0 on Python < 3.12: every QCoreApplication.processEvents() call from Python drops one
# reference to None without taking it ("Fatal Python error: none_dealloc" after ~10,000 calls).
# pyproject.toml pins PySide6 below 6.12 on Python < 3.12; should a venv still have it, these references keep None
# (and, to be safe, the bools) alive. (Python 3.12+: they are immortal.)
_PINNED = [None, True, False] * 1_000_000
KEY_ROLE = Qt.ItemDataRole.UserRole + 50


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class NaiveModel(QAbstractTableModel):
    """A plain Python table model: display strings and simple sort keys, nothing precomputed."""

    def __init__(self, headers: list[str], display: list[list[str]], keys: list[list[object]]):
        super().__init__()
        self.headers, self.display, self.keys = headers, display, keys

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.display)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display[index.row()][index.column()]
        if role == KEY_ROLE:
            return self.keys[index.row()][index.column()]
        return None


def settle(app: QApplication) -> None:
    """Let Qt finish what the last input caused: posted events, layout, the repaint."""
    app.processEvents()
    app.processEvents()


def timed_input(app: QApplication, action) -> float:
    start = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - start) * 1000


def type_and_delete(app: QApplication, line: QLineEdit) -> list[float]:
    """ms per keystroke: TYPED one character at a time, then Backspace back to empty."""
    times = [timed_input(app, lambda ch=ch: QTest.keyClicks(line, ch)) for ch in TYPED]
    times += [timed_input(app, lambda: QTest.keyClick(line, Qt.Key.Key_Backspace)) for _ in TYPED]
    assert line.text() == ""
    return times


def click_header(app: QApplication, view: QTableView, column: int) -> float:
    header = view.horizontalHeader()
    header.setSectionHidden(column, False)  # a narrow window sets Status / Last contact aside
    view.horizontalScrollBar().setValue(header.sectionPosition(column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    pos = QPoint(x, header.height() // 2)
    ms = timed_input(
        app,
        lambda: QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
        ),
    )
    assert header.sortIndicatorSection() == column, "the click did not sort"
    return ms


def ready_for_input(app: QApplication, window: QWidget, view: QTableView) -> None:
    """Make `window` the active window, as it is when someone types or clicks in it, and create
    the harness's own Qt objects once. Otherwise the first timed input paid for activating the
    window (a repaint of all of it) and for PySide's first use of QTest and the header calls."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 2000)
    header = view.horizontalHeader()
    header.sectionViewportPosition(0)
    header.sectionSize(0)
    QTest.mouseMove(header.viewport(), QPoint(1, 1))
    settle(app)


def wait_loaded(app: QApplication, window) -> None:
    deadline = time.monotonic() + 600
    while window.loading and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    if window.loading:
        raise RuntimeError("the roster did not load within 10 minutes")
    settle(app)


def naive_window(window) -> tuple[QWidget, QLineEdit, QTableView, int]:
    """The naive baseline over the same rows as `window.model`, in a view set up like the roster's."""
    from clientfit.ui.roster.model import RosterModel

    model: RosterModel = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    display, keys = [], []
    for n in range(model.rowCount()):
        r = model.row_at(n)
        display.append([model.data(model.index(n, c)) for c in range(len(headers))])
        keys.append(
            [
                r.name.casefold(),
                r.status,
                -1 if r.score is None else r.score,
                r.last_contact.isoformat() if r.last_contact else "",
                float(r.outstanding),
            ]
        )
    naive = NaiveModel(headers, display, keys)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(naive)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortRole(KEY_ROLE)
    widget = QWidget()
    line = QLineEdit()
    line.textChanged.connect(proxy.setFilterRegularExpression)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    ours, theirs = window.table.horizontalHeader(), view.horizontalHeader()
    theirs.setResizeContentsPrecision(ours.resizeContentsPrecision())
    for c in range(len(headers)):
        theirs.setSectionResizeMode(c, ours.sectionResizeMode(c))
    layout = QVBoxLayout(widget)
    layout.addWidget(line)
    layout.addWidget(view)
    widget._keep = (naive, proxy)  # type: ignore[attr-defined]
    widget.resize(window.table.width() + 20, window.table.height() + line.height() + 20)
    return widget, line, view, len(headers)


def run(db: str, rounds: int) -> dict:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from clientfit.store.database import open_database
    from clientfit.ui.roster.model import RosterModel
    from clientfit.ui.window.main_window import MainWindow

    open_database(db)
    start = time.perf_counter()
    window = MainWindow(db_path=db)
    window.show()
    wait_loaded(app, window)
    load_s = time.perf_counter() - start
    # selecting the first client starts the client view's own work (its health score) on worker
    # threads; typing into a busy app measures the contention, not the roster: wait for quiet
    from clientfit.ui.common.tasks import wait_for_background

    wait_for_background(600_000)
    settle(app)
    idle_s = time.perf_counter() - start
    ready_for_input(app, window, window.table)
    rows = window.model.rowCount()
    counter = PaintCounter()
    window.table.viewport().installEventFilter(counter)
    columns = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    window.roster_fit.natural.clear()  # every column is clicked: none steps aside meanwhile

    ours_typing = [type_and_delete(app, window.search) for _ in range(rounds)]
    assert counter.count > 0, "the roster never repainted"
    ours_sort: dict[str, list[float]] = {name: [] for name in columns}
    for _ in range(rounds):
        for c, name in enumerate(columns):
            ours_sort[name] += [
                click_header(app, window.table, c),
                click_header(app, window.table, c),
            ]
    # the synchronous part alone (model, proxy and the view's bookkeeping; no event processing, no
    # repaint): what the filter and the sort cost by themselves
    proxy = window.proxy
    model_filter = []
    for n in range(1, len(TYPED) + 1):
        t = time.perf_counter()
        proxy.set_search(TYPED[:n])
        model_filter.append((time.perf_counter() - t) * 1000)
    proxy.set_search("")
    model_sort = {}
    for c, name in enumerate(columns):
        t = time.perf_counter()
        window.model.sort(c, Qt.SortOrder.DescendingOrder)
        model_sort[name] = (time.perf_counter() - t) * 1000
    window.model.sort(RosterModel.NAME)
    window.hide()
    settle(app)

    naive, line, view, ncols = naive_window(window)
    naive.show()
    settle(app)
    ready_for_input(app, naive, view)
    naive_typing = type_and_delete(app, line)
    naive_sort = {name: [click_header(app, view, c)] for c, name in enumerate(columns[:ncols])}
    naive.hide()

    def worst_keystroke(series: list[list[float]]) -> float:
        per_key = [statistics.median(k) for k in zip(*series, strict=True)]
        return max(per_key)

    return {
        "rows": rows,
        "load_s": load_s,
        "idle_s": idle_s,
        "typed": TYPED,
        "filter": {
            "clientfit_ms": worst_keystroke(ours_typing),
            "naive_ms": max(naive_typing),
            "clientfit_all_ms": ours_typing,
            "naive_all_ms": naive_typing,
            "synchronous_ms": model_filter,
        },
        "sort": {
            name: {
                "clientfit_ms": max(
                    statistics.median(ours_sort[name][0::2]),
                    statistics.median(ours_sort[name][1::2]),
                ),
                "naive_ms": max(naive_sort[name]),
                "clientfit_all_ms": ours_sort[name],
                "synchronous_ms": model_sort[name],
            }
            for name in columns[:ncols]
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    result = run(args.db, args.rounds)
    print("clientfit-bench-json " + json.dumps(result), flush=True)
    sys.stderr.flush()
    os._exit(0)  # no teardown: PySide6's refcount slips can crash the interpreter on its way out


if __name__ == "__main__":
    sys.exit(main())
