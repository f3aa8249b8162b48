"""Offboarding step 7: referrals - colleagues who fit the client's needs, or the kind of provider."""

from __future__ import annotations

from clientfit.offboarding.views import PlanView
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.record_model import Column, RecordModel
from clientfit.ui.offboarding.step_page import StepPage, fit_rows, make_table, wrap_label

REFERRALS = "ReferralModel"  # translation context of the table's headers
REFERRAL_COLUMNS = (
    Column(REFERRALS, "Colleague", lambda m: m.name),
    Column(REFERRALS, "E-mail", lambda m: m.email or ""),
    Column(REFERRALS, "Covers", lambda m: ", ".join(m.matched)),
)


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
        self.model = RecordModel(REFERRAL_COLUMNS, self)
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
