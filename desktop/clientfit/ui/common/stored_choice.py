"""A choice among a few words kept in the database's settings (the theme, the language): read
with a fallback, stored only when it is one of them. One home for what theme.py and
translations.py each wrote out before.
"""

from __future__ import annotations

from collections.abc import Collection


def stored_choice(key: str, choices: Collection[str], default: str) -> str:
    """The stored value of `key`, or `default` when it is missing, unknown or no database is open
    (yet: the first window is styled before one is)."""
    from clientfit.store.settings import get_setting

    try:
        value = get_setting(key, default)
    except Exception:  # no database open (yet)
        return default
    return value if value in choices else default


def store_choice(key: str, value: str, choices: Collection[str], what: str) -> None:
    """Store `value` under `key`; a value outside `choices` is refused (ValueError naming `what`)."""
    from clientfit.store.settings import set_setting

    if value not in choices:
        raise ValueError(f"unknown {what} {value!r}")
    set_setting(key, value)
