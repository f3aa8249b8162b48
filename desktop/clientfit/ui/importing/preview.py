"""The import dialog's preview: what an import would do, shown before anything is saved.

Per client: new or matched to one already stored, and how many of its records are new, updated
or already there; then counts per kind of record, the order the file's dates are read in and why,
the names that go to an existing client (and why: the same e-mail address, company domain or
name) or merge with another new one, and the records that could not be read.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientfit.intake import ImportSummary
from clientfit.ui.common.formatting import format_number
from clientfit.ui.common.plural import plural
from clientfit.ui.importing.by_client import ClientBreakdownModel
from clientfit.ui.importing.worker import SummaryModel


def count(n: int) -> str:
    """A count as the app's language writes it (37 500, 37,500)."""
    return format_number(int(n), 0)


class ImportPreview(QWidget):
    """Shows one `ImportSummary` (or nothing)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = SummaryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records by kind"))
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.client_model = ClientBreakdownModel(self)
        self.client_table = QTableView()
        self.client_table.setModel(self.client_model)
        self.client_table.setAccessibleName(self.tr("Records by client"))
        self.client_table.verticalHeader().hide()
        self.client_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.client_table.setAlternatingRowColors(True)
        header = self.client_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.client_model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.client_label = QLabel()

        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.dates.setAccessibleName(self.tr("Date order"))
        self.matched = QStringListModel(self)
        self.matched_view = self._list(self.matched, self.tr("Matched to existing clients"))
        self.matched_view.setWordWrap(True)
        self.matched_view.setUniformItemSizes(False)
        self.matched_label = QLabel()
        self.new_clients = QStringListModel(self)
        self.new_view = self._list(self.new_clients, self.tr("New clients"))
        self.problems = QStringListModel(self)
        self.problem_view = self._list(self.problems, self.tr("Records that could not be read"))
        self.new_label = QLabel()
        self.problem_label = QLabel()
        # the new clients are rows of the table by client; their list stays for callers
        self.new_view.hide()
        self.new_label.hide()
        lists = QVBoxLayout()
        lists.addWidget(self.problem_label)
        lists.addWidget(self.problem_view)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client_label)
        layout.addWidget(self.client_table, 6)
        layout.addWidget(self.table)
        layout.addWidget(self.dates)
        layout.addWidget(self.notes)
        layout.addWidget(self.matched_label)
        layout.addWidget(self.matched_view, 4)
        layout.addLayout(lists, 10)
        layout.addStretch(1)

    def _list(self, model: QStringListModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setWordWrap(False)
        return view

    def show_summary(self, summary: ImportSummary | None) -> None:
        self.model.set_summary(summary)
        lines = list(summary.clients) if summary else []
        self.client_model.set_rows(lines)
        created = sum(1 for line in lines if line.new)
        counts = [
            plural(created, self.tr("1 new"), self.tr("%1 new")) if created else "",
            plural(len(lines) - created, self.tr("1 matched"), self.tr("%1 matched"))
            if len(lines) > created
            else "",
        ]
        self.client_label.setText(
            self.tr("By client: %1").replace("%1", ", ".join(c for c in counts if c))
        )
        self.client_label.setVisible(bool(lines))
        self.client_table.setVisible(bool(lines))
        self._fit_client_table(len(lines))
        names = summary.new_clients if summary else []
        self.new_clients.setStringList(names)
        problems = [str(r) for r in summary.rejected] if summary else []
        self.problems.setStringList(problems)
        matches = list(summary.matched) if summary else []
        self.matched.setStringList(
            [
                (
                    self.tr("“%1” merges with “%2”, also new in this file (%3)")
                    if m.new
                    else self.tr("“%1” matched to existing client %2 (%3)")
                )
                .replace("%1", m.imported)
                .replace("%2", m.client)
                .replace("%3", m.reason)
                for m in matches
            ]
        )
        merged = sum(1 for m in matches if m.new)
        self.matched_label.setText(
            self.tr("Matched to existing clients: %1 · merged within the file: %2")
            .replace("%1", count(len(matches) - merged))
            .replace("%2", count(merged))
        )
        self.new_label.setText(self.tr("New clients: %1").replace("%1", count(len(names))))
        self.problem_label.setText(
            self.tr("Could not be read: %1").replace("%1", count(len(problems)))
        )
        for label, view, items in (
            (self.problem_label, self.problem_view, problems),
            (self.matched_label, self.matched_view, matches),
        ):
            label.setVisible(bool(items))
            view.setVisible(bool(items))
        self.dates.setText(summary.dates if summary else "")
        self.dates.setVisible(bool(summary and summary.dates))
        self._fit_table()
        notes = []
        if summary is not None:
            if summary.not_matched:
                notes.append(
                    self.tr("Messages that belong to no client (left out): %1").replace(
                        "%1", count(summary.not_matched)
                    )
                )
            if summary.drafts:
                notes.append(
                    self.tr("Draft invoices (left out): %1").replace("%1", count(summary.drafts))
                )
            if summary.cancelled:
                notes.append(
                    self.tr("Cancelled invoices (left out): %1").replace(
                        "%1", count(summary.cancelled)
                    )
                )
            notes.extend(summary.notes[:5])
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _fit_client_table(self, rows: int) -> None:
        """Up to eight clients without scrolling, then it scrolls; never a cut-off first row."""
        table = self.client_table
        table.resizeRowsToContents()
        shown = min(max(rows, 1), 8)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(min(rows, shown))) or (
            table.verticalHeader().defaultSectionSize()
        )
        table.setMinimumHeight(height if rows <= shown else 0)
        table.setMaximumHeight(height)

    def _fit_table(self) -> None:
        """As tall as its rows, no taller: the preview should not be mostly empty grid."""
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) or (
            self.table.verticalHeader().defaultSectionSize()
        )
        self.table.setFixedHeight(height)
