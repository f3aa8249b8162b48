"""What every domain layer reads: the user's working days and hours, the user's time zone, the
phrase lists that classify messages, money and date formatting.

Sits directly above `store/` and below `health/`, `offboarding/`, `intake/` and `packet/`; it may
import `store/` and the standard library, nothing else of Clientfit. A fact two sibling layers both
need moves here instead of one sibling importing the other.
"""
