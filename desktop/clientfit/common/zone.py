"""The user's single time zone: the one Settings names, else the operating system's.

Every layer judges and shows local time in this zone - after-hours messages (health), imported
wall-clock times (intake), the meeting and the dates of a plan (offboarding), the times on screen
(ui) - so a moment is never judged in one zone and shown in another. The store keeps naive UTC.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from clientfit.store.settings import get_setting

TIME_ZONE = "health.time_zone"  # setting key (named when the health page owned it); IANA name
FALLBACK_ZONE = "Europe/Stockholm"  # when the system names no usable zone


def system_zone_name() -> str:
    """The local zone's IANA name (TZ, /etc/localtime, /etc/timezone), else FALLBACK_ZONE."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = Path("/etc/localtime").resolve()
        if "zoneinfo" in link.parts:
            candidates.append("/".join(link.parts[link.parts.index("zoneinfo") + 1 :]))
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and name not in ("UTC", "Etc/UTC", "localtime") and valid_zone(name):
            return name
    return FALLBACK_ZONE


@lru_cache(maxsize=64)
def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


def zone_names() -> list[str]:
    """Every IANA zone name, sorted (for the settings dialog's combo box)."""
    return sorted(available_timezones())


def user_zone() -> ZoneInfo:
    """The zone the user works in: the setting when it names a real zone, else the system's."""
    name = get_setting(TIME_ZONE)
    if not isinstance(name, str) or not valid_zone(name):
        name = system_zone_name()
    return ZoneInfo(name)


def local_to_utc(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A naive wall-clock moment in the user's zone (or `zone`) as the naive UTC the store keeps.
    An aware moment keeps its own offset."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or user_zone())
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def utc_to_local(moment: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A stored naive UTC moment as naive wall-clock time in the user's zone (or `zone`)."""
    return (
        moment.replace(tzinfo=dt.timezone.utc).astimezone(zone or user_zone()).replace(tzinfo=None)
    )
