"""Money and numbers as each language writes them, from one home (common.numbers)."""

from __future__ import annotations

from decimal import Decimal

from clientfit.common.numbers import NBSP, money_text, number_text


def test_english_and_swedish_grammar():
    assert number_text(12000.5, 1) == "12,000.5"
    assert number_text(12000.5, 1, "sv") == f"12{NBSP}000,5"
    assert money_text(Decimal("12500"), "SEK") == "12,500.00 SEK"
    assert money_text(Decimal("12500"), "SEK", "sv") == f"12{NBSP}500,00 SEK"
    assert money_text(Decimal("7.5"), "EUR", keep_together=True) == f"7.50{NBSP}EUR"


def test_the_checklist_the_packet_and_the_health_details_write_it_alike():
    from clientfit.health.numbers import number
    from clientfit.packet.texts import Texts

    amount = Decimal("14900")
    assert Texts("sv").money(amount, "SEK").replace(NBSP, " ") == "14 900,00 SEK"
    assert number(14900, 0, "sv") == number_text(14900, 0, "sv")
