"""Finishing a plan asks for the end date the client is archived with (default: today or the last
working day, whichever is earlier); nothing is deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from clientfit.ui.common.formatting import DAY_EDIT_FORMAT
from clientfit.ui.offboarding.step_page import pydate, qdate


class EndDateDialog(QDialog):
    def __init__(self, default: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finish the plan"))
        form = QFormLayout(self)
        text = QLabel(
            self.tr(
                "The client will be archived with this end date. Nothing is deleted; you can "
                "restore the client later."
            )
        )
        text.setWordWrap(True)
        form.addRow(text)
        self.date = QDateEdit(qdate(default))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DAY_EDIT_FORMAT)
        self.date.setAccessibleName(self.tr("End date"))
        form.addRow(self.tr("End date:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def ask_end_date(parent: QWidget, default: dt.date) -> dt.date | None:
    """The end date the user confirms, or None when cancelled."""
    dialog = EndDateDialog(default, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return pydate(dialog.date.date())
