"""Numbers in factor details, written the way each language writes them (12,000.5 / 12 000,5)."""

from __future__ import annotations

from clientfit.common.numbers import number_text


def number(value: float, decimals: int = 0, lang: str = "en") -> str:
    """The factor details' numbers: common.numbers' grammar (12,000.5 / 12 000,5)."""
    return number_text(value, decimals, lang)


def percent(share: float, lang: str = "en") -> str:
    """A share 0..1 as a whole percentage ("38")."""
    return number(round(share * 100), 0, lang)


def money(minor: float, lang: str = "en") -> str:
    """Minor units as whole major units ("12,000")."""
    return number(round(minor / 100), 0, lang)


def clamp(value: float) -> float:
    """Into 0..1."""
    return 0.0 if value < 0 else 1.0 if value > 1 else value
