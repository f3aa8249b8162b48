"""The offboarding dialog's page base and the small helpers every step page uses.

Each page shows a `PlanView` and asks for changes through signals; the dialog calls the domain
services and hands every page the fresh view. No page touches the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.offboarding.views import PlanView


def wrap_label(text: str = "", *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def make_table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fit_rows(table: QTableView, max_rows: int = 8) -> None:
    """Size a short table to its rows (no empty grey area), scrolling past `max_rows`."""
    table.resizeRowsToContents()
    rows = table.model().rowCount() if table.model() else 0
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    for row in range(min(rows, max_rows)):
        height += table.rowHeight(row)
    table.setFixedHeight(height)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class StepPage(QWidget):
    """A page: a heading, a short why (from the article), then its content."""

    def __init__(self, heading: str, why: str, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.heading = wrap_label(heading, bold=True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.why = wrap_label(why)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.why)

    def show_view(self, view: PlanView | None) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
