"""Numbers and money as each language writes them: 12,500.00 SEK in English, 12 500,00 SEK in
Swedish (a no-break space between thousands, a comma before the decimals).

The one home for this grammar: the health factors' details, the offboarding checklist and
messages, the packet, and the app (through `ui/common/formatting.py`, in the app's language), so
an amount reads the same on screen and on paper. Money is never summed across currencies here:
each amount carries its own.
"""

from __future__ import annotations

from decimal import Decimal

NBSP = "\u00a0"


def number_text(value: float | Decimal, decimals: int = 0, lang: str = "en") -> str:
    """12,000.5 / 12 000,5 (a no-break space between thousands in Swedish)."""
    text = f"{value:,.{decimals}f}"
    if lang == "sv":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def money_text(
    amount: Decimal | float | int, currency: str, lang: str = "en", *, keep_together: bool = False
) -> str:
    """An amount with two decimals and its currency code: "12,500.00 SEK" / "12 500,00 SEK".
    `keep_together` joins amount and code with a no-break space (print, where lines wrap)."""
    value = Decimal(amount).quantize(Decimal("0.01"))
    return f"{number_text(value, 2, lang)}{NBSP if keep_together else ' '}{currency}"
