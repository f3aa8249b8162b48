"""The settings dialog's Phrases page: the user's own phrases that flag a client's messages.

The built-in lists (English and Swedish, `common.phrases`) are shown for reference and always
used; what the user types here is added to them. Saving new phrases changes the reading rules'
version, so the dialog has the imported mail sources read again in the background.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientfit.common.phrases import KINDS, Phrases, builtin_phrases, own_phrases, save_own_phrases
from clientfit.ui.common.layouts import scroll_body


class PhrasesPage(QWidget):
    """`changed` is True after `save()` stored different phrases than before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrases_page")
        self.setAccessibleName(self.tr("Phrases in messages"))
        self.changed = False
        intro = QLabel(
            self.tr(
                "Clientfit reads the new text of each imported message (quoted replies and "
                "signatures left out) and looks for these phrases, in English and Swedish. The "
                "built-in phrases are always used; add your own below, one per line. Only the "
                "flags and a short excerpt are kept, never the message itself."
            )
        )
        intro.setWordWrap(True)
        titles = {
            "change_request": self.tr("Asks for changes"),
            "not_quite": self.tr("Says \u201cnot quite\u201d"),
            "urgent": self.tr("Urgent"),
        }
        builtin = builtin_phrases()
        self.edits: dict[str, QPlainTextEdit] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        for kind in KINDS:
            box = QGroupBox(titles[kind])
            grid = QGridLayout(box)
            shown = QLabel(self.tr("Built in: %1").replace("%1", ", ".join(getattr(builtin, kind))))
            shown.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(self.tr("Your own phrases: %1").replace("%1", titles[kind]))
            edit.setPlaceholderText(self.tr("Your own phrases, one per line"))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(52)
            edit.setMaximumHeight(78)
            grid.addWidget(shown, 0, 0)
            grid.addWidget(edit, 1, 0)
            self.edits[kind] = edit
            layout.addWidget(box)
        layout.addStretch(1)
        scroll_body(self, body)
        self.show_phrases(own_phrases())

    def title(self) -> str:
        return self.tr("&Phrases")

    def show_phrases(self, phrases: Phrases) -> None:
        for kind, edit in self.edits.items():
            edit.setPlainText("\n".join(getattr(phrases, kind)))

    def phrases(self) -> Phrases:
        return Phrases(
            **{kind: tuple(edit.toPlainText().splitlines()) for kind, edit in self.edits.items()}
        )

    def save(self) -> None:
        self.changed = save_own_phrases(self.phrases())

    def restore_defaults(self) -> None:
        self.show_phrases(Phrases())
