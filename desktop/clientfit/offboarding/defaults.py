"""The offboarding defaults and the settings that override them: their one home.

The cooling-off period, the notice period, the time between the last working day and the handover,
the meeting length and the draft's length limits are read from here by the plan, the dialog, the
CLI and the packet, so a default is defined once.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

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
# Late payment between businesses (Sweden: räntelagen 6 § and lag 1997:63): interest at the
# reference rate plus a margin, and a fixed compensation per overdue invoice. Settings, because the
# reference rate changes every six months and other countries differ.
KEY_REFERENCE_RATE = "offboarding.late.reference_rate"  # percent a year
KEY_LATE_MARGIN = "offboarding.late.margin"  # percentage points over the reference rate
KEY_LATE_FEE = (
    "offboarding.late.fixed_compensation"  # per overdue invoice, in KEY_LATE_FEE_CURRENCY
)
KEY_LATE_FEE_CURRENCY = "offboarding.late.fixed_compensation_currency"
REFERENCE_RATE = "1.75"  # the Riksbank's reference rate from 1 January 2026; set it each half-year
LATE_MARGIN = "8"
LATE_FEE = "450"
LATE_FEE_CURRENCY = "SEK"
RENEWAL_WARNING_DAYS = 60  # Coming up warns this long before a contract renews

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
    """The name the message drafts are signed with: Settings → You, else the older signature
    setting, else "" (the draft then says "[Your name]")."""
    from clientfit.store.profile import profile

    mine = profile().sign_off()
    if mine:
        return mine
    value = get_setting(KEY_SIGNATURE, "")
    return value.strip() if isinstance(value, str) else ""


def _decimal_setting(key: str, default: str) -> Decimal:
    value = get_setting(key, default)
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(default)
    return number if number.is_finite() and 0 <= number <= 100_000 else Decimal(default)


def late_payment_terms() -> tuple[Decimal, Decimal, Decimal, str]:
    """(reference rate %, margin in points, fixed compensation, its currency) from the settings."""
    currency = get_setting(KEY_LATE_FEE_CURRENCY, LATE_FEE_CURRENCY)
    return (
        _decimal_setting(KEY_REFERENCE_RATE, REFERENCE_RATE),
        _decimal_setting(KEY_LATE_MARGIN, LATE_MARGIN),
        _decimal_setting(KEY_LATE_FEE, LATE_FEE),
        currency if isinstance(currency, str) and len(currency) == 3 else LATE_FEE_CURRENCY,
    )
