"""Offboarding step 5: the message draft, with exactly one reason, checked as it is written."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
)

from clientfit.offboarding import check_draft, templates
from clientfit.offboarding.drafts import draft_stats
from clientfit.offboarding.views import PlanView
from clientfit.ui.common.dialogs import confirm
from clientfit.ui.offboarding.step_page import StepPage, wrap_label

LANGUAGE_NAMES = (("en", "English"), ("sv", "Svenska"))  # endonyms: not translated


class MessagePage(StepPage):
    template_requested = Signal(str, str)  # template key, language
    message_saved = Signal(str, str)  # text, language

    def __init__(self, ui_lang: str, parent=None):
        super().__init__(
            self.tr("5. Message"),
            self.tr(
                "Keep it short and give one reason, such as “I no longer believe my services "
                "meet your needs.” The more you explain, the more you open the door to an argument."
            ),
            parent,
        )
        self.ui_lang = ui_lang
        form = QFormLayout()
        row = QHBoxLayout()
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Message language"))
        for code, name in LANGUAGE_NAMES:
            self.lang.addItem(name, code)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Message template"))
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.use = QPushButton(self.tr("Use this template"))
        self.use.clicked.connect(self._use)
        self.lang.currentIndexChanged.connect(self._fill_templates)
        row.addWidget(self.lang)
        row.addWidget(self.template, 1)
        row.addWidget(self.use)
        form.addRow(self.tr("Template:"), row)
        self.layout_.addLayout(form)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Message draft"))
        self.layout_.addWidget(self.editor, 1)
        self.counts = wrap_label(name=self.tr("Draft length"))
        self.warnings = wrap_label(bold=True, name=self.tr("Draft warnings"))
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.warnings)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save the draft"))
        self.save.clicked.connect(self._save)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.clicked.connect(self._copy)
        buttons.addWidget(self.save)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._timer.start)
        self._saved_text = ""
        self._custom = False
        self._fill_templates()

    def _fill_templates(self) -> None:
        current = self.template.currentData()
        self.template.clear()
        for t in templates(self.message_lang()):
            self.template.addItem(t.label, t.key)
        index = self.template.findData(current)
        self.template.setCurrentIndex(max(0, index))

    def message_lang(self) -> str:
        return self.lang.currentData() or "en"

    def _use(self) -> None:
        """Replace the draft with the template; asks first when that would lose the user's words."""
        if (self._custom or self.is_modified()) and not self.ask_replace():
            return
        self.template_requested.emit(self.template.currentData() or "", self.message_lang())

    def ask_replace(self) -> bool:
        """Replaceable in tests (an attribute), as every question the dialog asks."""
        return confirm(
            self,
            self.tr("Use this template"),
            self.tr("Replace your own text with the template? Your edits will be lost."),
        )

    def _save(self) -> None:
        self.message_saved.emit(self.editor.toPlainText(), self.message_lang())

    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.editor.toPlainText())

    def is_modified(self) -> bool:
        return self.editor.toPlainText().strip() != self._saved_text.strip()

    def check_now(self) -> None:
        """Warn live: several reasons, lists, too many sentences or words (the domain checker)."""
        text = self.editor.toPlainText()
        stats = draft_stats(text)
        self.counts.setText(
            self.tr("%1 words, %2 sentences.")
            .replace("%1", str(stats.words))
            .replace("%2", str(stats.sentences))
        )
        found = check_draft(text, self.ui_lang)
        self.warnings.setText("\n".join(f"⚠ {w.message}" for w in found))
        self.warnings.setVisible(bool(found))

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        message = view.message
        index = self.lang.findData(message.lang)
        self.lang.blockSignals(True)
        self.lang.setCurrentIndex(max(0, index))
        self.lang.blockSignals(False)
        self._fill_templates()
        if message.template_key:
            self.template.setCurrentIndex(max(0, self.template.findData(message.template_key)))
        self._saved_text = message.text
        self._custom = message.custom
        self.editor.setPlainText(message.text)
        running = view.status == "running"
        self.editor.setReadOnly(not running)
        for w in (self.use, self.save, self.template, self.lang):
            w.setEnabled(running)
        self.check_now()
