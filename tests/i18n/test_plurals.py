"""Counted words agree with their number in both languages: "1 day", never "1 days" / "1 dagar"."""

from __future__ import annotations

import datetime as dt

import pytest


def test_a_payment_term_of_one_day_says_day(qtbot, database):
    from clientfit.ui.client.forms import ClientDialog, ClientValues

    dialog = ClientDialog(lambda v: v, ClientValues("Acme", "", "SEK", 1, False, None))
    qtbot.addWidget(dialog)
    assert dialog.terms.text() == "1 day"
    dialog.terms.setValue(2)
    assert dialog.terms.text() == "2 days"


def test_a_payment_term_of_one_day_says_dag_in_swedish(qtbot, database, swedish):
    from clientfit.ui.client.forms import ClientDialog, ClientValues

    dialog = ClientDialog(lambda v: v, ClientValues("Acme", "", "SEK", 1, False, None))
    qtbot.addWidget(dialog)
    assert dialog.terms.text() == "1 dag"
    dialog.terms.setValue(30)
    assert dialog.terms.text() == "30 dagar"


def test_yesterday_is_yesterday_in_the_coming_up_list(qapp):
    from clientfit.ui.offboarding.upcoming import _in_days

    assert [_in_days(n) for n in (-2, -1, 0, 1, 2)] == [
        "2 days ago",
        "yesterday",
        "today",
        "tomorrow",
        "in 2 days",
    ]


@pytest.mark.parametrize(
    ("lang", "one", "many"), [("en", "1 day", "3 days"), ("sv", "1 dag", "3 dagar")]
)
def test_the_notice_note_agrees_with_its_number(lang, one, many):
    from clientfit.i18n import ngettext_for

    ngettext = ngettext_for(lang)
    singular = "“{title}” has no due date, so the notice is {n} day."
    plural = "“{title}” has no due date, so the notice is {n} days."
    assert ngettext(singular, plural, 1).format(title="X", n=1).endswith(one + ".")
    assert ngettext(singular, plural, 3).format(title="X", n=3).endswith(many + ".")


def test_every_counted_message_of_the_swedish_catalog_has_both_forms():
    from pathlib import Path

    from babel.messages.pofile import read_po

    po = Path(__file__).resolve().parents[2] / "resources/locale/sv/LC_MESSAGES/clientfit.po"
    catalog = read_po(po.open("rb"))
    plural = [m for m in catalog if m.id and isinstance(m.id, tuple)]
    assert plural
    missing = [m.id[0] for m in plural if not all(m.string)]
    assert not missing, missing


def test_the_payment_reminder_says_one_day_late(database):
    from decimal import Decimal

    from clientfit.i18n import ngettext_for

    for lang, expected in (("en", "(1 day late)"), ("sv", "(1 dag sen)")):
        line = ngettext_for(lang)(
            "- Invoice {number}, due {due}: {amount} ({days} day late)",
            "- Invoice {number}, due {due}: {amount} ({days} days late)",
            1,
        ).format(number="1", due=dt.date(2026, 1, 1), amount=Decimal(1), days=1)
        assert line.endswith(expected)
