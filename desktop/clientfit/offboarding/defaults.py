"""The offboarding defaults and the settings that override them: their one home.

The cooling-off period, the notice period, the time between the last working day and the handover,
the meeting length and the draft's length limits are read from here by the plan, the dialog, the
CLI and the packet, so a default is defined once.
"""

from __future__ import annotations

from clientfit.store.settings import get_setting

COOLING_OFF_DAYS = 3
NOTICE_DAYS = 30
HANDOVER_DAYS = 3
MEETING_MINUTES = 30
MAX_DRAFT_SENTENCES = 8
MAX_DRAFT_WORDS = 150
BROAD_NEEDS = 4  # this many needs or more: advise a full-service agency rather than a specialist
GUT_CONSIDERATIONS = 3  # considered this often in a year: "listen to your gut"
FIRST_EMAILS = 3  # the client's earliest inbound messages to gather when there is no contract

KEY_COOLING_OFF = "offboarding.cooling_off_days"
KEY_NOTICE = "offboarding.notice_days"
KEY_HANDOVER = "offboarding.handover_days"
KEY_MEETING_MINUTES = "offboarding.meeting_minutes"
KEY_SIGNATURE = "offboarding.signature"

CHANNELS = ("in_person", "phone", "video")


def _int_setting(key: str, default: int, lo: int, hi: int) -> int:
    value = get_setting(key, default)
    try:
        value = int(value)
    except (TypeError, ValueError):
        return default
    return value if lo <= value <= hi else default


def cooling_off_days() -> int:
    """Days to wait before acting on the decision (setting, default 3)."""
    return _int_setting(KEY_COOLING_OFF, COOLING_OFF_DAYS, 0, 60)


def notice_days() -> int:
    return _int_setting(KEY_NOTICE, NOTICE_DAYS, 0, 365)


def handover_days() -> int:
    return _int_setting(KEY_HANDOVER, HANDOVER_DAYS, 0, 60)


def meeting_minutes() -> int:
    return _int_setting(KEY_MEETING_MINUTES, MEETING_MINUTES, 5, 480)


def signature() -> str:
    """The name the message drafts are signed with ("" until the user sets it)."""
    value = get_setting(KEY_SIGNATURE, "")
    return value.strip() if isinstance(value, str) else ""
