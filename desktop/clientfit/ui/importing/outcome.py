"""What an import saves (or saved) and what it does not, in exact counts, for the dialog's status
line: "4 records to save, 1 new client, 1 left out". Records already there, left out (mail of no
client, drafts, cancelled invoices) and those that could not be read are each named; clients are
counted apart from their records. Never a total of what was read presented as what was imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientfit.intake import ImportSummary
from clientfit.ui.common.plural import plural


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportOutcome", text)


def outcome_text(summary: ImportSummary, *, staged: bool) -> str:
    """The counts of a staged (previewed) or committed import, comma-separated."""
    saved = summary.saved() - summary.created["clients"] - summary.updated["clients"]
    if staged:
        parts = [plural(saved, _t("1 record to save"), _t("%1 records to save"))]
    else:
        parts = [plural(saved, _t("Imported 1 record"), _t("Imported %1 records"))]
    new_clients = summary.created["clients"]
    if new_clients:
        parts.append(plural(new_clients, _t("1 new client"), _t("%1 new clients")))
    there = sum(summary.skipped.values())
    if there:
        parts.append(plural(there, _t("1 already there"), _t("%1 already there")))
    left_out = summary.left_out_total() - summary.rejected.total
    if left_out:
        parts.append(plural(left_out, _t("1 left out"), _t("%1 left out")))
    bad = summary.rejected.total
    if bad:
        parts.append(plural(bad, _t("1 could not be read"), _t("%1 could not be read")))
    return ", ".join(parts)
