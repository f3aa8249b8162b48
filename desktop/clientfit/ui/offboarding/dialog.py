"""The guided offboarding dialog: the seven steps of ending a client well, one page each.

Open it for a client (`OffboardingDialog(client_id, parent)`); it starts a plan or picks up the
running one. Every change goes through `clientfit.offboarding` and the pages are refreshed from a
fresh `PlanView`. Signals: `changed` after any change (refresh the roster and the "coming up"
panel), `finished_plan(client_id)` once the client is archived, `packet_requested(client_id)` when
the user asks for the PDF packet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
)

from clientfit import offboarding as ob
from clientfit.i18n import current_language
from clientfit.offboarding import defaults
from clientfit.store.clients import ValidationError
from clientfit.store.colleagues import colleagues as colleagues_in_network
from clientfit.store.models import Client
from clientfit.store.records import deliverables_of
from clientfit.ui.common.field_message import FieldMessage
from clientfit.ui.common.formatting import format_day
from clientfit.ui.common.read_only import can_write, freeze
from clientfit.ui.common.save_location import dated_name, remember_folder, suggested_path
from clientfit.ui.offboarding.checklist import ChecklistPage
from clientfit.ui.offboarding.cooling_off import CoolOffPage
from clientfit.ui.offboarding.meeting import MeetingPage
from clientfit.ui.offboarding.message import MessagePage
from clientfit.ui.offboarding.notice import NoticePage
from clientfit.ui.offboarding.payment import PaymentPage
from clientfit.ui.offboarding.referrals import ReferralsPage


class OffboardingDialog(QDialog):
    changed = Signal()
    finished_plan = Signal(int)
    packet_requested = Signal(int)
    whatif_requested = Signal(int)  # "what does ending it do to my year?"

    COOL_OFF, CHECKLIST, PAYMENT, MEETING, MESSAGE, NOTICE, REFERRALS = range(7)

    def __init__(
        self,
        client_id: int,
        parent=None,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
    ):
        super().__init__(parent)
        self.client_id = client_id
        self._today = today
        self.lang = lang or current_language()
        self.view: ob.PlanView | None = None
        client = Client.get_by_id(client_id)
        self.setWindowTitle(self.tr("End the collaboration with %1").replace("%1", client.name))
        self.setObjectName("OffboardingDialog")
        # Replaceable in tests, like the main window's dialogs.
        self.choose_ics_path = self._choose_ics_path
        self.confirm = self._confirm
        self.ask_end_date = self._ask_end_date
        self.show_error = self._show_error

        self.title = QLabel(client.name)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.banner = QLabel()
        self.banner.setObjectName("draftBanner")
        self.banner.setAccessibleName(self.tr("Plan status"))
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        bold = self.banner.font()
        bold.setBold(True)
        self.banner.setFont(bold)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFixedWidth(210)
        self.steps.setSpacing(3)
        self.stack = QStackedWidget()
        self.pages = [
            CoolOffPage(defaults.cooling_off_days(), ob.default_notice_days(client_id)),
            ChecklistPage(),
            PaymentPage(),
            MeetingPage(),
            MessagePage(self.lang),
            NoticePage(),
            ReferralsPage(),
        ]
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.steps.addItem(QListWidgetItem(page.heading.text()))
        self.steps.currentRowChanged.connect(self._go)

        self.back = QPushButton(self.tr("< Back"))
        self.next = QPushButton(self.tr("Next >"))
        self.packet = QPushButton(self.tr("Export Packet…"))
        self.whatif = QPushButton(self.tr("What If It Ended…"))
        self.whatif.clicked.connect(lambda: self.whatif_requested.emit(self.client_id))
        self.finish = QPushButton(self.tr("Finish the plan…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.back.clicked.connect(lambda: self.go_to(self.steps.currentRow() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.steps.currentRow() + 1))
        self.packet.clicked.connect(lambda: self.packet_requested.emit(self.client_id))
        self.finish.clicked.connect(self.finish_plan)
        self.close_button.clicked.connect(self.accept)

        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        middle.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        for button in (self.back, self.next):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.whatif, self.packet, self.finish, self.close_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        self.problem = FieldMessage(None)  # what a step refused, said in place (no pop-up)
        layout.addWidget(self.problem)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self._connect_pages()
        self.resize(940, 640)
        self.reload()
        self.go_to(self.COOL_OFF)
        freeze(self, keep=(self.back, self.next, self.packet, self.whatif, self.close_button))

    # --- wiring ---------------------------------------------------------------------------------

    def _connect_pages(self) -> None:
        cool, checklist, payment, meeting, message, notice, referrals = self.pages
        cool.start_requested.connect(self.start_plan)
        cool.reason_changed.connect(lambda text: self._change(ob.set_reason, text))
        cool.cancel_requested.connect(self.cancel_plan)
        checklist.model.tick_requested.connect(
            lambda key, done: self._change(ob.set_done, key, done)
        )
        checklist.loose_end_added.connect(lambda text: self._change(ob.add_loose_end, text))
        checklist.loose_end_removed.connect(lambda item: self._change(ob.remove_loose_end, item))
        payment.announce_changed.connect(lambda day: self._change(ob.set_announce_on, day))
        meeting.meeting_requested.connect(
            lambda at, channel, place: self._change(ob.schedule_meeting, at, channel, place)
        )
        meeting.clear_requested.connect(lambda: self._change(ob.clear_meeting))
        meeting.export_requested.connect(self.export_ics)
        message.template_requested.connect(self._use_template)
        message.message_saved.connect(lambda text, lang: self._change(ob.set_message, text, lang))
        notice.notice_requested.connect(
            lambda days, did: self._change(ob.set_notice, days=days, deliverable_id=did)
        )
        payment.override_requested.connect(
            lambda reason: self._change(ob.override_payment_first, reason or None, self.today())
        )
        payment.latest_changed.connect(lambda day: self._change(ob.set_announce_latest, day))
        payment.reminder_requested.connect(self.write_reminder)
        referrals.referrals_chosen.connect(
            lambda ids, advice: self._change(ob.set_referrals, ids, advice)
        )
        referrals.event_recorded.connect(
            lambda kind, day, cid: self._change(ob.record_event, kind, day, colleague_id=cid)
        )

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def plan(self):
        return ob.latest_plan(self.client_id)

    def reload(self) -> None:
        """Fetch a fresh view of the plan and show it on every page."""
        plan = self.plan()
        self.view = ob.build_plan_view(plan, today=self.today(), lang=self.lang) if plan else None
        self.pages[self.REFERRALS].set_colleagues([(c.id, c.name) for c in colleagues_in_network()])
        # only work still to deliver can end a notice (and the one the plan already waits for)
        chosen = self.view.notice.deliverable_id if self.view else None
        self.pages[self.NOTICE].set_deliverables(
            [
                (d.id, f"{d.title} ({format_day(d.due_on)})" if d.due_on else d.title)
                for d in deliverables_of(self.client_id)
                if d.delivered_on is None or d.id == chosen
            ]
        )
        for page in self.pages:
            page.show_view(self.view)
        self._update_chrome()

    def _update_chrome(self) -> None:
        view = self.view
        started = view is not None
        for row in range(1, self.steps.count()):
            item = self.steps.item(row)
            flags = Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if started else flags)
        done = self._steps_done()
        for row, page in enumerate(self.pages):
            mark = "  ✓" if done[row] else ""
            self.steps.item(row).setText(page.heading.text() + mark)
        running = started and view.status == "running"
        self.finish.setEnabled(running and view.cooling_off.passed)
        self.finish.setToolTip(
            ""
            if not running or view.cooling_off.passed
            else self.tr("You can finish after the cooling-off period, on %1.").replace(
                "%1", format_day(view.cooling_off.ends_on)
            )
        )
        self.packet.setEnabled(started)
        if not started:
            self.banner.setText(self.tr("Not started. Write down why, then start the plan."))
        elif view.status == "finished":
            self.banner.setText(
                self.tr("Finished on %1. The client is archived.").replace(
                    "%1", format_day(view.finished_on)
                )
            )
        elif view.is_draft:
            self.banner.setText(
                self.tr("%1: cooling off until %2. Everything here is a draft.")
                .replace("%1", view.draft_mark or "")
                .replace("%2", format_day(view.cooling_off.ends_on))
            )
        else:
            self.banner.setText(
                self.tr("Cooling off has passed. Last working day: %1; handover: %2.")
                .replace("%1", format_day(view.notice.last_working_day))
                .replace("%2", format_day(view.notice.handover_on))
            )
        row = self.steps.currentRow()
        self.back.setEnabled(row > 0)
        self.next.setEnabled(started and row < len(self.pages) - 1)

    def _steps_done(self) -> list[bool]:
        v = self.view
        if v is None:
            return [False] * len(self.pages)
        return [
            v.cooling_off.passed,
            bool(v.checklist) and v.checklist_done == len(v.checklist),
            not v.payment_guard.active,
            v.meeting is not None,
            v.message.custom and not v.message.warnings,
            False,
            False,
        ]

    def go_to(self, row: int) -> None:
        row = max(0, min(row, len(self.pages) - 1))
        if self.view is None:
            row = 0
        self.steps.setCurrentRow(row)

    def _go(self, row: int) -> None:
        message = self.pages[self.MESSAGE]
        if (
            self.stack.currentIndex() == self.MESSAGE
            and row != self.MESSAGE
            and message.is_modified()
        ):
            self._change(ob.set_message, message.editor.toPlainText(), message.message_lang())
        self.stack.setCurrentIndex(max(0, row))
        self._update_chrome()

    # --- actions --------------------------------------------------------------------------------

    def _change(self, action, *args, **kwargs) -> bool:
        """Run one plan service on the running plan; show a refusal, else refresh and signal."""
        plan = ob.running_plan(self.client_id)
        if plan is None or not can_write():
            return False
        try:
            action(plan, *args, **kwargs)
        except ValidationError as exc:
            self.show_error(str(exc))
            self.reload()
            return False
        self.problem.clear()
        self.reload()
        self.changed.emit()
        return True

    def start_plan(self, reason: str, cooling_days: int, notice_days: int) -> None:
        try:
            ob.start_plan(
                Client.get_by_id(self.client_id),
                reason,
                on=self.today(),
                notice_days=notice_days,
                cooling_off_days=cooling_days,
                lang=self.lang,
            )
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        self.problem.clear()
        self.reload()
        self.changed.emit()

    def cancel_plan(self) -> None:
        if self.confirm(
            self.tr("Drop the plan?"),
            self.tr("The plan is kept as history and the client stays active."),
        ) and self._change(ob.cancel_plan):
            self.accept()

    def write_reminder(self) -> None:
        """The payment reminder as a PDF, where the user chooses (a page or two: made here)."""
        from clientfit.core.reminder import write_payment_reminder

        path = self.choose_reminder_path(Client.get_by_id(self.client_id).name)
        try:
            if path:
                remember_folder(path)
                write_payment_reminder(self.client_id, path, self.today(), self.lang)
        except OSError as exc:
            self.show_error(str(exc))

    def choose_reminder_path(self, client_name: str) -> str:
        """Replaceable in tests (an attribute), like the other questions the dialog asks."""
        name = dated_name(self.tr("Payment reminder"), client_name, extension="pdf")
        title, kind = self.tr("Save the payment reminder"), self.tr("PDF documents (*.pdf)")
        return QFileDialog.getSaveFileName(self, title, suggested_path(name), kind)[0]

    def _use_template(self, key: str, lang: str) -> None:
        plan = ob.running_plan(self.client_id)
        if plan is not None:
            text = ob.render_template(plan, key, lang, self.today())
            self._change(ob.set_message, text, lang)

    def export_ics(self) -> None:
        """Write the meeting to a calendar file (through intake's .ics writer)."""
        from clientfit.core.meeting import write_meeting_ics

        if self.view is None or self.view.meeting is None:
            return
        suggested = suggested_path(f"{self.view.meeting.event.title}.ics")
        path = self.choose_ics_path(suggested)
        if not path:
            return
        remember_folder(path)
        try:
            write_meeting_ics(Path(path), self.view.meeting.event)
        except (OSError, ValueError) as exc:
            self.show_error(str(exc))

    def finish_plan(self) -> None:
        view = self.view
        if view is None or view.status != "running":
            return
        day = self.ask_end_date(min(self.today(), view.notice.last_working_day))
        if day is None:
            return
        if self._change(ob.finish_plan, day):
            self.finished_plan.emit(self.client_id)

    # --- default prompts (tests replace these attributes) ---------------------------------------

    def _choose_ics_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the meeting"), suggested, self.tr("Calendar files (*.ics)")
        )
        return path

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_error(self, text: str) -> None:  # under the plan's status line, not a pop-up
        self.problem.show_error(text)

    def _ask_end_date(self, default: dt.date) -> dt.date | None:
        from clientfit.ui.offboarding.end_date import ask_end_date

        return ask_end_date(self, default)
