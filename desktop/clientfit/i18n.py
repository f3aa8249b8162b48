"""Translations for the Qt-free layers (factor details, checklist, templates, packet, CLI): gettext.

The Qt layer uses Qt's own system (`tr`, .ts/.qm); everything below it asks this module for a
`gettext` function in the language it is working in, so a Swedish packet can be made from an
English session. Catalogs: resources/locale/<lang>/LC_MESSAGES/clientfit.mo (built from the .po).
"""

from __future__ import annotations

import gettext
import locale
import os
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from clientfit.resources import resource

LANGUAGES = ("en", "sv")
DOMAIN = "clientfit"


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(
        DOMAIN, localedir=str(resource("locale")), languages=[lang], fallback=True
    )


def gettext_for(lang: str) -> Callable[[str], str]:
    """The `_` function for one language ("en" or "sv"); unknown languages fall back to English."""
    return _translations(lang if lang in LANGUAGES else "en").gettext


def ngettext_for(lang: str) -> Callable[[str, str, int], str]:
    return _translations(lang if lang in LANGUAGES else "en").ngettext


def N_(message: str) -> str:
    """Mark a string for extraction without translating it here (static tables)."""
    return message


class Contextual(NamedTuple):
    """An English msgid with a gettext context (msgctxt), for a word whose translation depends on
    where it stands: English "none" is "inga" beside "Unpaid invoices" but "inget" beside an amount."""

    context: str
    message: str


def NC_(context: str, message: str) -> Contextual:
    """Mark a string with its context for extraction (static tables); translate it with
    `pgettext_for(lang)(*marked)`."""
    return Contextual(context, message)


def pgettext_for(lang: str) -> Callable[[str, str], str]:
    """The `pgettext` function (context, message) for one language."""
    return _translations(lang if lang in LANGUAGES else "en").pgettext


def system_language() -> str:
    """The user's language from the environment, reduced to one Clientfit speaks."""
    for var in ("CLIENTFIT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


_current = {"lang": "en"}


def set_language(lang: str) -> None:
    """The language `_` speaks (the app's chosen language, or the CLI's --lang)."""
    _current["lang"] = lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return _current["lang"]


def _(message: str) -> str:
    """Translate into the current language."""
    return gettext_for(_current["lang"])(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` ("1 backup", "3 backups") in the current language."""
    return ngettext_for(_current["lang"])(singular, plural, n)
