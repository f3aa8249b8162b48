"""The main window: clients, client details, add / edit / rename / archive / delete, search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from clientfit.store import clients
from clientfit.store.models import Client, Note
from clientfit.store.summaries import client_summaries
from clientfit.ui.client import forms as dialogs
from clientfit.ui.roster.model import RosterModel
from clientfit.ui.window.main_window import MainWindow


def _names(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, RosterModel.NAME).data() for r in range(proxy.rowCount())]


def test_main_window_shows_the_demo_portfolio_with_its_first_client_selected(
    qtbot, demo_db, open_window
):
    window = open_window()
    assert window.proxy.rowCount() == 8
    assert window.current_client_id() is not None
    assert window.client_view.title.text() == _names(window)[0]
    assert window.client_view.messages.model.rowCount() > 0


def test_search_filters_the_roster_ignoring_case(qtbot, demo_db, open_window):
    window = open_window()
    qtbot.keyClicks(window.search, "BAGERI")
    assert _names(window) == ["Nordlys Bageri AB"]
    window.search.clear()
    assert window.proxy.rowCount() == 8


def test_sorting_by_outstanding_orders_the_roster_by_what_is_owed(qtbot, demo_db, open_window):
    window = open_window()
    window.table.sortByColumn(RosterModel.OUTSTANDING, Qt.SortOrder.AscendingOrder)
    owed = {s.name: s.outstanding for s in client_summaries()}
    names = _names(window)
    assert [owed[n] for n in names] == sorted(owed.values())
    window.table.sortByColumn(RosterModel.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(window)[0] == "Sundqvist Event & PR"


def _fill_and_accept(monkeypatch, fill, said=None):
    """Replace exec() of form dialogs: fill the form, press OK, report whether it closed; what
    the form said under its fields (inline, no pop-up) is added to `said`."""

    def fake_exec(self):
        fill(self)
        self.accept()
        if said is not None:
            said.extend(m.text() for m in self.messages.values() if m.has_error())
        return self.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.FormDialog, "exec", fake_exec)


def test_adding_a_client_through_the_window_stores_it_and_selects_it(
    qtbot, wait_roster, main_window, monkeypatch
):
    def fill(d):
        d.name.setText("  Åsa Östlund Design 🎨  ")
        d.needs.setText("branding, print")

    _fill_and_accept(monkeypatch, fill)
    main_window.act_new.trigger()
    wait_roster(main_window)
    client = clients.find_client("åsa östlund design 🎨")
    assert client is not None and client.name == "Åsa Östlund Design 🎨"
    assert clients.needs_of(client) == ["branding", "print"]
    assert main_window.client_view.title.text() == "Åsa Östlund Design 🎨"


def test_an_empty_or_duplicate_name_is_refused_with_a_message_and_nothing_stored(
    qtbot, wait_roster, main_window, monkeypatch
):
    clients.add_client("Acme")
    said = []
    for name in ("   ", "ACME"):

        def fill(d, name=name):
            d.name.setText(name)

        _fill_and_accept(monkeypatch, fill, said)
        main_window.act_new.trigger()
    wait_roster(main_window)
    assert said == ["The client name cannot be empty.", "A client named “Acme” already exists."]
    assert Client.select().count() == 1


def test_editing_a_client_changes_its_terms_and_gut(qtbot, wait_roster, main_window, monkeypatch):
    clients.add_client("Acme")
    main_window.refresh()
    wait_roster(main_window)

    def fill(d):
        d.terms.setValue(45)
        d.gut.setCurrentIndex(d.gut.findData(2))

    _fill_and_accept(monkeypatch, fill)
    main_window.act_edit.trigger()
    wait_roster(main_window)
    client = clients.get_client("acme")
    assert (client.payment_terms_days, client.gut) == (45, 2)


def test_delete_asks_first_and_no_keeps_the_client(qtbot, wait_roster, main_window, monkeypatch):
    clients.add_client("Acme")
    main_window.refresh()
    wait_roster(main_window)
    from clientfit.ui.client import delete_dialog

    def answer(choice):
        def fake_exec(dialog):
            dialog.choice = choice
            return 1 if choice else 0

        return fake_exec

    monkeypatch.setattr(delete_dialog.DeleteClientDialog, "exec", answer(None))  # Cancel
    main_window.act_delete.trigger()
    wait_roster(main_window)
    assert Client.select().count() == 1
    monkeypatch.setattr(delete_dialog.DeleteClientDialog, "exec", answer(delete_dialog.DELETE))
    main_window.act_delete.trigger()
    wait_roster(main_window)
    assert Client.select().count() == 0
    assert main_window.proxy.rowCount() == 0


def test_archive_keeps_the_client_and_the_filter_can_hide_it(qtbot, wait_roster, main_window):
    clients.add_client("Acme")
    clients.add_client("Beta")
    main_window.refresh()
    wait_roster(main_window)
    main_window.select_client(clients.get_client("acme").id)
    main_window.act_archive.trigger()
    wait_roster(main_window)
    assert clients.get_client("acme").status == "archived"
    main_window.show_archived.setChecked(False)
    assert _names(main_window) == ["Beta"]


def test_rename_with_f2_refuses_a_duplicate_then_accepts_a_new_name(
    qtbot, wait_roster, main_window, monkeypatch
):

    clients.add_client("Acme")
    clients.add_client("Beta")
    main_window.refresh()
    wait_roster(main_window)
    main_window.select_client(clients.get_client("acme").id)
    said = []

    def fill(d):
        d.name.setText("beta")
        d.accept()  # taken: said under the field, the dialog stays open
        said.extend(m.text() for m in d.messages.values() if m.has_error())
        d.name.setText("Acme Labs")

    _fill_and_accept(monkeypatch, fill)
    main_window.act_rename.trigger()
    wait_roster(main_window)
    assert said == ["A client named “beta” already exists."]
    assert clients.find_client("acme labs") is not None


@pytest.mark.parametrize("body", ["x" * 10_000, "Möte i Göteborg 🚀 — «Привет» 你好"])
def test_long_and_international_notes_are_stored_faithfully(
    qtbot, wait_roster, main_window, monkeypatch, body
):
    clients.add_client("Acme")
    main_window.refresh()
    wait_roster(main_window)
    _fill_and_accept(monkeypatch, lambda d: d.body.setPlainText(body))
    main_window.client_view.notes.add_button.click()
    assert Note.get().body == body


def test_every_control_in_the_window_has_an_accessible_name(qtbot, demo_db, open_window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QTableView,
    )

    window = open_window()
    unnamed = [
        type(w).__name__
        for cls in (QLineEdit, QComboBox, QTableView, QAbstractButton)
        for w in window.findChildren(cls)
        if w.isVisibleTo(window)
        and not w.accessibleName()
        and not getattr(w, "text", lambda: "")()
        # Qt's own sub-controls (table corner, line-edit clear icon, tab bar scrollers) are exempt
        and w.metaObject().className() not in {"QTableCornerButton", "QLineEditIconButton"}
        and w.parent().metaObject().className() != "QTabBar"
    ]
    assert unnamed == []


def test_contacts_are_added_edited_and_deleted_from_the_client_view(
    qtbot, wait_roster, main_window, monkeypatch
):
    clients.add_client("Acme")
    main_window.refresh()
    wait_roster(main_window)
    view = main_window.client_view

    def fill(d):
        d.name.setText("Anna Ångström")
        d.emails.setText("anna@acme.se, anna.a@acme.se")
        d.phones.setText("+46 70 111 22 33")

    _fill_and_accept(monkeypatch, fill)
    view.contacts.add_button.click()
    [info] = clients.contacts_of(clients.get_client("acme"))
    assert info.emails == ["anna@acme.se", "anna.a@acme.se"] and info.phones == ["+46 70 111 22 33"]
    wait_roster(main_window)  # the view reloads the client's records in the background
    assert view.contacts.model.rowCount() == 1
    view.contacts.table.selectRow(0)
    _fill_and_accept(monkeypatch, lambda d: d.title.setText("CEO"))
    view.contacts.edit_button.click()
    assert clients.contacts_of(clients.get_client("acme"))[0].title == "CEO"
    wait_roster(main_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.contacts.table.selectRow(0)
    view.contacts.delete_button.click()
    assert clients.contacts_of(clients.get_client("acme")) == []
    wait_roster(main_window)
    assert view.contacts.model.rowCount() == 0


def test_a_deliverable_with_a_bad_price_is_refused_and_a_good_one_stored(
    qtbot, wait_roster, main_window, monkeypatch
):
    clients.add_client("Acme")
    main_window.refresh()
    wait_roster(main_window)
    said = []

    def fill(price):
        def f(d):
            d.title_edit.setText("Logo")
            d.amount.setText(price)

        return f

    _fill_and_accept(monkeypatch, fill("twelve"), said)
    main_window.client_view.deliverables.add_button.click()
    assert said == ["The price must be a number, e.g. 12500 or 12500.50."]
    _fill_and_accept(monkeypatch, fill("12 500,50"))
    main_window.client_view.deliverables.add_button.click()
    wait_roster(main_window)  # the view reloads the client's records in the background
    [row] = main_window.client_view.deliverables.model._rows
    assert (row.title, str(row.amount)) == ("Logo", "12500.50")


def test_window_geometry_and_splitter_are_remembered_between_sessions(qtbot, database, open_window):
    first = open_window()
    first.resize(1100, 700)
    first.splitter.setSizes([300, 700])
    left, right = first.splitter.sizes()
    first.close()
    second = open_window()
    # the offscreen test screen is 800 px wide, so Qt clamps the width; height and proportions stay
    assert second.height() == 700
    new_left, new_right = second.splitter.sizes()
    assert abs(new_left / (new_left + new_right) - left / (left + right)) < 0.05


def test_the_trend_is_filled_when_the_demo_arrives_after_an_empty_first_load(
    qtbot, main_window, wait_roster
):
    from clientfit.store.demo import load_demo
    from clientfit.store.models import HealthSnapshot
    from clientfit.ui.common.tasks import drain_background

    drain_background()
    assert HealthSnapshot.select().count() == 0  # nothing to snapshot yet
    load_demo()  # what the first-start offer does
    main_window.refresh()
    wait_roster(main_window)
    drain_background()
    months = {m for (m,) in HealthSnapshot.select(HealthSnapshot.month).distinct().tuples()}
    assert len(months) == 12


def test_the_main_window_keeps_the_contract_its_command_mixins_rely_on(main_window):
    from clientfit.ui.window.host import host_members

    main_window.ensure_panels()
    missing = [name for name in host_members() if not hasattr(main_window, name)]
    assert missing == []
