"""The client health gauge and the Pareto view: signals, score, bands. Pure Python over SQL, no Qt.

Public API (import from `clientfit.health`):
- `score_portfolio(at=None, lang=None, keep=True) -> dict[int, ClientScore]` - every client (the
  roster's band column), reusing what `cache`/`kept_scores` kept when nothing changed;
  `score_client(client_id, at=None, portfolio=None)`.
- `pareto(at=None, portfolio=None) -> ParetoResult` - the Pareto view's numbers;
  `gather(at)` -> `Portfolio` once for both.
- `take_monthly_snapshots(at=None, months=1, only_missing=False)`, `trend(client_id)`.
- what the user logs by hand (revision rounds, considerations) is `store.user_log`; the gut rating
  `store.clients.set_gut`.
- `config.load_settings()`/`save_settings()`. (The phrases that flag messages live in
  `clientfit.common.phrases`.)

May import `common/`, `store/` and the plumbing (`i18n`, `lazy`); never `offboarding/` or
`intake/` (its siblings), `core/`, `packet/` or a face. (import-linter: pyproject.toml.)
"""

from clientfit.lazy import lazy_exports

__all__ = lazy_exports(
    __name__,
    {
        "bands": ["Band", "band_for"],
        "config": ["FACTOR_KEYS"],
        "factors": ["Factor"],
        "pareto": ["ParetoPlace", "ParetoResult", "ParetoRow", "pareto", "pareto_place"],
        "score": [
            "ClientScore",
            "Portfolio",
            "factor_label",
            "gather",
            "score_client",
        ],
        "kept_scores": ["score_portfolio"],
        "trend": ["TrendPoint", "take_monthly_snapshots", "trend"],
    },
)
