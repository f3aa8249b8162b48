"""Offboarding step 7: referrals - colleagues who fit the client's needs, or the kind of provider."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
)

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.record_model import Column, RecordModel
from clientfit.ui.offboarding.happened import HappenedBox
from clientfit.ui.offboarding.step_page import StepPage, fit_rows, make_table, wrap_label

REFERRALS = "ReferralModel"  # translation context of the table's headers
REFERRAL_COLUMNS = (
    Column(REFERRALS, "Colleague", lambda m: m.name),
    Column(REFERRALS, "E-mail", lambda m: m.email or ""),
    Column(REFERRALS, "Covers", lambda m: ", ".join(m.covers or m.matched)),
)


class ReferralsPage(StepPage):
    referrals_chosen = Signal(object, str)  # the colleague ids to refer, the advice text
    event_recorded = Signal(str, object, object)  # what happened: kind, day, colleague id

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
        self.model = RecordModel(REFERRAL_COLUMNS, self)
        self.table = make_table(self.tr("Colleagues to refer"))
        self.table.setModel(self.model)
        self.layout_.addWidget(self.table)
        self.pick_title = wrap_label(self.tr("Whom you refer (ticked):"), bold=True)
        self.pick = QListWidget()
        self.pick.setAccessibleName(self.tr("Colleagues to refer"))
        self.pick.setMaximumHeight(86)
        self.layout_.addWidget(self.pick_title)
        self.layout_.addWidget(self.pick)
        self.advice_title = wrap_label(self.tr("The kind of provider to suggest:"), bold=True)
        self.advice = QPlainTextEdit()
        self.advice.setAccessibleName(self.tr("Provider advice"))
        self.advice.setTabChangesFocus(True)
        self.advice.setMaximumHeight(64)
        self.layout_.addWidget(self.advice_title)
        self.layout_.addWidget(self.advice)
        row = QHBoxLayout()
        self.save = QPushButton(self.tr("Save Referrals"))
        self.save.clicked.connect(self._save)
        row.addWidget(self.save)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.happened = HappenedBox()
        self.happened.event_recorded.connect(self.event_recorded)
        self.layout_.addWidget(self.happened)
        self.finish_note = wrap_label(name=self.tr("Finishing"))
        self.layout_.addWidget(self.finish_note)
        self.layout_.addStretch(1)

    def set_colleagues(self, rows: list[tuple[int, str]]) -> None:
        """Everyone in the network, to tick (the view says who is ticked)."""
        self._all = rows

    def _save(self) -> None:
        ids = [
            self.pick.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.pick.count())
            if self.pick.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.referrals_chosen.emit(ids, self.advice.toPlainText())

    def show_view(self, view: PlanView | None) -> None:
        if view is None:
            return
        ref = view.referrals
        ticked = {c.colleague_id for c in ref.colleagues}
        self.pick.clear()
        for cid, name in getattr(self, "_all", []):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cid in ticked else Qt.CheckState.Unchecked)
            self.pick.addItem(item)
        editable = not ref.omitted and view.status == "running"
        for w in (self.pick_title, self.pick):
            w.setVisible(not ref.omitted and self.pick.count() > 0)
        self.note.setText(ref.note or "")
        self.note.setVisible(bool(ref.note))
        self.model.set_rows(ref.colleagues)
        self.table.setVisible(bool(ref.colleagues))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_rows(self.table)
        self.advice.setPlainText("\n".join(ref.advice))
        self.advice_title.setVisible(not ref.omitted)
        self.advice.setVisible(not ref.omitted)
        self.save.setVisible(not ref.omitted)
        for w in (self.pick, self.advice, self.save):
            w.setEnabled(editable)
        self.happened.show_view(view, getattr(self, "_all", []), view.today)
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
