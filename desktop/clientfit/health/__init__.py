"""The client health gauge and the Pareto view: signals, score, bands. Pure Python over SQL, no Qt.

Public API (import from `clientfit.health`): the phrase lists and `classify_subject` the importers
use to flag messages as they arrive.
"""

from clientfit.health.config import change_phrases, classify_subject, urgent_words

__all__ = ["change_phrases", "classify_subject", "urgent_words"]
