"""Settings → Appearance: the system's look, light or dark, applied the moment it is chosen.

Choosing previews the look at once; OK keeps it, Cancel goes back to the look the app had when
the dialog opened (`ui.common.theme` holds the palettes and the stored choice).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.ui.common.theme import THEMES, apply_theme, chosen_theme, set_chosen_theme


class AppearancePage(QWidget):
    stores_in_database = False  # kept in this computer's settings: open in a read-only file

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("appearance_page")
        names = {
            "system": self.tr("Like the rest of my computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        column = QVBoxLayout()
        for n, key in enumerate(THEMES):
            button = QRadioButton(names[key])
            button.setAccessibleName(self.tr("Appearance: %1").replace("%1", names[key]))
            self.group.addButton(button, n)
            self.buttons[key] = button
            column.addWidget(button)
        self._stored = chosen_theme()
        self.buttons[self._stored].setChecked(True)
        self.group.idToggled.connect(self._toggled)
        note = QLabel(
            self.tr(
                "The new look applies at once, to every open window. The health colours stay "
                "the same in both, so green, amber and red mean what they always mean."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Appearance:"), column)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def title(self) -> str:
        """The page's name in the settings dialog."""
        return self.tr("&Appearance")

    def choice(self) -> str:
        return THEMES[max(0, self.group.checkedId())]

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            apply_theme(QApplication.instance(), self.choice())

    def save(self) -> None:
        """Keep the look chosen (the settings dialog calls this on OK)."""
        if self.choice() != self._stored:
            set_chosen_theme(self.choice())
            self._stored = self.choice()

    def revert(self) -> None:
        """Cancel: the look stored before the dialog opened, again."""
        if self.choice() != self._stored:
            apply_theme(QApplication.instance(), self._stored)

    def restore_defaults(self) -> None:
        self.buttons["system"].setChecked(True)
