"""The app's language: Qt translators, the default QLocale and the Qt-free layers' gettext, together.

Read once at start (after the database is open, since the choice is a setting there) and never
switched live: widgets translate their texts when they are built, so a new choice applies after a
restart. The Qt side loads our `clientfit_sv.qm` plus Qt's own `qtbase_sv.qm` (file pickers,
standard buttons); the layers below the UI get the same language through `clientfit.i18n`, and
`QLocale.setDefault` makes dates, numbers and money follow (see `ui/formatting.py`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from clientfit import i18n
from clientfit.resources import resource
from clientfit.ui.common.stored_choice import store_choice, stored_choice

LANGUAGE_KEY = "ui.language"
LANGUAGE_CHOICES = ("system", "en", "sv")
DEFAULT_LANGUAGE = "system"
QM_NAME = "clientfit"

# The locale each language formats with when the system's own locale speaks another language.
_LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """The stored choice: "system", "en" or "sv" (anything else reads as "system")."""
    return stored_choice(LANGUAGE_KEY, LANGUAGE_CHOICES, DEFAULT_LANGUAGE)


def set_chosen_language(choice: str) -> None:
    """Store the choice; it applies at the next start."""
    store_choice(LANGUAGE_KEY, choice, LANGUAGE_CHOICES, "language choice")


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language ("en" or "sv") for a choice; "system" follows the system locale (or $CLIENTFIT_LANG)."""
    if choice in i18n.LANGUAGES:
        return choice
    system = system or QLocale.system()
    if system.language() == QLocale.Language.Swedish:
        return "sv"
    return i18n.system_language()


def locale_for(lang: str, system: QLocale | None = None) -> QLocale:
    """The system locale when it speaks `lang` (keeps its territory's habits), else a stock one."""
    system = system or QLocale.system()
    language, territory = _LOCALES.get(lang, _LOCALES["en"])
    if system.language() == language:
        return system
    return QLocale(language, territory)


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _install(app: QCoreApplication, name: str, directory: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, directory):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Take our translators out again (tests switch languages within one process)."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def apply_language(app: QCoreApplication, choice: str | None = None) -> str:
    """Make the app speak `choice` (default: the stored setting); returns "en" or "sv".

    Call before any window is built. Missing .qm files are not an error: the app stays English.
    """
    lang = resolve_language(chosen_language() if choice is None else choice)
    remove_translators(app)
    if lang != "en":
        _install(app, f"qtbase_{lang}", qt_translations_dir())
        _install(app, f"{QM_NAME}_{lang}", str(resource("translations")))
    QLocale.setDefault(locale_for(lang))
    i18n.set_language(lang)
    return lang
