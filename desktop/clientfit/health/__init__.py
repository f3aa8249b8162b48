"""The client health gauge and the Pareto view: signals, score, bands. Pure Python over SQL, no Qt.

Public API (import from `clientfit.health`):
- `score_portfolio(at=None, lang=None, keep=True) -> dict[int, ClientScore]` - every client (the
  roster's band column), reusing what `cache`/`kept_scores` kept when nothing changed;
  `score_client(client_id, at=None, portfolio=None)`.
- `pareto(at=None, portfolio=None) -> ParetoResult` - the Pareto view's numbers;
  `gather(at)` -> `Portfolio` once for both.
- `take_monthly_snapshots(at=None, months=1, only_missing=False)`, `trend(client_id)`.
- `log_revision`, `set_gut`, `log_consideration` - what the user logs by hand.
- `config.load_settings()`/`save_settings()`. (The phrases that flag messages live in
  `clientfit.common.phrases`.)
"""

from clientfit.lazy import lazy_exports

__all__ = lazy_exports(
    __name__,
    {
        "bands": ["Band", "band_for"],
        "config": ["FACTOR_KEYS"],
        "factors": ["Factor"],
        "journal": [
            "JournalError",
            "considerations",
            "deliverable_rounds",
            "log_consideration",
            "log_revision",
            "set_gut",
        ],
        "pareto": ["ParetoPlace", "ParetoResult", "ParetoRow", "pareto", "pareto_place"],
        "score": [
            "ClientScore",
            "Portfolio",
            "factor_label",
            "gather",
            "score_client",
            "score_portfolio",
        ],
        "trend": ["TrendPoint", "take_monthly_snapshots", "trend"],
    },
)
