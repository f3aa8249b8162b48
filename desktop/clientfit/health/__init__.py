"""The client health gauge and the Pareto view: signals, score, bands. Pure Python over SQL, no Qt.

Public API (import from `clientfit.health`):
- `score_portfolio(at=None, lang=None) -> dict[int, ClientScore]` - every client, one pass of
  GROUP BY queries (the roster's band column); `score_client(client_id, at=None)`.
- `pareto(at=None) -> ParetoResult` - the Pareto view's numbers.
- `take_monthly_snapshots(at=None, months=1, only_missing=False)`, `trend(client_id)`.
- `log_revision`, `set_gut`, `log_consideration` - what the user logs by hand.
- `change_phrases()`, `urgent_words()`, `classify_subject(text)` - for the importers;
  `reclassify_messages()` after the lists change; `config.load_settings()`/`save_settings()`.
"""

from clientfit.health.bands import Band, band_for
from clientfit.health.config import (
    FACTOR_KEYS,
    change_phrases,
    classify_subject,
    urgent_words,
)
from clientfit.health.factors import Factor
from clientfit.health.journal import (
    JournalError,
    considerations,
    deliverable_rounds,
    log_consideration,
    log_revision,
    set_gut,
)
from clientfit.health.pareto import ParetoResult, ParetoRow, pareto
from clientfit.health.score import ClientScore, factor_label, score_client, score_portfolio
from clientfit.health.trend import TrendPoint, take_monthly_snapshots, trend

__all__ = [
    "FACTOR_KEYS",
    "Band",
    "ClientScore",
    "Factor",
    "JournalError",
    "ParetoResult",
    "ParetoRow",
    "TrendPoint",
    "band_for",
    "change_phrases",
    "classify_subject",
    "considerations",
    "deliverable_rounds",
    "factor_label",
    "log_consideration",
    "log_revision",
    "pareto",
    "score_client",
    "score_portfolio",
    "set_gut",
    "take_monthly_snapshots",
    "trend",
    "urgent_words",
]
