"""The gauge's bands: thresholds, names and colours, defined once.

The Qt gauge, the roster marker, the PDF gauge and the CLI all read these; nothing else may
hard-code a threshold or a band colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientfit.i18n import N_


@dataclass(frozen=True)
class Band:
    key: str  # healthy | watch | consider_ending | unknown
    label: str  # English; translate with gettext (N_ marks it for extraction)
    low: int | None  # lowest score in the band (inclusive)
    high: int | None  # highest score in the band (inclusive)
    colour: str  # hex RGB, readable on light and dark backgrounds


HEALTHY = Band("healthy", N_("Healthy"), 70, 100, "#2e9d57")
WATCH = Band("watch", N_("Watch"), 40, 69, "#e0a526")
CONSIDER_ENDING = Band("consider_ending", N_("Consider ending"), 0, 39, "#d1453b")
# No score without evidence (health.evidence): the band says so plainly, with what is missing.
UNKNOWN = Band("unknown", N_("Not enough data yet"), None, None, "#8a8f98")

SCORED_BANDS = (CONSIDER_ENDING, WATCH, HEALTHY)  # low to high, as the gauge draws them
ALL_BANDS = (HEALTHY, WATCH, CONSIDER_ENDING, UNKNOWN)
BY_KEY = {b.key: b for b in ALL_BANDS}
# Sort order when sorting by band: worst first.
BAND_RANK = {"consider_ending": 0, "watch": 1, "healthy": 2, "unknown": 3}


def band_for(score: int | None) -> Band:
    """The band a score falls in; no score means unknown."""
    if score is None:
        return UNKNOWN
    for band in SCORED_BANDS:
        if band.low <= score <= band.high:
            return band
    return HEALTHY if score > 100 else CONSIDER_ENDING
