"""How the factors' risks become one score, monotone: more trouble never raises it.

The score is 100 × (1 − √(Σ weight × risk² ÷ Σ weight)), where both sums run over every factor
and a factor without data counts as risk 0. Because the denominator does not depend on which
factors have data, a factor gaining data, any risk rising, a new consideration, a lower gut
rating can only lower the score or leave it (the weighted quadratic mean over the factors *with*
data, used before, rose when a low-risk factor gained data). The quadratic mean keeps one factor
in real trouble weighing more than an average would.

What a weight means follows from the formula: a factor's weight is its share of the whole; a
factor at full risk on its own takes 100 × √(weight ÷ total weight) points off.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clientfit.i18n import N_, gettext_for

if TYPE_CHECKING:
    from clientfit.health.factors import Factor

WEIGHT_MEANING = N_(
    "A factor's weight is its share of the score: a factor at full risk on its own takes "
    "100 × √(its weight ÷ the sum of all weights) points off, and a factor without data counts "
    "as no risk. More trouble in any factor never raises a score."
)


def combine_risks(pairs: Iterable[tuple[float | None, float]]) -> int | None:
    """0..100 from (risk or None, weight) pairs; None counts as 0 and every weight counts
    (None when no weight is above zero)."""
    total = weighted = 0.0
    for risk, weight in pairs:
        if weight > 0:
            total += weight
            if risk:
                weighted += weight * risk * risk
    if total <= 0:
        return None
    return round(100 * (1 - math.sqrt(weighted / total)))


def combine(factor_list: list[Factor]) -> int | None:
    """The score of a client's factors (all of them: see the module docstring)."""
    return combine_risks((f.risk, f.weight) for f in factor_list)


def full_risk_points(weight: float, weights: dict[str, float]) -> int:
    """How many points one factor at full risk takes off on its own, with these weights."""
    total = sum(w for w in weights.values() if w > 0)
    return round(100 * math.sqrt(weight / total)) if total > 0 and weight > 0 else 0


def weight_meaning(lang: str | None = None) -> str:
    """What a factor weight means, in one paragraph (the settings page and the packet show it)."""
    from clientfit.i18n import current_language

    return gettext_for(lang or current_language())(WEIGHT_MEANING)
