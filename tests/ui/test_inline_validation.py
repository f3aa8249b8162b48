"""Forms say what is wrong under the field it is about, and never with a pop-up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_pop_ups(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"a pop-up for a typing mistake: {args[2:] or kwargs}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_address_that_is_not_one_is_said_as_the_field_is_left(qtbot, database):
    from clientfit.ui.client.forms import ContactDialog

    dialog = _show(qtbot, ContactDialog(lambda v: v))
    message = dialog.messages[dialog.emails]
    dialog.emails.setText("karin@wordy.se, karin.wordy.se")
    dialog.emails.editingFinished.emit()

    assert message.isVisible()
    assert message.text() == "“karin.wordy.se” is not an e-mail address."
    assert "border" in dialog.emails.styleSheet()  # the field is outlined
    assert dialog.emails.accessibleDescription() == message.text()

    dialog.emails.setText("karin@wordy.se")
    dialog.emails.editingFinished.emit()
    assert not message.isVisible() and dialog.emails.styleSheet() == ""


def test_ok_with_an_empty_name_keeps_the_form_open_and_points_at_the_field(qtbot, database):
    from clientfit.ui.client.forms import ClientDialog

    submitted = []
    dialog = _show(qtbot, ClientDialog(submitted.append))
    dialog.needs.setText("branding")
    dialog.accept()

    assert dialog.isVisible() and not submitted
    assert dialog.messages[dialog.name].text() == "The client name cannot be empty."
    assert dialog.messages[dialog.name].isVisible()
    qtbot.waitUntil(dialog.name.hasFocus)
    assert dialog.needs.text() == "branding"  # nothing typed is lost


def test_a_bad_price_is_said_under_the_price(qtbot, database):
    from clientfit.ui.client.forms import DeliverableDialog

    submitted = []
    dialog = _show(qtbot, DeliverableDialog(submitted.append))
    dialog.title_edit.setText("Logo")
    dialog.amount.setText("twelve")
    dialog.accept()

    assert not submitted and dialog.isVisible()
    assert dialog.messages[dialog.amount].text() == (
        "The price must be a number, e.g. 12500 or 12500.50."
    )
    dialog.amount.setText("12 500,50")
    dialog.accept()
    assert [v.amount for v in submitted] == [__import__("decimal").Decimal("12500.50")]


def test_what_the_store_refuses_on_saving_goes_under_the_field_it_is_about(qtbot, database):
    from clientfit.store import clients
    from clientfit.ui.client.forms import ClientDialog

    clients.add_client("Acme")
    dialog = _show(qtbot, ClientDialog(lambda v: clients.add_client(v.name)))
    dialog.name.setText("ACME")
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.messages[dialog.name].text() == "A client named “Acme” already exists."


def test_a_colleague_form_checks_its_address_inline(qtbot, database):
    from clientfit.ui.colleagues.dialog import ColleagueForm

    dialog = _show(qtbot, ColleagueForm(lambda v: v, []))
    dialog.name.setText("Lina")
    dialog.email.setText("lina-at-home")
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.messages[dialog.email].text() == "“lina-at-home” is not an e-mail address."
