"""Client → Merge…: the chosen client and another that is the same company become one.

The dialog only asks which client to merge in and says what will happen; `store.merge` takes the
backup and moves every record in one transaction. The likeliest twins (same name apart from case,
accents and legal form) are listed first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from clientfit.intake.matching import fold_name
from clientfit.ui.client.forms import FormDialog


class MergeDialog(FormDialog):
    """Which client to merge into `keep_name`; OK runs `submit(other_client_id)`."""

    def __init__(
        self,
        keep_name: str,
        others: list[tuple[int, str]],
        submit: Callable[[int], object],
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Merge clients"), submit, parent)
        folded = fold_name(keep_name)
        ranked = sorted(others, key=lambda o: (fold_name(o[1]) != folded, o[1].casefold()))
        self.other_combo = QComboBox()
        for cid, name in ranked:
            self.other_combo.addItem(name, cid)
        self.add_row(self.tr("Merge in:"), self.other_combo)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.form.addRow(self.explain)
        self.other_combo.currentIndexChanged.connect(lambda _i: self._explain(keep_name))
        self._explain(keep_name)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(others))

    def _explain(self, keep_name: str) -> None:
        other = self.other_combo.currentText()
        self.explain.setText(
            self.tr(
                "Every contact, note, message, time entry, invoice and deliverable of “%1” moves "
                "to “%2”, and “%1” is removed. A backup is taken first, so this can be undone "
                "with File → Backups."
            )
            .replace("%1", other)
            .replace("%2", keep_name)
        )

    def values(self) -> int:
        return self.other_combo.currentData()
