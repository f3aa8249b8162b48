"""The stored appearance choice ("system", "light" or "dark"), without Qt.

Apart from `ui.common.theme` (the palettes and the style) because the app reads it before its first
window: with "system", the usual one, there is nothing to apply, and the style module's import is
left to the Settings dialog.
"""

from __future__ import annotations

from clientfit.ui.common.stored_choice import store_choice, stored_choice

THEME_KEY = "ui.theme"
THEMES = ("system", "light", "dark")
DEFAULT_THEME = "system"


def chosen_theme() -> str:
    """The stored choice: "system", "light" or "dark" (anything else, or no database, "system")."""
    return stored_choice(THEME_KEY, THEMES, DEFAULT_THEME)


def set_chosen_theme(choice: str) -> None:
    """Store the choice (applying it is `ui.common.theme.apply_theme`'s)."""
    store_choice(THEME_KEY, choice, THEMES, "theme")
