"""The client view's Contract tab: the contract register of one client.

Attach the signed document (stored inside the database, so backups, copies and encryption carry
it), save a copy of it, and record the terms the offboarding plan cites: the notice clause in
days and where it is written, the start, renewal and end dates, the termination terms and the
rights (licences, portfolio use). Saving goes through `store.contracts`, which validates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientfit.store.clients import ValidationError
from clientfit.store.contracts import ContractInfo
from clientfit.ui.common.field_message import FieldMessage
from clientfit.ui.common.formatting import DAY_EDIT_FORMAT
from clientfit.ui.common.plural import plural_suffix
from clientfit.ui.common.read_only import freeze

_UNSET = object()


class OptionalDate(QWidget):
    """A date that may be absent: a check box and a date field."""

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setAccessibleName(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DAY_EDIT_FORMAT)
        self.edit.setAccessibleName(label)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.setMinimumWidth(150)
        self.set(None)

    def set(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        self.edit.setEnabled(day is not None)
        day = day or dt.date.today()
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())


class ContractTab(QWidget):
    """Edit one client's contract; `saved` after a change is stored."""

    saved = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_id: int | None = None
        self._file: object = _UNSET  # (name, bytes), None to remove, or _UNSET to leave alone
        self.document = QLabel()
        self.document.setTextFormat(Qt.TextFormat.PlainText)
        self.document.setWordWrap(True)  # a long path and its note wrap, never scroll sideways
        wide = self.document.sizePolicy()  # the form grows only Expanding fields to its width
        wide.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.document.setSizePolicy(wide)
        self.document.setAccessibleName(self.tr("Contract document"))
        self.attach = QPushButton(self.tr("Attac&h Signed Contract…"))
        self.save_copy = QPushButton(self.tr("Save a Cop&y…"))
        self.remove = QPushButton(self.tr("&Remove Document"))
        files = QHBoxLayout()
        files.addWidget(self.attach)
        files.addWidget(self.save_copy)
        files.addWidget(self.remove)
        files.addStretch(1)
        self.notice = QSpinBox()
        self.notice.setRange(-1, 730)
        self.notice.setSpecialValueText(self.tr("not stated"))
        plural_suffix(self.notice, self.tr(" day"), self.tr(" days"))
        # Qt sizes the box for "-1 days", a little narrower than "anges inte": room for the words
        words = self.notice.fontMetrics().horizontalAdvance(self.notice.specialValueText())
        self.notice.setMinimumWidth(words + 48)
        self.clause = QLineEdit()
        self.clause.setPlaceholderText(self.tr("e.g. § 9"))
        self.clause.setMaxLength(200)
        self.clause.setMaximumWidth(300)
        self.starts = OptionalDate(self.tr("Starts"))
        self.renews = OptionalDate(self.tr("Renews"))
        self.ends = OptionalDate(self.tr("Ends"))
        self.termination = QPlainTextEdit()
        self.termination.setPlaceholderText(
            self.tr("How and when either side may end it, in your own words.")
        )
        self.rights = QPlainTextEdit()
        self.rights.setPlaceholderText(
            self.tr(
                "Licences, who owns the files, whether you may show the work in your portfolio."
            )
        )
        for edit in (self.termination, self.rights):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Document:"), self.document)
        form.addRow("", files)
        for label, widget in (
            (self.tr("&Notice:"), self.notice),
            (self.tr("C&lause:"), self.clause),
            (self.tr("&Starts:"), self.starts),
            (self.tr("Rene&ws:"), self.renews),
            (self.tr("&Ends:"), self.ends),
            (self.tr("Termination terms:"), self.termination),
            (self.tr("Rights:"), self.rights),
        ):
            form.addRow(label, widget)
            if not isinstance(widget, OptionalDate):
                widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.save = QPushButton(self.tr("Sa&ve Contract"))
        self.save.setDefault(False)
        self.problem = FieldMessage(None)  # what saving or attaching refused, beside Save
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.save)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.attach.clicked.connect(self._attach)
        self.save_copy.clicked.connect(self._save_copy)
        self.remove.clicked.connect(self._remove)
        self.save.clicked.connect(self.store)
        self._info: ContractInfo | None = None
        freeze(self, keep=(self.save_copy,))  # a read-only file: the contract can only be read

    # --- showing ---
    def set_contract(self, client_id: int, info: ContractInfo | None) -> None:
        self.client_id, self._info, self._file = client_id, info, _UNSET
        self.notice.setValue(info.notice_days if info and info.notice_days is not None else -1)
        self.clause.setText(info.clause or "" if info else "")
        self.starts.set(info.starts_on if info else None)
        self.renews.set(info.renews_on if info else None)
        self.ends.set(info.ends_on if info else None)
        self.termination.setPlainText(info.termination or "" if info else "")
        self.rights.setPlainText(info.rights or "" if info else "")
        self._show_document()

    def _show_document(self) -> None:
        if self._file is not _UNSET:
            name = self._file[0] if self._file else None  # type: ignore[index]
            stored = bool(self._file)
        else:
            name = self._info.file_name if self._info else None
            stored = bool(self._info and self._info.size)
        if not name:
            self.document.setText(self.tr("No contract on file."))
        elif stored and self._file is _UNSET:
            self.document.setText(
                self.tr("%1 (stored in the database, %2 kB)")
                .replace("%1", name)
                .replace("%2", str(max(1, round(self._info.size / 1024))))
            )
        elif stored:
            self.document.setText(self.tr("%1 (not saved yet)").replace("%1", name))
        else:
            self.document.setText(
                self.tr("%1 (a path only: attach the file to keep it)").replace("%1", name)
            )
        self.save_copy.setEnabled(stored and self._file is _UNSET)
        self.remove.setEnabled(bool(name))

    # --- files ---
    def _attach(self) -> None:
        from clientfit.store.contracts import read_contract_file

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach the signed contract"),
            "",
            self.tr("Documents (*.pdf *.docx *.odt *.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            self._file = read_contract_file(path)
        except ValidationError as exc:
            self.problem.show_error(str(exc))
            return
        self.problem.clear()
        self._show_document()

    def _save_copy(self) -> None:
        from clientfit.fileio import atomic_write
        from clientfit.store.contracts import contract_file

        stored = contract_file(self.client_id) if self.client_id else None
        if stored is None:
            return
        from clientfit.ui.common.save_location import remember_folder, suggested_path

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), suggested_path(stored[0])
        )
        if path:
            with atomic_write(Path(path), "wb") as fh:
                fh.write(stored[1])
            remember_folder(path)

    def _remove(self) -> None:
        self._file = None
        self._show_document()

    # --- saving ---
    def store(self) -> bool:
        from clientfit.store.contracts import contract_of, set_contract
        from clientfit.store.models import Client

        if self.client_id is None:
            return False
        changes = dict(
            notice_days=None if self.notice.value() < 0 else self.notice.value(),
            clause=self.clause.text(),
            starts_on=self.starts.value(),
            renews_on=self.renews.value(),
            ends_on=self.ends.value(),
            termination=self.termination.toPlainText(),
            rights=self.rights.toPlainText(),
        )
        if self._file is not _UNSET:
            changes["file"] = self._file
        try:
            set_contract(Client.get_by_id(self.client_id), **changes)
        except ValidationError as exc:
            self.problem.show_error(str(exc))
            return False
        self.problem.clear()
        self.set_contract(self.client_id, contract_of(self.client_id))
        self.saved.emit()
        return True
