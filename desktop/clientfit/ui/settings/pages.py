"""The pages of Settings, in the order the dialog lists them: one line here adds a page.

A page is a QWidget class with `title() -> str` (its name in the list, a `&` marks the mnemonic)
and `save() -> None` (raise ValueError with a message for the user to keep the dialog open);
optionally `restore_defaults()`, and `revert()` to undo a live preview when the dialog is
cancelled. A class with a `for_window(window)` classmethod is built through
it, for pages that need the main window (its database path, say); any other with no arguments.
The dialog keeps each page under the attribute named here (`dialog.health_page`), and imports
its module only when Settings opens, so a page costs nothing at start-up.
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QWidget

PAGES: tuple[tuple[str, str], ...] = (
    ("health_page", "clientfit.ui.settings.health_page:HealthSettingsPage"),
    ("phrases_page", "clientfit.ui.settings.phrases_page:PhrasesPage"),
    ("money_page", "clientfit.ui.settings.money_page:MoneyPage"),
    ("you_page", "clientfit.ui.settings.you_page:YouPage"),
    ("appearance_page", "clientfit.ui.settings.appearance_page:AppearancePage"),
    ("language_page", "clientfit.ui.settings.language_page:LanguagePage"),
    ("imports_page", "clientfit.ui.settings.imports_page:ImportsPage"),
    ("sources_page", "clientfit.ui.settings.sources_page:SourcesPage"),
    ("notifications_page", "clientfit.ui.settings.notifications_page:NotificationsPage"),
    ("privacy_page", "clientfit.ui.settings.privacy_page:PrivacyPage"),
    ("database_page", "clientfit.ui.settings.database_page:DatabasePage"),
)


def build_page(where: str, window: QWidget | None) -> QWidget:
    """The page class named by `module:Class`, built for `window` (the main window, or None)."""
    module, _, name = where.partition(":")
    cls = getattr(import_module(module), name)
    maker = getattr(cls, "for_window", None)
    return maker(window) if maker is not None else cls()
