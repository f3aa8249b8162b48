"""The import preview's table per client: new or matched, and its records new, updated, already
there (rows are `intake.byclient.ClientLine`s)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from clientfit.ui.common.formatting import format_number
from clientfit.ui.common.record_model import Column, RecordModel

CONTEXT = "ClientBreakdownModel"
NEW = QT_TRANSLATE_NOOP("ClientBreakdownModel", "New client")
MATCHED = QT_TRANSLATE_NOOP("ClientBreakdownModel", "Matched")


def _count(n: int) -> str:
    return format_number(n, 0) if n else "–"


def _status(line) -> str:
    return QCoreApplication.translate(CONTEXT, NEW if line.new else MATCHED)


class ClientBreakdownModel(RecordModel):
    """One row per client the import touches."""

    COLUMNS = (
        Column(CONTEXT, "Client", lambda c: c.name, sort=lambda c: c.name.casefold()),
        Column(CONTEXT, "Status", _status, sort=lambda c: not c.new),
        Column(CONTEXT, "New", lambda c: _count(c.created), sort=lambda c: c.created, align_right=True),
        Column(CONTEXT, "Updated", lambda c: _count(c.updated), sort=lambda c: c.updated, align_right=True),
        Column(CONTEXT, "Already there", lambda c: _count(c.skipped), sort=lambda c: c.skipped, align_right=True),
    )  # fmt: skip

    def __init__(self, parent: QObject | None = None):
        super().__init__(self.COLUMNS, parent)
