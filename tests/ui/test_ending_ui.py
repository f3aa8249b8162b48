"""Ending a client, in the app: payment first on the payment step, the notice step's warning and
one click, "Use this template" asking first, chosen referrals, the client view's banner and
contract tab, the Colleagues page, Settings → You and "Ending" in the roster."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from clientfit import offboarding as ob
from clientfit.store.models import Client, Deliverable, Invoice, Payment

TODAY = dt.date(2026, 11, 26)
SHOTS = os.environ.get("CLIENTFIT_SHOTS")


@pytest.fixture
def slow(database, stockholm):
    """An overdue invoice, paid work due in December, two colleagues."""
    from clientfit.store.clients import ContactInfo, add_client, save_contact
    from clientfit.store.colleagues import add_colleague

    add_colleague("Omar Haddad", email="omar@example.se", skills="wordpress")
    add_colleague("Lina Berg", email="lina@example.se", skills="photography")
    client = add_client("Hansson Bygg & Fasad", needs="wordpress, seo")
    save_contact(client, ContactInfo(id=None, name="Roger Hansson"))
    Invoice.create(
        client=client,
        number="2026-101",
        issued_on=dt.date(2026, 9, 1),
        due_on=dt.date(2026, 10, 1),
        total_minor=1_200_000,
    )
    paid = Invoice.create(
        client=client,
        number="2026-090",
        issued_on=dt.date(2026, 8, 1),
        due_on=dt.date(2026, 8, 31),
        total_minor=500_000,
    )
    Payment.create(invoice=paid, paid_on=dt.date(2026, 8, 30), amount_minor=500_000)
    Deliverable.create(
        client=client, title="Landing page", due_on=dt.date(2026, 12, 20), invoice=paid
    )
    return client


def _dialog(qtbot, client, lang="en"):
    from clientfit.ui.offboarding.dialog import OffboardingDialog

    dialog = OffboardingDialog(client.id, today=TODAY, lang=lang)
    qtbot.addWidget(dialog)
    dialog.errors = []
    dialog.show_error = dialog.errors.append
    dialog.resize(980, 700)
    dialog.show()
    return dialog


def _shot(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ending_{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_the_payment_step_goes_ahead_with_a_reason_or_waits_until_a_latest_day(
    qtbot, slow, tmp_path
):
    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, slow)
    page = dialog.pages[dialog.PAYMENT]
    dialog.go_to(dialog.PAYMENT)
    assert page.first.isVisible() and page.go_ahead.isVisible()
    page.latest_check.setChecked(True)
    page.latest_date.setDate(QDate(2026, 12, 14))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.latest_set, Qt.MouseButton.LeftButton)
    assert page.source.text() == (
        "You announce once the overdue invoices are paid, on 2026-12-14 at the latest."
    )
    _shot(dialog, "payment_waiting", tmp_path)
    page.reason.setText("The contract ends anyway.")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.go_ahead, Qt.MouseButton.LeftButton)
    assert dialog.view.payment_guard.override == "The contract ends anyway."
    assert [e.kind for e in dialog.view.events] == ["override"]
    assert page.wait_again.isVisible() and not page.go_ahead.isVisible()
    written = tmp_path / "reminder.pdf"
    dialog.choose_reminder_path = lambda name: str(written)
    qtbot.mouseClick(page.reminder, Qt.MouseButton.LeftButton)
    assert written.read_bytes().startswith(b"%PDF")


def test_a_short_notice_warns_and_one_click_runs_it_until_the_paid_work_is_done(
    qtbot, slow, tmp_path
):
    ob.start_plan(slow, "Slow to pay.", on=TODAY, notice_days=7)
    dialog = _dialog(qtbot, slow)
    page = dialog.pages[dialog.NOTICE]
    dialog.go_to(dialog.NOTICE)
    assert page.warning.isVisible() and page.warning.text().startswith("⚠ The notice ends on")
    assert page.until_suggested.text() == "Notice until “Landing page” is done"
    _shot(dialog, "notice_warning", tmp_path)
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.until_suggested, Qt.MouseButton.LeftButton)
    assert dialog.view.notice.mode == "deliverable" and not page.warning.isVisible()
    # Apply keeps every choice: "until done" and the 7 days stay as they are.
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    plan = ob.running_plan(slow)
    assert (plan.notice_days, plan.notice_deliverable_id) == (7, dialog.view.notice.deliverable_id)
    assert page.by_deliverable.isChecked() and page.days.value() == 7


def test_use_this_template_asks_before_replacing_the_users_words(qtbot, slow):
    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, slow)
    page = dialog.pages[dialog.MESSAGE]
    dialog.go_to(dialog.MESSAGE)
    asked = []
    page.ask_replace = lambda: asked.append(True) or False
    qtbot.mouseClick(page.use, Qt.MouseButton.LeftButton)  # the untouched template: no question
    assert asked == []
    page.editor.setPlainText("My own careful words.")
    qtbot.mouseClick(page.use, Qt.MouseButton.LeftButton)
    assert asked == [True] and page.editor.toPlainText() == "My own careful words."
    page.ask_replace = lambda: True
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.use, Qt.MouseButton.LeftButton)
    assert page.editor.toPlainText().startswith("Dear Roger,")


def test_the_user_picks_whom_to_refer_and_words_the_advice(qtbot, slow, tmp_path):
    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, slow)
    page = dialog.pages[dialog.REFERRALS]
    dialog.go_to(dialog.REFERRALS)
    names = {page.pick.item(i).text(): page.pick.item(i) for i in range(page.pick.count())}
    assert names["Omar Haddad"].checkState() == Qt.CheckState.Checked  # matched on wordpress
    assert names["Lina Berg"].checkState() == Qt.CheckState.Unchecked
    assert page.advice.toPlainText() == "A specialist in WordPress.\nA specialist in SEO."
    covers = page.table.model()
    assert covers.index(0, 2).data() == "WordPress"  # through the skill names, not "wordpress"
    names["Lina Berg"].setCheckState(Qt.CheckState.Checked)
    names["Omar Haddad"].setCheckState(Qt.CheckState.Unchecked)
    page.advice.setPlainText("A web agency with SEO in-house.")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    ref = dialog.view.referrals
    assert [c.name for c in ref.colleagues] == ["Lina Berg"]
    assert ref.advice == ["A web agency with SEO in-house."]
    assert "put you in touch with Lina Berg" in dialog.view.message.text
    _shot(dialog, "referrals", tmp_path)


def test_the_client_view_shows_ending_and_offers_ending_the_lowest_band(
    qtbot, slow, monkeypatch, tmp_path
):
    from clientfit.ui.client import banner
    from clientfit.ui.client.view import ClientView

    view = ClientView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    ob.start_plan(slow, "Slow to pay.", on=dt.date.today())
    with qtbot.waitSignal(view.loaded):
        view.show_client(slow.id)
    assert view.banner.isVisible() and view.banner.title.text() == "Ending"
    assert "waiting for payment of 2026-101" in view.banner.text.text()
    assert view.banner.button.text() == "Open the Plan…"
    _shot(view, "banner", tmp_path)
    ob.cancel_plan(ob.running_plan(slow))
    monkeypatch.setattr(
        banner,
        "banner_facts",
        lambda cid, status, today=None: banner.BannerFacts(False, band="consider_ending"),
    )
    from clientfit.ui.client import view as view_module

    monkeypatch.setattr(view_module, "banner_facts", banner.banner_facts)
    with qtbot.waitSignal(view.loaded):
        view.show_client(slow.id)
    assert view.banner.button.text() == "End Collaboration…"
    with qtbot.waitSignal(view.plan_requested) as asked:
        qtbot.mouseClick(view.banner.button, Qt.MouseButton.LeftButton)
    assert asked.args == [slow.id]


def test_the_contract_tab_stores_the_document_and_the_terms(qtbot, slow, tmp_path, monkeypatch):
    from clientfit.store.contracts import contract_file, contract_of, read_contract_file
    from clientfit.ui.client.view import ClientView

    view = ClientView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.show_client(slow.id)
    tab = view.contract
    signed = tmp_path / "avtal.pdf"
    signed.write_bytes(b"%PDF signed")
    tab._file = read_contract_file(signed)
    tab.notice.setValue(60)
    tab.clause.setText("§ 9")
    tab.renews.set(dt.date(2027, 1, 1))
    tab.rights.setPlainText("Portfolio use allowed.")
    assert tab.store()
    info = contract_of(slow.id)
    assert (info.notice_days, info.clause, info.renews_on, info.rights) == (
        60,
        "§ 9",
        dt.date(2027, 1, 1),
        "Portfolio use allowed.",
    )
    assert contract_file(slow.id) == ("avtal.pdf", b"%PDF signed")
    assert tab.document.text() == "avtal.pdf (stored in the database, 1 kB)"
    tab.starts.set(dt.date(2027, 6, 1))
    tab.ends.set(dt.date(2027, 1, 1))
    assert not tab.store()
    assert tab.problem.text() == "The contract ends before it starts."  # in place, no pop-up


def test_the_colleagues_page_adds_edits_and_removes_with_skills_completed(qtbot, slow):
    from clientfit.store.colleagues import colleagues
    from clientfit.ui.colleagues.dialog import ColleagueForm, ColleaguesDialog

    dialog = ColleaguesDialog()
    qtbot.addWidget(dialog)
    assert dialog.tab.model.rowCount() == 2
    from clientfit.store import colleagues as network

    form = ColleagueForm(
        lambda v: network.add_colleague(v[0], email=v[1] or None, skills=v[2]),
        network.skill_suggestions(),
    )
    qtbot.addWidget(form)
    assert "seo" in form.skills.completer_model().stringList()  # a client's need
    form.name.setText("Nordkod AB")
    form.skills.setText("se")
    form.skills.setCursorPosition(2)
    form.skills._insert("seo")
    assert form.skills.text() == "seo,"
    form.accept()
    dialog.reload()
    assert [c.name for c in colleagues()] == ["Lina Berg", "Nordkod AB", "Omar Haddad"]
    assert dialog.tab.model.rowCount() == 3


def test_settings_you_stores_the_letterhead(qtbot, slow):
    from clientfit.store.profile import profile
    from clientfit.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.you_page
    page.name.setText("Per Frilans")
    page.business.setText("Frilans AB")
    page.email.setText("per@frilans.se")
    page.reference_rate.setValue(2.25)
    page.fee.setValue(40)
    page.fee_currency.setCurrentText("eur")
    page.save()
    assert profile().sign_off() == "Per Frilans\nFrilans AB\nper@frilans.se"
    from decimal import Decimal

    from clientfit.offboarding.defaults import late_payment_terms

    assert late_payment_terms() == (Decimal("2.25"), Decimal("8.0"), Decimal("40.0"), "EUR")
    page.email.setText("not an address")
    with pytest.raises(ValueError):
        page.save()


def test_the_roster_says_ending_while_a_plan_runs(qtbot, slow):
    from clientfit.ui.roster.model import STATUS, RosterModel
    from clientfit.ui.roster.rows import load_roster_names, load_roster_rows

    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    assert [r.status for r in load_roster_names()] == ["ending"]  # from the first paint on
    rows, orders = load_roster_rows()
    assert {r.name: r.status for r in rows} == {"Hansson Bygg & Fasad": "ending"}
    model = RosterModel()
    model.set_rows(rows, orders)
    assert model.index(0, STATUS).data() == "Ending"
    assert Client.get_by_id(slow.id).status == "active"  # the stored status is unchanged


def test_the_last_step_records_what_actually_happened(qtbot, slow, tmp_path):
    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, slow)
    box = dialog.pages[dialog.REFERRALS].happened
    dialog.go_to(dialog.REFERRALS)
    assert box.list.isHidden()
    box.what.setCurrentIndex(box.what.findText("Referred to Omar Haddad"))
    box.day.setDate(QDate(2026, 12, 1))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(box.record, Qt.MouseButton.LeftButton)
    assert [(e.kind, e.on, e.label) for e in dialog.view.events] == [
        ("referred", dt.date(2026, 12, 1), "Referred to Omar Haddad")
    ]
    from clientfit.ui.common.formatting import format_day

    assert box.list.item(0).text() == f"{format_day(dt.date(2026, 12, 1))}  Referred to Omar Haddad"
    _shot(dialog, "happened", tmp_path)


def test_a_new_plan_in_the_dialog_starts_with_the_contracts_notice(qtbot, slow):
    from clientfit.store.contracts import set_contract

    set_contract(slow, notice_days=60, clause="§ 9")
    dialog = _dialog(qtbot, slow)
    assert dialog.pages[dialog.COOL_OFF].notice.value() == 60


def test_apply_keeps_until_done_when_the_deliverable_falls_back_to_days(qtbot, slow):
    # "Until done" on work due before the announcement falls back to the days (with a note);
    # Apply must keep the user's choice of deliverable, not silently reset it.
    early = Deliverable.create(client=slow, title="Logo", due_on=dt.date(2026, 11, 27))
    plan = ob.start_plan(slow, "Slow to pay.", on=TODAY, notice_days=14)
    ob.set_notice(plan, deliverable_id=early.id)
    dialog = _dialog(qtbot, slow)
    page = dialog.pages[dialog.NOTICE]
    dialog.go_to(dialog.NOTICE)
    assert dialog.view.notice.mode == "days" and dialog.view.notice.note
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(page.apply, Qt.MouseButton.LeftButton)
    plan = ob.running_plan(slow)
    assert (plan.notice_days, plan.notice_deliverable_id) == (14, early.id)


def test_the_deliverable_form_marks_paid_and_keeps_the_invoice_link(qtbot, slow, monkeypatch):
    """The user's word on "paid" (paid in advance, say) from the app, not only `deliverable
    --paid`; editing a deliverable keeps the invoice it was imported with."""
    from clientfit.ui.client import forms
    from clientfit.ui.client.view import ClientView

    audit = Deliverable.create(
        client=slow,
        title="SEO audit",
        delivered_on=dt.date(2026, 9, 18),
        invoice=Invoice.get(Invoice.number == "2026-101"),  # open
    )
    view = ClientView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.show_client(slow.id)
    [row] = [r for r in view.deliverables.model._rows if r.id == audit.id]
    assert not row.paid

    from PySide6.QtWidgets import QDialog

    def fake_exec(dialog):
        assert dialog.paid.currentData() is None  # "as the invoice says" until the user says
        dialog.paid.setCurrentIndex(dialog.paid.findData(True))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms.FormDialog, "exec", fake_exec)
    with qtbot.waitSignal(view.loaded):
        view.edit_deliverable(row)
    audit = Deliverable.get_by_id(audit.id)
    assert audit.paid is True and audit.invoice_id is not None
    [row] = [r for r in view.deliverables.model._rows if r.id == audit.id]
    assert row.paid and row.invoice_number == "2026-101"


def test_until_done_offers_only_work_still_to_deliver(qtbot, slow):
    """A deliverable already delivered cannot end a notice: the list leaves it out."""
    Deliverable.create(client=slow, title="Old logo", delivered_on=dt.date(2026, 6, 1))
    ob.start_plan(slow, "Slow to pay.", on=TODAY)
    dialog = _dialog(qtbot, slow)
    combo = dialog.pages[dialog.NOTICE].deliverable
    assert [combo.itemText(i).split(" (")[0] for i in range(combo.count())] == ["Landing page"]
