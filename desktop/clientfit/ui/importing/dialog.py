"""File → Import…: choose a file, see what it holds, then import it - or change nothing.

Your own addresses come first (mail is read as sent or received by them), filled in from the last
time and saved as soon as they are confirmed; Return in a field only confirms it. Preview reads the
whole file off the GUI thread (progress bar, Cancel) and stages every record in one transaction;
the dialog then shows, per client, whether it is new or matched and how many of its records are
new, updated or already there, how many records of each kind, which names go to existing clients
and why, and which records could not be read (`importing.preview`). Import commits; Cancel or
closing the window rolls back. The result counts exactly what was saved and what was left out.
`imported(summary)` tells the main window to refresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientfit.i18n import _ as domain_text  # names of formats come from the intake layer
from clientfit.intake import FormatError, ImportSummary, detect
from clientfit.ui.common.formatting import format_number
from clientfit.ui.common.save_location import choose_file_to_open, choose_folder_to_open
from clientfit.ui.importing.addresses import OwnAddresses
from clientfit.ui.importing.outcome import outcome_text
from clientfit.ui.importing.plumbing import DialogPlumbing
from clientfit.ui.importing.preview import ImportPreview, count
from clientfit.ui.importing.worker import ImportWorker

MB = 1024 * 1024


class ImportDialog(DialogPlumbing, QDialog):
    """The import dialog. `imported(ImportSummary)` is emitted once an import has been committed."""

    imported = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, path: str | Path | None = None, kind: str = "auto"
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(560, 300)
        self.resize(680, 560)
        self.summary: ImportSummary | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._detected = None
        self._nothing_new = False
        self._path = ""
        self._build()
        self.setAcceptDrops(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._show_summary(None)
        if path:
            self.set_path(path)
        self._set_state("idle" if not path else self._state_after_detect())

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a file exported from another program"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.editingFinished.connect(lambda: self.set_path(self.path_edit.text()))
        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.file_button.setAccessibleName(self.tr("Choose a file"))
        self.file_button.clicked.connect(self._choose_file)
        self.folder_button = QPushButton(self.tr("Maildir &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose a Maildir folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.folder_button)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of file"))
        for key, label in (
            ("auto", self.tr("Recognise automatically")),
            ("vcard", self.tr("Contacts (vCard)")),
            ("contacts", self.tr("Contacts (vCard, Google, Outlook or LinkedIn CSV)")),
            ("mbox", self.tr("Mail (mbox, .eml, Maildir)")),
            ("time", self.tr("Time entries (Toggl, Clockify, Harvest)")),
            ("invoices", self.tr("Invoices (Harvest, FreshBooks, Invoice Ninja v4/v5)")),
            ("json", self.tr("Clientfit export (JSON)")),
        ):
            self.kind_combo.addItem(label, key)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.set_path(self.path_edit.text(), force=True)
        )
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addresses = OwnAddresses()
        self.own_edit, self.own_error = self.addresses.edit, self.addresses.error

        self.date_combo = QComboBox()
        self.date_combo.setAccessibleName(self.tr("Date order"))
        for key, label in (
            (None, self.tr("As the file shows, else my setting")),
            ("dmy", self.tr("Day first (31/12/2026)")),
            ("mdy", self.tr("Month first (12/31/2026)")),
            ("ymd", self.tr("Year first (26/12/31)")),
        ):
            self.date_combo.addItem(label, key)
        self.date_combo.setToolTip(
            self.tr(
                "How to read dates like 01/10/2026 when no day above 12 in the file tells. "
                "A file that shows another order is refused."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Your addresses:"), self.addresses)
        self._own_label = form.labelForField(self.addresses)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Kind:"), self.kind_combo)
        form.addRow(self.tr("Format:"), self.format_label)
        form.addRow(self.tr("Dates:"), self.date_combo)
        self._date_label = form.labelForField(self.date_combo)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))

        self.preview = ImportPreview()
        # the preview's parts, by the names the dialog's callers and tests know
        self.model, self.table = self.preview.model, self.preview.table
        self.new_clients, self.problems = self.preview.new_clients, self.preview.problems
        self.matched, self.notes = self.preview.matched, self.preview.notes

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.commit)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self.results = self.preview

        layout = QVBoxLayout(self)
        # the preview grows and shrinks; the window keeps its size (and the platform is not asked
        # to re-propagate size hints on every change)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)

    # --- choosing ------------------------------------------------------------------------------

    def _choose_file(self) -> None:
        path = choose_file_to_open(
            self,
            self.tr("Import a file"),
            self.tr("Exports (*.vcf *.mbox *.eml *.csv *.json);;All files (*)"),
        )
        if path:
            self.set_path(path)

    def _choose_folder(self) -> None:
        path = choose_folder_to_open(self, self.tr("Choose a Maildir folder"))
        if path:
            self.set_path(path)

    def set_path(self, path: str | Path, *, force: bool = False) -> None:
        """Point the dialog at a file (or Maildir folder) and say what it is."""
        text = str(path).strip()
        if self._worker is not None or (text == self._path and not force):
            return
        self._path = text
        if self.path_edit.text() != text:
            self.path_edit.setText(text)
        self._detected = None
        self.summary = None
        self._show_summary(None)
        self.status.clear()
        if not text:
            self.format_label.setText("")
            self._set_state("idle")
            return
        try:
            self._detected = detect(Path(text).expanduser(), self.kind_combo.currentData())
        except FormatError as exc:
            self.format_label.setText(str(exc))
        self._set_state(self._state_after_detect())

    def _state_after_detect(self) -> str:
        return "ready" if self._detected is not None else "idle"

    # --- the import ----------------------------------------------------------------------------

    def start_preview(self) -> None:
        if self._detected is None or self._worker is not None:
            return
        if self._detected.kind == "mbox" and not self.addresses.confirm():
            self.own_edit.setFocus()
            return
        self._show_summary(None)
        self._nothing_new = False
        self.progress.setValue(0)
        self.status.setText(self.tr("Reading…"))
        worker = ImportWorker(
            Path(self.path_edit.text()).expanduser(),
            self._detected.kind,
            date_order=self.date_combo.currentData(),
        )
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        for signal, slot in (
            (worker.progressed, self._on_progress),
            (worker.staged, self._on_staged),
            (worker.finished, self._on_finished),
            (worker.cancelled, self._on_cancelled),
            (worker.failed, self._on_failed),
        ):
            signal.connect(slot)
        for signal in (worker.finished, worker.cancelled, worker.failed):
            signal.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_thread_done)
        self._worker, self._thread = worker, thread
        self._set_state("reading")
        thread.start()

    def commit(self) -> None:
        if self._worker is not None and self.summary is not None:
            self.status.setText(self.tr("Saving…"))
            self._set_state("saving")
            self._worker.decide(True)

    def cancel(self) -> None:
        """Stop reading, or drop the staged records: nothing is written either way."""
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self._set_state("cancelling")
        else:
            self.reject()

    def running(self) -> bool:
        return self._worker is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)
        if self._detected is not None and self._detected.fmt == "maildir":
            text = (
                self.tr("Reading… %1 of %2 messages")
                .replace("%1", count(done))
                .replace("%2", count(total))
            )
        else:
            text = (
                self.tr("Reading… %1 of %2 MB")
                .replace("%1", format_number(done / MB, 1))
                .replace("%2", format_number(total / MB, 1))
            )
        self.status.setText(text)

    def _on_staged(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.progress.setValue(1000)
        self._show_summary(summary)
        if summary.changed_anything():
            self.status.setText(
                self.tr("%1. Nothing is saved until you press Import.").replace(
                    "%1", outcome_text(summary, staged=True)
                )
            )
            self._set_state("staged")
        else:
            self._nothing_new = True
            self.status.setText(
                self.tr(
                    "Everything in this file is already in Clientfit; there is nothing to import."
                )
            )
            self._set_state("saving")
            if self._worker is not None:
                self._worker.decide(False)

    def _on_finished(self, summary: ImportSummary) -> None:
        self.summary = summary
        self._show_summary(summary)
        if summary.committed:
            done = outcome_text(summary, staged=False)
            if summary.seconds >= 1:
                done = (
                    self.tr("%1 (%2 s)")
                    .replace("%1", done)
                    .replace("%2", format_number(summary.seconds, 1))
                )
            self.status.setText(self.tr("%1.").replace("%1", done))
            self._set_state("done")
            self.imported.emit(summary)
        else:
            if not self._nothing_new:
                self.status.setText(self.tr("Cancelled. Nothing was changed."))
            self._set_state("ready")

    def _on_cancelled(self) -> None:
        self.summary = None
        self.progress.setValue(0)
        self._show_summary(None)
        self.status.setText(self.tr("Cancelled. Nothing was changed."))
        self._set_state("ready")

    def _on_failed(self, message: str) -> None:
        self.summary = None
        self.progress.setValue(0)
        self._show_summary(None)
        self._set_state("ready")
        # after the state: it would put the format's name back over the reason
        self.status.setText(self.tr("Nothing was imported and nothing was changed."))
        self.format_label.setText(message)

    # --- showing -------------------------------------------------------------------------------

    def _show_summary(self, summary: ImportSummary | None) -> None:
        self.preview.show_summary(summary)
        self.results.setVisible(summary is not None)

    def _set_state(self, state: str) -> None:
        """Which controls are usable: idle, ready, reading, staged, saving, cancelling, done."""
        busy = state in ("reading", "staged", "saving", "cancelling")
        self.progress.setVisible(busy or self.summary is not None)
        if self._detected is not None:
            name = domain_text(self._detected.label)
            if state == "ready" and self.summary is None:
                name = self.tr("%1 — ready to preview").replace("%1", name)
            self.format_label.setText(name)
        for widget in (
            self.path_edit,
            self.file_button,
            self.folder_button,
            self.kind_combo,
            self.own_edit,
            self.date_combo,
        ):
            widget.setEnabled(not busy)
        self.preview_button.setVisible(state in ("idle", "ready"))
        self.preview_button.setEnabled(state == "ready")
        self.import_button.setVisible(state in ("staged", "saving"))
        self.import_button.setEnabled(state == "staged")
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(state in ("reading", "staged"))
        self.close_button.setVisible(not busy)
        if state == "staged":
            self.import_button.setDefault(True)
            self.import_button.setFocus()
        else:
            self.import_button.setDefault(False)
        self.preview_button.setDefault(False)  # Return in a field confirms it, never previews
        dated = self._detected is not None and self._detected.kind in ("time", "invoices")
        self.date_combo.setVisible(dated)
        if self._date_label is not None:
            self._date_label.setVisible(dated)
        # asked first, before any file; gone only once the file is known not to be mail
        kind = self._detected.kind if self._detected is not None else self.kind_combo.currentData()
        mail = kind in ("auto", "mbox")
        self.addresses.setVisible(mail)
        if self._own_label is not None:
            self._own_label.setVisible(mail)
