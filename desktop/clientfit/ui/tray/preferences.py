"""What the user chose about the tray and notifications (Settings → Notifications), with defaults.

Kept in the database's settings, beside the other preferences. By default the tray icon shows the
count and notifications say only how many items are due: client names appear in a notification
(which may show on a locked screen) only when the user allows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientfit.store.settings import get_setting, set_settings

TRAY = "notify.tray"
NOTIFY = "notify.desktop"
NAMES = "notify.names"
CLOSE_TO_TRAY = "notify.close_to_tray"


@dataclass(frozen=True)
class NotifyPreferences:
    tray: bool = True  # an icon in the tray with the count of due items
    notify: bool = True  # a desktop notification when items come due
    names: bool = False  # client names in notifications (else counts only)
    close_to_tray: bool = False  # closing the window keeps Clientfit running in the tray


def load() -> NotifyPreferences:
    d = NotifyPreferences()
    return NotifyPreferences(
        tray=bool(get_setting(TRAY, d.tray)),
        notify=bool(get_setting(NOTIFY, d.notify)),
        names=bool(get_setting(NAMES, d.names)),
        close_to_tray=bool(get_setting(CLOSE_TO_TRAY, d.close_to_tray)),
    )


def save(p: NotifyPreferences) -> None:
    set_settings({TRAY: p.tray, NOTIFY: p.notify, NAMES: p.names, CLOSE_TO_TRAY: p.close_to_tray})
