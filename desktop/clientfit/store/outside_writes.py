"""A count of the command line's writes while the app has the database open.

The app notices other connections' commits through `PRAGMA data_version`, but its own worker
threads commit too (a roster load keeps its scores, a sync imports mail), and a commit of the
command line that lands beside one of those could not be told from them. So `clientfit-cli`,
after a command that wrote while the app holds the file, adds one to this count (a setting); the
app reads it when data_version moved while its workers wrote (ui/common/data_watch.py).
"""

from __future__ import annotations

from clientfit.store.database import db
from clientfit.store.settings import get_setting, set_setting

KEY = "app.outside_writes"


def note_outside_write() -> None:
    """The command line wrote while the app has the database: say so (one small commit)."""
    with db.atomic():
        set_setting(KEY, int(get_setting(KEY, 0) or 0) + 1)


def outside_writes() -> int:
    value = get_setting(KEY, 0)
    return value if isinstance(value, int) else 0
