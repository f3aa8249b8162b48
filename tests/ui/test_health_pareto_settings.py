"""The Pareto view and the settings dialog's Health page (offscreen; Qt warnings fail a test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from clientfit.health import config
from clientfit.ui.health.pareto import SORT_ROLE, ParetoTableModel, ParetoView


@pytest.fixture
def pareto_view(qtbot, demo_db):
    view = ParetoView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    return view


def test_the_pareto_view_names_the_top_fifth_and_what_they_cost(pareto_view):
    text = pareto_view.headline.text()
    assert text.startswith("The top 2 of 8 clients (")
    assert "Hansson Bygg & Fasad" in text and "Sundqvist Event & PR" in text
    assert "of your time and messages and bring" in text
    assert pareto_view.result.top_names == ["Hansson Bygg & Fasad", "Sundqvist Event & PR"]


def test_the_pareto_table_lists_everyone_by_trouble_minus_revenue_with_the_top_in_bold(
    pareto_view,
):
    proxy = pareto_view.proxy
    assert proxy.rowCount() == 8
    gaps = [proxy.index(r, ParetoTableModel.DIFFERENCE).data(SORT_ROLE) for r in range(8)]
    assert gaps == sorted(gaps, reverse=True)
    assert proxy.index(0, ParetoTableModel.DIFFERENCE).data().startswith("+")
    first = proxy.index(0, ParetoTableModel.CLIENT)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert proxy.index(7, ParetoTableModel.CLIENT).data(Qt.ItemDataRole.FontRole) is None
    cumulative = proxy.index(7, ParetoTableModel.CUMULATIVE).data()
    assert cumulative.replace(",", ".") == "100.0 %"


def test_the_pareto_chart_paints_and_sorting_the_table_works(qtbot, pareto_view):
    assert not pareto_view.chart.grab().isNull()
    assert pareto_view.chart.height() >= 40 + 8 * pareto_view.chart.ROW_H
    pareto_view.table.sortByColumn(ParetoTableModel.REVENUE_SHARE, Qt.SortOrder.DescendingOrder)
    top = pareto_view.proxy.index(0, ParetoTableModel.CLIENT).data()
    # revenue is what was invoiced in the 12 months, paid or not (DESIGN.md)
    assert top == "Fjällvind Outdoor AB"


def test_pareto_table_model_passes_the_model_tester(qtmodeltester, demo_db):
    from clientfit.health import pareto

    model = ParetoTableModel()
    model.set_result(pareto())
    qtmodeltester.check(model)


def test_an_empty_portfolio_says_so(qtbot, database):
    view = ParetoView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.headline.text().startswith("No hours, messages or payments")
    assert not view.chart.grab().isNull()


# --- settings ----------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, database):
    from clientfit.ui.settings.dialog import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    return d


def test_the_health_page_shows_the_defaults(dialog):
    page = dialog.health_page
    assert dialog.tabs.tabText(0) == "&Health"
    assert [b.isChecked() for b in page.day_boxes] == [True] * 5 + [False] * 2
    assert page.settings().work_start == "08:00" and page.settings().work_end == "18:00"
    phrases = dialog.phrases_page
    assert dialog.tabs.tabText(1) == "&Phrases"
    assert all(edit.toPlainText() == "" for edit in phrases.edits.values())
    assert page.target.value() == 0  # "the portfolio's median"
    assert page.settings().target_rate is None


def test_ok_saves_the_health_settings_and_says_so(qtbot, dialog):
    page = dialog.health_page
    page.day_boxes[4].setChecked(False)  # Fridays off
    page.end.setTime(page.end.time().fromString("17:00", "HH:mm"))
    page.zone.setCurrentIndex(page.zone.findData("America/New_York"))
    page.target.setValue(900)
    page.weights["gut"].setValue(3)
    page.day_off_edit.setDate(page.day_off_edit.date().fromString("2026-12-24", "yyyy-MM-dd"))
    page._add_day_off()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    saved = config.load_settings()
    assert saved.work_days == (0, 1, 2, 3) and saved.work_end == "17:00"
    assert saved.time_zone == "America/New_York" and saved.target_rate == 900
    assert saved.weights["gut"] == 3
    assert saved.days_off == ("2026-12-24",)
    assert not dialog.phrases_changed


def test_an_invalid_setting_keeps_the_dialog_open_and_says_why_in_place(qtbot, dialog, monkeypatch):
    def no_pop_up(*args):
        raise AssertionError("a pop-up")

    monkeypatch.setattr(QMessageBox, "warning", no_pop_up)
    page = dialog.health_page
    page.zone.setEditText("Mars/Olympus_Mons")
    dialog.page_list.setCurrentRow(3)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is page
    assert dialog.error_line.isVisible()
    assert dialog.error_line.text().startswith("Health: ")
    assert "Unknown time zone" in dialog.error_line.text()


def test_restore_defaults_and_other_pages_can_be_added(qtbot, dialog):
    from PySide6.QtWidgets import QWidget

    class Page(QWidget):
        saved = False

        def save(self):
            Page.saved = True

    page = dialog.health_page
    page.weights["pareto"].setValue(7)
    page.restore_defaults()
    assert page.weights["pareto"].value() == config.DEFAULT_WEIGHTS["pareto"]
    before = dialog.tabs.count()
    assert dialog.add_page(Page(), "&Offboarding") == before
    dialog.accept()
    assert Page.saved


def test_new_phrases_read_the_imported_mail_again_before_saved(qtbot, dialog, tmp_path):
    from clientfit.intake import run_import
    from clientfit.store.clients import add_client
    from clientfit.store.models import Message

    add_client("Wordy AB", email="karin@wordy.se")
    mbox = tmp_path / "wordy.mbox"
    mbox.write_bytes(
        b"From - Mon Jan 05 09:00:00 2026\nMessage-ID: <w1@wordy.se>\n"
        b"Date: Mon, 5 Jan 2026 10:00:00 +0100\nFrom: karin@wordy.se\nTo: eva@studio.se\n"
        b"Subject: Skisserna\n\nHelt fel igen, tyv\xc3\xa4rr.\n"
    )
    run_import(mbox)
    assert Message.get().not_quite is False
    dialog.phrases_page.edits["not_quite"].setPlainText("helt fel")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    assert dialog.phrases_changed
    message = Message.get()
    assert (message.not_quite, message.excerpt) == (True, "Helt fel igen, tyvärr.")


def test_the_money_page_sets_the_base_currency_and_rates_on_ok(qtbot, demo_db):
    import datetime as dt
    from decimal import Decimal

    from clientfit.store.clients import add_client, get_client, update_client
    from clientfit.store.rates import base_currency, base_currency_is_set, rates_on
    from clientfit.ui.settings.dialog import SettingsDialog

    update_client(add_client("Euro GmbH"), currency="EUR")
    update_client(add_client("Oslo AS"), currency="NOK")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.money_page
    assert page.base_code() == "SEK"
    assert "No rate for EUR, NOK" in page.missing_note.text()
    page.currency.setText("eur")
    page.rate.setText("11,42")
    page.on.setDate(dt.date(2026, 1, 1))
    page.add_button.click()
    assert page.model.rowCount() == 1 and page.error.text() == ""
    assert "No rate for NOK" in page.missing_note.text()
    page.currency.setText("SEK")
    page.rate.setText("2")
    page.add_button.click()
    assert "base currency" in page.error.text() and page.model.rowCount() == 1
    assert rates_on(dt.date(2026, 6, 1)) == {"SEK": 1}  # nothing stored before OK
    dialog.accept()
    assert base_currency_is_set() and base_currency() == "SEK"
    assert rates_on(dt.date(2026, 6, 1))["EUR"] == Decimal("11.42")
    assert get_client("Euro GmbH").currency == "EUR"
