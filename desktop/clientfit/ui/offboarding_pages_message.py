"""The offboarding dialog's pages 5 to 7: the message draft, the notice timeline, referrals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
)

from clientfit.offboarding import check_draft, templates
from clientfit.offboarding.drafts import draft_stats
from clientfit.offboarding.views import PlanView
from clientfit.ui.formatting import format_day
from clientfit.ui.offboarding_pages import StepPage, fit_rows, make_table, wrap_label

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
        self.template_requested.emit(self.template.currentData() or "", self.message_lang())

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
        self.editor.setPlainText(message.text)
        running = view.status == "running"
        self.editor.setReadOnly(not running)
        for w in (self.use, self.save, self.template, self.lang):
            w.setEnabled(running)
        self.check_now()


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("What"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        return format_day(entry.day) if index.column() == 0 else entry.label


class NoticePage(StepPage):
    notice_requested = Signal(int, object)  # days, deliverable id or None

    def __init__(self, parent=None):
        super().__init__(
            self.tr("6. Notice"),
            self.tr(
                "If the client relies on you for regular work, give it time to find someone new: "
                "30 days, the end of a larger deliverable, or whatever fits."
            ),
            parent,
        )
        form = QFormLayout()
        self.group = QButtonGroup(self)
        self.by_days = QRadioButton(self.tr("Days:"))
        self.by_deliverable = QRadioButton(self.tr("Until done:"))
        self.group.addButton(self.by_days, 0)
        self.group.addButton(self.by_deliverable, 1)
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Notice period in days"))
        self.deliverable = QComboBox()
        self.deliverable.setAccessibleName(self.tr("Deliverable that ends the notice"))
        form.addRow(self.by_days, self.days)
        form.addRow(self.by_deliverable, self.deliverable)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        self.apply = QPushButton(self.tr("Apply"))
        self.apply.clicked.connect(self._apply)
        row.addWidget(self.apply)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.note = wrap_label(name=self.tr("Notice note"))
        self.layout_.addWidget(self.note)
        self.model = TimelineModel(self)
        self.table = make_table(self.tr("Timeline"))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)
        self.layout_.addStretch(1)
        self.by_days.setChecked(True)

    def set_deliverables(self, rows: list[tuple[int, str]]) -> None:
        self.deliverable.clear()
        for did, text in rows:
            self.deliverable.addItem(text, did)
        self.by_deliverable.setEnabled(bool(rows))

    def _apply(self) -> None:
        deliverable = self.deliverable.currentData() if self.by_deliverable.isChecked() else None
        self.notice_requested.emit(self.days.value(), deliverable)

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        n = view.notice
        if n.mode == "deliverable":
            self.by_deliverable.setChecked(True)
            self.deliverable.setCurrentIndex(max(0, self.deliverable.findData(n.deliverable_id)))
        else:
            self.by_days.setChecked(True)
            self.days.setValue(n.days)
        self.note.setText(n.note or "")
        self.note.setVisible(bool(n.note))
        self.model.set_rows(n.timeline)
        self.table.resizeColumnToContents(0)
        fit_rows(self.table)
        self.apply.setEnabled(view.status == "running")


class ReferralModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Colleague"), self.tr("E-mail"), self.tr("Covers"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        match = self._rows[index.row()]
        return (match.name, match.email or "", ", ".join(match.matched))[index.column()]


class ReferralsPage(StepPage):
    def __init__(self, parent=None):
        super().__init__(
            self.tr("7. Referrals"),
            self.tr(
                "Unless the client was disrespectful, help it find a new solution: refer a "
                "colleague who could meet its needs, or say what kind of provider would fit better."
            ),
            parent,
        )
        self.note = wrap_label(bold=True, name=self.tr("Referral note"))
        self.layout_.addWidget(self.note)
        self.model = ReferralModel(self)
        self.table = make_table(self.tr("Colleagues to refer"))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)
        self.advice_title = wrap_label(self.tr("The kind of provider to suggest:"), bold=True)
        self.advice = wrap_label(name=self.tr("Provider advice"))
        self.layout_.addWidget(self.advice_title)
        self.layout_.addWidget(self.advice)
        self.finish_note = wrap_label(name=self.tr("Finishing"))
        self.layout_.addWidget(self.finish_note)
        self.layout_.addStretch(1)

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        ref = view.referrals
        self.note.setText(ref.note or "")
        self.note.setVisible(bool(ref.note))
        self.model.set_rows(ref.colleagues)
        self.table.setVisible(bool(ref.colleagues))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_rows(self.table)
        self.advice.setText("\n".join(f"• {a}" for a in ref.advice))
        self.advice_title.setVisible(bool(ref.advice))
        self.advice.setVisible(bool(ref.advice))
        if view.status == "finished":
            self.finish_note.setText(
                self.tr("Finished on %1: the client is archived.").replace(
                    "%1", format_day(view.finished_on)
                )
            )
        else:
            self.finish_note.setText(
                self.tr(
                    "When the notice has run and everything is handed over, finish the plan: the "
                    "client is archived with its end date, and nothing is deleted."
                )
            )
