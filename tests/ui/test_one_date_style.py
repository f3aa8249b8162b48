"""Every date the app shows reads as the chosen language writes it (`common/dates.py`: "6 Dec 2026"
/ "6 dec. 2026"), never ISO (2026-12-06) beside it: Settings' pages (days off, exchange rates, mail
sources, backups), the Backups dialog and the date editors (issue 17, point 3).

The test fills each place with a date, then reads every text a user can see on the widget:
labels, buttons, line and date editors, list items, table cells and tooltips.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from clientfit.common.dates import day_text

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY = dt.date(2026, 12, 6)


def shown_texts(root: QWidget) -> list[str]:
    """What a user can read on `root` and its children, each with where it was found."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        if widget.toolTip():
            texts.append(f"{name} tip: {widget.toolTip()}")
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(f"{name}: {widget.text()}")
        if isinstance(widget, QAbstractSpinBox):
            texts.append(f"{name}: {widget.text()}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root_index = widget.rootIndex()
            for row in range(model.rowCount(root_index)):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                for column in range(columns):
                    index = model.index(row, column, root_index)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            texts.append(f"{name} cell {row},{column}: {value}")
    return texts


def iso_dates(root: QWidget) -> list[str]:
    return [t for t in shown_texts(root) if ISO.search(t)]


@pytest.fixture
def dated(database, db_path, tmp_path, monkeypatch):
    """A day off, an exchange rate, a mail source synced once and a backup, all on DAY."""
    from tests.intake.sync_helpers import make_maildir

    from clientfit.health import config
    from clientfit.intake.sources import add_local
    from clientfit.store import rates
    from clientfit.store.backup import backup_database
    from clientfit.store.source_models import SyncSource

    config.save_settings(replace(config.load_settings(), days_off=(DAY.isoformat(),)))
    rates.set_rate("EUR", "11.40", DAY)
    source = add_local("maildir", make_maildir(tmp_path / "Maildir"))
    SyncSource.update(synced_at=dt.datetime(2026, 12, 6, 9, 30)).where(
        SyncSource.id == source.id
    ).execute()
    backup_database(db_path, reason="manual", now=dt.datetime(2026, 12, 6, 9, 30, tzinfo=dt.UTC))
    monkeypatch.setenv("HOME", str(tmp_path))
    return db_path


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_no_settings_page_shows_an_iso_date(qtbot, dated, speaking, lang):
    from PySide6.QtWidgets import QMainWindow

    from clientfit.ui.settings.dialog import SettingsDialog

    speaking(lang)
    window = QMainWindow()
    window.db_path = str(dated)
    qtbot.addWidget(window)
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    written = day_text(DAY, lang)

    assert iso_dates(dialog) == []
    pages = (dialog.health_page, dialog.money_page)
    for page in pages:  # the date is there, in the app's style
        assert any(written in t for t in shown_texts(page)), (type(page).__name__, written)
    rate = {"en": "1 EUR = 11.40 SEK", "sv": "1 EUR = 11,40 SEK"}[lang]  # numbers likewise
    assert any(rate in t for t in shown_texts(dialog.money_page))


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_backups_dialog_dates_its_backups_in_the_app_style(qtbot, dated, speaking, lang):
    from clientfit.ui.backups.dialog import BackupsDialog

    speaking(lang)
    dialog = BackupsDialog(dated)
    qtbot.addWidget(dialog)

    assert iso_dates(dialog) == []
    assert any(day_text(DAY, lang) in t for t in shown_texts(dialog))


def test_a_day_off_added_in_settings_is_stored_as_a_date_and_shown_in_words(qtbot, dated):
    from PySide6.QtCore import QDate

    from clientfit.ui.settings.health_page import HealthSettingsPage

    page = HealthSettingsPage()
    qtbot.addWidget(page)
    page.day_off_edit.setDate(QDate(2027, 1, 2))
    page._add_day_off()

    assert page.settings().days_off == ("2026-12-06", "2027-01-02")
    assert [page.days_off.item(i).text() for i in range(page.days_off.count())] == [
        "6 Dec 2026",
        "2 Jan 2027",
    ]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_main_window_shows_no_iso_date_for_any_demo_client(
    demo_db, open_window, show_named, speaking, lang
):
    speaking(lang)
    window = open_window()
    found = []
    for row in range(window.model.rowCount()):
        show_named(window, window.model.row_at(row).name)
        found += iso_dates(window)
    assert found == []


@pytest.mark.parametrize(
    ("lang", "first", "last"), [("en", "Jan 2026", "Dec 2026"), ("sv", "jan. 2026", "dec. 2026")]
)
def test_the_trend_chart_names_its_months_in_the_app_style(qtbot, speaking, lang, first, last):
    from clientfit.ui.health.charts import TrendChart

    speaking(lang)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_points([("2026-01", 80), ("2026-12", 61)])
    assert chart.accessibleDescription() == f"{first}: 80, {last}: 61"
