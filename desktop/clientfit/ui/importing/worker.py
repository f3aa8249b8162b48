"""The import dialog's background half: a worker on its own QThread, and the preview's table model.

The worker runs `intake.run_import` with a confirm step: once every record is staged inside the
transaction it emits `staged(summary)` and waits for the user's `decide(commit)`. Import commits;
Cancel (or closing the dialog) rolls back, so a preview costs one pass over the file and a
cancelled or failed import leaves the database exactly as it was. The worker thread closes its own
database connection when it is done (peewee keeps one per thread).
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal, Slot

from clientfit.intake import FormatError, ImportCancelled, ImportSummary, IntakeError, run_import


class ImportWorker(QObject):
    """Runs one import off the GUI thread; talk to it only through its signals and slots."""

    progressed = Signal(int, int)  # done, total (bytes, or files for a Maildir)
    staged = Signal(object)  # ImportSummary: everything read, waiting for decide()
    finished = Signal(object)  # ImportSummary: committed, or rolled back at the user's word
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, path: Path | str, kind: str = "auto"):
        super().__init__()
        self.path = Path(path)
        self.kind = kind
        self._cancel = threading.Event()
        self._decided = threading.Event()
        self._commit = False
        self._last_permille = -1

    # --- called from the GUI thread (thread-safe: events only) ---------------------------------

    def cancel(self) -> None:
        """Stop at the next batch, or drop the staged import; either way nothing is written."""
        self._cancel.set()
        self._decided.set()

    def decide(self, commit: bool) -> None:
        self._commit = commit
        self._decided.set()

    # --- the worker thread ---------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        from clientfit.store.database import db

        try:
            summary = run_import(
                self.path,
                self.kind,
                progress=self._progress,
                cancel=self._cancel.is_set,
                confirm=self._confirm,
            )
        except ImportCancelled:
            self.cancelled.emit()
        except (FormatError, IntakeError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown to the user, never swallowed
            self.failed.emit(f"{exc}\n\n{traceback.format_exc(limit=3)}")
        else:
            if self._cancel.is_set() and not summary.committed:
                self.cancelled.emit()
            else:
                self.finished.emit(summary)
        finally:
            if not db.is_closed():
                db.close()

    def _progress(self, done: int, total: int) -> None:
        permille = int(1000 * done / total) if total else 0
        if permille != self._last_permille:
            self._last_permille = permille
            self.progressed.emit(done, total)

    def _confirm(self, summary: ImportSummary) -> bool:
        if self._cancel.is_set():
            return False
        self.staged.emit(summary)
        self._decided.wait()
        return self._commit and not self._cancel.is_set()


class SummaryModel(QAbstractTableModel):
    """Per kind of record: how many are new, updated, already there."""

    COLUMNS = ("kind", "created", "updated", "skipped")
    KINDS = (
        "clients",
        "contacts",
        "contact_points",
        "messages",
        "time_entries",
        "invoices",
        "payments",
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, int]] = []

    def labels(self) -> dict[str, str]:
        return {
            "clients": self.tr("Clients"),
            "contacts": self.tr("Contacts"),
            "contact_points": self.tr("E-mail addresses and phones"),
            "messages": self.tr("Messages"),
            "time_entries": self.tr("Time entries"),
            "invoices": self.tr("Invoices"),
            "payments": self.tr("Payments"),
        }

    def set_summary(self, summary: ImportSummary | None) -> None:
        self.beginResetModel()
        self._rows = []
        if summary is not None:
            keys = [k for k in self.KINDS]
            keys += sorted({*summary.created, *summary.updated, *summary.skipped} - set(self.KINDS))
            for key in keys:
                row = (key, summary.created[key], summary.updated[key], summary.skipped[key])
                if any(row[1:]):
                    self._rows.append(row)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Records"), self.tr("New"), self.tr("Updated"), self.tr("Already there"))[
            section
        ]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.labels().get(row[0], row[0])
            return QLocale().toString(row[col]) if row[col] else "–"
        if role == Qt.ItemDataRole.UserRole:
            return row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
