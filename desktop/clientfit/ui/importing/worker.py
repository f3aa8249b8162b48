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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot

from clientfit.intake import FormatError, ImportCancelled, ImportSummary, IntakeError, run_import
from clientfit.ui.common.formatting import format_number
from clientfit.ui.common.record_model import Column, RecordModel


class ImportWorker(QObject):
    """Runs one import off the GUI thread; talk to it only through its signals and slots."""

    progressed = Signal(int, int)  # done, total (bytes, or files for a Maildir)
    staged = Signal(object)  # ImportSummary: everything read, waiting for decide()
    finished = Signal(object)  # ImportSummary: committed, or rolled back at the user's word
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, path: Path | str, kind: str = "auto", date_order: str | None = None):
        super().__init__()
        self.path = Path(path)
        self.kind = kind
        self.date_order = date_order
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
                date_order=self.date_order,
                date_order_how="dialog",
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


SUMMARY = "SummaryModel"  # translation context of the table's texts
KIND_LABELS = {
    "clients": QT_TRANSLATE_NOOP("SummaryModel", "Clients"),
    "contacts": QT_TRANSLATE_NOOP("SummaryModel", "Contacts"),
    "contact_points": QT_TRANSLATE_NOOP("SummaryModel", "E-mail addresses and phones"),
    "messages": QT_TRANSLATE_NOOP("SummaryModel", "Messages"),
    "time_entries": QT_TRANSLATE_NOOP("SummaryModel", "Time entries"),
    "invoices": QT_TRANSLATE_NOOP("SummaryModel", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("SummaryModel", "Payments"),
    "notes": QT_TRANSLATE_NOOP("SummaryModel", "Notes"),
}


def _count(n: int) -> str:
    return format_number(n, 0) if n else "–"


class SummaryModel(RecordModel):
    """Per kind of record: how many are new, updated, already there (rows: kind and counts)."""

    KINDS = tuple(KIND_LABELS)
    COLUMNS = (
        Column(
            SUMMARY,
            "Records",
            lambda row: (
                QCoreApplication.translate(SUMMARY, KIND_LABELS[row[0]])
                if row[0] in KIND_LABELS
                else row[0]
            ),
        ),
        Column(SUMMARY, "New", lambda row: _count(row[1]), sort=lambda row: row[1], align_right=True),
        Column(SUMMARY, "Updated", lambda row: _count(row[2]), sort=lambda row: row[2], align_right=True),
        Column(SUMMARY, "Already there", lambda row: _count(row[3]), sort=lambda row: row[3], align_right=True),
    )  # fmt: skip

    def __init__(self, parent: QObject | None = None):
        super().__init__(self.COLUMNS, parent)

    def set_summary(self, summary: ImportSummary | None) -> None:
        rows = []
        if summary is not None:
            keys = list(self.KINDS)
            keys += sorted({*summary.created, *summary.updated, *summary.skipped} - set(self.KINDS))
            for key in keys:
                row = (key, summary.created[key], summary.updated[key], summary.skipped[key])
                if any(row[1:]):
                    rows.append(row)
        self.set_rows(rows)
