"""The guided offboarding dialog: every step renders unclipped, and each control drives the plan."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from clientfit import offboarding as ob
from clientfit.store.models import Client, Deliverable, Invoice, Payment

TODAY = dt.date(2026, 11, 26)
SHOTS = os.environ.get("CLIENTFIT_SHOTS")  # set to a folder to keep the screenshots


@pytest.fixture
def clients(database, stockholm):
    """A slow payer with a paid-but-undelivered deliverable, and a disrespectful client."""
    from clientfit.store.clients import ContactInfo, add_client, save_contact, update_client
    from clientfit.store.colleagues import add_colleague

    add_colleague("Omar Haddad", email="omar@example.se", skills="wordpress, web shop")
    slow = add_client("Hansson Bygg & Fasad", needs="wordpress, seo")
    save_contact(slow, ContactInfo(id=None, name="Roger Hansson"))
    inv = Invoice.create(
        client=slow,
        number="2026-101",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=1_200_000,
    )
    paid = Invoice.create(
        client=slow,
        number="2026-090",
        issued_on=dt.date(2026, 8, 1),
        due_on=dt.date(2026, 8, 31),
        total_minor=500_000,
    )
    Payment.create(invoice=paid, paid_on=dt.date(2026, 8, 30), amount_minor=500_000)
    Deliverable.create(
        client=slow, title="Landing page", due_on=dt.date(2026, 12, 20), invoice=paid
    )
    Deliverable.create(
        client=slow, title="SEO audit", delivered_on=dt.date(2026, 9, 18), invoice=inv
    )
    rude = add_client("Sundqvist Event & PR", needs="event")
    update_client(rude, disrespectful=True)
    return {"slow": slow, "rude": rude}


def _dialog(qtbot, client, today=TODAY):
    from clientfit.ui.offboarding.dialog import OffboardingDialog

    dialog = OffboardingDialog(client.id, today=today, lang="en")
    qtbot.addWidget(dialog)
    dialog.errors = []
    dialog.show_error = dialog.errors.append
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _start(qtbot, dialog, reason="Night messages; slow to pay."):
    page = dialog.pages[dialog.COOL_OFF]
    page.reason.setPlainText(reason)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)


def _assert_nothing_clipped(dialog) -> None:
    """Visible wrapped labels are tall enough for their text; buttons wide enough for theirs."""
    page = dialog.stack.currentWidget().widget()
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, (label.objectName(), label.text()[:60])
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def _shot(dialog, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"offboarding_{name}.png"
    assert dialog.grab().save(str(path))
    return path


def test_every_step_renders_without_clipping(qtbot, clients, tmp_path):
    dialog = _dialog(qtbot, clients["slow"])
    _shot(dialog, "0_not_started", tmp_path)
    assert not dialog.next.isEnabled()  # nothing past step 1 before the plan starts
    _start(qtbot, dialog)
    plan = ob.running_plan(clients["slow"])
    ob.add_loose_end(plan, "Hand back the WordPress admin login and the domain registrar account")
    ob.schedule_meeting(plan, dt.datetime(2026, 12, 2, 10, 0), "video", "meet.example/hansson")
    dialog.reload()
    for step in range(7):
        dialog.go_to(step)
        qtbot.wait(10)
        assert dialog.stack.currentIndex() == step
        _assert_nothing_clipped(dialog)
        assert _shot(dialog, f"{step + 1}", tmp_path).stat().st_size > 10_000
    assert dialog.errors == []


def test_starting_shows_the_draft_banner_and_the_considerations(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    assert (
        dialog.banner.text() == "DRAFT: cooling off until 2026-11-29. Everything here is a draft."
    )
    page = dialog.pages[dialog.COOL_OFF]
    assert page.status.text() == (
        "Started 2026-11-26. Cooling off until 2026-11-29 (3 days left): this is a draft."
    )
    assert page.considered.text().startswith("Times you have considered ending this client: 1")
    assert not dialog.finish.isEnabled()


def test_an_empty_reason_is_refused_with_a_message(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    qtbot.mouseClick(dialog.pages[0].start, Qt.MouseButton.LeftButton)
    assert dialog.errors == ["Give the reason for ending this client."]
    assert ob.running_plan(clients["slow"]) is None


def test_a_refusal_is_said_in_the_dialog_not_in_a_pop_up(qtbot, clients, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clientfit.ui.offboarding.dialog import OffboardingDialog

    def no_pop_up(*args):
        raise AssertionError("a pop-up")

    monkeypatch.setattr(QMessageBox, "warning", no_pop_up)
    dialog = OffboardingDialog(clients["slow"].id, today=TODAY, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.pages[0].start, Qt.MouseButton.LeftButton)

    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Give the reason for ending this client."
    _start(qtbot, dialog)
    assert not dialog.problem.isVisible()


def test_ticking_a_checklist_item_and_adding_a_loose_end_are_stored(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.CHECKLIST]
    dialog.go_to(dialog.CHECKLIST)
    texts = [page.model.row_at(r).text for r in range(page.model.rowCount())]
    assert texts == [
        "No contract on file: gather every document that defined the scope",
        "Landing page: paid but not delivered - deliver it first",
        "SEO audit: delivered but not paid",
        "Invoice 2026-101: 12,000.00 SEK open",
    ]
    index = page.model.index(1, 0)
    with qtbot.waitSignal(dialog.changed):
        page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    page.loose_end.setText("Return the office key")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    view = ob.build_plan_view(ob.running_plan(clients["slow"]), today=TODAY)
    assert [(i.text, i.done) for i in view.checklist][1:] == [
        ("Landing page: paid but not delivered - deliver it first", True),
        ("SEO audit: delivered but not paid", False),
        ("Invoice 2026-101: 12,000.00 SEK open", False),
        ("Return the office key", False),
    ]
    assert page.progress.text() == "1 of 5 items ticked."


def test_payment_guard_lists_open_invoices_and_takes_the_day_to_announce(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.PAYMENT]
    dialog.go_to(dialog.PAYMENT)
    assert page.warning.text() == (
        "Invoice 2026-101 is open: 12,000.00 SEK outstanding. It is overdue."
    )
    assert page.model.index(0, 0).data() == "2026-101"
    assert page.model.index(0, 3).data() == "56 days overdue"
    assert page.suggestion.text().startswith("Payment first: the decision is announced when")
    assert page.use_suggested.isHidden()  # overdue: no date to suggest
    page.choose.setChecked(True)
    page.date.setDate(QDate(2026, 12, 14))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    assert dialog.view.notice.announce_on == dt.date(2026, 12, 14)
    # Payment first: the chosen day is the earliest; the plan still waits for the money.
    assert page.source.text() == (
        "You announce once the overdue invoices are paid (2026-12-14 at the earliest)."
    )
    assert dialog.pages[dialog.NOTICE].model.index(1, 1).data() == (
        "Announce the decision once paid (2026-101), at the earliest"
    )


def test_meeting_offers_in_person_phone_or_video_and_exports_ics(qtbot, clients, tmp_path):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.MEETING]
    dialog.go_to(dialog.MEETING)
    assert [b.text() for b in page.group.buttons()] == ["In person", "By phone", "By video"]
    assert not page.export.isEnabled()
    page.group.button(1).setChecked(True)
    page.place.setText("+46 73 999 12 34")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    meeting = dialog.view.meeting
    assert (meeting.channel, meeting.at, meeting.place) == (
        "phone",
        dt.datetime(2026, 11, 29, 10, 0),
        "+46 73 999 12 34",
    )
    target = tmp_path / "meeting.ics"
    dialog.choose_ics_path = lambda suggested: str(target)
    qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Meeting with Hansson Bygg & Fasad" in text
    assert "DTSTART:20261129T090000Z" in text


def test_a_scheduled_meeting_can_be_cleared(qtbot, clients):
    from clientfit import offboarding as ob

    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.MEETING]
    dialog.go_to(dialog.MEETING)
    assert not page.clear.isEnabled()  # nothing to clear yet
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.clear.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.clear, Qt.MouseButton.LeftButton)
    assert dialog.view.meeting is None
    assert ob.latest_plan(clients["slow"]).meeting_at is None
    assert page.summary.text() == "No meeting scheduled yet."
    assert not page.clear.isEnabled() and not page.export.isEnabled()


def test_message_editor_warns_live_when_the_draft_gives_several_reasons(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.MESSAGE]
    dialog.go_to(dialog.MESSAGE)
    assert page.editor.toPlainText().startswith("Dear Roger,")
    assert page.warnings.isHidden()
    page.editor.setPlainText("Dear Roger, it is over because you pay late and you call at night.")
    qtbot.waitUntil(lambda: page.warnings.isVisible())
    assert page.warnings.text() == (
        "⚠ The draft gives more than one reason. Keep one: more detail invites argument."
    )
    page.editor.setPlainText("word " * 160)
    qtbot.waitUntil(lambda: "160 words" in page.warnings.text())
    dialog.go_to(dialog.NOTICE)  # leaving the page keeps what was written
    assert dialog.view.message.custom and dialog.view.message.words == 160


def test_swedish_template_goes_into_the_editor(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.MESSAGE]
    dialog.go_to(dialog.MESSAGE)
    page.lang.setCurrentIndex(page.lang.findData("sv"))
    assert page.template.itemText(0) == "Mina tjänster motsvarar inte längre era behov"
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.use, Qt.MouseButton.LeftButton)
    assert "Jag tror inte längre att mina tjänster motsvarar era behov." in (
        page.editor.toPlainText()
    )
    assert page.lang.currentData() == "sv"


def test_notice_until_a_deliverable_updates_the_timeline(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    page = dialog.pages[dialog.NOTICE]
    dialog.go_to(dialog.NOTICE)
    assert page.model.index(2, 1).data() == "Last working day"
    assert page.model.index(2, 0).data() == "2026-12-29"
    page.by_deliverable.setChecked(True)
    page.deliverable.setCurrentIndex(page.deliverable.findText("Landing page (2026-12-20)"))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    assert page.model.index(2, 0).data() == "2026-12-18"  # the 20th is a Sunday


def test_disrespectful_client_gets_the_note_instead_of_referrals(qtbot, clients, tmp_path):
    dialog = _dialog(qtbot, clients["rude"])
    _start(qtbot, dialog, "Shouted at me in a meeting.")
    page = dialog.pages[dialog.REFERRALS]
    dialog.go_to(dialog.REFERRALS)
    assert page.note.text().startswith("Referrals are left out: this client is marked as")
    assert page.table.isHidden() and page.advice.isHidden()
    _assert_nothing_clipped(dialog)
    _shot(dialog, "7_disrespectful", tmp_path)


def test_finishing_after_cooling_off_archives_the_client(qtbot, clients, tmp_path):
    ob.start_plan(clients["slow"], "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, clients["slow"], today=dt.date(2026, 12, 30))
    assert dialog.finish.isEnabled()
    dialog.ask_end_date = lambda default: default
    with qtbot.waitSignal(dialog.finished_plan) as signal:
        qtbot.mouseClick(dialog.finish, Qt.MouseButton.LeftButton)
    assert signal.args == [clients["slow"].id]
    client = Client.get_by_id(clients["slow"].id)
    # 2026-101 is still unpaid: the plan waits, so its last working day has moved past today.
    assert (client.status, client.ended_on) == ("archived", dt.date(2026, 12, 30))
    assert dialog.banner.text() == "Finished on 2026-12-30. The client is archived."
    assert not dialog.finish.isEnabled()
    dialog.go_to(dialog.REFERRALS)
    _assert_nothing_clipped(dialog)
    _shot(dialog, "8_finished", tmp_path)


def test_checklist_model_passes_the_model_tester(qtmodeltester, clients):
    from clientfit.ui.offboarding.checklist import ChecklistModel

    plan = ob.start_plan(clients["slow"], "x", on=TODAY)
    model = ChecklistModel()
    model.set_rows(ob.build_plan_view(plan, today=TODAY).checklist)
    qtmodeltester.check(model)


def test_only_a_selected_loose_end_can_be_removed(qtbot, clients):
    dialog = _dialog(qtbot, clients["slow"])
    _start(qtbot, dialog)
    ob.add_loose_end(ob.running_plan(clients["slow"]), "Return the office key")
    dialog.reload()
    page = dialog.pages[dialog.CHECKLIST]
    dialog.go_to(dialog.CHECKLIST)
    assert not page.remove.isEnabled()
    page.table.selectRow(0)  # a derived item: not removable
    assert not page.remove.isEnabled()
    page.table.selectRow(page.model.rowCount() - 1)
    assert page.remove.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    assert [i.kind for i in dialog.view.checklist].count("loose_end") == 0
