"""The cold-start baseline: a bare PySide6 window showing the portfolio's clients in a table.

A QMainWindow with one QTableView over a minimal Python table model: the client names read with
stdlib sqlite3 from the same database (10,000 rows, five columns), nothing else. It speaks the
app with `--exit-after first-paint`: prints "clientfit: first paint" after its first paint, then quits.

    python benchmarks/bare_window.py --db PATH [--rows N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class Table(QAbstractTableModel):
    HEADERS = ("Client", "Status", "Health", "Last contact", "Outstanding")

    def __init__(self, names: list[str]):
        super().__init__()
        self.names = names

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.names[index.row()] if index.column() == 0 else "-"
        return None


class FirstPaint(QObject):
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


def painted() -> None:
    print("clientfit: first paint", flush=True)
    QApplication.quit()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    con = sqlite3.connect(args.db)
    names = [n for (n,) in con.execute("SELECT name FROM client ORDER BY id LIMIT ?", (args.rows,))]
    con.close()
    names += [f"Row {i}" for i in range(len(names), args.rows)]
    window = QMainWindow()
    view = QTableView()
    view.setModel(Table(names))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    hook = FirstPaint(window)
    window.installEventFilter(hook)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
