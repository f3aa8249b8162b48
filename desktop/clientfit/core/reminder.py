"""The payment reminder as a PDF: the reminder's facts (offboarding) rendered by the packet's
letter. Both faces call it - the payment step's "Payment Reminder…" and `reminder NAME -o FILE`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path


def write_payment_reminder(client_id: int, path: Path | str, on: dt.date, lang: str) -> bool:
    """Write the reminder of the client's overdue invoices to `path`; False when none is overdue
    (nothing is written). OSError when the file cannot be written (none is left half-written)."""
    from clientfit.offboarding.reminder import payment_reminder
    from clientfit.packet.reminder_pdf import write_reminder

    reminder = payment_reminder(client_id, on, lang)
    if reminder is None:
        return False
    write_reminder(reminder, path)
    return True
