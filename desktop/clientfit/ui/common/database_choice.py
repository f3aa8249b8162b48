"""Which database the next start opens when neither `--db` nor `CLIENTFIT_DB` says: the
PostgreSQL address chosen under Settings → Database, or none (the file on this computer).

Kept in the Qt settings (`database/url`). Its own home, apart from the settings page, because the
app reads it before its first window: importing the page's widgets for it cost the cold start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

KEY = "database/url"


def stored_url() -> str | None:
    """The PostgreSQL database chosen in Settings → Database, or None (the file on this computer)."""
    value = QSettings().value(KEY, "", type=str)
    return value or None


def store_url(url: str) -> None:
    """Keep `url` for the next start; an empty one goes back to the file on this computer."""
    settings = QSettings()
    if url:
        settings.setValue(KEY, url)
    else:
        settings.remove(KEY)
