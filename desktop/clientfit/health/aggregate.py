"""How the factors' risks become one score, monotone: more trouble never raises it.

The score is 100 × (1 − the larger of two risks), both over every factor, a factor without data
counting as risk 0:

- the weighted quadratic mean, √(Σ weight × risk² ÷ Σ weight): several factors in trouble add up,
  and one in real trouble weighs more than in a plain average;
- the worst single factor, WORST_SHARE × risk × weight ÷ the largest weight: one factor in full
  trouble is not diluted by the others looking fine or having no data (with the quadratic mean
  alone, a client who never pays on time and has six quiet factors kept 57 points, Watch; this
  puts it at 35, Consider ending, as the article's "always slow to pay" client should be).

Both risks only grow when any factor's risk does (no data -> 0 -> higher), and so does their
maximum: a factor gaining data, a higher risk, a new consideration, a lower gut rating can only
lower the score or leave it (the weighted quadratic mean over the factors *with* data, used
before issue 13, rose when a low-risk factor gained data). Scaling every weight alike changes
nothing: weights say how factors count against each other.

What a weight means follows: a factor at full risk on its own takes
max(WORST_SHARE × weight ÷ largest weight, √(weight ÷ total weight)) × 100 points off
(`full_risk_points`; `weight_meaning` says it in words for the settings and the packet).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clientfit.i18n import N_, gettext_for

if TYPE_CHECKING:
    from clientfit.health.factors import Factor

WORST_SHARE = 0.65  # the share of the score the heaviest factor at full risk takes on its own

WEIGHT_MEANING = N_(
    "A factor's weight says how much it counts against the others. On its own, a factor at full "
    "risk takes 65 × (its weight ÷ the largest weight) points off, or 100 × √(its weight ÷ the "
    "sum of all weights) if that is more; several factors in trouble take more together, and a "
    "factor without data counts as no risk. More trouble in any factor never raises a score."
)


def combine_risks(pairs: Iterable[tuple[float | None, float]]) -> int | None:
    """0..100 from (risk or None, weight) pairs; None counts as 0 and every weight counts
    (None when no weight is above zero). See the module docstring."""
    total = weighted = heaviest = worst = 0.0
    for risk, weight in pairs:
        if weight > 0:
            total += weight
            if weight > heaviest:
                worst *= heaviest / weight  # the worst so far, against the new largest weight
                heaviest = weight
            if risk:
                weighted += weight * risk * risk
                worst = max(worst, risk * weight / heaviest)
    if total <= 0:
        return None
    risk = max(math.sqrt(weighted / total), WORST_SHARE * worst)
    return round(100 * (1 - min(1.0, risk)))


def combine(factor_list: list[Factor]) -> int | None:
    """The score of a client's factors (all of them: see the module docstring)."""
    return combine_risks((f.risk, f.weight) for f in factor_list)


def full_risk_points(weight: float, weights: dict[str, float]) -> int:
    """How many points one factor at full risk takes off on its own, with these weights."""
    counted = [w for w in weights.values() if w > 0]
    if weight <= 0 or not counted:
        return 0
    share = max(WORST_SHARE * weight / max(counted), math.sqrt(weight / sum(counted)))
    return round(100 * min(1.0, share))


def weight_meaning(lang: str | None = None) -> str:
    """What a factor weight means, in one paragraph (the settings page and the packet show it)."""
    from clientfit.i18n import current_language

    return gettext_for(lang or current_language())(WEIGHT_MEANING)
